"""Python's full garbage collections paused while a long write runs, so the window never waits.

A full (oldest-generation) collection walks every live object while holding the GIL: during
an import, with the index writer's objects alive, it took 55–90 ms each time, and the event
loop stalled for as long. While an import runs only the young generations are collected (a
few ms, from a timer); the full collector runs again when the import is over.

What is alive when an import starts (modules, Qt wrappers, the archive session: the long-lived
core of the program) is frozen for good (gc.freeze), so the full collection after the import
walks only what the import left (35–40 ms instead of 100–130 ms). The price: a reference cycle
among those frozen objects, should it ever become garbage, is not freed.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

YOUNG_EVERY_MS = 250


def freeze_long_lived() -> None:
    """Once the window is up and the search warmed up: collect, then freeze what lives on
    (the program's long-lived core, as an import does), so that later full collections walk
    only what came after it (listing a long library paused the window 50 ms at each)."""
    gc.collect()
    gc.freeze()


class CollectorPacing(QObject):
    """begin()/end() pairs (nested); young collections only between the first begin and the
    last end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._depth = 0
        self._was_enabled = True
        self._timer = QTimer(self, interval=YOUNG_EVERY_MS)
        self._timer.timeout.connect(self._collect_young)

    def begin(self) -> None:
        """A long write starts."""
        self._depth += 1
        if self._depth == 1:
            self._was_enabled = gc.isenabled()
            gc.freeze()        # what lives now is not walked again by full collections
            gc.disable()
            self._timer.start()

    def end(self) -> None:
        """A long write ended (the full collector comes back with the last one)."""
        if self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 0:
            self._timer.stop()
            if self._was_enabled:
                gc.enable()

    def active(self) -> bool:
        """Whether full collections are held back now."""
        return self._depth > 0

    @Slot()
    def _collect_young(self) -> None:
        gc.collect(1)
