"""The side panel: edit the selected document's details, tags and note (every edit autosaves);
ask for the documents similar to it."""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import operations
from desktop_app.date_names import date_line
from desktop_app.icons import icon
from desktop_app.messages import core_sentence
from desktop_app.names import kind_name, language_code, language_name
from desktop_app.session import ArchiveSession
from desktop_app.widgets.note_editor import NoteEditor
from desktop_app.widgets.tag_editor import TagEditor
from indexer.documents import NEEDS_ATTENTION
from indexer.errors import NoteConflict
from indexer.extract.dates import source_page
from indexer.rows import DocumentDetail, DocumentRow, NoteRow


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class SidePanel(QStackedWidget):
    """Shows one document (or a hint when none is selected) and writes edits through the session."""

    saved = Signal()     # an edit reached the archive
    similarRequested = Signal(int)   # show the documents like this one
    pageRequested = Signal(int, int)  # open this document at this page (where its date is)

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: DocumentDetail | None = None
        self.note_version: int | None = None  # the version of the note being edited
        self.hint = QLabel(self.tr("Select a document to see and edit its details."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.fields: dict[str, QLineEdit] = {}
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never HTML
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.date_origin = QLabel(self)
        self.date_origin.setObjectName("dateOrigin")
        self.date_origin.setTextFormat(Qt.TextFormat.RichText)  # numbers and our words only
        self.date_origin.setWordWrap(True)
        self.date_origin.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.date_origin.linkActivated.connect(self._date_page_clicked)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.tags = TagEditor(self)
        self.tags.addRequested.connect(self._add_tag)
        self.tags.removeRequested.connect(self._remove_tags)
        self.notes = NoteEditor(self)
        self.notes.saveRequested.connect(self._save_note)
        self.similar = QPushButton(icon("search"), self.tr("Similar Documents"), self)
        self.similar.setObjectName("similarButton")
        self.similar.setToolTip(self.tr("List the documents most like this one"))
        self.similar.clicked.connect(self._similar_clicked)
        self.addWidget(self.hint)
        self.addWidget(self._editor_page())
        self.setMinimumWidth(220)

    def _editor_page(self) -> QScrollArea:
        page = QWidget(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = {"title": self.tr("&Title"), "author": self.tr("&Author"),
                  "source": self.tr("&Source"), "published": self.tr("&Date"),
                  "language": self.tr("&Language")}
        for name, label in labels.items():
            edit = QLineEdit(page)
            edit.setObjectName(f"field_{name}")
            edit.editingFinished.connect(partial(self._field_done, name))
            self.fields[name] = edit
            form.addRow(label, edit)
            if name == "published":
                form.addRow(self.date_origin)   # the whole width: it is a sentence
        self.fields["published"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.fields["language"].setPlaceholderText(self.tr("e.g. English, Russian, Uzbek"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(_section(self.tr("Details"), page))
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.problem)
        layout.addWidget(self.similar, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(_section(self.tr("Tags"), page))
        layout.addWidget(self.tags)
        layout.addSpacing(6)
        layout.addWidget(_section(self.tr("Notes"), page))
        layout.addWidget(self.notes, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    # --- showing ---------------------------------------------------------------
    def show_detail(self, detail: DocumentDetail | None) -> None:
        """Show a document (None: the hint); pending edits of the previous one are saved first."""
        self.flush()
        self.detail = detail
        self.problem.setVisible(False)
        if detail is None:
            self.setCurrentIndex(0)
            return
        self._show_row(detail.row, keep_typing=False)
        self.notes.set_text(detail.notes[0].text if detail.notes else "")
        self.note_version = detail.notes[0].version if detail.notes else None
        author = detail.notes[0].author if detail.notes else None
        self.notes.setToolTip(self.tr("Note by %1").replace("%1", author) if author else "")
        self.setCurrentIndex(1)

    def _show_row(self, row: DocumentRow, keep_typing: bool = True) -> None:
        """Show row's values; with keep_typing a field being edited keeps its text."""
        values = {"title": row.title, "author": row.author, "source": row.source,
                  "published": row.published, "language": language_name(row.language)}
        for name, edit in self.fields.items():
            if not (keep_typing and edit.hasFocus()) or edit.text() == (values[name] or ""):
                edit.setText(values[name] or "")
                edit.setCursorPosition(0)
        self.tags.set_tags(row.tags)
        self.info.setText(self._info_text(row))
        origin = date_line(row.published, row.date_source, row.kind, link=True)
        self.date_origin.setText(origin)
        self.date_origin.setVisible(bool(origin))
        self.date_origin.setToolTip(self.tr("Open the page the date was read from")
                                    if source_page(row.date_source) else "")

    def _info_text(self, row: DocumentRow) -> str:
        size = self.locale().formattedDataSize(
            row.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        parts = [kind_name(row.kind), self.tr("%n page(s)", "", row.page_count), size,
                 row.original_name]
        text = " · ".join(p for p in parts if p)
        if row.text_status in NEEDS_ATTENTION:
            text += "\n" + self.tr("Needs attention: its text is missing or unreadable.")
        return text

    @Slot(str)
    def _date_page_clicked(self, link: str) -> None:
        page = source_page(link.replace("page:", "text:p"))
        if self.detail is not None and page is not None:
            self.pageRequested.emit(self.detail.row.id, page)

    @Slot()
    def _similar_clicked(self) -> None:
        if self.detail is not None:
            self.similarRequested.emit(self.detail.row.id)

    def set_known_tags(self, names: list[str]) -> None:
        """Tag names offered while typing a new tag."""
        self.tags.set_known_names(names)

    def row_edited(self, row: DocumentRow) -> None:
        """Another view changed a document: show its new values if it is the one shown."""
        if self.detail is not None and self.detail.row.id == row.id:
            self.detail = replace(self.detail, row=row)   # every write tells it: keep the rest
            self._show_row(row)

    def flush(self) -> None:
        """Save edits not yet saved (fields being typed in, the note)."""
        if self.detail is None:
            return
        for name in self.fields:
            self._field_done(name)
        self.notes.save_now()

    # --- saving ----------------------------------------------------------------
    def _field_done(self, name: str) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        value = self.fields[name].text().strip()
        if name == "language":
            value = language_code(value)
        if value == (getattr(row, name) or ""):
            return
        if name == "title" and not value:
            self.fields[name].setText(row.title)
            return
        self.detail = DocumentDetail(_with(row, name, value), self.detail.checksum,
                                     self.detail.stored_path, self.detail.original_path,
                                     self.detail.meta, self.detail.notes)
        doc_id = row.id
        task = self.session.write(lambda a: operations.set_field(a, doc_id, name, value),
                                  "save field")
        task.finished.connect(self._row_saved)
        task.failed.connect(self._failed)

    @Slot(str)
    def _add_tag(self, name: str) -> None:
        if self.detail is None:
            return
        doc_id = self.detail.row.id
        task = self.session.write(lambda a: operations.add_tag(a, [doc_id], name)[0], "tag")
        task.finished.connect(self._tags_saved)
        task.failed.connect(self._failed)

    @Slot(list)
    def _remove_tags(self, names: list[str]) -> None:
        if self.detail is None:
            return
        doc_id = self.detail.row.id
        task = self.session.write(lambda a: operations.remove_tags(a, doc_id, names), "untag")
        task.finished.connect(self._tags_saved)
        task.failed.connect(self._failed)

    @Slot(str)
    def _save_note(self, text: str) -> None:
        if self.detail is None:
            return
        doc_id, version = self.detail.row.id, self.note_version
        task = self.session.write(lambda a: operations.store_note(a, doc_id, text, version),
                                  "note")
        task.finished.connect(self._note_saved)
        task.failed.connect(self._failed)

    @Slot(object)
    def _row_saved(self, _row: DocumentRow) -> None:
        self.saved.emit()     # the views heard of the change from the session's broadcaster

    @Slot(object)
    def _tags_saved(self, _row: DocumentRow) -> None:
        self.saved.emit()

    @Slot(object)
    def _note_saved(self, outcome: tuple[int, NoteRow | NoteConflict | None]) -> None:
        doc_id, note = outcome
        shown = self.detail is not None and self.detail.row.id == doc_id
        if isinstance(note, NoteConflict):  # someone else saved it meanwhile: show theirs
            if shown:
                self.note_version = None  # saving again, having compared, keeps this text
                self._failed(core_sentence(str(note)) + "\n\n"
                             + self.tr("Their text:") + "\n" + (note.theirs or ""))
            return
        if shown:
            self.notes.mark_saved(note.text if note else "")
            self.note_version = note.version if note else None
        self.saved.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(True)


def _with(row: DocumentRow, name: str, value: str) -> DocumentRow:
    """row with one field replaced (as it will be once saved)."""
    changes: dict[str, Any] = {name: value or None}
    if name == "published":
        changes["date_source"] = "user"
    return replace(row, **changes)
