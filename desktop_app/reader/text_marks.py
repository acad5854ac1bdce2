"""Text documents: the reader's positions mapped to offsets in the archive's page texts."""
from __future__ import annotations

from bisect import bisect_right

from desktop_app.reader.selection import Selection
from desktop_app.reader.text_view import Range, TextView
from indexer.anchoring import find_quote

# How far ahead in the page text a shown character is looked for (markup hidden by the view).
LOOKAHEAD = 200
_MARKERS = frozenset("\ufdd0\ufdd1\ufffc")


def align(shown: str, source: str) -> list[int]:
    """For each character of shown, the index of the same character in source (-1 for white
    space and characters the source lacks); both keep their non-space characters in order."""
    places: list[int] = []
    cursor = 0
    for char in shown:
        if char.isspace():
            places.append(-1)
            continue
        at = source.find(char, cursor, cursor + LOOKAHEAD)
        places.append(at)
        if at >= 0:
            cursor = at + 1
    return places


def _squash(text: str) -> str:
    return "".join(text.split())


def _visible(raw: str, first: int, last: int) -> str:
    """The text of raw[first:last] without Qt's frame and object markers."""
    return "".join(c for c in raw[first:last] if c not in _MARKERS)


class TextAnchors:
    """Maps selections and marks between the text view and page texts, page by page."""

    def __init__(self, view: TextView, pages: list[str]) -> None:
        self.view = view
        self.pages = pages
        self._raw: str | None = None
        self._aligned: dict[int, tuple[int, list[int]]] = {}

    def _page(self, page: int) -> tuple[int, list[int]]:
        """(first document position, source index per position) of a 1-based page."""
        if page not in self._aligned:
            if self._raw is None:
                self._raw = self.view.document().toRawText()
            start, end = self.view.page_range(page)
            source = self.pages[page - 1] if 0 < page <= len(self.pages) else ""
            self._aligned[page] = (start, align(self._raw[start:end], source))
        return self._aligned[page]

    def page_of(self, position: int) -> int:
        """The 1-based page holding a document position."""
        count = self.view.page_count()
        starts = [self.view.page_range(n)[0] for n in range(1, count + 1)]
        return max(1, min(bisect_right(starts, position), count))

    def selection(self, first: int, last: int) -> Selection | None:
        """The Selection of document positions [first, last), cut at the end of its page."""
        page = self.page_of(first)
        if not 0 < page <= len(self.pages):
            return None
        base, places = self._page(page)
        last = min(last, self.view.page_range(page)[1])
        shown = " ".join(_visible(self._raw or "", first, last).split())
        if not shown:
            return None
        chosen = [p for p in places[max(first - base, 0):max(last - base, 0)] if p >= 0]
        source = self.pages[page - 1]
        if chosen and _squash(source[chosen[0]:chosen[-1] + 1]) == _squash(shown):
            return Selection(page, shown, chosen[0], chosen[-1] + 1)
        span = find_quote(source, shown, chosen[0] if chosen else None)
        return Selection(page, shown, *span) if span is not None else Selection(page, shown)

    def to_view(self, page: int, start: int, end: int) -> Range | None:
        """Document positions of [start, end) of a 1-based page's text, or None."""
        if not 0 < page <= len(self.pages) or end <= start:
            return None
        base, places = self._page(page)
        inside = [i for i, p in enumerate(places) if start <= p < end]
        return (base + inside[0], base + inside[-1] + 1) if inside else None
