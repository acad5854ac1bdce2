"""Selecting words on a PDF page: word boxes, their offsets in the page text, reading order."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

# Characters allowed between two consecutive words of the page text (white space, normally).
MAX_GAP = 64
# A line counts this much more than a column when looking for the word nearest a point.
LINE_WEIGHT = 4.0


class Word(NamedTuple):
    """One word box of page.get_text("words") and its [start, end) in the page text (-1: not
    found there)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    block: int
    line: int
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Selection:
    """Selected text of one page: what it says, where it is in the page text, where it is drawn."""

    page: int                         # 1-based
    text: str
    start: int | None = None          # offsets in the page text, when known
    end: int | None = None
    rects: list[list[float]] = field(default_factory=list)   # PDF points, one a line


@dataclass(frozen=True)
class MarkRequest:
    """A mark the user asked for, to be stored by whoever owns the archive."""

    doc_id: int
    selection: Selection
    kind: str = "highlight"
    color: str = "yellow"
    comment: str = ""


def place_words(raw: Iterable[Sequence], text: str) -> list[Word]:  # type: ignore[type-arg]
    """Words of page.get_text("words") with their place in the page's extracted text.

    Both come from the same MuPDF text page, so the words appear in the text in order; a word
    not found within a short gap keeps -1 and the search goes on after the last word found.
    """
    words: list[Word] = []
    cursor, slack = 0, 0
    for x0, y0, x1, y1, word, block, line, *_ in raw:
        at = text.find(word, cursor, cursor + MAX_GAP + slack + len(word))
        if at < 0:
            words.append(Word(x0, y0, x1, y1, word, block, line))
            slack += len(word) + 1
            continue
        cursor, slack = at + len(word), 0
        words.append(Word(x0, y0, x1, y1, word, block, line, at, cursor))
    return words


def nearest(words: Sequence[Word], x: float, y: float) -> int:
    """Index of the word under (x, y), else of the nearest one (-1 when there are none)."""
    best, best_cost = -1, float("inf")
    for index, word in enumerate(words):
        dx = max(word.x0 - x, 0.0, x - word.x1)
        dy = max(word.y0 - y, 0.0, y - word.y1)
        cost = dx + LINE_WEIGHT * dy
        if cost < best_cost:
            best, best_cost = index, cost
    return best


def between(words: Sequence[Word], first: int, last: int) -> list[Word]:
    """The words from first to last in reading order (either may come first)."""
    low, high = sorted((first, last))
    return list(words[low:high + 1]) if low >= 0 else []


def line_rects(words: Iterable[Word]) -> list[list[float]]:
    """One rectangle [x0, y0, x1, y1] per line the words are on, in reading order."""
    lines: dict[tuple[int, int], list[float]] = {}
    for word in words:
        box = lines.setdefault((word.block, word.line), [word.x0, word.y0, word.x1, word.y1])
        box[0], box[1] = min(box[0], word.x0), min(box[1], word.y0)
        box[2], box[3] = max(box[2], word.x1), max(box[3], word.y1)
    return [[round(v, 2) for v in box] for box in lines.values()]


def words_text(words: Sequence[Word]) -> str:
    """The words as one line of text; a line ending in a hyphen runs on into the next."""
    parts: list[str] = []
    for index, word in enumerate(words):
        if index:
            before = words[index - 1]
            new_line = (before.block, before.line) != (word.block, word.line)
            if not (new_line and before.text.endswith("-")):
                parts.append(" ")
        parts.append(word.text)
    return "".join(parts)


def text_span(words: Sequence[Word]) -> tuple[int, int] | None:
    """[start, end) in the page text from the first to the last word placed there, or None."""
    placed = [w for w in words if w.start >= 0]
    if not placed:
        return None
    return placed[0].start, placed[-1].end


def selection_of(page: int, words: Sequence[Word]) -> Selection | None:
    """The Selection of some words of a 1-based page (None without words)."""
    if not words:
        return None
    span = text_span(words)
    start, end = span if span is not None else (None, None)
    return Selection(page, words_text(words), start, end, line_rects(words))
