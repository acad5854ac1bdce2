"""Background tasks: plain functions fn(progress, cancel) run in thread pools, reported by signal."""
from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot

from desktop_app.messages import core_sentence
from indexer.errors import Cancelled, DossierError
from indexer.progress import CancelFn, ProgressFn

log = logging.getLogger(__name__)

Work = Callable[[ProgressFn, CancelFn], Any]

# Progress reports closer together than this are dropped (the last one always goes out).
PROGRESS_INTERVAL = 0.05


def generic_failure() -> str:
    """The sentence shown for an unexpected error (the traceback goes to the log)."""
    return QCoreApplication.translate("TaskRunner",
                                      "Something went wrong; details are in the log.")


class Task(QObject):
    """The GUI thread's handle on one run of a work function.

    Exactly one of finished(result), failed(message) or cancelled() is emitted, then ended().
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, name: str, cancellable: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        # Work that ignores cancel() (a quick edit) must still run when everything is cancelled.
        self.cancellable = cancellable
        self.stop = threading.Event()
        self.done = False
        self._discarded = False

    def cancel(self) -> None:
        """Ask the work to stop; it sees cancel() return True and raises Cancelled.

        A task that is not cancellable runs to its end anyway.
        """
        if self.cancellable:
            self.stop.set()

    def discard(self) -> None:
        """Drop whatever the task reports from now on (e.g. a stale search); skip it if queued."""
        self._discarded = True
        self.stop.set()

    def is_cancelled(self) -> bool:
        """True once cancel() or discard() took effect."""
        return self.stop.is_set()

    def deliver_progress(self, done: int, total: int, message: str) -> None:
        """Called by the runner in the GUI thread."""
        if not self._discarded and not self.done:
            self.progress.emit(done, total, message)

    def deliver_outcome(self, kind: str, value: object) -> None:
        """Called by the runner in the GUI thread, once."""
        self.done = True
        if not self._discarded:
            if kind == "finished":
                self.finished.emit(value)
            elif kind == "failed":
                self.failed.emit(core_sentence(value) if isinstance(value, str)
                                 else generic_failure())
            else:
                self.cancelled.emit()
        self.ended.emit()


class _Relay(QObject):
    """Carries reports from worker threads to the GUI thread (queued signals)."""

    progressed = Signal(int, int, int, str)   # task id, done, total, message
    outcome = Signal(int, str, object)        # task id, kind, result or message


class _Job:
    """The worker side of a task: plain Python holding no reference to any Task object."""

    def __init__(self, task_id: int, fn: Work, stop: threading.Event, relay: _Relay,
                 name: str) -> None:
        self.task_id, self.fn, self.stop, self.relay, self.name = task_id, fn, stop, relay, name
        self._last_progress = 0.0

    def __call__(self) -> None:
        kind, value = self._run()
        self.fn = None  # type: ignore[assignment]  # free the work's captures in this thread
        self.relay.outcome.emit(self.task_id, kind, value)

    def _run(self) -> tuple[str, object]:
        if self.stop.is_set():
            return "cancelled", None
        try:
            return "finished", self.fn(self._progress, self.stop.is_set)
        except Cancelled:
            return "cancelled", None
        except DossierError as exc:
            log.info("Task %s failed: %s", self.name, exc)
            return "failed", str(exc)
        except Exception:
            log.exception("Task %s crashed", self.name)
            return "failed", None

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL:
            return
        self._last_progress = now
        self.relay.progressed.emit(self.task_id, done, total, message)


class TaskRunner(QObject):
    """Two pools: reads run in parallel, writes one at a time (SQLite and Whoosh have one writer).

    The runner keeps every task until it ends, so callers need not hold references.
    """

    def __init__(self, parent: QObject | None = None, read_threads: int = 4) -> None:
        super().__init__(parent)
        self.reads = QThreadPool(self)
        self.reads.setMaxThreadCount(read_threads)
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._running: dict[int, Task] = {}
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._relay.outcome.connect(self._outcome, Qt.ConnectionType.QueuedConnection)

    def read(self, fn: Work, name: str = "", cancellable: bool = True) -> Task:
        """Start fn in the read pool; returns its Task."""
        return self._start(self.reads, fn, name, cancellable)

    def write(self, fn: Work, name: str = "", cancellable: bool = True) -> Task:
        """Start fn in the write pool, after every write started before it."""
        return self._start(self.writes, fn, name, cancellable)

    def _start(self, pool: QThreadPool, fn: Work, name: str, cancellable: bool) -> Task:
        task_id = next(self._ids)
        name = name or getattr(fn, "__name__", "task")
        task = Task(name, cancellable)
        self._running[task_id] = task
        pool.start(_Job(task_id, fn, task.stop, self._relay, name))
        return task

    @Slot(int, int, int, str)
    def _progressed(self, task_id: int, done: int, total: int, message: str) -> None:
        task = self._running.get(task_id)
        if task is not None:
            task.deliver_progress(done, total, message)

    @Slot(int, str, object)
    def _outcome(self, task_id: int, kind: str, value: object) -> None:
        task = self._running.pop(task_id, None)
        if task is not None:
            task.deliver_outcome(kind, value)

    def running(self) -> list[Task]:
        """Tasks started and not yet ended."""
        return list(self._running.values())

    def cancel_all(self) -> None:
        """Ask every running cancellable task to stop."""
        for task in list(self._running.values()):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until both pools are idle (only for shutdown and tests); False on timeout."""
        return self.writes.waitForDone(msecs) and self.reads.waitForDone(msecs)

    def wait_for_reads(self) -> None:
        """From a write task: wait until no read task runs (before closing the archive)."""
        self.reads.waitForDone()
