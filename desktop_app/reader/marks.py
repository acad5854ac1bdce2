"""Drawing marks on a PDF page: highlight fills, underlines, strike-throughs and note icons."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from indexer.annotations import AnnotationRow

SELECTION_COLOUR = QColor(40, 110, 230, 70)
FLASH_COLOUR = QColor(255, 120, 40)
NOTE_SIZE = 16.0                 # points, as the core's sticky-note rect
HIGHLIGHT_ALPHA = 150            # of 255: multiplied onto the page, the text stays readable


@dataclass(frozen=True)
class PageMark:
    """A mark as drawn on one PDF page, in PDF points."""

    id: int
    kind: str
    color: QColor
    rects: tuple[QRectF, ...]
    comment: str = ""


def page_marks(rows: Sequence[AnnotationRow]) -> dict[int, list[PageMark]]:
    """Marks by 0-based page; orphaned marks and marks without a page are left out."""
    pages: dict[int, list[PageMark]] = {}
    for row in rows:
        if row.orphaned or row.page is None:
            continue
        rects = tuple(QRectF(QPointF(r[0], r[1]), QPointF(r[2], r[3])) for r in row.rects
                      if len(r) == 4)
        pages.setdefault(row.page - 1, []).append(
            PageMark(row.id, row.kind, QColor(row.color), rects, row.comment))
    return pages


def paint_marks(painter: QPainter, marks: Sequence[PageMark]) -> None:
    """Fill highlights (multiplied, so black text stays black), then draw the lines."""
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    for mark in marks:
        if mark.kind == "highlight":
            fill = QColor(mark.color)
            fill.setAlpha(HIGHLIGHT_ALPHA)
            for rect in mark.rects:
                painter.fillRect(rect, fill)
    painter.restore()
    for mark in marks:
        if mark.kind not in ("underline", "strike"):
            continue
        for rect in mark.rects:
            pen = QPen(mark.color, max(rect.height() / 12, 1.0))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = rect.bottom() - pen.widthF() / 2 if mark.kind == "underline" \
                else rect.center().y()
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


def paint_selection(painter: QPainter, rects: Sequence[QRectF]) -> None:
    """The text selection: translucent blue, one rectangle a line."""
    for rect in rects:
        painter.fillRect(rect, SELECTION_COLOUR)


def paint_flash(painter: QPainter, rects: Sequence[QRectF]) -> None:
    """An outline around a mark just gone to."""
    painter.setPen(QPen(FLASH_COLOUR, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in rects:
        painter.drawRect(rect.adjusted(-2, -2, 2, 2))


class NoteIcon(QGraphicsItem):
    """A sticky note on a page: a small folded sheet in the mark's colour; hover shows its text."""

    def __init__(self, mark: PageMark, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.mark = mark
        first = mark.rects[0] if mark.rects else QRectF(0, 0, NOTE_SIZE, NOTE_SIZE)
        self.setPos(first.topLeft())
        self.setToolTip(mark.comment)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, NOTE_SIZE + 2, NOTE_SIZE + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        fold = NOTE_SIZE / 3
        sheet = QPolygonF([QPointF(0, 0), QPointF(NOTE_SIZE, 0),
                           QPointF(NOTE_SIZE, NOTE_SIZE - fold),
                           QPointF(NOTE_SIZE - fold, NOTE_SIZE), QPointF(0, NOTE_SIZE)])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.mark.color.darker(170), 0.8))
        painter.setBrush(self.mark.color)
        painter.drawPolygon(sheet)
        corner = QPainterPath(QPointF(NOTE_SIZE, NOTE_SIZE - fold))
        corner.lineTo(NOTE_SIZE - fold, NOTE_SIZE - fold)
        corner.lineTo(NOTE_SIZE - fold, NOTE_SIZE)
        painter.setBrush(self.mark.color.darker(120))
        painter.drawPath(corner)
        painter.setPen(QPen(self.mark.color.darker(200), 0.8))
        for step in (0.3, 0.5):
            y = NOTE_SIZE * step
            painter.drawLine(QPointF(3, y), QPointF(NOTE_SIZE - 3, y))
