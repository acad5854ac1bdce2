"""Marks driven through the window: select and highlight, comment, search, restart, undo, notes."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from desktop_app.models.annotations import AnnotationListModel
from desktop_app.reader import ReaderPane
from desktop_app.widgets.main_window import MainWindow
from indexer.annotations import COLORS, AnnotationRow
from indexer.archive import Archive
from tests.desktop_app.helpers import WAIT_MS, select_document, type_search
from tests.desktop_app.reader.pdf_mouse import (
    drag,
    page_words,
    point_of,
    right_click,
    word_index,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("no_dialogs")]

CONVENTION = "Caspian Fisheries Convention"


def stored(qtbot, window: MainWindow, doc_id: int) -> list[AnnotationRow]:
    """The document's marks as the archive has them."""
    task = window.session.read(lambda a: a.annotations(doc_id))
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS) as done:
        pass
    return done.args[0]


def open_pdf(qtbot, window: MainWindow) -> tuple[int, ReaderPane]:
    """Show the convention and wait until its pages are laid out and its marks loaded."""
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        doc_id = select_document(qtbot, window, CONVENTION)
    reader = window.ui.reader
    qtbot.waitUntil(lambda: reader.pdf_view.page_count() == 3, timeout=WAIT_MS)
    # The panel is hidden until asked for, as a user would with the reader's toolbar.
    if not window.annotating.dock.isVisible():
        qtbot.mouseClick(reader.toolbar.widgetForAction(
            window.annotating.dock.toggleViewAction()), Qt.MouseButton.LeftButton)
    assert window.annotating.dock.isVisible()
    return doc_id, reader


def drag_words(qtbot, reader: ReaderPane, page: int, first: str, last: str) -> None:
    view = reader.pdf_view
    reader.go_to_page(page)
    words = page_words(qtbot, view, page)
    with qtbot.waitSignal(reader.annotator.selectionChanged, timeout=WAIT_MS):
        drag(qtbot, view, point_of(view, page, words[word_index(words, first)], 0.2),
             point_of(view, page, words[word_index(words, last)], 0.8))


def test_highlight_with_comment_is_stored_found_and_restored(qtbot, make_window,
                                                              filled_archive: Path) -> None:
    window = make_window(filled_archive)
    doc_id, reader = open_pdf(qtbot, window)
    drag_words(qtbot, reader, 2, "migratory", "Caspian")
    buttons = reader.annotator.bar.buttons
    qtbot.mouseClick(buttons[reader.annotator.actions.comment], Qt.MouseButton.LeftButton)
    dialog = reader.annotator.dialog
    assert dialog is not None and dialog.isVisible()
    assert "migratory salmon of the Caspian" in dialog.quote.text()
    qtbot.keyClicks(dialog.editor, "Sturgeon quotas need review")
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        dialog.accept()

    (mark,) = stored(qtbot, window, doc_id)
    assert (mark.page, mark.kind, mark.color) == (2, "highlight", COLORS["yellow"])
    assert mark.quote == "migratory salmon of the Caspian"
    assert mark.comment == "Sturgeon quotas need review" and len(mark.rects) == 1
    panel = window.annotating.panel
    assert panel.model.rowCount() == 1
    listed = panel.model.index(0).data()
    assert "p. 2" in listed and "migratory salmon" in listed and "Sturgeon" in listed
    assert [m.id for m in reader.pdf_view.page_item(2).marks] == [mark.id]

    reader.go_to_page(1)
    found = type_search(qtbot, window, "sturgeon")
    assert [hit.id for hit in found.result.hits] == [doc_id]
    table = window.ui.results.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(reader.annotator.flashed()) and reader.current_page() == 2,
                    timeout=WAIT_MS)
    assert panel.current().id == mark.id
    window.close()

    again = make_window(filled_archive)
    _doc, reader = open_pdf(qtbot, again)
    assert again.annotating.panel.model.mark_at(0).comment == "Sturgeon quotas need review"
    drawn = reader.pdf_view.page_item(2).marks
    assert [m.id for m in drawn] == [mark.id] and len(drawn[0].rects) == 1


def test_recolour_comment_delete_and_undo_in_the_panel(qtbot, make_window,
                                                       filled_archive: Path) -> None:
    with Archive.open(filled_archive) as archive:
        doc_id = next(d.id for d in archive.documents() if d.title == CONVENTION)
        original = archive.add_annotation(doc_id, 3, quote="salmon quotas", color="blue",
                                          comment="Compare 1996 text")
    window = make_window(filled_archive)
    _doc, reader = open_pdf(qtbot, window)
    panel, view = window.annotating.panel, window.annotating.panel.view
    rect = view.visualRect(panel.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: reader.current_page() == 3 and bool(reader.annotator.flashed()),
                    timeout=WAIT_MS)

    menu = panel.menu_for(panel.current())
    colours = next(a.menu() for a in menu.actions() if a.menu() is not None)
    green = next(a for a in colours.actions() if a.data() == "green")
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        green.trigger()
    menu.close()
    assert stored(qtbot, window, doc_id)[0].color == COLORS["green"]

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # 2nd
    dialog = window.annotating.dialog
    assert dialog is not None and dialog.editor.toPlainText() == "Compare 1996 text"
    dialog.editor.setPlainText("Compare the 1996 and 2018 texts")
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        dialog.accept()
    (before,) = stored(qtbot, window, doc_id)
    assert before.comment == "Compare the 1996 and 2018 texts"

    window.activateWindow()  # shortcuts go to the active window (the dialog was, before)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    view.setFocus()
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 0 and stored(qtbot, window, doc_id) == []
    assert reader.pdf_view.page_item(3).marks == []
    assert panel.undo_action.isEnabled()
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = stored(qtbot, window, doc_id)
    same = ("page", "start", "end", "kind", "color", "comment", "rects", "quote")
    assert [getattr(back, f) for f in same] == [getattr(before, f) for f in same]
    assert back.uuid != original.uuid and panel.current().id == back.id
    assert not panel.undo_action.isEnabled()
    assert [m.id for m in reader.pdf_view.page_item(3).marks] == [back.id]


