"""Runs imports in the write runner, feeds the import panel, asks for passwords afterwards."""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.gc_pacing import CollectorPacing
from desktop_app.session import ArchiveSession
from desktop_app.tasks import Task
from desktop_app.widgets.import_panel import ImportPanel
from desktop_app.widgets.password_dialog import PasswordDialog
from indexer.archive import Archive
from indexer.progress import CancelFn, ProgressFn
from indexer.rows import ImportReport

log = logging.getLogger(__name__)

GROUP, ONE = "group", "one"      # a retry with one password for every locked file / for one


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
        self._queue: deque[tuple[list[Path], str | None, str]] = deque()
        self._purpose = ""               # of the running import: "", GROUP or ONE
        self._locked: list[str] = []     # files still waiting for their password
        self.password_dialog: PasswordDialog | None = None
        self.pacing = CollectorPacing(self)
        self.prompts = 0                 # password prompts shown (for the curious and tests)

    def import_paths(self, paths: list[Path], password: str | None = None) -> None:
        """Import files and folders (after any import already running)."""
        self._enqueue(paths, password, "")

    def _enqueue(self, paths: list[Path], password: str | None, purpose: str) -> None:
        if not paths:
            return
        self._queue.append((list(paths), password, purpose))
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
        paths, password, self._purpose = self._queue.popleft()
        relay = self.relay

        def job(archive: Archive, progress: ProgressFn, cancel: CancelFn) -> ImportReport:
            return archive.import_paths(paths, password=password, progress=progress,
                                        cancel=cancel, on_result=relay.result.emit)

        names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        self.panel.start(self.tr("Importing %1").replace("%1", names),
                         keep=bool(self._purpose))
        self.shown.emit()
        self.pacing.begin()
        self.task = self.session.write_job(job, "import")
        self.task.ended.connect(self.pacing.end)
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
        self.finished.emit(report)
        if not report.cancelled:
            self._after_passwords(report)
        self._next()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.task = None
        self.panel.fail(message)
        self.failed.emit(message)
        self._next()

    @Slot()
    def _cancelled(self) -> None:
        self.task = None
        report = ImportReport(cancelled=True)
        self.panel.finish(report)
        self.finished.emit(report)
        self._next()

    # --- passwords: one prompt for the group, then file by file ----------------------------
    @Slot(list)
    def ask_passwords(self, paths: list[str]) -> None:
        """Ask for the password of these locked files (one prompt for several, then file by
        file), and import them with it; from Needs attention."""
        self._locked = sorted(paths, key=lambda p: Path(p).name.casefold())
        if len(self._locked) > 1:
            self._ask_group()
        elif self._locked:
            self._ask_one(wrong=False)

    def _after_passwords(self, report: ImportReport) -> None:
        """Decide what to ask once an import ended, by what that import was for."""
        locked = sorted(report.needs_password, key=lambda p: Path(p).name.casefold())
        if self._purpose == "":
            self._locked = locked
            if len(locked) > 1:
                self._ask_group()
            elif locked:
                self._ask_one(wrong=False)
        elif self._purpose == GROUP:
            self._locked = locked
            if locked:
                self._ask_one(wrong=True)
        elif self._purpose == ONE:
            if not locked and self._locked:
                self._locked.pop(0)
            if self._locked:
                self._ask_one(wrong=bool(locked))

    def _open(self, message: str, several_left: bool, done: Callable[[int], None]) -> None:
        dialog = PasswordDialog(message, several_left, self.dialog_parent)
        dialog.finished.connect(done)
        self.password_dialog = dialog
        self.prompts += 1
        dialog.open()

    def _ask_group(self) -> None:
        names = ", ".join(Path(p).name for p in self._locked[:4])
        names += ", …" if len(self._locked) > 4 else ""
        message = (self.tr("%n file(s) are protected by a password: %1.\nEnter the password "
                           "to try on each of them:", "", len(self._locked))
                   .replace("%1", names))
        self._open(message, False, self._group_answered)

    @Slot(int)
    def _group_answered(self, result: int) -> None:
        dialog = self.password_dialog
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted and dialog.password():
            self._enqueue([Path(p) for p in self._locked], dialog.password(), GROUP)
        elif result == QDialog.DialogCode.Accepted:
            self._ask_group()
        else:
            self._locked = []

    def _ask_one(self, wrong: bool) -> None:
        name = Path(self._locked[0]).name
        if wrong:
            message = self.tr("The password was not right for “%1”. Enter its password:")
        else:
            message = self.tr("“%1” is protected by a password. Enter it to import the file:")
        self._open(message.replace("%1", name), len(self._locked) > 1, self._one_answered)

    @Slot(int)
    def _one_answered(self, result: int) -> None:
        dialog = self.password_dialog
        if dialog is None or not self._locked:
            return
        if result == QDialog.DialogCode.Accepted and dialog.password():
            self._enqueue([Path(self._locked[0])], dialog.password(), ONE)
            return
        if dialog.skip_rest:
            self._locked = []
            return
        self._locked.pop(0)
        if self._locked:
            self._ask_one(wrong=False)
