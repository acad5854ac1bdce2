"""Needs attention's files that could not be imported: keeps their panel filled and acts on
its buttons (enter a password, try again, forget)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.importing import ImportController
from desktop_app.session import ArchiveSession
from desktop_app.widgets.failures_panel import FailuresPanel
from indexer.failures import FailureRow


class ImportFailures(QObject):
    """loaded(count) after each reload; the panel shows only while shown(True) and there are
    failures."""

    loaded = Signal(int)

    def __init__(self, session: ArchiveSession, importer: ImportController,
                 panel: FailuresPanel) -> None:
        super().__init__(panel)
        self.session = session
        self.importer = importer
        self.panel = panel
        self._shown = False
        panel.passwordRequested.connect(importer.ask_passwords)
        panel.retryRequested.connect(lambda paths: importer.import_paths(
            [Path(p) for p in paths]))
        panel.forgetRequested.connect(self._forget)
        session.failuresChanged.connect(self.reload)
        panel.setVisible(False)

    def show(self, on: bool) -> None:
        """List the failures (on: Needs attention is the view) or hide them."""
        self._shown = on
        if on:
            self.reload()
        else:
            self.panel.setVisible(False)

    def reload(self) -> None:
        """Read the failures again (only while shown)."""
        if not self._shown or not self.session.is_open:
            return
        task = self.session.read(lambda a: a.import_failures(), "import failures")
        task.finished.connect(self._loaded)

    @Slot(object)
    def _loaded(self, failures: list[FailureRow]) -> None:
        self.panel.set_failures(failures)
        self.panel.setVisible(self._shown and bool(failures))
        self.loaded.emit(len(failures))

    @Slot(list)
    def _forget(self, ids: list[int]) -> None:
        self.session.write(lambda a: a.forget_failures(ids), "forget failures")
