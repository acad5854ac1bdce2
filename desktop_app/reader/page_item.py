"""One PDF page in the view's scene: paper, rendered image, marks, find hits and selection."""
from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop_app.reader.find_colours import (
    CURRENT_COLOUR,
    HIT_COLOUR,
    TERM_FILL,
    TERM_OUTLINE,
)
from desktop_app.reader.marks import (
    NoteIcon,
    PageMark,
    paint_flash,
    paint_marks,
    paint_selection,
)
from desktop_app.reader.selection import Word


class PageItem(QGraphicsItem):
    """One page in PDF points: white paper, its rendered image, and what is drawn over it."""

    def __init__(self, index: int, width: float, height: float) -> None:
        super().__init__()
        self.index = index
        self.rect = QRectF(0, 0, width, height)
        self.image: QImage | None = None
        self.terms: list[QRectF] = []
        self.show_terms = True                    # the search's words are marked
        self.hits: list[QRectF] = []
        self.current: QRectF | None = None
        self.words: list[Word] | None = None      # None until the render thread sent them
        self.marks: list[PageMark] = []
        self.selection: list[QRectF] = []
        self.flash: list[QRectF] = []
        self._notes: list[NoteIcon] = []

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def set_image(self, image: QImage | None) -> None:
        """Show an image (any resolution: it is fitted to the page), or none."""
        if image is not self.image:
            self.image = image
            self.update()

    def set_marks(self, marks: Sequence[PageMark]) -> None:
        """Draw these marks; notes become icons that show their text on hover."""
        for note in self._notes:  # removing from the scene also unparents; Python frees it
            if shiboken6.isValid(note) and note.scene() is not None:
                note.scene().removeItem(note)
        self.marks = [m for m in marks if m.kind != "note"]
        self._notes = [NoteIcon(m, self) for m in marks if m.kind == "note"]
        self.update()

    def notes(self) -> list[NoteIcon]:
        """The note icons on the page."""
        return list(self._notes)

    def set_selection(self, rects: Sequence[QRectF]) -> None:
        """Show the text selection (no rectangles: none)."""
        self.selection = list(rects)
        self.update()

    def set_flash(self, rects: Sequence[QRectF]) -> None:
        """Outline a mark just gone to (no rectangles: none)."""
        self.flash = list(rects)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.rect, Qt.GlobalColor.white)
        if self.image is not None and not self.image.isNull():
            painter.drawImage(self.rect, self.image)
        elif self.image is not None:
            painter.setPen(Qt.GlobalColor.darkGray)
            text = QCoreApplication.translate("PdfView", "This page could not be displayed.")
            painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, text)
        paint_marks(painter, self.marks)
        self._paint_highlights(painter)
        paint_selection(painter, self.selection)
        paint_flash(painter, self.flash)
        painter.setPen(QPen(QColor(0, 0, 0, 70), 0))
        painter.drawRect(self.rect)

    def _paint_highlights(self, painter: QPainter) -> None:
        painter.save()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        terms = self.terms if self.show_terms else []
        for rect in terms:
            painter.fillRect(rect, TERM_FILL)
        for rect in self.hits:
            painter.fillRect(rect, CURRENT_COLOUR if rect == self.current else HIT_COLOUR)
        painter.restore()
        if terms:
            painter.setPen(QPen(TERM_OUTLINE, 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in terms:
                painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
        if self.current is not None:
            painter.setPen(QPen(CURRENT_COLOUR.darker(130), 0))
            painter.drawRect(self.current.adjusted(-1, -1, 1, 1))
