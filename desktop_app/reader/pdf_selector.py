"""Mouse selection of words on the PDF view's pages, as a PDF viewer does it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.reader.pdf_view import PdfView
from desktop_app.reader.selection import (
    Selection,
    Word,
    between,
    line_rects,
    nearest,
    selection_of,
)

AUTOSCROLL_MS = 40


class PdfSelector(QObject):
    """Press, drag and release over a page select the words between, in reading order.

    Watches the view's viewport; a double-click selects one word.
    """

    selected = Signal()                       # a drag or double-click selected words
    cleared = Signal()                        # the selection is gone
    contextRequested = Signal(int, QPointF, QPoint)   # 1-based page, point (PDF pt), global

    def __init__(self, view: PdfView) -> None:
        super().__init__(view)
        self.view = view
        self._page = 0
        self._anchor = self._focus = -1
        self._press = QPoint()
        self._dragging = False
        self._words: list[Word] = []
        self._last = QPoint()
        # Dragging above or below the view scrolls it, so a selection can outgrow the screen.
        self._autoscroll = QTimer(self, interval=AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._scroll_on)
        view.viewport().installEventFilter(self)

    # --- the selection -----------------------------------------------------------
    def selection(self) -> Selection | None:
        """The selected words of their page, or None."""
        return selection_of(self._page, self._words) if self._words else None

    def clear(self) -> None:
        """Drop the selection."""
        had = bool(self._words)
        self._show([])
        self._dragging = False
        if had:
            self.cleared.emit()

    def select_words(self, page: int, first: int, last: int) -> None:
        """Select words first..last (indexes in the page's word list) of a 1-based page."""
        item = self.view.page_item(page)
        if item is None or not item.words:
            return
        self._page = page
        self._show(between(item.words, first, last))
        self.selected.emit()

    def _show(self, words: list[Word]) -> None:
        old = self.view.page_item(self._page)
        if old is not None:
            old.set_selection([QRectF(QPointF(r[0], r[1]), QPointF(r[2], r[3]))
                               for r in line_rects(words)])
        self._words = words

    # --- mouse -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            return self._context(event)
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            return self._pressed(event)
        if kind == QEvent.Type.MouseButtonDblClick and \
                event.button() == Qt.MouseButton.LeftButton:
            return self._double_clicked(event)
        if kind == QEvent.Type.MouseMove and self._dragging:
            self._moved(event)
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._dragging:
            self._released(event)
            return True
        return False

    def _word_at(self, pos: QPoint, page: int | None = None) -> tuple[int, int]:
        """(1-based page, index of the nearest word) at a viewport position; (0, -1) if none."""
        found = self.view.page_at(pos, page)
        item = self.view.page_item(found[0]) if found is not None else None
        if found is None or item is None or not item.words:
            return 0, -1
        return found[0], nearest(item.words, found[1].x(), found[1].y())

    def _pressed(self, event: QMouseEvent) -> bool:
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        page, index = self._word_at(pos)
        self.clear()
        if index < 0:
            return False
        self._page, self._anchor, self._focus = page, index, index
        self._press, self._dragging = pos, True
        return True

    def _moved(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._last = pos
        height = self.view.viewport().height()
        if pos.y() < 0 or pos.y() > height:
            self._autoscroll.start()
        else:
            self._autoscroll.stop()
        self._extend(pos)

    def _scroll_on(self) -> None:
        height, y = self.view.viewport().height(), self._last.y()
        overshoot = y if y < 0 else y - height if y > height else 0
        if not self._dragging or not overshoot:
            self._autoscroll.stop()
            return
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + overshoot // 2 + (1 if overshoot > 0 else -1))
        self._extend(self._last)

    def _extend(self, pos: QPoint) -> None:
        _page, index = self._word_at(pos, self._page)
        item = self.view.page_item(self._page)
        if index >= 0 and item is not None and item.words and \
                (index != self._focus or not self._words):
            self._focus = index
            self._show(between(item.words, self._anchor, index))

    def _released(self, event: QMouseEvent) -> None:
        self._moved(event)
        self._autoscroll.stop()
        self._dragging = False
        if self._words:
            self.selected.emit()

    def _double_clicked(self, event: QMouseEvent) -> bool:
        page, index = self._word_at(event.position().toPoint())
        if index < 0:
            return False
        self._dragging = False
        self.select_words(page, index, index)
        return True

    def _context(self, event: QContextMenuEvent) -> bool:
        found = self.view.page_at(event.pos())
        if found is None:
            return False
        self.contextRequested.emit(found[0], found[1], event.globalPos())
        return True
