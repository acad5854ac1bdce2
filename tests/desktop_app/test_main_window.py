"""The main window driven like a user: import, search, read, tag, annotate, delete."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop_app.models.sidebar import Node
from desktop_app.widgets.main_window import MainWindow
from indexer.archive import Archive
from tests.desktop_app.helpers import (
    WAIT_MS,
    drop_files,
    select_document,
    table_titles,
    type_search,
)

# The offscreen platform cannot raise windows or grab the keyboard (the tag completer's popup
# asks it to); those notices say nothing about Dossier.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("no_dialogs")]


def test_dropped_files_are_imported_and_listed(qtbot, make_window, tmp_path: Path,
                                               sample_files: Path) -> None:
    window = make_window(tmp_path / "archive")
    assert window.windowTitle() == f"Dossier — {tmp_path / 'archive'}"
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        report = drop_files(qtbot, window, [sample_files / "water.txt"])
    assert len(report.imported) == 1
    assert table_titles(window) == ["Water sharing on the Amu Darya"]
    assert window.import_dock.isVisible()
    lines = window.import_panel.lines
    assert lines.count() == 1 and "water.txt" in lines.item(0).text()
    assert "1 imported, 0 duplicates, 0 failed" in window.import_panel.summary.text()


def test_corrupt_pdf_failure_and_reason_in_summary(qtbot, make_window, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    window = make_window(tmp_path / "archive")
    report = drop_files(qtbot, window, [bad])
    assert len(report.failed) == 1
    assert "bad.pdf" in report.failed[0][1]
    summary = window.import_panel.summary.text()
    assert summary == "0 imported, 0 duplicates, 1 failed"
    # Listed once, in the details, with its reason; the file named once.
    line = window.import_panel.lines.item(0).text()
    assert window.import_panel.lines.count() == 1
    assert line == "Failed: bad.pdf — a damaged PDF that cannot be read"


def test_cancel_an_import(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        (folder / f"note{n}.txt").write_text(f"Memo {n} on fishing rights.", encoding="utf-8")
    window = make_window(tmp_path / "archive")
    panel = window.import_panel
    with qtbot.waitSignal(window.importer.finished, timeout=WAIT_MS) as finished:
        window.importer.import_paths([folder])
        # Cancel as soon as the first file has been read.
        window.importer.task.progress.connect(
            lambda done, *_: panel.cancel.click() if done else None)
    report = finished.args[0]
    assert report.cancelled
    assert len(report.imported) < 300
    assert panel.heading.text() == "Import cancelled."
    assert not panel.cancel.isEnabled()


def test_search_as_you_type_shows_snippets(qtbot, make_window, filled_archive: Path) -> None:
    window = make_window(filled_archive)
    found = type_search(qtbot, window, "salmon")
    assert window.ui.showing_results()
    model = window.ui.results.model
    assert model.rowCount() == 1
    assert "<b>salmon</b>" in model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2).lower()
    assert model.index(0, 1).data() == "2, 3"
    assert found.result.hits[0].title == "Caspian Fisheries Convention"
    assert "1 document" in window.ui.results.summary.text()


def test_the_summary_tells_hits_with_some_of_the_words_apart(qtbot, make_window,
                                                             tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "both.txt").write_text("Sturgeon quotas\n\nCaviar and sturgeon quotas.")
    (src / "one.txt").write_text("Sturgeon farms\n\nSturgeon farming in the delta.")
    with Archive.open(tmp_path / "archive") as archive:
        assert len(archive.import_paths([src]).imported) == 2
    window = make_window(tmp_path / "archive")
    found = type_search(qtbot, window, "sturgeon quotas")
    assert found.result.total == 1 and [h.some_words for h in found.result.hits] == [
        False, True]
    assert window.ui.results.summary.text() == (
        "1 document matches; 1 more with some of the words")


def test_opening_a_hit_shows_its_page_with_terms(qtbot, make_window,
                                                 filled_archive: Path) -> None:
    window = make_window(filled_archive)
    type_search(qtbot, window, "arbitration")
    table = window.ui.results.table
    table.setFocus()
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    reader = window.ui.reader
    qtbot.waitUntil(lambda: reader.current_page() == 3, timeout=WAIT_MS)
    assert reader.document().terms >= {"arbitration"}


def test_malformed_query_shows_a_gentle_message(qtbot, make_window,
                                                filled_archive: Path) -> None:
    window = make_window(filled_archive)
    field = window.ui.search_bar.field
    with qtbot.waitSignal(window.searcher.problem, timeout=WAIT_MS) as problem:
        qtbot.keyClicks(field, "title:(")
    message = window.ui.search_bar.message
    assert message.isVisible()
    assert message.text() == problem.args[0]
    assert "Traceback" not in message.text() and message.text().endswith(".")
    assert not window.ui.search_bar.save_button.isEnabled()


def test_sidebar_tag_tree_shows_counts(qtbot, make_window, filled_archive: Path) -> None:
    window = make_window(filled_archive)
    model = window.sidebar.sidebar
    qtbot.waitUntil(lambda: model.find(Node.TAG.value, "Region").isValid(), timeout=WAIT_MS)
    region = model.find(Node.TAG.value, "Region")
    asia = model.find(Node.TAG.value, "Region/Central Asia")
    assert (region.data(), region.siblingAtColumn(1).data()) == ("Region", "2")
    assert (asia.data(), asia.siblingAtColumn(1).data()) == ("Central Asia", "2")
    assert model.find(Node.TAG.value, "Energy").siblingAtColumn(1).data() == "1"
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        window.sidebar.setCurrentIndex(asia)
    assert sorted(table_titles(window)) == ["Gas pipeline talks",
                                            "Water sharing on the Amu Darya"]


def test_tag_and_note_survive_a_restart(qtbot, make_window, filled_archive: Path) -> None:
    window = make_window(filled_archive)
    select_document(qtbot, window, "Gas pipeline talks")
    panel = window.side_panel
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        qtbot.keyClicks(panel.tags.field, "Topic/Energy security")
        qtbot.keyClick(panel.tags.field, Qt.Key.Key_Return)
    assert "Topic/Energy security" in panel.tags.tags()
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):  # saved after a pause in typing
        qtbot.keyClicks(panel.notes.editor, "Route **via Caspian** still open.")
    window.close()

    again = make_window(filled_archive)
    select_document(qtbot, again, "Gas pipeline talks")
    assert "Topic/Energy security" in again.side_panel.tags.tags()
    assert again.side_panel.notes.text() == "Route **via Caspian** still open."


def test_metadata_edit_is_saved_on_editing_finished(qtbot, make_window,
                                                    filled_archive: Path) -> None:
    window = make_window(filled_archive)
    select_document(qtbot, window, "Gas pipeline talks")
    source = window.side_panel.fields["source"]
    source.setFocus()
    with qtbot.waitSignal(window.side_panel.saved, timeout=WAIT_MS):
        qtbot.keyClicks(source, "Reuters")
        qtbot.keyClick(source, Qt.Key.Key_Return)
    row = window.table_model.row_at(table_titles(window).index("Gas pipeline talks"))
    assert row is not None and row.source == "Reuters"


def test_delete_asks_then_deletes(qtbot, make_window, filled_archive: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer_yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    window = make_window(filled_archive)
    select_document(qtbot, window, "Water sharing on the Amu Darya")
    table = window.ui.table
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(window.housekeeping.deleted, timeout=WAIT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked and "1 document" in asked[0]
    qtbot.waitUntil(lambda: len(table_titles(window)) == 2, timeout=WAIT_MS)
    assert "Water sharing on the Amu Darya" not in table_titles(window)


def test_dragging_documents_onto_a_collection(qtbot, make_window, filled_archive: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Caspian file", True)))
    window = make_window(filled_archive)
    sidebar = window.sidebar
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        sidebar.new_collection()
    collection = sidebar.sidebar.find(Node.COLLECTION.value, 1)
    assert collection.data() == "Caspian file"
    mime = window.table_model.mimeData([window.table_model.index(0, 0)])

    def drop() -> bool:  # on the item as shown now: a reload in between makes an index stale
        target = sidebar.sidebar.find(Node.COLLECTION.value, 1)
        return sidebar.sidebar.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)

    qtbot.waitUntil(drop, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: sidebar.sidebar.find(Node.COLLECTION.value, 1)
                    .siblingAtColumn(1).data() == "1", timeout=WAIT_MS)


def test_whole_user_flow(qtbot, make_window, tmp_path: Path, sample_files: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    window: MainWindow = make_window(tmp_path / "archive")
    with qtbot.waitSignal(window.sidebar.loaded, timeout=WAIT_MS):
        report = drop_files(qtbot, window, [sample_files])
    assert len(report.imported) == 3
    qtbot.waitUntil(lambda: len(table_titles(window)) == 3, timeout=WAIT_MS)

    window.activateWindow()
    window.ui.table.setFocus()
    qtbot.waitUntil(window.ui.table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(window.ui.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.ui.search_bar.field.hasFocus, timeout=WAIT_MS)
    found = type_search(qtbot, window, "salmon OR pipeline")
    assert found.result.total == 2
    facets = window.ui.results.facets
    with qtbot.waitSignal(window.searcher.searched, timeout=WAIT_MS) as narrowed:
        facets.toggle("kind", "pdf")
    assert [h.title for h in narrowed.args[0].result.hits] == ["Caspian Fisheries Convention"]
    assert narrowed.args[0].query == "salmon OR pipeline kind:pdf"

    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Caspian PDFs", True)))
    with qtbot.waitSignal(window.sidebar.loaded, timeout=WAIT_MS):
        window.ui.search_bar.save_button.click()
    saved = window.sidebar.sidebar.find(Node.SEARCH.value, "salmon OR pipeline kind:pdf")
    assert saved.data() == "Caspian PDFs"

    table = window.ui.results.table
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS):
        qtbot.keyClick(window.ui.search_bar.field, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ui.reader.current_page() == 2, timeout=WAIT_MS)

    with qtbot.waitSignal(window.sidebar.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(window.side_panel.tags.field, "Region/Caspian")
        qtbot.keyClick(window.side_panel.tags.field, Qt.Key.Key_Return)
    caspian = window.sidebar.sidebar.find(Node.TAG.value, "Region/Caspian")
    assert caspian.siblingAtColumn(1).data() == "1"

    qtbot.keyClick(window.ui.search_bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.ui.showing_results(), timeout=WAIT_MS)
    saved = window.sidebar.sidebar.find(Node.SEARCH.value, "salmon OR pipeline kind:pdf")
    assert saved.siblingAtColumn(1).data() == "1"   # a live collection, counted like one
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        window.sidebar.setCurrentIndex(saved)
    assert not window.ui.showing_results()
    assert table_titles(window) == ["Caspian Fisheries Convention"]
    edit = window.sidebar.menu_for(saved).findChild(QAction, "openSavedSearch")
    with qtbot.waitSignal(window.searcher.searched, timeout=WAIT_MS):
        edit.trigger()
    assert window.ui.search_bar.text() == "salmon OR pipeline kind:pdf"
    assert window.ui.results.model.rowCount() == 1


def test_encrypted_pdf_asks_for_the_password(qtbot, make_window, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import pymupdf
    from PySide6.QtWidgets import QLineEdit

    locked = tmp_path / "locked.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Confidential protocol on water quotas")
    doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret",
             owner_pw="owner")
    doc.close()
    window = make_window(tmp_path / "archive")
    reports: list[object] = []
    window.importer.finished.connect(reports.append)
    window.importer.import_paths([locked])
    qtbot.waitUntil(lambda: window.importer.password_dialog is not None, timeout=WAIT_MS)
    dialog = window.importer.password_dialog
    assert "locked.pdf" in dialog.message.text()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.skip_rest_button is None          # one file: nothing to skip the rest of
    dialog.field.setText("secret")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=WAIT_MS)
    first, second = reports
    assert first.needs_password == [str(locked)]
    assert [p for p, _ in second.imported] == [str(locked)]


def test_rebuild_index_and_check_archive(qtbot, make_window, filled_archive: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    window = make_window(filled_archive)
    status = window.status_task
    window.actions_.reindex.trigger()
    assert status.isVisible()
    qtbot.waitUntil(lambda: status.task is None, timeout=WAIT_MS)
    assert "3 documents" in window.statusBar().currentMessage()
    window.actions_.check.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert "No problems found." in shown[0]


def test_switch_archive(qtbot, make_window, filled_archive: Path, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch, settings) -> None:
    from PySide6.QtWidgets import QFileDialog

    other = tmp_path / "other"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(other)))
    window = make_window(filled_archive)
    assert len(table_titles(window)) == 3
    with qtbot.waitSignal(window.session.opened, timeout=WAIT_MS):
        window.actions_.switch_archive.trigger()
    assert window.windowTitle() == f"Dossier — {other}"
    qtbot.waitUntil(lambda: window.table_model.total == 0 and not table_titles(window),
                    timeout=WAIT_MS)
    assert settings.last_archive == other


def test_collections_and_saved_searches_are_managed_from_the_sidebar(
        qtbot, make_window, filled_archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    names = iter([("Caspian", True), ("Caspian Sea", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(names)))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window = make_window(filled_archive)
    sidebar, model = window.sidebar, window.sidebar.sidebar
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        sidebar.new_collection()
    first = model.find(Node.COLLECTION.value, 1)
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        sidebar.rename_collection(1, first.data())
    renamed = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "Caspian Sea", 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert len(renamed) == 1
    collection_id = renamed[0].data(Qt.ItemDataRole.UserRole + 2)
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        sidebar.delete_collection(collection_id, "Caspian Sea")
    assert not model.find(Node.COLLECTION.value, collection_id).isValid()

    type_search(qtbot, window, "salmon")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Fish", True)))
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        window.searcher.save()
    saved = model.find(Node.SEARCH.value, "salmon")
    assert saved.data() == "Fish"
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        sidebar.delete_saved_search(model.saved_search_id(saved))
    assert not model.find(Node.SEARCH.value, "salmon").isValid()


def test_remove_a_tag_with_the_delete_key(qtbot, make_window, filled_archive: Path) -> None:
    window = make_window(filled_archive)
    select_document(qtbot, window, "Gas pipeline talks")
    tags = window.side_panel.tags
    assert tags.tags() == ["Energy", "Region/Central Asia"]
    tags.list.setCurrentRow(0)
    window.activateWindow()
    tags.list.setFocus()
    qtbot.waitUntil(tags.list.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(window.side_panel.saved, timeout=WAIT_MS):
        qtbot.keyClick(tags.list, Qt.Key.Key_Delete)
    assert tags.tags() == ["Region/Central Asia"]
    model = window.sidebar.sidebar
    qtbot.waitUntil(lambda: not model.find(Node.TAG.value, "Energy").isValid(), timeout=WAIT_MS)


def test_a_note_saved_elsewhere_meanwhile_is_not_overwritten(qtbot, make_window,
                                                             filled_archive: Path) -> None:
    window = make_window(filled_archive)
    select_document(qtbot, window, "Gas pipeline talks")
    panel = window.side_panel
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        qtbot.keyClicks(panel.notes.editor, "Mine.")
    assert panel.detail is not None
    doc_id = panel.detail.row.id
    with Archive.open(filled_archive) as other:  # another desk (or process) saves the note
        note = other.document(doc_id).notes[0]
        other.update_note(doc_id, note.id, "Theirs.", base_version=note.version)
    qtbot.keyClicks(panel.notes.editor, " More of mine.")
    qtbot.waitUntil(lambda: panel.problem.isVisible(), timeout=WAIT_MS)
    assert "changed by someone else" in panel.problem.text()
    assert "Theirs." in panel.problem.text()  # shown both: theirs here, mine in the editor
    assert panel.notes.text() == "Mine. More of mine."
    with Archive.open(filled_archive) as other:
        assert other.document(doc_id).notes[0].text == "Theirs."
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):  # having compared, save again
        qtbot.keyClicks(panel.notes.editor, "!")
    with Archive.open(filled_archive) as other:
        assert other.document(doc_id).notes[0].text == "Mine. More of mine.!"
