"""The facts line under a hit, laid out in pieces so that each page with hits is a link."""
from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics

from desktop_app.models.results import PAGES_SHOWN, page_counts, page_label
from indexer.search import SearchHit

SEPARATOR = "  ·  "


@dataclass(frozen=True)
class Piece:
    """A run of text on the facts line; page is set when the text opens that page."""

    text: str
    page: int | None = None
    more: bool = False      # the link that lists every page
    optional: bool = False  # (more) left out when every page before it fits


@dataclass(frozen=True)
class FactsWords:
    """The translated words of a facts line: the pages' prefix and the matches count."""

    pages: str          # e.g. "p."
    matches: str        # e.g. "4 matches" ("" to leave it out)
    more: str = "…"     # the link to every page, e.g. "all 14…"
    kind: str = ""      # the kind as a word ("" : the code in capitals)
    language: str = ""  # the language as a word ("" : the code)


def facts_pieces(hit: SearchHit, words: FactsWords) -> list[Piece]:
    """p. 9 (3), 2, … · 4 matches · kind · language · date · tags, as pieces: the pages
    come first, best first, so that they stay reachable in a narrow list."""
    groups: list[list[Piece]] = []
    pages = page_counts(hit)
    if pages:
        group = [Piece(words.pages + " ")]     # lay_out() puts commas between the links
        group += [Piece(page_label(page, count), page) for page, count in pages[:PAGES_SHOWN]]
        if len(pages) > 1:
            group.append(Piece(words.more, more=True, optional=len(pages) <= PAGES_SHOWN))
        groups.append(group)
    groups += [[Piece(text)] for text in (words.matches, words.kind or hit.kind.upper(),
                                          words.language or hit.language or "",
                                          hit.published or "", ", ".join(hit.tags)) if text]
    pieces: list[Piece] = []
    for group in groups:
        if pieces:
            pieces.append(Piece(SEPARATOR))
        pieces.extend(group)
    return pieces


def lay_out(pieces: list[Piece], metrics: QFontMetrics, rect: QRect
            ) -> list[tuple[QRect, Piece]]:
    """Place pieces left to right in rect, with commas between the page links; the piece
    that does not fit is elided, the rest left out. Room is kept for the link to every page:
    pages that would crowd it out are left out instead, so every page stays reachable."""
    more = next((piece for piece in pieces if piece.more), None)
    reserve = metrics.horizontalAdvance(", " + more.text) if more else 0
    placed: list[tuple[QRect, Piece]] = []
    x, dropped = rect.left(), False
    for piece in pieces:
        link = piece.page is not None or piece.more
        after_link = bool(placed) and placed[-1][1].page is not None
        if piece.more and piece.optional and not dropped:
            continue
        if piece.page is not None and more is not None:
            width = metrics.horizontalAdvance((", " if after_link else "") + piece.text)
            if dropped or x + width + reserve > rect.right() + 1:
                dropped = True
                continue
        if link and after_link:
            x = _place(placed, Piece(", "), metrics, rect, x)
        x = _place(placed, piece, metrics, rect, x)
        if x > rect.right():
            break
    return placed


def _place(placed: list[tuple[QRect, Piece]], piece: Piece, metrics: QFontMetrics,
           rect: QRect, x: int) -> int:
    """Put one piece at x (elided to the room left); returns the next x (past the right
    edge when the piece had to be elided)."""
    room = rect.right() + 1 - x
    width = metrics.horizontalAdvance(piece.text)
    if width > room:
        text = metrics.elidedText(piece.text, Qt.TextElideMode.ElideRight, room)
        if text:
            placed.append((QRect(x, rect.top(), room, rect.height()), replace(piece, text=text)))
        return rect.right() + 1 + (1 if text else 0)
    placed.append((QRect(x, rect.top(), width, rect.height()), piece))
    return x + width


def page_at(placed: list[tuple[QRect, Piece]], point: QPoint) -> int | None:
    """The page whose link is under point, if any."""
    return next((piece.page for rect, piece in placed
                 if piece.page is not None and rect.contains(point)), None)


def more_at(placed: list[tuple[QRect, Piece]], point: QPoint) -> bool:
    """Whether point is on the link that lists every page."""
    return any(piece.more and rect.contains(point) for rect, piece in placed)
