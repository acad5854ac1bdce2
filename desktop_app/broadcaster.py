"""The one place that turns what archive writes changed into the signals views refresh from
(as Anki broadcasts each operation's OpChanges): no controller emits them by hand."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from indexer.changes import Changes


class ChangeBroadcaster(QObject):
    """Receives every write's Changes (from any thread, through receive) and emits, in the
    GUI thread: documentEdited(row) for each edited document, documentsChanged when lists
    may differ, libraryChanged when the sidebar may, failuresChanged for import failures;
    changed(changes) for anything else that wants the whole value."""

    documentsChanged = Signal()         # documents added, removed, re-read or re-dated
    documentEdited = Signal(object)     # a DocumentRow whose fields, tags or notes changed
    libraryChanged = Signal()           # counts, tags, collections or saved searches
    failuresChanged = Signal()          # the kept import failures
    changed = Signal(object)            # every Changes, after the signals above
    _arrived = Signal(object)           # crosses from the writing thread to this one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self.broadcast)

    def receive(self, changes: Changes) -> None:
        """Archive.on_change: safe to call from the thread that wrote."""
        self._arrived.emit(changes)

    @Slot(object)
    def broadcast(self, changes: Changes) -> None:
        """Emit the signals changes calls for (in the GUI thread)."""
        for row in changes.edited:
            self.documentEdited.emit(row)
        if changes.lists:
            self.documentsChanged.emit()
        if changes.library:
            self.libraryChanged.emit()
        if changes.failures or changes.everything:
            self.failuresChanged.emit()
        if changes:
            self.changed.emit(changes)
