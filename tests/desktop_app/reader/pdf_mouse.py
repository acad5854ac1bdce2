"""Driving the PDF view with the mouse at the places of known words."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from desktop_app.reader.pdf_view import PdfView
from desktop_app.reader.selection import Word

WAIT_MS = 20_000


def page_words(qtbot, view: PdfView, page: int) -> list[Word]:
    """The word boxes of a 1-based page, once the render thread has sent them."""
    qtbot.waitUntil(lambda: view.page_item(page) is not None
                    and view.page_item(page).words is not None, timeout=WAIT_MS)
    words = view.page_item(page).words
    assert words
    return words


def word_index(words: list[Word], text: str, occurrence: int = 0) -> int:
    """Index of the occurrence-th word reading text."""
    return [i for i, w in enumerate(words) if w.text == text][occurrence]


def point_of(view: PdfView, page: int, word: Word, where: float = 0.5) -> QPoint:
    """Viewport position inside a word (where: 0 its left edge, 1 its right edge)."""
    item = view.page_item(page)
    x = word.x0 + (word.x1 - word.x0) * where
    scene = item.mapToScene(QPointF(x, (word.y0 + word.y1) / 2))
    return view.mapFromScene(scene)


def drag(qtbot, view: PdfView, start: QPoint, end: QPoint) -> None:
    """Press at start, move to end in steps, release there."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in (0.25, 0.5, 0.75, 1.0):
        qtbot.mouseMove(viewport, start + (end - start) * step)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def right_click(view: PdfView, pos: QPoint) -> None:
    """Send the context-menu event a right click brings."""
    viewport = view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
