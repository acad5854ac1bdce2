"""The Russian window shows no English: every widget's text, tooltip, placeholder, header and
menu entry is read after a search, with a document open and an import that failed."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.i18n import install_translators
from desktop_app.widgets.main_window import MainWindow
from indexer.archive import Archive
from tests.desktop_app.helpers import WAIT_MS, type_search

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

# Names and codes that are the same in a Russian interface: formats, keys, the query syntax.
ALLOWED = {
    "dossier", "pdf", "html", "htm", "docx", "markdown", "md", "txt", "word", "csv", "json",
    "ris", "bibtex", "csl", "ctrl", "shift", "alt", "del", "esc", "enter", "kind", "lang",
    "ru", "tag", "title", "author", "source", "note", "annotation", "year", "date", "country",
    "or", "and", "not", "to", "pp", "kb", "mb", "gb", "sqlite", "id", "delete", "ocr",
    "postgresql",   # a product name, as SQLite
    "english",      # View > Language lists each language in its own name
}
WORD = re.compile(r"[A-Za-z]{2,}")
FILE_NAME = re.compile(r"\S+\.(pdf|txt|html?|md|docx)\b|/\S+", re.IGNORECASE)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The Russian translations on top of the English ones, then removed again."""
    locale = QLocale()
    translators = install_translators(qapp, "ru")
    assert translators
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def _data_words(root: Path, query: str) -> set[str]:
    """Words of the documents themselves (titles, file names, tags, fields): not interface."""
    words = set(WORD.findall(query))
    with Archive.open(root) as archive:
        for doc in archive.documents():
            fields = (doc.title, doc.original_name, doc.author, doc.source, *doc.tags)
            for value in fields:
                words.update(WORD.findall(value or ""))
            for note in archive.document(doc.id).notes:
                words.update(WORD.findall(note.text))
    return {word.casefold() for word in words}


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:       # a list model whose columnCount() is not exposed
            return 1

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), 100)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
                if depth < 4:
                    yield from walk(index, depth + 1)

    for column in range(columns(QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield header
    yield from walk(QModelIndex(), 0)


def _action_texts(action: QAction) -> Iterator[str]:
    yield from (action.text(), action.toolTip(), action.statusTip())
    if action.menu() is not None:
        for child in action.menu().actions():
            yield from _action_texts(child)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.toolTip(), widget.statusTip(), widget.windowTitle())
    if isinstance(widget, QLabel):
        yield re.sub(r"<[^>]+>", " ", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    for action in widget.actions():
        yield from _action_texts(action)


def _facts_line(window: MainWindow) -> str:
    table = window.ui.results.table
    index = window.ui.results.model.index(0, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    placed = table.delegate.facts_layout(option, window.ui.results.model.hit_at(0))
    return "".join(piece.text for _, piece in placed)


def english_words(window: MainWindow, data: set[str]) -> dict[str, str]:
    """Every English word the window shows, with the text it was found in."""
    found: dict[str, str] = {}
    texts = [_facts_line(window), window.statusBar().currentMessage()]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window.ui.reader.text_view:
            continue       # the document itself
        texts.extend(_widget_texts(widget))
    for action in window.menuBar().actions():
        texts.extend(_action_texts(action))
    for text in texts:
        text = FILE_NAME.sub(" ", text or "")
        for word in WORD.findall(text):
            if word.casefold() not in ALLOWED and word.casefold() not in data:
                found.setdefault(word, text)
    return found


def test_the_russian_window_shows_no_english(qtbot, russian, settings, runner,
                                            filled_archive: Path, tmp_path: Path) -> None:
    from desktop_app.session import ArchiveSession

    window = MainWindow(ArchiveSession(runner), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignals([window.libraryLoaded, window.sidebar.loaded], timeout=WAIT_MS):
        window.open_archive(filled_archive)
    # An import with a damaged file and a locked one: their lines and the password prompt.
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Protocol")
    doc.save(tmp_path / "locked.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x",
             owner_pw="y")
    doc.close()
    window.importer.import_paths([bad, tmp_path / "locked.pdf"])
    qtbot.waitUntil(lambda: window.importer.password_dialog is not None, timeout=WAIT_MS)
    dialog = window.importer.password_dialog
    prompt = {w: t for w in [dialog, *dialog.findChildren(QWidget)] for t in _widget_texts(w)}
    window.import_panel.details.setChecked(True)
    query = "salmon"
    type_search(qtbot, window, query)
    table = window.ui.results.table
    table.setFocus()
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    window.actions_.reading.setChecked(False)     # everything on screen at once
    window.actions_.show_details.setChecked(True)
    window.annotating.dock.show()
    qtbot.wait(200)
    data = _data_words(filled_archive, query)
    found = english_words(window, data)
    for text in prompt.values():
        for word in WORD.findall(FILE_NAME.sub(" ", text or "")):
            if word.casefold() not in ALLOWED | data:
                found.setdefault(word, text)
    assert not found, "\n".join(f"{word!r} in {text!r}" for word, text in found.items())
    assert "Поиск" in window.menuBar().actions()[1].menu().actions()[0].text()
    dialog.reject()
