"""Runs imports in the write runner, feeds the import panel, asks for passwords afterwards."""
from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.session import ArchiveSession
from desktop_app.tasks import Task
from desktop_app.widgets.import_panel import ImportPanel
from indexer.archive import Archive
from indexer.progress import CancelFn, ProgressFn
from indexer.rows import ImportReport

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries per-file results from the worker thread to the GUI thread (queued signal)."""

    result = Signal(str, str, object, object)


class ImportController(QObject):
    """One import at a time; further requests wait in a queue."""

    started = Signal()
    finished = Signal(object)      # the ImportReport (cancelled imports too)
    failed = Signal(str)           # the import could not run at all
    shown = Signal()               # the panel should be made visible

    def __init__(self, session: ArchiveSession, panel: ImportPanel,
                 dialog_parent: QWidget | None = None) -> None:
        super().__init__(panel)
        self.session = session
        self.panel = panel
        self.dialog_parent = dialog_parent
        self.relay = _Relay(self)
        self.relay.result.connect(self._one_done)
        panel.cancelRequested.connect(self.cancel)
        self.task: Task | None = None
        self._queue: deque[tuple[list[Path], str | None]] = deque()

    def import_paths(self, paths: list[Path], password: str | None = None) -> None:
        """Import files and folders (after any import already running)."""
        if not paths:
            return
        self._queue.append((list(paths), password))
        if self.task is None:
            self._next()

    def is_running(self) -> bool:
        """True while an import runs."""
        return self.task is not None

    @Slot()
    def cancel(self) -> None:
        """Stop the running import and drop the queued ones (what was imported stays)."""
        self._queue.clear()
        if self.task is not None:
            self.task.cancel()

    def _next(self) -> None:
        if not self._queue:
            return
        paths, password = self._queue.popleft()
        relay = self.relay

        def job(archive: Archive, progress: ProgressFn, cancel: CancelFn) -> ImportReport:
            return archive.import_paths(paths, password=password, progress=progress,
                                        cancel=cancel, on_result=relay.result.emit)

        names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        self.panel.start(self.tr("Importing %1").replace("%1", names))
        self.shown.emit()
        self.task = self.session.write_job(job, "import")
        self.task.progress.connect(self.panel.set_progress)
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.started.emit()

    @Slot(str, str, object, object)
    def _one_done(self, path: str, status: str, _doc_id: object, error: object) -> None:
        self.panel.add_line(path, status, error if isinstance(error, str) else None)

    @Slot(object)
    def _done(self, report: ImportReport) -> None:
        self.task = None
        self.panel.finish(report)
        self.session.documentsChanged.emit()
        self.session.libraryChanged.emit()
        self.finished.emit(report)
        if report.needs_password and not report.cancelled:
            self._ask_passwords(report.needs_password)
        self._next()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.task = None
        self.panel.fail(message)
        self.session.documentsChanged.emit()
        self.failed.emit(message)
        self._next()

    @Slot()
    def _cancelled(self) -> None:
        self.task = None
        report = ImportReport(cancelled=True)
        self.panel.finish(report)
        self.session.documentsChanged.emit()
        self.finished.emit(report)
        self._next()

    def _ask_passwords(self, paths: list[str]) -> None:
        for path in paths:
            password, ok = QInputDialog.getText(
                self.dialog_parent, self.tr("Password needed"),
                self.tr("“%1” is protected by a password. Enter it to import the file:")
                .replace("%1", Path(path).name),
                QLineEdit.EchoMode.Password)
            if ok and password:
                self._queue.append(([Path(path)], password))
