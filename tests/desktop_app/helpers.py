"""Driving the main window like a user: dropping files, typing searches, waiting for results."""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.search_query import FacetedResult
from desktop_app.widgets.main_window import MainWindow
from indexer.rows import ImportReport

WAIT_MS = 20_000


def file_mime(paths: Sequence[Path]) -> QMimeData:
    """MIME data as a file manager would send when dragging paths."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_files(qtbot, window: MainWindow, paths: Sequence[Path]) -> ImportReport:
    """Drag paths onto the window, drop them, and wait until the import has finished."""
    mime = file_mime(paths)
    centre = window.rect().center()
    with warnings.catch_warnings():  # PySide offers only the QPoint form, marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window refused the dragged files"
    drop = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.finished, timeout=WAIT_MS) as finished:
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    report = finished.args[0]
    assert isinstance(report, ImportReport)
    return report


def type_search(qtbot, window: MainWindow, text: str) -> FacetedResult:
    """Type text into the search field and wait for the results it brings."""
    field = window.ui.search_bar.field
    field.clear()
    with qtbot.waitSignal(window.searcher.searched, timeout=WAIT_MS) as searched:
        qtbot.keyClicks(field, text)
    found = searched.args[0]
    assert isinstance(found, FacetedResult)
    return found


def table_titles(window: MainWindow) -> list[str]:
    """Titles shown in the library table."""
    model = window.table_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def select_document(qtbot, window: MainWindow, title: str) -> int:
    """Click the library row with this title and wait until it is shown; returns its id."""
    model = window.table_model
    row = table_titles(window).index(title)
    table = window.ui.table
    rect = table.visualRect(model.index(row, 0))
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc_id = shown.args[0]
    assert isinstance(doc_id, int)
    return doc_id
