"""The open archive as the GUI sees it: every call to it goes through the task runner."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop_app.broadcaster import ChangeBroadcaster
from desktop_app.logs import ArchiveLog
from desktop_app.tasks import Task, TaskRunner
from desktop_app.watcher import ArchiveWatcher
from indexer.archive import Archive, open_location
from indexer.changes import Changes
from indexer.errors import ArchiveError
from indexer.paths import ArchivePaths
from indexer.progress import CancelFn, ProgressFn
from indexer.team.location import is_team_location

log = logging.getLogger(__name__)

Location = Path | str  # an archive folder, or a team archive's postgresql:// address
Call = Callable[[Archive], Any]
Job = Callable[[Archive, ProgressFn, CancelFn], Any]


class ArchiveSession(QObject):
    """Opens, closes and calls one Archive at a time, never in the GUI thread.

    Reads run in parallel; writes run one after the other. What each write changed reaches
    the views through one ChangeBroadcaster (self.broadcaster), whose signals the session also
    offers under their names (documentsChanged, documentEdited, libraryChanged…).
    """

    opened = Signal(str)
    openFailed = Signal(str)
    closed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.broadcaster = ChangeBroadcaster(self)
        self.documentsChanged = self.broadcaster.documentsChanged
        self.documentEdited = self.broadcaster.documentEdited
        self.libraryChanged = self.broadcaster.libraryChanged
        self.failuresChanged = self.broadcaster.failuresChanged
        self._archive: Archive | None = None
        self._log = ArchiveLog()
        self.root: Location | None = None
        self.watcher = ArchiveWatcher(self.read, self.write, self._busy, self)
        self.watcher.changed.connect(self._changed_elsewhere)

    @property
    def is_open(self) -> bool:
        """True while an archive is open."""
        return self._archive is not None

    # --- opening and closing ---------------------------------------------------
    def open(self, root: Location) -> Task:
        """Open (creating if needed) the archive in root, a folder or a team archive's
        address; emits opened (with root as text) or openFailed."""
        if self._archive is not None:
            self.close()
        self.root = root
        task = self.runner.write(lambda p, c: self._open_archive(root), "open archive",
                                 cancellable=False)
        task.finished.connect(lambda archive: self._on_opened(archive, root))
        task.failed.connect(self.openFailed)
        return task

    def _open_archive(self, root: Location) -> Archive:
        log.info("Opening archive %s", root)
        if is_team_location(root):
            archive = open_location(str(root))  # its log goes in the desk's folder
            self._log.attach(archive.paths)
            return archive
        paths = ArchivePaths(Path(root))
        self._log.attach(paths)
        return Archive(paths)

    def _on_opened(self, archive: Archive, root: Location) -> None:
        if root != self.root or self._archive is not None:
            # Another archive was asked for meanwhile: this one is not wanted any more.
            self.runner.write(lambda p, c: archive.close(), "close archive", cancellable=False)
            return
        self._archive = archive
        archive.on_change = self.broadcaster.receive
        self.opened.emit(str(root))
        self.watcher.start()

    def warm_up(self) -> Task | None:
        """Read what the first search needs (the window asks once its library is shown, so
        the warm-up does not hold up the first page)."""
        return self.read(lambda a: a.warm_up(), "warm up search") if self.is_open else None

    def close(self) -> Task | None:
        """Close the open archive after the reads in flight; emits closed at once."""
        archive, self._archive = self._archive, None
        if archive is None:
            return None
        self.watcher.stop()
        self.closed.emit()
        runner = self.runner

        def close_archive(progress: ProgressFn, cancel: CancelFn) -> None:
            runner.wait_for_reads()
            archive.close()
            log.info("Closed archive %s", archive.paths.root)

        return runner.write(close_archive, "close archive", cancellable=False)

    def shutdown(self) -> None:
        """Stop every task, close the archive and wait for the pools (at exit only)."""
        self.runner.cancel_all()
        self.close()
        self.runner.wait()
        self._log.detach()

    def _busy(self) -> bool:
        """True while any of our own tasks runs (its writes change the archive too)."""
        return bool(self.runner.running()) or self._archive is None

    @Slot()
    def _changed_elsewhere(self) -> None:
        """Another process committed: every view reloads."""
        if self._archive is not None:
            self.broadcaster.broadcast(Changes(everything=True))

    # --- calling the archive ---------------------------------------------------
    def read(self, call: Call, name: str = "read") -> Task:
        """Run call(archive) in the read pool."""
        return self.runner.read(lambda p, c: call(self._require()), name, cancellable=False)

    def write(self, call: Call, name: str = "write") -> Task:
        """Run call(archive) in the write pool."""
        return self.runner.write(lambda p, c: call(self._require()), name, cancellable=False)

    def read_job(self, job: Job, name: str = "read job") -> Task:
        """Run job(archive, progress, cancel) in the read pool."""
        return self.runner.read(lambda p, c: job(self._require(), p, c), name)

    def write_job(self, job: Job, name: str = "write job") -> Task:
        """Run job(archive, progress, cancel) in the write pool."""
        return self.runner.write(lambda p, c: job(self._require(), p, c), name)

    def _require(self) -> Archive:
        archive = self._archive
        if archive is None:
            raise ArchiveError(QCoreApplication.translate("ArchiveSession",
                                                          "No archive is open."))
        return archive
