"""The status bar's word on a team archive: online or offline, and how many changes wait to
be sent; hidden for an archive folder."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.session import ArchiveSession
from indexer.archive import Archive

if TYPE_CHECKING:  # the team code loads only with a team archive
    from indexer.team.archive import TeamStatus


class TeamStatusLabel(QLabel):
    """Asks the archive for its team status (a local count, no server query) when it opens and
    whenever the views reload: the archive watcher hears of the server going and coming back
    through Archive.change_token(), and has the views reload. (No timer of its own: a read in
    flight makes the watcher skip its poll.)"""

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._asking = False
        self.hide()
        session.opened.connect(self.ask)
        session.documentsChanged.connect(self.ask)
        session.libraryChanged.connect(self.ask)
        session.documentEdited.connect(self.ask)
        session.closed.connect(self.hide)

    @Slot()
    def ask(self, *_args: object) -> None:
        """Read the status in the background, then show it."""
        if self._asking or not self._session.is_open:
            return
        self._asking = True
        task = self._session.read(_status, "team status")
        task.finished.connect(self.show_status)
        task.ended.connect(self._answered)

    @Slot()
    def _answered(self) -> None:
        self._asking = False

    @Slot(object)
    def show_status(self, status: TeamStatus | None) -> None:
        """Show status (hide for an archive folder)."""
        if status is None:
            self.hide()
            return
        if status.online and not status.waiting:
            text = self.tr("Team archive: online")
        elif status.online:
            text = self.tr("Team archive: online, sending %n change(s)", "", status.waiting)
        else:
            text = self.tr("Team archive: offline, %n change(s) waiting", "", status.waiting)
        tips = [status.problem] if status.problem else []
        if status.conflicts:
            tips.append(self.tr("%n note(s) or mark(s) were changed on both sides; the newer "
                                "was kept.", "", len(status.conflicts)))
        self.setText(text)
        self.setToolTip("\n".join(tips))
        self.show()


def _status(archive: Archive) -> TeamStatus | None:
    return archive.team_status()
