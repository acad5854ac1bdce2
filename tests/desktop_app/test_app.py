"""The entry point: --help, --screenshot, language and archive choice."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from desktop_app.app import archive_root
from desktop_app.i18n import I18N, choose_language
from desktop_app.settings import AppSettings
from indexer.paths import ARCHIVE_ENV

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=os.environ.get("HOME", "/tmp"))
    return subprocess.run([sys.executable, "main.py", *args], check=False, cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_help_exits_zero() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert "--archive" in done.stdout and "--screenshot" in done.stdout
    assert "--lang" in done.stdout


def test_screenshot_writes_a_png(tmp_path: Path, filled_archive: Path) -> None:
    picture = tmp_path / "window.png"
    done = _run("--screenshot", str(picture), "--archive", str(filled_archive), timeout=90)
    assert done.returncode == 0, done.stderr
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size > 20_000


def test_language_choice_order() -> None:
    assert choose_language("ru", "en") == "ru"
    assert choose_language(None, "ru") == "ru"
    assert choose_language(None, "", QLocale("ru_RU")) == "ru"
    assert choose_language(None, "", QLocale("de_DE")) == "en"


def test_russian_translation_is_shipped() -> None:
    assert (I18N / "dossier_ru.ts").is_file()
    assert len((I18N / "dossier_ru.qm").read_bytes()) > 1000


def test_archive_root_prefers_explicit_then_last(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ARCHIVE_ENV, raising=False)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.last_archive = tmp_path / "last"
    assert archive_root(str(tmp_path / "given"), settings) == (tmp_path / "given").resolve()
    assert archive_root(None, settings) != tmp_path / "last", "a vanished archive is skipped"
    (tmp_path / "last").mkdir()
    assert archive_root(None, settings) == tmp_path / "last"


@pytest.mark.gui
def test_russian_interface(qapp) -> None:
    from desktop_app.i18n import install_translators
    from desktop_app.models.sidebar import SidebarModel
    from desktop_app.widgets.import_panel import ImportPanel
    from indexer.rows import ImportReport

    locale = QLocale()
    translators = install_translators(qapp, "ru")
    try:
        assert translators, "dossier_ru.qm did not load"
        model = SidebarModel()
        assert model.index(0, 0).data() == "Все документы"
        panel = ImportPanel()
        panel.finish(ImportReport(failed=[("/x/bad.pdf", "damaged")]))
        assert panel.summary.text() == "импортировано: 0, дубликатов: 0, ошибок: 1"
        assert panel.cancel.text() == "Отменить"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
