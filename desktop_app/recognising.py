"""Text recovery in the window: after an import, and from Needs attention, the pages without
readable text are repaired or recognised in the background, with progress and Cancel."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.messages import core_sentence
from desktop_app.session import ArchiveSession
from desktop_app.tasks import Task
from desktop_app.widgets.import_panel import ImportPanel
from indexer.archive import Archive
from indexer.progress import CancelFn, ProgressFn
from indexer.rows import ImportReport

if TYPE_CHECKING:  # the recognition code (and PyMuPDF) loads when text is first recognised
    from indexer.recognition import OcrReport


class TextRecovery(QObject):
    """Runs Archive.ocr in the write runner and reports on the import panel's line."""

    finished = Signal(object)   # the OcrReport, or None when no page needed it

    def __init__(self, session: ArchiveSession, panel: ImportPanel,
                 status: Callable[[str], None]) -> None:
        super().__init__(panel)
        self.session = session
        self.panel = panel
        self.status = status
        self.task: Task | None = None
        panel.cancelRequested.connect(self.cancel)

    @Slot(object)
    def after_import(self, report: ImportReport) -> None:
        """Recover the text of the documents an import brought, where they need it."""
        if report.imported and not report.cancelled:
            self.recover([doc_id for _, doc_id in report.imported])

    def recover(self, doc_ids: list[int], force: bool = False) -> None:
        """Repair or recognise the pages of doc_ids that need it (all pages with force)."""
        def job(archive: Archive, progress: ProgressFn, cancel: CancelFn) -> OcrReport | None:
            ids = list(doc_ids) if force else archive.needs_ocr(doc_ids)
            if not ids:
                return None
            return archive.ocr(ids, force=force, progress=progress, cancel=cancel)

        self.task = self.session.write_job(job, "recognise text")
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    @Slot()
    def cancel(self) -> None:
        """Stop recognising (the pages done so far are kept)."""
        if self.task is not None:
            self.task.cancel()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, message: str) -> None:
        if not self.panel.is_running():
            self.panel.start(self.tr("Recognising text"), keep=True)
        self.panel.set_progress(done, total, message)

    @Slot(object)
    def _done(self, report: OcrReport | None) -> None:
        self.task = None
        self.panel.stop()
        if report is not None:
            pages = sum(report.pages.values())
            text = self.tr("Text recognised on %n page(s).", "", pages)
            if report.missing:
                text = f"{text} {core_sentence(report.missing)}"
            self.status(text)
        self.finished.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.task = None
        self.panel.stop()
        self.status(core_sentence(message))

    @Slot()
    def _cancelled(self) -> None:
        self.task = None
        self.panel.stop()
        self.status(self.tr("Text recognition cancelled; the pages already read are kept."))
