"""The facts line under a hit, laid out in pieces so that each page with hits is a link."""
from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class FactsWords:
    """The translated words of a facts line: the pages' prefix and the matches count."""

    pages: str          # e.g. "p."
    matches: str        # e.g. "4 matches" ("" to leave it out)


def facts_pieces(hit: SearchHit, words: FactsWords) -> list[Piece]:
    """kind · language · date · p. 2 (3), 4, … · 4 matches · tags, as pieces."""
    groups: list[list[Piece]] = [[Piece(text)] for text in
                                 (hit.kind.upper(), hit.language or "", hit.published or "")
                                 if text]
    pages = page_counts(hit)
    if pages:
        group = [Piece(words.pages + " ")]
        for number, (page, count) in enumerate(pages[:PAGES_SHOWN]):
            if number:
                group.append(Piece(", "))
            group.append(Piece(page_label(page, count), page))
        if len(pages) > PAGES_SHOWN:
            group.append(Piece(", …"))
        groups.append(group)
    groups += [[Piece(text)] for text in (words.matches, ", ".join(hit.tags)) if text]
    pieces: list[Piece] = []
    for group in groups:
        if pieces:
            pieces.append(Piece(SEPARATOR))
        pieces.extend(group)
    return pieces


def lay_out(pieces: list[Piece], metrics: QFontMetrics, rect: QRect
            ) -> list[tuple[QRect, Piece]]:
    """Place pieces left to right in rect; the one that does not fit is elided, the rest
    left out."""
    placed: list[tuple[QRect, Piece]] = []
    x = rect.left()
    for piece in pieces:
        room = rect.right() + 1 - x
        width = metrics.horizontalAdvance(piece.text)
        if width > room:
            text = metrics.elidedText(piece.text, Qt.TextElideMode.ElideRight, room)
            if text:
                fitted = Piece(text, piece.page)
                placed.append((QRect(x, rect.top(), room, rect.height()), fitted))
            break
        placed.append((QRect(x, rect.top(), width, rect.height()), piece))
        x += width
    return placed


def page_at(placed: list[tuple[QRect, Piece]], point: QPoint) -> int | None:
    """The page whose link is under point, if any."""
    return next((piece.page for rect, piece in placed
                 if piece.page is not None and rect.contains(point)), None)
