"""Deleting documents, rebuilding the index, checking the archive and switching archives."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop_app.session import ArchiveSession
from desktop_app.widgets.task_status import TaskStatus
from indexer.archive import Archive
from indexer.check import CheckReport
from indexer.team.location import is_team_location

if TYPE_CHECKING:
    from indexer.dating import RedateReport


class Housekeeping(QObject):
    """User commands that act on the whole archive; message(text) goes to the status bar."""

    message = Signal(str)
    deleted = Signal(list)
    redated = Signal(object)    # a RedateReport

    def __init__(self, session: ArchiveSession, status: TaskStatus, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.status = status
        self.window = window

    def delete(self, ids: list[int]) -> None:
        """Delete documents after the user confirms."""
        if not ids or not self.session.is_open:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Delete documents"),
            self.tr("Delete %n document(s) from the archive? Their stored files, tags and "
                    "notes are removed too. This cannot be undone.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        chosen = list(ids)

        def delete(archive: Archive) -> list[int]:
            archive.delete_documents(chosen)
            return chosen

        task = self.session.write(delete, "delete")
        task.finished.connect(self._deleted)
        task.failed.connect(self._failed)

    @Slot(object)
    def _deleted(self, ids: list[int]) -> None:
        self.deleted.emit(ids)
        self.message.emit(self.tr("%n document(s) deleted.", "", len(ids)))

    def reindex(self) -> None:
        """Rebuild the search index from the database, with progress."""
        if not self.session.is_open or self.status.task is not None:
            return
        task = self.session.write_job(lambda a, p, c: a.reindex(progress=p, cancel=c),
                                      "reindex")
        self.status.track(task, self.tr("Rebuilding the index…"))
        task.finished.connect(self._reindexed)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._reindex_cancelled)

    @Slot(object)
    def _reindexed(self, count: int) -> None:
        self.message.emit(self.tr("Index rebuilt: %n document(s).", "", int(count)))

    @Slot()
    def _reindex_cancelled(self) -> None:
        self.message.emit(self.tr("Rebuilding the index was cancelled; run it again to "
                                  "finish."))

    def redate(self, doc_ids: list[int] | None = None) -> None:
        """Date documents (all by default) again from their text, with progress."""
        if not self.session.is_open or self.status.task is not None:
            return
        task = self.session.write_job(
            lambda a, p, c: a.redate(doc_ids, progress=p, cancel=c), "redate")
        self.status.track(task, self.tr("Finding dates in the documents’ text…"))
        task.finished.connect(self._redated)
        task.failed.connect(self._failed)

    def redate_unknown(self) -> None:
        """Date in the background the documents dated before Dossier read dates from the
        text (their source is unknown); nothing when there are none."""
        if not self.session.is_open:
            return
        task = self.session.read(lambda a: a.undated(), "undated")
        task.finished.connect(lambda ids: self.redate(list(ids)) if ids else None)

    @Slot(object)
    def _redated(self, report: RedateReport) -> None:
        self.redated.emit(report)
        self.message.emit(self.tr("%n document(s) got a date from their text.", "",
                                  len(report.changed)))

    def check(self) -> None:
        """Verify database, stored files and index, then show what was found."""
        if not self.session.is_open or self.status.task is not None:
            return
        task = self.session.write_job(lambda a, p, c: a.check(progress=p), "check")
        self.status.track(task, self.tr("Checking the archive…"))
        task.finished.connect(self._checked)
        task.failed.connect(self._failed)

    @Slot(object)
    def _checked(self, report: CheckReport) -> None:
        lines = [self.tr("%n document(s) checked.", "", report.documents)]
        if report.ok:
            lines.append(self.tr("No problems found."))
        lines += [self.tr("Problem: %1").replace("%1", p) for p in report.problems]
        lines += [self.tr("Note: %1").replace("%1", n) for n in report.notes]
        box = QMessageBox.information if report.ok else QMessageBox.warning
        box(self.window, self.tr("Check archive"), "\n\n".join(lines))

    def open_team(self) -> None:
        """Ask for a team archive's address and open it instead (its password comes from
        ~/.pgpass or $PGPASSWORD, never from this dialog)."""
        current = str(self.session.root) if is_team_location(self.session.root) else ""
        address, ok = QInputDialog.getText(
            self.window, self.tr("Open Team Archive"),
            self.tr("The team archive's address, e.g. "
                    "postgresql://anna@server/dossier?files=/mnt/share/dossier\n"
                    "(the password comes from ~/.pgpass or $PGPASSWORD):"),
            text=current or "postgresql://")
        address = address.strip()
        if not ok or not address:
            return
        if not is_team_location(address):
            QMessageBox.warning(self.window, self.tr("Open Team Archive"),
                                self.tr("A team archive's address starts with postgresql://."))
            return
        self.session.open(address)

    def switch(self) -> None:
        """Choose another archive folder and open it instead."""
        root = self.session.root
        start = str(root) if isinstance(root, Path) else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open archive folder"),
                                                  start)
        if folder:
            self.session.open(Path(folder))

    @Slot(str)
    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Dossier"), message)
