"""Selecting text in the reader: word order, the selection bar, copying, notes, text views."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QWidget

from desktop_app.reader import ReaderDocument, ReaderPane
from desktop_app.reader.selection import (
    Word,
    between,
    line_rects,
    nearest,
    place_words,
    words_text,
)
from indexer.extract.pdf import TEXT_FLAGS
from tests.desktop_app.reader.pdf_mouse import (
    WAIT_MS,
    drag,
    page_words,
    point_of,
    right_click,
    word_index,
)

TEXT = ("Article 1. Each party shall protect the migratory salmon of the Caspian basin. "
        "Internationally recognised co-operation matters here.")
LEFT = "The left column speaks of fisheries and of the quotas agreed."
RIGHT = "The right column speaks of arbitration between the parties."
# Menus and dialogs ask the offscreen platform to raise windows and grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def raw(text: str, line: int = 0, block: int = 0) -> list[tuple]:
    return [(10.0 * i, 10.0 * line, 10.0 * i + 8, 10.0 * line + 8, w, block, line, i)
            for i, w in enumerate(text.split())]


def test_words_are_placed_in_the_page_text_in_order() -> None:
    text = "Salmon of the Caspian.\nThe  salmon   return.\n"
    words = place_words(raw("Salmon of the Caspian.") + raw("The salmon ??? return.", 1), text)
    assert [text[w.start:w.end] for w in words if w.start >= 0] == \
        ["Salmon", "of", "the", "Caspian.", "The", "salmon", "return."]
    assert words[6].start == -1                      # not in the text: skipped, not fatal
    assert words[5].start == text.index("salmon")    # the second "salmon", not the first


def test_nearest_word_prefers_the_same_line() -> None:
    words = [Word(*w) for w in raw("one two three") + raw("four five", 1)]
    assert nearest(words, 15, 4) == 1                # inside "two"
    assert nearest(words, 200, 5) == 2               # right of the first line: its last word
    assert nearest(words, 3, 30) == 3                # below everything: the last line
    assert nearest([], 0, 0) == -1


def test_words_between_in_reading_order_with_line_rects_and_hyphens() -> None:
    words = [Word(*w) for w in raw("a co-") + raw("operation treaty", 1)]
    chosen = between(words, 3, 1)
    assert words_text(chosen) == "co-operation treaty"
    assert line_rects(chosen) == [[10.0, 0.0, 18.0, 8.0], [0.0, 10.0, 18.0, 18.0]]


# --- the reader pane -------------------------------------------------------------------------
def make_pdf(path: Path) -> tuple[Path, list[str]]:
    """Page 1: one narrow block over several lines; page 2: two columns. Returns the page
    texts as the archive extracts them."""
    doc = pymupdf.open()
    doc.new_page().insert_textbox(pymupdf.Rect(72, 72, 300, 770), TEXT, fontsize=11)
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(72, 72, 280, 400), LEFT, fontsize=11)
    page.insert_textbox(pymupdf.Rect(320, 72, 540, 400), RIGHT, fontsize=11)
    doc.save(path)
    texts = [p.get_text("text", flags=TEXT_FLAGS) for p in doc]
    doc.close()
    return path, texts


@pytest.fixture
def pane(qtbot) -> Iterator[ReaderPane]:
    host = QWidget()  # no top-level layout: the offscreen platform warns about size hints
    qtbot.addWidget(host)
    host.resize(900, 700)
    widget = ReaderPane(host)
    widget.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    yield widget


@pytest.fixture
def pdf(qtbot, pane: ReaderPane, tmp_path: Path) -> list[str]:
    path, texts = make_pdf(tmp_path / "t.pdf")
    with qtbot.waitSignal(pane.documentReady, timeout=WAIT_MS):
        pane.show_document(ReaderDocument(1, "Caspian Treaty", "pdf", path, texts))
    return texts


def select(qtbot, pane: ReaderPane, page: int, first: str, last: str) -> None:
    view = pane.pdf_view
    words = page_words(qtbot, view, page)
    start = point_of(view, page, words[word_index(words, first)], 0.2)
    end = point_of(view, page, words[word_index(words, last)], 0.8)
    with qtbot.waitSignal(pane.annotator.selectionChanged, timeout=WAIT_MS):
        drag(qtbot, view, start, end)


@pytest.mark.gui
def test_drag_across_two_lines_selects_the_words_in_order(qtbot, pane, pdf) -> None:
    select(qtbot, pane, 1, "salmon", "recognised")
    selection = pane.annotator.selection()
    assert selection is not None and selection.page == 1
    assert selection.text == "salmon of the Caspian basin. Internationally recognised"
    assert len(selection.rects) == 2 == len(pane.pdf_view.page_item(1).selection)
    assert " ".join(pdf[0][selection.start:selection.end].split()) == selection.text
    assert pane.annotator.bar.isVisible()
    select(qtbot, pane, 1, "recognised", "salmon")           # backwards: the same words
    assert pane.annotator.selection().text == selection.text


@pytest.mark.gui
def test_selection_follows_columns_in_reading_order(qtbot, pane, pdf) -> None:
    pane.go_to_page(2)
    select(qtbot, pane, 2, "quotas", "right")
    assert pane.annotator.selection().text == "quotas agreed. The right"


@pytest.mark.gui
def test_copy_and_copy_as_quotation(qtbot, pane, pdf) -> None:
    select(qtbot, pane, 1, "protect", "salmon")
    bar = pane.annotator.bar
    qtbot.mouseClick(bar.buttons[pane.annotator.actions.copy], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "protect the migratory salmon"
    qtbot.mouseClick(bar.buttons[pane.annotator.actions.quote], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == \
        "\u201cprotect the migratory salmon\u201d (Caspian Treaty, p. 1)"


@pytest.mark.gui
def test_highlight_button_asks_for_a_mark_with_offsets(qtbot, pane, pdf) -> None:
    select(qtbot, pane, 1, "Caspian", "basin.")
    green = pane.annotator.actions.highlights["green"]
    with qtbot.waitSignal(pane.annotator.markRequested, timeout=WAIT_MS) as asked:
        qtbot.mouseClick(pane.annotator.bar.buttons[green], Qt.MouseButton.LeftButton)
    request = asked.args[0]
    assert (request.doc_id, request.kind, request.color) == (1, "highlight", "green")
    sel = request.selection
    assert pdf[0][sel.start:sel.end] == "Caspian basin."
    assert len(sel.rects) == 1
    assert pane.annotator.selection() is None
    assert not pane.annotator.bar.isVisible()


@pytest.mark.gui
def test_add_note_from_the_context_menu(qtbot, pane, pdf) -> None:
    view = pane.pdf_view
    words = page_words(qtbot, view, 1)
    where = point_of(view, 1, words[0])
    right_click(view, where)
    menu = pane.annotator.menu
    assert menu is not None and menu.isVisible()
    note = next(a for a in menu.actions() if a.objectName() == "addNoteAction")
    note.trigger()
    menu.close()
    dialog = pane.annotator.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.editor, "Check the Russian text")
    with qtbot.waitSignal(pane.annotator.markRequested, timeout=WAIT_MS) as asked:
        dialog.accept()
    request = asked.args[0]
    assert (request.kind, request.comment, request.selection.page) == \
        ("note", "Check the Russian text", 1)
    x0, y0, x1, y1 = request.selection.rects[0]
    word = words[0]
    assert word.x0 <= x0 <= word.x1 and word.y0 <= y0 <= word.y1 and x1 - x0 == 16


@pytest.mark.gui
def test_text_selection_maps_to_page_offsets(qtbot, pane) -> None:
    pages = ["Water sharing on the Amu Darya.\n\nThe ministers met.",
             "Second page.\n\nThe ministers discussed irrigation  and dams on the river."]
    doc = ReaderDocument(3, "Water", "text", Path("/nowhere/w.txt"), pages)
    with qtbot.waitSignal(pane.documentReady, timeout=WAIT_MS):
        pane.show_document(doc)
    view = pane.text_view
    shown = view.document().toRawText()
    first = shown.index("ministers discussed")
    cursor = QTextCursor(view.document())
    cursor.setPosition(first)
    cursor.setPosition(shown.index(" and dams") + len(" and dams"),
                       QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    selection = pane.annotator.selection()
    assert selection is not None and selection.page == 2
    assert pages[1][selection.start:selection.end] == "ministers discussed irrigation  and dams"
    assert selection.text == "ministers discussed irrigation and dams"
    pane.annotator.copy_quotation()
    assert QGuiApplication.clipboard().text() == \
        "\u201cministers discussed irrigation and dams\u201d (Water, p. 2)"


@pytest.mark.gui
def test_text_view_context_menu_offers_the_mark_actions(qtbot, pane) -> None:
    doc = ReaderDocument(4, "Memo", "text", Path("/nowhere/m.txt"), ["Dams on the river."])
    with qtbot.waitSignal(pane.documentReady, timeout=WAIT_MS):
        pane.show_document(doc)
    view = pane.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(0)
    cursor.setPosition(4, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    right_click(view, view.cursorRect(cursor).center())
    menu = pane.annotator.menu
    texts = [a.text() for a in menu.actions()]
    assert "Highlight" in texts and "Copy as Quotation" in texts and "Underline" in texts
    menu.close()
    pane.annotator.copy_quotation()
    assert QGuiApplication.clipboard().text() == "\u201cDams\u201d (Memo)"   # one page: no page


@pytest.mark.gui
def test_dragging_below_the_view_scrolls_and_extends_the_selection(qtbot, pane, pdf) -> None:
    view = pane.pdf_view
    view.set_zoom(4.0)
    words = page_words(qtbot, view, 1)
    bar = view.verticalScrollBar()
    view.reveal_rect(1, QRectF(words[0].x0, words[0].y0, 1, 1))
    start, before = point_of(view, 1, words[0], 0.1), bar.value()
    below = QPoint(start.x(), view.viewport().height() + 60)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, below)
    qtbot.waitUntil(lambda: bar.value() > before + 100, timeout=WAIT_MS)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=below)
    assert pane.annotator.selection().text.startswith("Article 1. Each party")
    assert len(pane.annotator.selection().rects) >= 3
