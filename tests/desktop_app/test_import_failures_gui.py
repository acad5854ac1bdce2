"""Needs attention lists the files an import could not take, with why, and deals with them:
Enter Password… (the import's own prompt), Try Again, Forget."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.models.sidebar import Node
from desktop_app.widgets.main_window import MainWindow
from tests.desktop_app.helpers import WAIT_MS, table_titles
from tests.desktop_app.test_import_panel import _locked, _wait_prompt
from tests.desktop_app.test_russian_window import russian  # noqa: F401 - a fixture

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def _import_and_skip(qtbot, window: MainWindow, folder: Path) -> None:
    """Import folder, answering the password prompt with Skip (as a hurried user would)."""
    with qtbot.waitSignal(window.importer.finished, timeout=WAIT_MS):
        window.importer.import_paths([folder])
    prompt = _wait_prompt(qtbot, window, 1)
    prompt.skip_button.click()


def _choose_attention(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.failures.loaded, timeout=WAIT_MS):
        window.sidebar.select_view(Node.ATTENTION.value)
        window.sidebar.choose(window.sidebar.currentIndex())


def _rows(window: MainWindow) -> list[tuple[str, str]]:
    tree = window.failures_panel.list
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [(item.text(0), item.text(1)) for item in items if item is not None]


def _window_after_failed_import(qtbot, make_window, tmp_path: Path) -> MainWindow:
    """A window whose import met a locked PDF (password "secret") and a damaged one."""
    folder = tmp_path / "in"
    folder.mkdir()
    _locked(folder / "protocol.pdf", "secret", "Protocol on water quotas")
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    window = make_window(tmp_path / "archive")
    _import_and_skip(qtbot, window, folder)
    return window


def test_failures_are_listed_with_why_and_a_password_imports_them(qtbot, make_window,
                                                                   tmp_path: Path) -> None:
    window = _window_after_failed_import(qtbot, make_window, tmp_path)
    panel = window.failures_panel
    assert not panel.isVisible()          # only under Needs attention
    _choose_attention(qtbot, window)
    assert panel.isVisible()
    assert sorted(_rows(window)) == [("bad.pdf", "damaged: it cannot be read"),
                                     ("protocol.pdf", "locked by a password")]
    assert panel.heading.text() == "2 files could not be imported:"
    tree = panel.list
    locked = next(tree.topLevelItem(i) for i in range(2)
                  if tree.topLevelItem(i).text(0) == "protocol.pdf")
    assert "Enter its password" in locked.toolTip(1)
    tree.clearSelection()
    assert not panel.password.isEnabled() and not panel.forget.isEnabled()
    locked.setSelected(True)
    assert panel.password.isEnabled() and panel.retry.isEnabled()

    panel.password.click()                # the import's own password prompt
    prompt = _wait_prompt(qtbot, window, 2)
    assert "protocol.pdf" in prompt.message.text()
    prompt.field.setText("secret")
    with qtbot.waitSignal(window.importer.finished, timeout=WAIT_MS) as imported:
        prompt.import_button.click()
    assert [Path(p).name for p, _ in imported.args[0].imported] == ["protocol.pdf"]
    damaged_only = [("bad.pdf", "damaged: it cannot be read")]
    qtbot.waitUntil(lambda: _rows(window) == damaged_only, timeout=WAIT_MS)
    assert panel.isVisible()

    # Try Again on a file still damaged keeps it listed, once.
    tree.topLevelItem(0).setSelected(True)
    assert not panel.password.isEnabled()
    with qtbot.waitSignal(window.importer.finished, timeout=WAIT_MS) as retried:
        panel.retry.click()
    assert retried.args[0].damaged and _rows(window) == damaged_only
    # Forget: nothing is left, and the panel goes.
    tree.topLevelItem(0).setSelected(True)
    panel.forget.click()
    qtbot.waitUntil(lambda: _rows(window) == [] and not panel.isVisible(), timeout=WAIT_MS)
    assert (tmp_path / "in" / "bad.pdf").exists()  # the file itself is untouched
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        window.sidebar.select_view(Node.ALL.value)
        window.sidebar.choose(window.sidebar.currentIndex())
    assert len(table_titles(window)) == 1     # the protocol, imported with its password
    assert not panel.isVisible()


def test_the_sidebar_counts_failures_under_needs_attention(qtbot, make_window,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    window = make_window(tmp_path / "archive")
    with qtbot.waitSignal(window.sidebar.loaded, timeout=WAIT_MS) as loaded:
        window.importer.import_paths([folder])
    assert loaded.args[0].attention == 1


@pytest.mark.usefixtures("russian")
def test_failures_in_russian_show_no_english(qtbot, make_window, tmp_path: Path) -> None:
    from tests.desktop_app.test_russian_window import ALLOWED, FILE_NAME, WORD, _widget_texts

    window = _window_after_failed_import(qtbot, make_window, tmp_path)
    _choose_attention(qtbot, window)
    panel = window.failures_panel
    texts = [text for widget in [panel, *panel.findChildren(QWidget)]
             for text in _widget_texts(widget)]
    tree = panel.list
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        texts += [item.text(1), item.toolTip(1)]
    assert "защищён паролем" in texts and "повреждён: не читается" in texts
    english = {word for text in texts for word in WORD.findall(FILE_NAME.sub(" ", text or ""))
               if word.casefold() not in ALLOWED | {"protocol", "bad", "in"}}
    assert not english, english
