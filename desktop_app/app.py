"""The `dossier-gui` entry point: arguments, language, settings, the window, --screenshot."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.i18n import SUPPORTED, choose_language, install_translators
from desktop_app.icons import icon
from desktop_app.session import ArchiveSession
from desktop_app.settings import APPLICATION, ORGANIZATION, AppSettings, default_settings
from desktop_app.tasks import TaskRunner
from indexer.paths import ARCHIVE_ENV, resolve_archive_dir
from indexer.team.location import is_team_location


def build_parser() -> argparse.ArgumentParser:
    """The command-line options of the desktop application."""
    parser = argparse.ArgumentParser(
        prog="dossier-gui",
        description="Dossier: an offline archive of treaties, articles and other documents. "
                    "Opens the archive window.")
    parser.add_argument("--archive", metavar="DIR",
                        help="archive folder to open (default: $DOSSIER_ARCHIVE, else the "
                             "archive open last time, else the user data folder)")
    parser.add_argument("--lang", choices=SUPPORTED,
                        help="interface language (default: the saved choice, else the system's)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render the window offscreen once the library has loaded, save "
                             "it as a PNG and exit")
    return parser


def archive_root(explicit: str | None, settings: AppSettings) -> Path | str:
    """--archive, else $DOSSIER_ARCHIVE, else the last archive, else the default folder (a
    team archive's postgresql:// address stays an address)."""
    chosen = explicit or os.environ.get(ARCHIVE_ENV)
    if chosen and is_team_location(chosen):
        return chosen.strip()
    last = settings.last_archive
    if chosen or last is None or (isinstance(last, Path) and not last.is_dir()):
        return resolve_archive_dir(explicit)
    return last


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop application; returns the exit status."""
    args = build_parser().parse_args(argv)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)  # details go to the archive's log file
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(console)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Background tasks run Python code (the index writer) that holds the GIL; switching
    # threads every 1 ms instead of 5 ms lets the GUI thread paint between their steps.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Dossier")
    app.setWindowIcon(icon("dossier"))
    with tempfile.TemporaryDirectory(prefix="dossier-") as scratch:
        # A screenshot must not change the user's remembered layout or last archive.
        store = (QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
                 if args.screenshot else default_settings())
        settings = AppSettings(store)
        translators = install_translators(app, choose_language(args.lang, settings.language))
        status = _run(app, args, settings)
        for translator in translators:
            app.removeTranslator(translator)
    return status


def _run(app: QApplication, args: argparse.Namespace, settings: AppSettings) -> int:
    from desktop_app.widgets.main_window import MainWindow

    root = archive_root(args.archive, settings)
    runner = TaskRunner()
    session = ArchiveSession(runner)
    window = MainWindow(session, settings)
    if args.screenshot:
        return _screenshot(app, window, root, Path(args.screenshot))
    window.show()
    window.open_archive(root)
    status = app.exec()
    session.shutdown()
    return status


def _screenshot(app: QApplication, window: object, root: Path | str, path: Path) -> int:
    from desktop_app.screenshot import Screenshot
    from desktop_app.widgets.main_window import MainWindow

    assert isinstance(window, MainWindow)
    outcome: list[bool] = []
    shot = Screenshot(window, path)
    shot.done.connect(outcome.append)
    shot.done.connect(window.close)
    shot.done.connect(app.quit)
    shot.start(root)
    app.exec()
    return 0 if outcome and outcome[0] else 1
