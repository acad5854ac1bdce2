"""Export and bundle import driven through the window: dialogs, menus, progress, summaries."""
from __future__ import annotations

import os
import time
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from desktop_app.models.sidebar import Node
from desktop_app.widgets.export_dialog import ExportDialog
from desktop_app.widgets.main_window import MainWindow
from indexer.archive import Archive
from indexer.export import ExportSelection
from tests.desktop_app.helpers import WAIT_MS, file_mime, table_titles, type_search

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("no_dialogs")]

TITLES = ["Caspian Fisheries Convention", "Gas pipeline talks",
          "Water sharing on the Amu Darya"]


def choose_from_menu(text: str) -> list[str]:
    """Make the next context menu pick the entry called text; returns the entries it had."""
    shown: list[str] = []

    def pick(tries: int = 200) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):  # not open yet
            if tries:
                QTimer.singleShot(10, lambda: pick(tries - 1))
            return
        actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
        shown.extend(actions)
        menu.close()
        actions[text].trigger()

    QTimer.singleShot(0, pick)
    return shown


def run_export(qtbot, dialog: ExportDialog) -> object:
    """Press Export and wait until the dialog has shown its summary; returns the outcome."""
    with qtbot.waitSignal(dialog.exportEnded, timeout=WAIT_MS) as ended:
        dialog.export_button.click()
    return ended.args[0]


def select_rows(window: MainWindow, rows: list[int]) -> None:
    table = window.ui.table
    flags = (QItemSelectionModel.SelectionFlag.Select
             | QItemSelectionModel.SelectionFlag.Rows)
    for row in rows:
        table.selectionModel().select(window.table_model.index(row, 0), flags)


def test_export_selection_as_report_and_bundle(qtbot, make_window, filled_archive: Path,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(out)))
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    window = make_window(filled_archive)
    titles = table_titles(window)
    chosen = [titles.index("Caspian Fisheries Convention"), titles.index("Gas pipeline talks")]
    select_rows(window, chosen)
    assert window.actions_.export_selection.isEnabled()
    entries = choose_from_menu("Export…")
    table = window.ui.table
    table.customContextMenuRequested.emit(
        table.visualRect(window.table_model.index(chosen[0], 0)).center())
    assert "Export…" in entries
    dialog = window.exporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.selection.ids) == 2
    dialog.set_formats(["report-html", "bundle"])
    dialog.choose.click()
    assert dialog.destination() == out
    outcome = run_export(qtbot, dialog)

    html, bundle = out / "2 documents.html", out / "2 documents.dossier"
    assert sorted(outcome.written) == sorted([html, bundle])
    text = html.read_text(encoding="utf-8")
    assert "Caspian Fisheries Convention" in text and "Gas pipeline talks" in text
    assert "Water sharing" not in text
    lines = dialog.summary.texts()
    assert "Written: 2 documents.html" in lines and "Written: 2 documents.dossier" in lines
    assert "Export finished" in lines[0] and "2 file" in lines[0]
    assert dialog.show_button.isVisible() and not dialog.running
    dialog.show_button.click()
    assert [u.toLocalFile() for u in opened] == [str(out)]


def test_export_shortcut_opens_the_dialog_for_the_selection(qtbot, make_window,
                                                            filled_archive: Path) -> None:
    window = make_window(filled_archive)
    assert not window.actions_.export_selection.isEnabled()  # nothing selected yet
    select_rows(window, [0])
    assert window.actions_.export_selection.shortcut().toString() == "Ctrl+E"
    window.actions_.export_selection.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None and len(dialog.selection.ids) == 1
    dialog.close()


