"""Selections and marks in the reader: offers the mark actions, draws marks, goes to them.

Storing a mark is not the reader's business: it emits markRequested and is given the
document's marks back through set_marks.
"""
from __future__ import annotations

import re
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.reader.comment_dialog import CommentDialog, ask_comment
from desktop_app.reader.document import ReaderHost
from desktop_app.reader.marks import NOTE_SIZE, page_marks
from desktop_app.reader.page_item import PageItem
from desktop_app.reader.pdf_selector import PdfSelector
from desktop_app.reader.selection import MarkRequest, Selection
from desktop_app.reader.selection_bar import MarkActions, SelectionBar
from desktop_app.reader.text_marks import TextAnchors
from desktop_app.reader.text_view import TextMark
from indexer.annotations import AnnotationRow

FLASH_MS = 1500
UNDERLINE_COLOR, STRIKE_COLOR = "blue", "red"


class Annotator(QObject):
    """The pane's selection (PDF words or text-view range) and the document's marks."""

    markRequested = Signal(object)     # MarkRequest
    selectionChanged = Signal()        # a selection was made or dropped
    marksShown = Signal()              # marks given by set_marks are drawn

    def __init__(self, widget: QWidget, host: ReaderHost) -> None:
        super().__init__(widget)
        self.widget = widget     # the reader pane as a widget: parent of menus, the bar
        self.pane = host         # the same pane, by what it shows
        self.actions = MarkActions(widget)
        self.bar = SelectionBar(self.actions, widget)
        self.pdf = PdfSelector(host.pdf_view)
        self.menu: QMenu | None = None
        self.dialog: CommentDialog | None = None
        self._rows: list[AnnotationRow] = []
        self._ready = False
        self._pending: AnnotationRow | None = None
        self._anchors: TextAnchors | None = None
        self._flashed: PageItem | None = None
        self._flash = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash.timeout.connect(self._unflash)
        self._connect()

    def _connect(self) -> None:
        acts, pane = self.actions, self.pane
        for name, action in acts.highlights.items():
            action.triggered.connect(partial(self.mark, "highlight", name))
        acts.underline.triggered.connect(partial(self.mark, "underline", UNDERLINE_COLOR))
        acts.strike.triggered.connect(partial(self.mark, "strike", STRIKE_COLOR))
        acts.comment.triggered.connect(self.comment)
        acts.copy.triggered.connect(self.copy)
        acts.quote.triggered.connect(self.copy_quotation)
        self.pdf.selected.connect(self._selected)
        self.pdf.cleared.connect(self._cleared)
        self.pdf.contextRequested.connect(self._pdf_menu)
        pane.documentReady.connect(self._on_ready)
        pane.text_view.viewport().installEventFilter(self)
        pane.text_view.selectionChanged.connect(self._text_selection_changed)
        for bar in (pane.pdf_view.verticalScrollBar(), pane.text_view.verticalScrollBar()):
            bar.valueChanged.connect(self._place_bar)

    # --- the document and its marks ----------------------------------------------------
    def reset(self) -> None:
        """Forget the document: no selection, no marks."""
        self.pdf.clear()
        self.bar.hide()
        self._rows, self._ready, self._pending, self._anchors = [], False, None, None
        self._unflash()

    def _pdf(self) -> bool:
        doc = self.pane.document()
        return doc is not None and doc.kind == "pdf"

    def set_marks(self, doc_id: int, rows: list[AnnotationRow]) -> None:
        """Draw the marks of the document shown (marks of another document are ignored)."""
        doc = self.pane.document()
        if doc is None or doc.id != doc_id:
            return
        self._rows = list(rows)
        if self._ready:
            self._draw()

    def marks(self) -> list[AnnotationRow]:
        """The marks last given for the document shown."""
        return list(self._rows)

    def _draw(self) -> None:
        if self._pdf():
            self.pane.pdf_view.set_marks(page_marks(self._rows))
        else:
            self.pane.text_view.set_marks(self.text_marks())
        self.marksShown.emit()

    def text_marks(self) -> list[TextMark]:
        """The marks of a text document as text-view ranges (kind and colour)."""
        shown: list[TextMark] = []
        for row in self._rows:
            if row.orphaned or row.page is None or row.start is None or row.end is None:
                continue
            span = self._text_anchors().to_view(row.page, row.start, row.end)
            if span is not None:
                shown.append((span, row.kind, QColor(row.color)))
        return shown

    def _text_anchors(self) -> TextAnchors:
        if self._anchors is None:
            doc = self.pane.document()
            self._anchors = TextAnchors(self.pane.text_view, doc.page_texts if doc else [])
        return self._anchors

    def _on_ready(self) -> None:
        self._ready = True
        self._draw()
        if self._pending is not None:
            row, self._pending = self._pending, None
            self.reveal(row)

    def reveal(self, row: AnnotationRow) -> None:
        """Scroll to a mark and flash it (PDF) or select it (text); waits for the layout."""
        if not self._ready:
            self._pending = row
            return
        if row.page is None:
            return
        if self._pdf():
            self._reveal_pdf(row)
            return
        span = None
        if row.start is not None and row.end is not None and not row.orphaned:
            span = self._text_anchors().to_view(row.page, row.start, row.end)
        if span is not None:
            self.pane.text_view.reveal_range(span)
        else:
            self.pane.go_to_page(row.page)

    def _reveal_pdf(self, row: AnnotationRow) -> None:
        rects = [QRectF(QPointF(r[0], r[1]), QPointF(r[2], r[3])) for r in row.rects
                 if len(r) == 4]
        item = self.pane.pdf_view.page_item(row.page or 1)
        if not rects or item is None or row.orphaned:
            self.pane.go_to_page(row.page or 1)
            return
        whole = rects[0]
        for rect in rects[1:]:
            whole = whole.united(rect)
        self.pane.pdf_view.reveal_rect(row.page or 1, whole)
        self._unflash()
        item.set_flash(rects)
        self._flashed = item
        self._flash.start()

    def _unflash(self) -> None:
        if self._flashed is not None and shiboken6.isValid(self._flashed):
            self._flashed.set_flash([])
        self._flashed = None

    def flashed(self) -> list[QRectF]:
        """The rectangles flashing now (PDF)."""
        item = self._flashed
        return list(item.flash) if item is not None and shiboken6.isValid(item) else []

    # --- the selection -----------------------------------------------------------------
    def selection(self) -> Selection | None:
        """What is selected now, or None."""
        if self.pane.document() is None:
            return None
        if self._pdf():
            return self.pdf.selection()
        cursor = self.pane.text_view.textCursor()
        if not cursor.hasSelection():
            return None
        return self._text_anchors().selection(cursor.selectionStart(), cursor.selectionEnd())

    def _selected(self) -> None:
        self._place_bar()
        self.selectionChanged.emit()

    def _cleared(self) -> None:
        self.bar.hide()
        self.selectionChanged.emit()

    def _text_selection_changed(self) -> None:
        if not self.pane.text_view.textCursor().hasSelection():
            self._cleared()

    def _anchor_rect(self) -> QRect | None:
        """Where the selection ends, in pane coordinates."""
        pane = self.pane
        if self._pdf():
            selection = self.pdf.selection()
            item = pane.pdf_view.page_item(selection.page) if selection else None
            if selection is None or item is None or not selection.rects:
                return None
            x0, y0, x1, y1 = selection.rects[-1]
            scene = item.mapRectToScene(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
            rect = pane.pdf_view.mapFromScene(scene).boundingRect()
            return QRect(pane.pdf_view.viewport().mapTo(self.widget, rect.topLeft()),
                         rect.size())
        view = pane.text_view
        if not view.textCursor().hasSelection():
            return None
        rect = view.cursorRect(view.textCursor())
        return QRect(view.viewport().mapTo(self.widget, rect.topLeft()), rect.size())

    def _place_bar(self) -> None:
        rect = self._anchor_rect()
        if rect is None:
            self.bar.hide()
        elif self.selection() is not None:
            self.bar.show_at(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._after_text_release)
        elif event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._text_menu(event.pos(), event.globalPos())
            return True
        return False

    def _after_text_release(self) -> None:
        if self.pane.text_view.textCursor().hasSelection():
            self._selected()

    # --- menus ---------------------------------------------------------------------------
    def _new_menu(self, menu: QMenu) -> QMenu:
        if self.menu is not None and shiboken6.isValid(self.menu):
            self.menu.deleteLater()
        self.menu = menu
        return menu

    def _pdf_menu(self, page: int, point: QPointF, where: QPoint) -> None:
        menu = self._new_menu(QMenu(self.widget))
        selection = self.pdf.selection()
        if selection is not None and selection.page == page:
            self.actions.fill_menu(menu)
            menu.addSeparator()
        note = menu.addAction(self.tr("Add Note Here…"))
        note.setObjectName("addNoteAction")
        note.triggered.connect(partial(self.add_note, page, point))
        menu.popup(where)

    def _text_menu(self, pos: QPoint, where: QPoint) -> None:
        view = self.pane.text_view
        menu = self._new_menu(view.createStandardContextMenu(pos))
        if self.selection() is not None and menu.actions():
            first = menu.actions()[0]
            mine = QMenu(menu)
            self.actions.fill_menu(mine)
            for action in mine.actions():
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.popup(where)

    # --- making marks --------------------------------------------------------------------
    def mark(self, kind: str, color: str, comment: str = "",
             selection: Selection | None = None) -> None:
        """Ask for a mark of the selection (or of the selection given)."""
        doc = self.pane.document()
        selection = selection or self.selection()
        if doc is None or selection is None:
            return
        self.markRequested.emit(MarkRequest(doc.id, selection, kind, color, comment))
        self.clear_selection()

    def clear_selection(self) -> None:
        """Drop the selection and hide the bar."""
        self.pdf.clear()
        cursor = self.pane.text_view.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.pane.text_view.setTextCursor(cursor)
        self.bar.hide()

    def comment(self) -> None:
        """Ask for a comment, then highlight the selection with it."""
        selection = self.selection()
        if selection is None:
            return
        self.dialog = ask_comment(self.widget, self.tr("Comment"), selection.text, "",
                                  lambda text: self.mark("highlight", "yellow", text, selection))

    def add_note(self, page: int, point: QPointF) -> None:
        """Ask for a note's text, then pin it at a point (PDF points) of a 1-based page."""
        x, y = round(point.x(), 2), round(point.y(), 2)
        spot = Selection(page, "", 0, 0, [[x, y, x + NOTE_SIZE, y + NOTE_SIZE]])

        def done(text: str) -> None:
            if text:
                self.mark("note", "yellow", text, spot)

        self.dialog = ask_comment(self.widget, self.tr("Note"), "", "", done)

    # --- copying -------------------------------------------------------------------------
    def copy(self) -> None:
        """Put the selected text on the clipboard."""
        selection = self.selection()
        if selection is not None:
            QGuiApplication.clipboard().setText(selection.text)

    def copy_quotation(self) -> None:
        """Put “the selected text” (Title, p. N) on the clipboard."""
        selection, doc = self.selection(), self.pane.document()
        if selection is None or doc is None:
            return
        if doc.kind == "pdf" or len(doc.page_texts) > 1:
            template = self.tr("“%1” (%2, p. %3)")
        else:
            template = self.tr("“%1” (%2)")
        values = {"1": selection.text, "2": doc.title, "3": str(selection.page)}
        QGuiApplication.clipboard().setText(
            re.sub(r"%([123])", lambda m: values[m.group(1)], template))
