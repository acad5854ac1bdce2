"""Fixtures for GUI tests: temporary settings, a task runner, archives and main windows."""
from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.i18n import install_translators
from desktop_app.session import ArchiveSession
from desktop_app.settings import AppSettings
from desktop_app.tasks import TaskRunner
from indexer.archive import Archive
from tests.conftest import write_pdf

WAIT_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English plural forms, as the application loads them ("1 document", "3 documents")."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in a temporary INI file (never the user's), with the side panel shown (as
    View > Document Details does: the tests edit metadata, tags and notes there)."""
    chosen = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    chosen.details_shown = True
    return chosen


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    """A task runner whose pools are drained after the test."""
    tasks = TaskRunner()
    yield tasks
    tasks.cancel_all()
    tasks.wait(30_000)


@pytest.fixture
def session(runner: TaskRunner, qtbot: object) -> Iterator[ArchiveSession]:
    """A session; the archive it opens is closed after the test."""
    archive_session = ArchiveSession(runner)
    yield archive_session
    archive_session.shutdown()


def _write_samples(folder: Path) -> Path:
    folder.mkdir(parents=True)
    write_pdf(folder / "convention.pdf", [
        "Preamble. The parties to this convention on fisheries agree as follows.",
        "Article 1. Each party shall protect the migratory salmon of the Caspian basin.",
        "Article 2. Disputes about salmon quotas go to arbitration.\n"
        "Done at Aktau on 12 August 2018.",
    ], title="Caspian Fisheries Convention")
    (folder / "water.txt").write_text(
        "Water sharing on the Amu Darya\n\nThe ministers discussed irrigation and dams.",
        encoding="utf-8")
    (folder / "pipeline.txt").write_text(
        "Gas pipeline talks\n\nNegotiators met in Ashgabat about the gas pipeline route.",
        encoding="utf-8")
    return folder


@pytest.fixture
def sample_files(tmp_path: Path) -> Path:
    """A folder with a three-page PDF and two text articles."""
    return _write_samples(tmp_path / "incoming")


@pytest.fixture(scope="session")
def template_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: an archive holding the sample files, two tagged Region/Central Asia."""
    base = tmp_path_factory.mktemp("template")
    sample_files = _write_samples(base / "incoming")
    root = base / "filled"
    with Archive.open(root) as archive:
        report = archive.import_paths([sample_files])
        assert not report.failed, report.failed
        ids = dict(report.imported)
        archive.add_tags(ids[str(sample_files / "water.txt")], ["Region/Central Asia"])
        archive.add_tags(ids[str(sample_files / "pipeline.txt")],
                         ["Region/Central Asia", "Energy"])
    return root


@pytest.fixture
def filled_archive(tmp_path: Path, template_archive: Path) -> Path:
    """A private copy of the template archive."""
    root = tmp_path / "filled"
    shutil.copytree(template_archive, root)
    return root


@pytest.fixture
def make_window(qtbot: object, settings: AppSettings, runner: TaskRunner
                ) -> Callable[[Path], object]:
    """Opens a MainWindow on an archive folder and waits until its library has loaded."""
    from desktop_app.widgets.main_window import MainWindow

    def make(root: Path) -> MainWindow:
        window = MainWindow(ArchiveSession(runner), settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(1400, 850)
        window.show()
        signals = [window.libraryLoaded, window.sidebar.loaded]
        with qtbot.waitSignals(signals, timeout=WAIT_MS):  # type: ignore[attr-defined]
            window.open_archive(root)
        return window

    return make


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody expected fails the test instead of waiting forever for a click."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for owner, name in ((QMessageBox, "question"), (QMessageBox, "warning"),
                        (QMessageBox, "information"), (QMessageBox, "critical"),
                        (QInputDialog, "getText"), (QFileDialog, "getOpenFileNames"),
                        (QFileDialog, "getExistingDirectory")):
        monkeypatch.setattr(owner, name, staticmethod(unexpected))
