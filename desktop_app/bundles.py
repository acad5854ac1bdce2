"""Imports `.dossier` bundles in the write runner and shows each merge report in a dialog."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.session import ArchiveSession
from indexer.progress import CancelFn, ProgressFn

if TYPE_CHECKING:   # the export package (PyMuPDF behind it) loads with the first bundle
    from desktop_app.widgets.bundle_dialog import BundleDialog
    from indexer.archive import Archive
    from indexer.export import BundleReport

SUFFIX = ".dossier"


def split_bundles(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(bundle files, everything else) among paths, e.g. files dropped on the window."""
    bundles: list[Path] = []
    others: list[Path] = []
    for path in paths:
        (bundles if path.suffix.lower() == SUFFIX and not path.is_dir() else others).append(path)
    return bundles, others


class BundleImporter(QObject):
    """Each bundle gets its own dialog; the write runner merges them one after another."""

    opened = Signal(object)        # the BundleDialog just shown
    finished = Signal(object)      # the BundleReport of a merged bundle

    def __init__(self, session: ArchiveSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: BundleDialog | None = None
        self.folder = Path.home()

    @Slot()
    def choose(self) -> None:
        """Ask for a bundle file and import it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import bundle"), str(self.folder),
            self.tr("Dossier bundles (*.dossier)"))
        if chosen:
            self.folder = Path(chosen).parent
            self.import_bundle(Path(chosen))

    def import_bundle(self, path: Path) -> BundleDialog | None:
        """Merge the bundle at path into the archive, showing progress and then the report."""
        if not self.session.is_open:
            return None
        old = self.dialog
        if old is not None and not old.running:
            old.deleteLater()

        def job(archive: Archive, progress: ProgressFn, cancel: CancelFn) -> BundleReport:
            return archive.import_bundle(path, progress, cancel)

        from desktop_app.widgets.bundle_dialog import BundleDialog

        dialog = BundleDialog(path, self.window)
        self.dialog = dialog
        task = self.session.write_job(job, "import bundle")
        task.progress.connect(dialog.set_progress)
        task.finished.connect(dialog.show_report)
        task.finished.connect(self._merged)
        task.failed.connect(dialog.show_failure)
        task.cancelled.connect(dialog.show_cancelled)
        dialog.cancelRequested.connect(task.cancel)
        dialog.show()
        self.opened.emit(dialog)
        return dialog

    @Slot(object)
    def _merged(self, report: BundleReport) -> None:
        self.finished.emit(report)