def test_text_document_highlight_stores_page_offsets(qtbot, make_window,
                                                     filled_archive: Path) -> None:
    window = make_window(filled_archive)
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        doc_id = select_document(qtbot, window, "Water sharing on the Amu Darya")
    reader = window.ui.reader
    view = reader.text_view
    shown = view.document().toRawText()
    start = shown.index("discussed irrigation")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    begin = view.cursorRect(cursor).center()
    cursor.setPosition(start + len("discussed irrigation"))
    end = view.cursorRect(cursor).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(view.viewport(), end)
    with qtbot.waitSignal(reader.annotator.selectionChanged, timeout=WAIT_MS):
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert view.textCursor().selectedText() == "discussed irrigation"
    green = reader.annotator.actions.highlights["green"]
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        qtbot.mouseClick(reader.annotator.bar.buttons[green], Qt.MouseButton.LeftButton)

    (mark,) = stored(qtbot, window, doc_id)
    text = reader.document().page_texts[0]
    assert (mark.page, mark.start, mark.end) == (1, text.index("discussed irrigation"),
                                                 text.index(" and dams"))
    assert mark.quote == "discussed irrigation" and mark.color == COLORS["green"]
    colour = view.selection_colour_at(start + 3)
    assert colour is not None and colour.name() == COLORS["green"]


def test_sticky_note_from_the_page_context_menu(qtbot, make_window,
                                                filled_archive: Path) -> None:
    window = make_window(filled_archive)
    doc_id, reader = open_pdf(qtbot, window)
    view = reader.pdf_view
    words = page_words(qtbot, view, 1)
    where = point_of(view, 1, words[0]) + QPoint(0, 60)
    spot = view.page_at(where)[1]
    right_click(view, where)
    menu = reader.annotator.menu
    next(a for a in menu.actions() if a.objectName() == "addNoteAction").trigger()
    menu.close()
    dialog = reader.annotator.dialog
    qtbot.keyClicks(dialog.editor, "Ratified in 2018?")
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        dialog.accept()
    (note,) = stored(qtbot, window, doc_id)
    assert (note.kind, note.page, note.comment, note.quote) == ("note", 1, "Ratified in 2018?",
                                                                "")
    x0, y0, x1, y1 = note.rects[0]
    assert (x1 - x0, y1 - y0) == (16, 16)
    assert abs(x0 - spot.x()) < 0.01 and abs(y0 - spot.y()) < 0.01
    (icon,) = view.page_item(1).notes()
    assert icon.toolTip() == "Ratified in 2018?"
    panel = window.annotating.panel
    assert "Note" in panel.model.index(0).data() and "Ratified" in panel.model.index(0).data()
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        panel.deleteRequested.emit(panel.model.mark_at(0))
    assert view.page_item(1).notes() == [] and icon.scene() is None


def test_annotation_list_puts_orphans_last_and_says_so(qtmodeltester) -> None:
    def row(mark_id: int, page: int, orphaned: bool = False) -> AnnotationRow:
        return AnnotationRow(mark_id, f"u{mark_id}", 1, "highlight", page, [], f"quote {mark_id}",
                             "", "", 0, 7, COLORS["blue"], "", orphaned)

    model = AnnotationListModel()
    model.set_marks([row(1, 2), row(2, 5, orphaned=True)])
    qtmodeltester.check(model)
    first, last = model.index(0), model.index(1)
    assert first.data().splitlines() == ["p. 2 · Highlight", "“quote 1”"]
    assert last.data().splitlines() == ["Orphaned · p. 5 · Highlight", "“quote 2”"]
    assert first.data(Qt.ItemDataRole.DecorationRole).name() == COLORS["blue"]
    assert model.row_of(2) == 1


def test_a_mark_made_at_another_desk_names_its_author(qapp) -> None:
    from desktop_app.models.annotations import AnnotationListModel
    from indexer.annotations import AnnotationRow

    def mark(author: str | None) -> AnnotationRow:
        return AnnotationRow(1, "u", 1, "highlight", 3, [], "the high seas", "", "", None,
                             None, "#ffd54f", "", False, author)

    model = AnnotationListModel()
    model.set_marks([mark("anna"), mark(None)])
    first, second = (model.data(model.index(n)) for n in range(2))
    assert first.splitlines()[0].endswith("by anna")
    assert "by" not in second.splitlines()[0]
