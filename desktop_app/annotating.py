"""Marks of the open document: loaded, made, changed, deleted and undone through the session."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop_app.icons import icon
from desktop_app.operations import Opened
from desktop_app.reader.comment_dialog import CommentDialog, ask_comment
from desktop_app.reader.pane import ReaderPane
from desktop_app.reader.selection import MarkRequest
from desktop_app.session import ArchiveSession
from desktop_app.widgets.annotations_panel import AnnotationsPanel
from indexer.analysis import term_spans
from indexer.annotations import AnnotationRow
from indexer.archive import Archive


def first_matching(rows: list[AnnotationRow], terms: frozenset[str]) -> AnnotationRow | None:
    """The first mark whose quote or comment holds one of the index terms, or None."""
    for row in rows:
        if any(term in terms for _s, _e, term in term_spans(f"{row.quote}\n{row.comment}")):
            return row
    return None


def recreate(archive: Archive, row: AnnotationRow) -> AnnotationRow:
    """Add a deleted mark again: same page, place, kind, colour, comment and rectangles."""
    place: dict[str, Any] = {"start": row.start, "end": row.end}
    if row.orphaned or row.start is None or row.end is None:
        place = {"quote": row.quote}
    return archive.add_annotation(row.document_id, row.page or 1, kind=row.kind,
                                  color=row.color, comment=row.comment,
                                  rects=row.rects or None, **place)


class AnnotationController(QObject):
    """Keeps the reader's marks and the annotations panel in step with the archive."""

    changed = Signal(int)        # the marks of this document were (re)loaded and shown
    problem = Signal(str)

    def __init__(self, window: QMainWindow, session: ArchiveSession, reader: ReaderPane,
                 loaded: SignalInstance, deleted: SignalInstance) -> None:
        """loaded(Opened): a document is shown; deleted(list of ids): documents went."""
        super().__init__(window)
        self.window = window
        self.session = session
        self.reader = reader
        self.annotator = self.reader.annotator
        self.panel = AnnotationsPanel(window)
        self.dock = self._dock()
        self.dialog: CommentDialog | None = None
        self.doc_id: int | None = None
        self._terms: frozenset[str] = frozenset()
        self._page_asked = False     # a page was asked for: no mark may move the reader
        self._deleted: list[AnnotationRow] = []
        self._focus_id: int | None = None      # select this mark once the list is reloaded
        self._connect(loaded, deleted)

    def _dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Annotations"), self.window)
        dock.setObjectName("annotationsDock")
        dock.setWidget(self.panel)
        dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()     # until asked for (the reader's toolbar, the View menu): room to read
        toggle = dock.toggleViewAction()
        toggle.setIcon(icon("annotations"))
        toggle.setToolTip(self.tr("Show the marks of the open document"))
        self.reader.add_tool(toggle)
        return dock

    def _connect(self, loaded: SignalInstance, deleted: SignalInstance) -> None:
        loaded.connect(self._opened)
        self.session.closed.connect(self._forget)
        deleted.connect(self._deleted_documents)
        self.problem.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        panel = self.panel
        panel.markActivated.connect(self.reveal)
        panel.recolorRequested.connect(self.recolor)
        panel.commentRequested.connect(self.edit_comment)
        panel.deleteRequested.connect(self.delete)
        panel.undoRequested.connect(self.undo)
        self.annotator.markRequested.connect(self.add)

    # --- the document shown --------------------------------------------------------------
    @Slot(object)
    def _opened(self, opened: Opened) -> None:
        self.doc_id = opened.detail.row.id
        self._terms = opened.terms
        self._page_asked = opened.page is not None
        self._deleted.clear()
        self.panel.set_can_undo(False)
        self.panel.set_marks([])
        self.reload()

    @Slot()
    def _forget(self) -> None:
        self.doc_id, self._terms = None, frozenset()
        self._deleted.clear()
        self.panel.set_can_undo(False)
        self.panel.set_marks([])

    @Slot(list)
    def _deleted_documents(self, ids: list[int]) -> None:
        if self.doc_id in ids:
            self._forget()

    def reload(self) -> None:
        """Read the document's marks again and show them."""
        doc_id = self.doc_id
        if doc_id is None or not self.session.is_open:
            return
        task = self.session.read(lambda a: a.annotations(doc_id), "annotations")
        task.finished.connect(lambda rows: self._show(doc_id, rows))
        task.failed.connect(self.problem)

    def _show(self, doc_id: int, rows: list[AnnotationRow]) -> None:
        if doc_id != self.doc_id:
            return
        self.panel.set_marks(rows)
        self.annotator.set_marks(doc_id, rows)
        if self._focus_id is not None:
            self.panel.select(self._focus_id)
            self._focus_id = None
        terms, self._terms = self._terms, frozenset()
        match = first_matching(rows, terms) if terms else None
        if match is not None:
            self.panel.select(match.id)
            if not self._page_asked:     # the page asked for wins over the mark
                self.reveal(match)
        self.changed.emit(doc_id)

    @Slot(object)
    def reveal(self, row: AnnotationRow) -> None:
        """Show a mark in the reader."""
        if row.document_id == self.doc_id:
            self.annotator.reveal(row)

    # --- changing marks ------------------------------------------------------------------
    def _write(self, call: Callable[[Archive], object], name: str,
               then: Callable[[object], None] | None = None) -> None:
        task = self.session.write(call, name)
        if then is not None:
            task.finished.connect(then)
        task.finished.connect(lambda _result: self.reload())
        task.failed.connect(self.problem)

    @Slot(object)
    def add(self, request: MarkRequest) -> None:
        """Store a mark the reader asked for."""
        sel = request.selection
        place: dict[str, Any] = {"start": sel.start, "end": sel.end}
        if sel.start is None or sel.end is None:
            place = {"quote": sel.text}
        self._write(lambda a: a.add_annotation(
            request.doc_id, sel.page, kind=request.kind, color=request.color,
            comment=request.comment, rects=sel.rects or None, **place), "add annotation")

    @Slot(object, str)
    def recolor(self, row: AnnotationRow, color: str) -> None:
        """Give a mark another colour."""
        self._write(lambda a: a.update_annotation(row.document_id, row.id, color=color),
                    "recolour annotation")

    @Slot(object)
    def edit_comment(self, row: AnnotationRow) -> None:
        """Ask for a mark's new comment, then store it."""
        def done(text: str) -> None:
            self._write(lambda a: a.update_annotation(row.document_id, row.id, comment=text),
                        "comment annotation")

        self.dialog = ask_comment(self.window, self.tr("Edit Comment"), row.quote,
                                  row.comment, done)

    @Slot(object)
    def delete(self, row: AnnotationRow) -> None:
        """Delete a mark; undo() brings it back."""
        def deleted(_result: object) -> None:
            self._deleted.append(row)
            self.panel.set_can_undo(True)

        self._write(lambda a: a.delete_annotation(row.document_id, row.id),
                    "delete annotation", deleted)

    @Slot()
    def undo(self) -> None:
        """Re-create the mark deleted last."""
        if not self._deleted:
            return
        row = self._deleted.pop()
        self.panel.set_can_undo(bool(self._deleted))
        self._write(lambda a: recreate(a, row), "undo delete annotation",
                    lambda new: setattr(self, "_focus_id", getattr(new, "id", None)))
