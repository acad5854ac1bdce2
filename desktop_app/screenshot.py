"""--screenshot: show the window offscreen, wait until the library and a document are shown, save."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.widgets.main_window import MainWindow

log = logging.getLogger(__name__)

SIZE = (1600, 960)
SETTLE_MS = 600      # let the reader paint its first page
TIMEOUT_MS = 60_000


class Screenshot(QObject):
    """Drives one screenshot; done(ok) when the PNG is written (or could not be)."""

    done = Signal(bool)

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self._taken = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.take)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(TIMEOUT_MS)
        self._timeout.timeout.connect(self.take)

    def start(self, root: Path | str) -> None:
        """Open root in the window and take the picture once it has loaded."""
        self.window.resize(*SIZE)
        self.window.libraryLoaded.connect(self._library_loaded)
        self.window.session.openFailed.connect(self._settle.start)
        self.window.documentShown.connect(self._document_shown)
        self.window.show()
        self.window.open_archive(root)
        self._timeout.start()

    @Slot()
    def _library_loaded(self) -> None:
        if self.window.table_model.rowCount() == 0:
            self._settle.start()
            return
        self.window.ui.table.setFocus()
        self.window.ui.table.select_first()

    @Slot(int)
    def _document_shown(self, _doc_id: int) -> None:
        self._settle.start()

    @Slot()
    def take(self) -> None:
        """Save the window as it looks now."""
        if self._taken:
            return
        self._taken = True
        self._timeout.stop()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        ok = self.window.grab().save(str(self.path), "PNG")
        if not ok:
            log.error("Could not write the screenshot %s", self.path)
        self.done.emit(ok)