def test_export_search_results_to_csv(qtbot, make_window, filled_archive: Path,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window = make_window(filled_archive)
    type_search(qtbot, window, "salmon OR pipeline")
    button = window.ui.results.export
    assert button.isEnabled()
    button.click()
    dialog = window.exporter.dialog
    assert dialog is not None
    assert dialog.selection == ExportSelection(query="salmon OR pipeline")
    dialog.set_formats(["csv"])
    assert "file" in dialog.dest_label.text()
    dialog.choose.click()
    outcome = run_export(qtbot, dialog)
    assert outcome.written == [target]
    assert outcome.reports[0].documents == 2
    assert target.read_text(encoding="utf-8-sig").startswith("document_id,")


def test_export_a_tag_from_the_sidebar_to_markdown(qtbot, make_window, filled_archive: Path,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "notes"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    window = make_window(filled_archive)
    sidebar = window.sidebar
    tag = sidebar.sidebar.find(Node.TAG.value, "Region/Central Asia")
    assert tag.isValid()
    choose_from_menu("Export…")
    sidebar.customContextMenuRequested.emit(sidebar.visualRect(tag).center())
    dialog = window.exporter.dialog
    assert dialog is not None and dialog.selection == ExportSelection(tag="Region/Central Asia")
    dialog.set_formats(["markdown"])
    dialog.choose.click()
    outcome = run_export(qtbot, dialog)
    written = sorted(p.name for p in outcome.written)
    assert len(written) == 2 and all(name.endswith(".md") for name in written)
    assert all(p.parent == folder and p.is_file() for p in outcome.written)
    assert sorted(os.listdir(folder)) == written


def test_cancel_a_running_export(qtbot, make_window, filled_archive: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "pdfs"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    from indexer.export import gather, runner

    def slow_docs(*args: object, **kwargs: object) -> object:
        for doc in gather.iter_docs(*args, **kwargs):  # type: ignore[arg-type]
            time.sleep(0.5)  # a big export: the cancel comes while documents are written
            yield doc

    monkeypatch.setattr(runner, "iter_docs", slow_docs)
    window = make_window(filled_archive)
    window.ui.table.selectAll()
    window.actions_.export_selection.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None and len(dialog.selection.ids) == 3
    dialog.set_formats(["pdf", "report-pdf"])
    dialog.choose.click()
    with qtbot.waitSignal(dialog.exportEnded, timeout=WAIT_MS) as ended:
        dialog.export_button.click()
        assert dialog.running and dialog.cancel_button.isVisible()
        dialog.cancel_button.click()
    assert ended.args[0].cancelled
    assert dialog.summary.status.text().startswith("Export cancelled.")
    assert not dialog.running and dialog.export_button.isVisible()
    assert not (folder / "3 documents.pdf").exists()
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_an_empty_selection_says_so_in_one_sentence(qtbot, make_window, filled_archive: Path,
                                                    tmp_path: Path) -> None:
    window = make_window(filled_archive)
    dialog = window.exporter.export_selection(ExportSelection(query="zebra"))
    assert dialog is not None
    dialog.set_formats(["csv", "ris"])
    dialog.dest.setText(str(tmp_path))
    outcome = run_export(qtbot, dialog)
    assert outcome.failure and "nothing to export" in outcome.failure
    assert dialog.summary.status.text() == outcome.failure
    assert not dialog.show_button.isVisible()


def test_import_a_bundle_again_and_a_broken_one(qtbot, make_window, filled_archive: Path,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "shared.dossier"
    with Archive.open(filled_archive) as archive:
        archive.export(ExportSelection(tag="Region"), "bundle", bundle)
    broken = tmp_path / "broken.dossier"
    broken.write_bytes(os.urandom(2048))
    files = iter([bundle, broken])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(next(files)), "")))
    window = make_window(tmp_path / "other")
    assert table_titles(window) == []

    window.actions_.import_bundle.trigger()
    dialog = window.bundles.dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.importEnded, timeout=WAIT_MS) as ended:
        pass
    assert ended.args[0].documents_new == 2
    assert dialog.values["documents_new"].text() == "2"
    assert dialog.values["tags_new"].text() != "0"
    assert dialog.counts.isVisible() and dialog.close_button.isVisible()
    qtbot.waitUntil(lambda: sorted(table_titles(window)) == TITLES[1:], timeout=WAIT_MS)

    again = drop_bundle(qtbot, window, bundle)
    assert again.values["documents_new"].text() == "0"
    assert again.values["documents_matched"].text() == "2"
    assert "Nothing new" in again.message.text()

    window.actions_.import_bundle.trigger()
    refused = window.bundles.dialog
    assert refused is not None
    with qtbot.waitSignal(refused.importEnded, timeout=WAIT_MS):
        pass
    message = refused.message.text()
    assert "broken.dossier" in message and "nothing changed" in message
    assert not refused.counts.isVisible()
    assert sorted(table_titles(window)) == TITLES[1:]


def drop_bundle(qtbot, window: MainWindow, bundle: Path):
    """Drag a bundle file onto the window, drop it, and wait for its report."""
    mime = file_mime([bundle])
    centre = window.rect().center()
    with warnings.catch_warnings():  # PySide offers only the QPoint form, marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.bundles.finished, timeout=WAIT_MS):
        QApplication.sendEvent(window, drop)
        dialog = window.bundles.dialog
    assert drop.isAccepted() and not window.importer.is_running()
    return dialog
