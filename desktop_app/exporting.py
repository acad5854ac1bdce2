"""Exports from the window: opens the export dialog for a selection and runs it in a read task."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.session import ArchiveSession
from indexer.progress import CancelFn, ProgressFn

if TYPE_CHECKING:   # the export machinery (PyMuPDF behind it) loads with the first export
    from desktop_app.export_plan import ExportOutcome
    from desktop_app.widgets.export_dialog import ExportDialog
    from indexer.archive import Archive
    from indexer.export import ExportSelection


def documents_folder() -> Path:
    """The user's documents folder (the home folder if there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportController(QObject):
    """One dialog per request; exports only read the archive, so several may run at once."""

    opened = Signal(object)     # the ExportDialog just shown

    def __init__(self, session: ArchiveSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: ExportDialog | None = None
        # Remembered for the next dialog while the program runs.
        self.folder = documents_folder()
        self.formats = ["report-html"]

    def export_ids(self, ids: list[int]) -> ExportDialog | None:
        """Open the dialog for these documents (nothing happens without any)."""
        from indexer.export import ExportSelection

        return self.export_selection(ExportSelection(ids=tuple(ids))) if ids else None

    def export_query(self, query: str) -> ExportDialog | None:
        """Open the dialog for every result of a search."""
        from indexer.export import ExportSelection

        return self.export_selection(ExportSelection(query=query)) if query.strip() else None

    def export_selection(self, selection: ExportSelection) -> ExportDialog | None:
        """Open the export dialog for selection; returns it (None with no archive open)."""
        if not self.session.is_open:
            return None
        old = self.dialog
        if old is not None and not old.running:
            old.deleteLater()
        from desktop_app.widgets.export_dialog import ExportDialog

        dialog = ExportDialog(selection, self.folder, self.formats, self.window)
        dialog.exportRequested.connect(
            lambda formats, destination: self._run(dialog, formats, destination))
        self.dialog = dialog
        dialog.show()
        self.opened.emit(dialog)
        return dialog

    def _run(self, dialog: ExportDialog, formats: list[str], destination: Path) -> None:
        selection = dialog.selection
        from desktop_app.export_plan import plan, run_steps, wants_folder
        from desktop_app.selection_names import selection_label

        steps = plan(selection_label(selection), formats, destination)
        folder = destination if wants_folder(formats) else destination.parent
        self.formats = list(formats)
        self.folder = destination if len(formats) > 1 else destination.parent

        def job(archive: Archive, progress: ProgressFn, cancel: CancelFn) -> ExportOutcome:
            return run_steps(archive, selection, steps, progress, cancel)

        dialog.start(folder)
        task = self.session.read_job(job, "export")
        task.progress.connect(dialog.set_progress)
        task.finished.connect(dialog.show_outcome)
        task.failed.connect(dialog.show_failure)
        task.cancelled.connect(dialog.show_cancelled)
        dialog.cancelRequested.connect(task.cancel)
