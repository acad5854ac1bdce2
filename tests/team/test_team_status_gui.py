"""The window's status bar says whether the team archive's server can be reached and how many
changes wait; it says nothing for an archive folder."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.session import ArchiveSession
from desktop_app.tasks import TaskRunner
from desktop_app.team_status import TeamStatusLabel
from indexer.archive import Archive
from indexer.team.archive import TeamArchive
from tests.team.cluster import Cluster
from tests.team.proxy import Relay

WAIT_MS = 20000


@pytest.fixture
def session(qtbot: object) -> Iterator[ArchiveSession]:
    runner = TaskRunner()
    archive_session = ArchiveSession(runner)
    yield archive_session
    archive_session.shutdown()
    runner.cancel_all()
    runner.wait(30_000)


@pytest.mark.gui
def test_the_label_follows_the_server(session: ArchiveSession, qtbot: object, cluster: Cluster,
                                      team_url: str, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    relay = Relay(cluster.port)
    url = team_url.replace(f":{cluster.port}/", f":{relay.port}/")
    desk = tmp_path / "desk"
    memo = tmp_path / "memo.txt"
    memo.write_text("Caspian caviar quotas.", encoding="utf-8")
    with TeamArchive(url, desk_dir=desk) as first:
        (_, doc), = first.import_paths([memo]).imported
    monkeypatch.setattr(ArchiveSession, "_open_archive",
                        lambda self, root: TeamArchive(url, desk_dir=root))
    label = TeamStatusLabel(session)
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    with qtbot.waitSignal(session.opened, timeout=WAIT_MS):  # type: ignore[attr-defined]
        session.open(desk)
    qtbot.waitUntil(lambda: label.text() == "Team archive: online",  # type: ignore[attr-defined]
                    timeout=WAIT_MS)
    relay.cut()
    qtbot.waitUntil(lambda: "offline" in label.text(),  # type: ignore[attr-defined]
                    timeout=WAIT_MS)
    assert "cannot be reached" in label.toolTip()
    note = session.write(lambda a: a.add_note(doc, "on the train"), "note")
    with qtbot.waitSignal(note.finished, timeout=WAIT_MS):  # type: ignore[attr-defined]
        pass
    label.ask()
    waiting = ("Team archive: offline, 1 change(s) waiting",
               "Team archive: offline, 1 change waiting")  # without or with a plural form
    qtbot.waitUntil(lambda: label.text() in waiting,  # type: ignore[attr-defined]
                    timeout=WAIT_MS)
    relay.restore()
    qtbot.waitUntil(lambda: label.text() == "Team archive: online",  # type: ignore[attr-defined]
                    timeout=WAIT_MS)
    with TeamArchive(team_url, desk_dir=tmp_path / "other") as other:
        assert [n.text for n in other.document(doc).notes] == ["on the train"]
    relay.cut()


@pytest.mark.gui
def test_no_label_for_a_folder(session: ArchiveSession, qtbot: object, tmp_path: Path) -> None:
    label = TeamStatusLabel(session)
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    Archive.open(tmp_path / "folder").close()
    with qtbot.waitSignal(session.opened, timeout=WAIT_MS):  # type: ignore[attr-defined]
        session.open(tmp_path / "folder")
    task = session.read(lambda a: a.team_status(), "status")
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):  # type: ignore[attr-defined]
        pass
    qtbot.wait(200)  # type: ignore[attr-defined]
    assert label.isHidden()


@pytest.mark.gui
def test_the_window_opens_a_team_archive_by_its_address(qtbot: object, team_url: str,
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.app import archive_root
    from desktop_app.settings import AppSettings
    from desktop_app.widgets.main_window import MainWindow

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the desk's folder
    monkeypatch.delenv("DOSSIER_ARCHIVE", raising=False)
    memo = tmp_path / "memo.txt"
    memo.write_text("Caspian caviar quotas.", encoding="utf-8")
    with TeamArchive(team_url, desk_dir=tmp_path / "elsewhere") as other:
        other.import_paths([memo])
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"),
                                     QSettings.Format.IniFormat))
    runner = TaskRunner()
    window = MainWindow(ArchiveSession(runner), settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (f"  {team_url} ", True))
    try:
        with qtbot.waitSignal(window.libraryLoaded, timeout=WAIT_MS):  # type: ignore[attr-defined]
            window.actions_.open_team.trigger()
        assert team_url in window.windowTitle()
        assert window.table_model.total == 1  # the other desk's document
        assert (tmp_path / "data" / "dossier" / "desks").is_dir()
        assert settings.last_archive == team_url  # and the next start opens it again
        assert archive_root(None, settings) == team_url
    finally:
        window.session.shutdown()
        runner.wait(30_000)
