"""Import that stays out of the way: a compact line, each failure once with its reason,
one password prompt for every encrypted file, correct plurals."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.widgets.main_window import MainWindow
from tests.conftest import write_pdf
from tests.desktop_app.helpers import WAIT_MS

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def _locked(path: Path, password: str, text: str) -> Path:
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password, owner_pw="own")
    doc.close()
    return path


def _wait_prompt(qtbot, window: MainWindow, count: int):
    qtbot.waitUntil(lambda: window.importer.prompts == count
                    and window.importer.password_dialog.isVisible(), timeout=WAIT_MS)
    return window.importer.password_dialog


def test_one_password_prompt_for_every_encrypted_file(qtbot, make_window,
                                                     tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("alpha", "beta"):
        _locked(folder / f"{name}.pdf", "secret", f"Protocol {name} on water quotas")
    _locked(folder / "gamma.pdf", "other", "Protocol gamma on fisheries")
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    (folder / "note.txt").write_text("Water quotas\n\nA memo.", encoding="utf-8")
    window = make_window(tmp_path / "archive")
    reports: list[object] = []
    window.importer.finished.connect(reports.append)
    window.importer.import_paths([folder])

    first = _wait_prompt(qtbot, window, 1)
    assert "3 files are protected by a password" in first.message.text()
    for name in ("alpha.pdf", "beta.pdf", "gamma.pdf"):
        assert name in first.message.text()
    panel = window.import_panel
    assert panel.summary.text() == "1 imported, 0 duplicates, 1 failed, 3 need a password"
    lines = [panel.lines.item(i).text() for i in range(panel.lines.count())]
    assert lines.count("Failed: bad.pdf — a damaged PDF that cannot be read") == 1
    assert sum("bad.pdf" in line for line in lines) == 1
    assert "3 files need a password: alpha.pdf, beta.pdf, gamma.pdf" in lines
    first.field.setText("secret")
    first.import_button.click()

    # The password opened two of them; the third is asked for on its own.
    second = _wait_prompt(qtbot, window, 2)
    assert "gamma.pdf" in second.message.text() and "not right" in second.message.text()
    assert len(reports) == 2
    assert sorted(Path(p).name for p, _ in reports[1].imported) == ["alpha.pdf", "beta.pdf"]
    assert second.skip_rest_button is None
    second.field.setText("other")
    second.import_button.click()
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=WAIT_MS)
    assert [Path(p).name for p, _ in reports[2].imported] == ["gamma.pdf"]
    qtbot.wait(50)
    assert window.importer.prompts == 2


def test_skip_the_rest(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, password in (("one", "a1"), ("two", "b2"), ("three", "c3")):
        _locked(folder / f"{name}.pdf", password, f"Protocol {name}")
    window = make_window(tmp_path / "archive")
    reports: list[object] = []
    window.importer.finished.connect(reports.append)
    window.importer.import_paths([folder])
    group = _wait_prompt(qtbot, window, 1)
    group.field.setText("a1")
    group.import_button.click()
    single = _wait_prompt(qtbot, window, 2)
    assert single.skip_rest_button is not None
    single.skip_rest_button.click()
    qtbot.wait(200)
    assert window.importer.prompts == 2 and len(reports) == 2
    assert [Path(p).name for p, _ in reports[1].imported] == ["one.pdf"]


def test_the_panel_is_one_line_until_details_are_asked_for(qtbot, make_window,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_pdf(folder / "a.pdf", ["Article 1. Salmon."], title="Salmon")
    (folder / "a-copy.pdf").write_bytes((folder / "a.pdf").read_bytes())
    window = make_window(tmp_path / "archive")
    window.resize(1280, 800)
    with qtbot.waitSignal(window.importer.finished, timeout=WAIT_MS):
        window.importer.import_paths([folder])
    panel = window.import_panel
    assert panel.summary.text() == "1 imported, 1 duplicate, 0 failed"
    qtbot.wait(50)
    assert window.import_dock.isVisible() and not panel.lines.isVisible()
    assert window.import_dock.height() < 0.15 * window.height()
    qtbot.mouseClick(panel.details, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert panel.lines.isVisible() and panel.lines.count() == 2
    assert window.import_dock.height() >= 0.25 * window.height()
