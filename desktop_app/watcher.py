"""Notices what other processes commit to the open archive (the command line importing while
the window is open) and has the views reload, within about a second."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from indexer.archive import Archive

POLL_MS = 1000


class ArchiveWatcher(QObject):
    """Polls the archive's change token in the read pool while nothing of ours is running;
    on a change, indexes what a killed writer may have left unindexed and emits changed."""

    changed = Signal()

    def __init__(self, read: Callable[[Callable[[Archive], Any], str], Any],
                 write: Callable[[Callable[[Archive], Any], str], Any],
                 busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read, self._write, self._busy = read, write, busy
        self._token: tuple[int, ...] | None = None
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start watching (the current state counts as seen)."""
        self._token = None
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        if self._polling or self._busy():
            self._token = None  # our own work changes the token: take it as seen afterwards
            return
        self._polling = True
        task = self._read(lambda archive: archive.change_token(), "watch archive")
        task.finished.connect(self._seen)
        task.ended.connect(self._done)

    def _done(self) -> None:
        self._polling = False

    def _seen(self, token: object) -> None:
        previous, self._token = self._token, token  # type: ignore[assignment]
        if previous is None or previous == token:
            return
        task = self._write(lambda archive: archive.refresh(), "index others' documents")
        task.ended.connect(self.changed.emit)
