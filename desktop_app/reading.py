"""Loads the selected document for the reader and the side panel, in a read task."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app import operations
from desktop_app.operations import Opened
from desktop_app.session import ArchiveSession
from desktop_app.tasks import Task

# Selection changes closer together than this (arrow keys held down) load only the last one.
SETTLE_MS = 120


class DocumentLoader(QObject):
    """load(id, query, page) → loaded(Opened) for the latest request only."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, session: ArchiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: Task | None = None
        self._request: tuple[int, str, int | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._start)

    def load(self, doc_id: int, query: str = "", page: int | None = None,
             at_once: bool = False) -> None:
        """Load a document (after a short pause unless at_once)."""
        self._request = (doc_id, query, page)
        if at_once:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def cancel(self) -> None:
        """Forget the pending request."""
        self._timer.stop()
        self._request = None
        if self._task is not None:
            self._task.discard()
            self._task = None

    @Slot()
    def _start(self) -> None:
        if self._request is None or not self.session.is_open:
            return
        if self._task is not None:
            self._task.discard()
        doc_id, query, page = self._request
        self._task = self.session.read(
            lambda a: operations.open_document(a, doc_id, query, page), "open document")
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)

    @Slot(object)
    def _done(self, opened: Opened) -> None:
        self._task = None
        self.loaded.emit(opened)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)
