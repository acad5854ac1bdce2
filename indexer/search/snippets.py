"""Snippets: a short HTML-escaped passage of a page with the matched words in <b>…</b>."""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection, Sequence
from itertools import islice

from indexer.analysis import WORD_PATTERN

SNIPPET_CHARS = 240
WINDOW_WORDS = 80  # words around a snippet's first marked word that are tokenised
_SPACE = re.compile(r"\s+")


def snippet(text: str, marked: Collection[int],
            anchors: Sequence[tuple[int, int]] = ()) -> str:
    """The passage of text around the densest run of marked words (their word positions on
    the page), marks in <b>; the opening of the text when nothing is marked. anchors are
    (word number, character offset) pairs of a long page: reading starts at the last one
    before the passage instead of at the top of the page."""
    if not marked:
        return plain(text)
    ordered = sorted(marked)
    first = _densest_by_position(ordered)
    base, char = max(((w, c) for w, c in anchors if w <= max(first - WINDOW_WORDS, 0)),
                     default=(0, 0))
    # Words only as far as the snippet can reach: a long page is not read to its end.
    found = islice(WORD_PATTERN.finditer(text, char), first - base + WINDOW_WORDS)
    spans = [(0, 0)] * base + [m.span() for m in found]
    hits = [p for p in ordered if base <= p < len(spans)]
    if not hits:
        return plain(text)
    centre = _densest(spans, [p for p in hits if p >= first] or hits)
    start, end = _window(text, spans[centre][0], spans[centre][1])
    return _render(text, start, end, [spans[p] for p in hits])


def _densest_by_position(positions: list[int]) -> int:
    """The position starting the run with the most marked words within WINDOW_WORDS."""
    best, best_count, j = positions[0], 0, 0
    for i, pos in enumerate(positions):
        j = max(j, i)
        while j + 1 < len(positions) and positions[j + 1] - pos < WINDOW_WORDS // 2:
            j += 1
        if j - i + 1 > best_count:
            best, best_count = pos, j - i + 1
    return best


def mark_words(text: str, wanted: Callable[[str], bool]) -> str:
    """A snippet of text with the words wanted() accepts marked ("" if none occurs)."""
    positions = [i for i, m in enumerate(WORD_PATTERN.finditer(text)) if wanted(m.group())]
    return snippet(text, positions) if positions else ""


def plain(text: str) -> str:
    """The opening of a text as a snippet without marks."""
    return html.escape(_SPACE.sub(" ", text[: SNIPPET_CHARS * 2]).strip()[:SNIPPET_CHARS],
                       quote=False)


def _densest(spans: list[tuple[int, int]], hits: list[int]) -> int:
    """The hit with the most other hits within one snippet's width of text after it."""
    best, best_count = hits[0], 0
    j = 0
    for i, pos in enumerate(hits):
        j = max(j, i)
        while j + 1 < len(hits) and spans[hits[j + 1]][1] - spans[pos][0] <= SNIPPET_CHARS // 2:
            j += 1
        if j - i + 1 > best_count:
            best, best_count = pos, j - i + 1
    return best


def _window(text: str, hit_start: int, hit_end: int) -> tuple[int, int]:
    """About SNIPPET_CHARS of text around a hit, cut at spaces."""
    start = max(0, hit_start - SNIPPET_CHARS // 3)
    end = min(len(text), max(hit_end, start + SNIPPET_CHARS))
    if start > 0:
        space = text.find(" ", start, hit_start)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", hit_end, end)
        end = space if space != -1 else end
    return start, end


def _render(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> str:
    out = ["… " if start > 0 else ""]
    at = start
    for a, b in marks:
        if b <= start or a >= end:
            continue
        out.append(_escape(text[at:a]))
        out.append(f"<b>{_escape(text[a:b])}</b>")
        at = b
    out.append(_escape(text[at:end]))
    out.append(" …" if end < len(text) else "")
    return "".join(out).strip()


def _escape(text: str) -> str:
    return html.escape(_SPACE.sub(" ", text), quote=False)
