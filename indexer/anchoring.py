"""Anchoring marks to text: W3C TextQuote (exact, prefix, suffix) and TextPosition selectors.

A mark keeps its quote with a little context and its character offsets in the page text, so
that after a re-extraction (a new PyMuPDF, OCR added) it is found again by its text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT = 32  # characters of prefix and suffix kept around a quote


@dataclass(frozen=True)
class Anchor:
    """Where a quote sits: page (1-based) and [start, end) in that page's text."""

    page: int
    start: int
    end: int
    prefix: str
    suffix: str


def _flexible(quote: str) -> re.Pattern[str]:
    """A pattern for quote that tolerates different white space and line-end hyphens."""
    words = quote.split()
    if not words:
        raise ValueError("empty quote")
    parts = [re.escape(w) for w in words]
    return re.compile(r"(?:-?\s*)".join(parts) if len(parts) > 1 else parts[0], re.IGNORECASE)


def find_quote(text: str, quote: str, near: int | None = None,
               prefix: str = "", suffix: str = "") -> tuple[int, int] | None:
    """The [start, end) of quote in text, or None.

    Among several occurrences, the one whose surroundings match prefix/suffix best wins,
    then the one nearest to `near`.
    """
    if not quote.strip():
        return None
    matches = [(m.start(), m.end()) for m in _flexible(quote).finditer(text)]
    if not matches:
        return None
    return max(matches, key=lambda span: _fit(text, span, near, prefix, suffix))


def _fit(text: str, span: tuple[int, int], near: int | None, prefix: str, suffix: str
         ) -> tuple[int, int]:
    before = " ".join(text[max(0, span[0] - CONTEXT * 2):span[0]].split())
    after = " ".join(text[span[1]:span[1] + CONTEXT * 2].split())
    context = int(bool(prefix) and before.endswith(" ".join(prefix.split())[-16:]))
    context += int(bool(suffix) and after.startswith(" ".join(suffix.split())[:16]))
    distance = abs(span[0] - near) if near is not None else 0
    return context, -distance


def anchor(text: str, page: int, start: int, end: int) -> Anchor:
    """The anchor of text[start:end] on a page, with its context."""
    return Anchor(page, start, end, text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def reanchor(pages: list[str], quote: str, page: int | None, start: int | None,
             prefix: str = "", suffix: str = "") -> Anchor | None:
    """Find a quote again after the texts changed: first where it was, then on its page, then
    on the nearest other pages. None means the mark is orphaned."""
    if page is not None and 1 <= page <= len(pages) and start is not None:
        text = pages[page - 1]
        if text[start:start + len(quote)] == quote:
            return anchor(text, page, start, start + len(quote))
    order = _pages_by_distance(len(pages), page)
    for number in order:
        text = pages[number - 1]
        span = find_quote(text, quote, start if number == page else None, prefix, suffix)
        if span:
            return anchor(text, number, *span)
    return None


def _pages_by_distance(count: int, page: int | None) -> list[int]:
    centre = page if page is not None and 1 <= page <= count else 1
    return sorted(range(1, count + 1), key=lambda n: (abs(n - centre), n))
