"""The archive's write lock: one writer at a time across threads and processes.

SQLite and Whoosh each allow a single writer, and a writer's rollback must never meet another
writer's half-finished work. Every write (import, edit, reindex, bundle merge) holds this lock;
readers never take it. It is an advisory `flock` on `<archive>/write.lock`, so the operating
system releases it when a process dies, even by kill -9.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: threads are still serialised
    fcntl = None  # type: ignore[assignment]

from indexer.errors import ArchiveError

log = logging.getLogger(__name__)

WAITING = "Another Dossier is writing to this archive; this will start when it has finished."

# Told once when the lock is busy, before waiting for it.
WaitFn = Callable[[str], None]


def _quiet(message: str) -> None:
    """A wait callback that only logs."""
    log.info(message)


class WriteLock:
    """A re-entrant lock held by one thread of one process at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextmanager
    def hold(self, on_wait: WaitFn = _quiet) -> Iterator[None]:
        """Hold the lock for the block, waiting (after telling on_wait) while another holds it.

        Raises ArchiveError if the lock file cannot be opened.
        """
        with self._thread_lock:
            if self._depth == 0:
                self._acquire(on_wait)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release()

    @contextmanager
    def try_hold(self) -> Iterator[bool]:
        """Hold the lock for the block if it is free now; yields whether it was taken."""
        if not self._thread_lock.acquire(blocking=False):
            yield False
            return
        try:
            if self._depth == 0 and not self._acquire_now():
                yield False
                return
            self._depth += 1
            try:
                yield True
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release()
        finally:
            self._thread_lock.release()

    def held_elsewhere(self) -> bool:
        """True when another process holds the lock at this moment."""
        with self.try_hold() as taken:
            return not taken

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ArchiveError(f"Cannot open the archive's lock file {self.path}: "
                               f"{exc.strerror or exc}.") from exc

    def _acquire_now(self) -> bool:
        fd = self._open()
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
        self._fd = fd
        return True

    def _acquire(self, on_wait: WaitFn) -> None:
        if self._acquire_now():
            return
        on_wait(WAITING)
        fd = self._open()
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        self._fd = fd

    def _release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
