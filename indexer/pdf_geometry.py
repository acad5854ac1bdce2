"""Where a quoted passage lies on a PDF page: word boxes merged into one rectangle per line."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from indexer.anchoring import _flexible

log = logging.getLogger(__name__)

_EDGE_PUNCT = re.compile(r"^\W+|\W+$")


def _norm(word: str) -> str:
    return _EDGE_PUNCT.sub("", word).casefold()


def quote_rects(path: Path, page_number: int, page_text: str, start: int, end: int
                ) -> list[list[float]]:
    """Rectangles [x0, y0, x1, y1] (PDF points) covering text[start:end] of a page.

    The quote's words are matched against the page's word boxes; the occurrence chosen is
    the one with the same rank as the quote's occurrence in the page text. Returns [] when
    the file cannot be opened or the words are not found (the mark then lives on its text).
    """
    quote = page_text[start:end]
    import pymupdf  # here, not at module level: the GUI starts faster without it

    rank = sum(1 for m in _flexible(quote).finditer(page_text) if m.start() < start)
    try:
        with pymupdf.open(path) as doc:
            if doc.needs_pass or not 1 <= page_number <= doc.page_count:
                return []
            words = doc[page_number - 1].get_text("words")
    except Exception:  # a damaged original: the mark keeps its text anchor only
        log.exception("Cannot read word boxes of %s page %d", path, page_number)
        return []
    wanted = [w for w in (_norm(x) for x in quote.split()) if w]
    spans = _find_runs([_norm(w[4]) for w in words], wanted)
    if not spans:
        return []
    first, last = spans[min(rank, len(spans) - 1)]
    return _line_rects(words[first:last])


def _find_runs(words: list[str], wanted: list[str]) -> list[tuple[int, int]]:
    """[first, last) word indexes of each run of words equal to wanted (empty words skipped)."""
    runs: list[tuple[int, int]] = []
    if not wanted:
        return runs
    for i, word in enumerate(words):
        if word != wanted[0]:
            continue
        j, k = i, 0
        while j < len(words) and k < len(wanted):
            if words[j]:
                if words[j] != wanted[k]:
                    break
                k += 1
            j += 1
        if k == len(wanted):
            runs.append((i, j))
    return runs


def _line_rects(words: list[tuple]) -> list[list[float]]:  # type: ignore[type-arg]
    lines: dict[tuple[int, int], list[float]] = {}
    for x0, y0, x1, y1, _text, block, line, _n in words:
        box = lines.setdefault((block, line), [x0, y0, x1, y1])
        box[0], box[1] = min(box[0], x0), min(box[1], y0)
        box[2], box[3] = max(box[2], x1), max(box[3], y1)
    return [[round(v, 2) for v in box] for box in lines.values()]
