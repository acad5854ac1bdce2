"""The reader pane: one document (PDF or flowing text) with its toolbar, find bar and pages."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon as ours
from desktop_app.reader.annotator import Annotator
from desktop_app.reader.document import ReaderDocument
from desktop_app.reader.find_bar import FindBar
from desktop_app.reader.page_list import PageList
from desktop_app.reader.pdf_view import Fit, PdfView
from desktop_app.reader.render import EMPTY, ENCRYPTED, MISSING, RenderService
from desktop_app.reader.text_view import TextView


class ReaderPane(QWidget):
    """Shows a ReaderDocument: PDFs page by page, other kinds as formatted text."""

    openOriginalRequested = Signal(Path)
    pageChanged = Signal(int)
    documentReady = Signal()     # the document is laid out (for a PDF: its pages are known)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ReaderDocument | None = None
        self._loaded = False
        self._pending_page = 1
        self._hits: list = []
        self._hit = -1
        self._show_terms = True
        self.service = RenderService(self)
        self.pdf_view = PdfView(self.service, self)
        self.page_list = PageList(self.service, self)
        self.text_view = TextView(self)
        self.find_bar = FindBar(self)
        self.message = QLabel(self)
        self._build()
        self._connect()
        self.annotator = Annotator(self, self)
        self.clear()

    # --- construction ------------------------------------------------------------
    def _action(self, text: str, icon: str, slot: Callable[..., object] | None,
                keys: Sequence[QKeySequence] = (), checkable: bool = False) -> QAction:
        action = QAction(ours(icon), text, self)
        action.setToolTip(text)
        action.setCheckable(checkable)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("readerToolbar")
        # Icons only, so that every control fits the reader's minimum width.
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.setIconSize(QSize(20, 20))
        self._build_actions()
        self.message.setObjectName("readerMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.page_list.setMinimumWidth(110)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.page_list)
        self.splitter.addWidget(self.pdf_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([140, 800])
        self.stack = QStackedWidget(self)
        for widget in (self.message, self.splitter, self.text_view):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

    def _build_actions(self) -> None:
        bar, key = self.toolbar, QKeySequence
        self.pages_action = self._action(self.tr("Pages"), "pages", None,
                                         checkable=True)
        self.pages_action.toggled.connect(self._show_pages)
        self.pages_action.setToolTip(self.tr("Show page thumbnails"))
        self.pages_action.setChecked(True)
        self.zoom_out_action = self._action(self.tr("Zoom Out"), "zoom-out", self._zoom_out,
                                            [key(key.StandardKey.ZoomOut)])
        self.zoom_in_action = self._action(self.tr("Zoom In"), "zoom-in", self._zoom_in,
                                           [key(key.StandardKey.ZoomIn), key("Ctrl+=")])
        self.fit_width_action = self._action(self.tr("Fit Width"), "fit-width",
                                             self.pdf_view.fit_width, [key("Ctrl+0")], True)
        self.fit_page_action = self._action(self.tr("Fit Page"), "fit-page",
                                            self.pdf_view.fit_page, [], True)
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("readerPageSpin")
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setToolTip(self.tr("Page"))
        self.zoom_label = QLabel(self)
        bar.addAction(self.pages_action)
        self._spin_action = bar.addWidget(self.page_spin)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_width_action):
            bar.addAction(action)
        self.find_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._find_action = bar.addWidget(self.find_bar)
        self.open_action = self._action(self.tr("Open Original"), "open-original",
                                        self._open_original)
        self.open_action.setToolTip(self.tr("Open the original file in another application"))
        bar.addAction(self.open_action)
        bar.widgetForAction(self.open_action).setObjectName("readerOpenOriginal")
        # The rarest controls go last: when the reader is narrow they overflow first.
        self._rare_start = bar.addSeparator()
        bar.addAction(self.fit_page_action)
        self._zoom_label_action = bar.addWidget(self.zoom_label)
        self._action(self.tr("Find"), "edit-find", self.find_bar.focus_find,
                     [key(key.StandardKey.Find)])
        self._action(self.tr("Find Next"), "go-down", self._next_hit, [key("F3")])
        self._action(self.tr("Find Previous"), "go-up", self._previous_hit, [key("Shift+F3")])

    def _connect(self) -> None:
        self.service.opened.connect(self._on_opened)
        self.service.failed.connect(self._on_failed)
        self.service.searchFinished.connect(self._apply_hits)
        self.pdf_view.pageChanged.connect(self._on_page_changed)
        self.pdf_view.zoomChanged.connect(self._on_zoom_changed)
        self.text_view.pageChanged.connect(self._on_page_changed)
        self.page_list.pageActivated.connect(self.go_to_page)
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.find_bar.searchRequested.connect(self._on_search_requested)
        self.find_bar.nextRequested.connect(self._next_hit)
        self.find_bar.previousRequested.connect(self._previous_hit)

    # --- public API --------------------------------------------------------------
    def add_banner(self, widget: QWidget) -> None:
        """Show a widget between the toolbar and the document (e.g. why it needs attention)."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, widget)

    def add_tool(self, action: QAction) -> None:
        """Put an action on the toolbar, before the rarest controls."""
        self.toolbar.insertAction(self._rare_start, action)
        self.setMinimumWidth(self.essential_width())

    def essential_width(self) -> int:
        """The width the toolbar needs to show every control but the rarest."""
        bar = self.toolbar
        actions = bar.actions()
        essential = actions[:actions.index(self._rare_start)]
        widths = [bar.widgetForAction(a).sizeHint().width() for a in essential
                  if a is not self._find_action and bar.widgetForAction(a) is not None]
        layout = bar.layout()
        spacing = (layout.spacing() if layout is not None else 4) * (len(widths) + 1)
        margins = bar.contentsMargins()
        return (sum(widths) + self.find_bar.minimumSizeHint().width() + spacing
                + margins.left() + margins.right() + 48)   # the extension button, slack

    def document(self) -> ReaderDocument | None:
        """The document shown, if any."""
        return self._doc

    def show_document(self, doc: ReaderDocument) -> None:
        """Show a document, at doc.page, with doc.terms highlighted."""
        self._reset()
        self._doc = doc
        self._pending_page = max(doc.page or 1, 1)
        if doc.kind == "pdf":
            self.stack.setCurrentWidget(self.splitter)
            self.service.open(doc.stored_path, doc.terms, doc.page_texts)
        else:
            terms = doc.terms if self._show_terms else frozenset()
            self.text_view.set_document(doc.kind, doc.page_texts, terms)
            self.stack.setCurrentWidget(self.text_view)
            self._loaded = True
            if self.text_view.page_count() > 1:
                self.text_view.go_to_page(self._pending_page)
            self.documentReady.emit()
        self._update_controls()

    def clear(self) -> None:
        """Show no document."""
        self._reset()
        self._doc = None
        self.message.setText(self.tr("No document is open."))
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def current_page(self) -> int:
        """The 1-based page shown (0 without a document)."""
        if self._doc is None:
            return 0
        if not self._loaded:
            return self._pending_page
        return self._view().current_page()

    def go_to_page(self, page: int) -> None:
        """Show the 1-based page at the top."""
        if self._doc is None:
            return
        if self._loaded:
            self._view().go_to_page(page)
        else:
            self._pending_page = max(page, 1)

    def find_text(self, text: str) -> int:
        """Highlight every hit of text, make the first from the current page current;
        return the number of hits."""
        if self._doc is None:
            return 0
        self.find_bar.set_text(text)
        if not text:
            hits: list = []
        elif self._doc.kind == "pdf":
            hits = self.service.search_now(text)
        else:
            hits = self.text_view.find_hits(text)
        self._apply_hits(hits)
        return len(hits)

    def set_search_marks_shown(self, on: bool) -> None:
        """Mark the words of the search that opened the document, or hide those marks."""
        if on == self._show_terms:
            return
        self._show_terms = on
        self.pdf_view.set_terms_shown(on)
        doc = self._doc
        if doc is not None and doc.kind != "pdf" and self._loaded and doc.terms:
            page = self.current_page()
            self.text_view.set_document(doc.kind, doc.page_texts,
                                        doc.terms if on else frozenset())
            rows = self.annotator.marks()
            self.annotator.reset()
            self.annotator.set_marks(doc.id, rows)
            self.documentReady.emit()
            self.text_view.go_to_page(page)

    def search_marks_shown(self) -> bool:
        """Whether the search's words are marked."""
        return self._show_terms

    def highlight_rects(self, page: int) -> list[QRectF]:
        """Search-term boxes on a 1-based PDF page, in PDF points."""
        return self.pdf_view.highlight_rects(page)

    def highlight_ranges(self) -> list[tuple[int, int]]:
        """Character ranges of the search terms highlighted in a text document."""
        return self.text_view.highlight_ranges()

    def find_status(self) -> tuple[int, int]:
        """(1-based current hit or 0, number of hits)."""
        return self._hit + 1, len(self._hits)

    # --- internals ---------------------------------------------------------------
    def _view(self) -> PdfView | TextView:
        return self.pdf_view if self._doc is not None and self._doc.kind == "pdf" \
            else self.text_view

    def _reset(self) -> None:
        self.annotator.reset()
        self.service.close()
        self._loaded = False
        self._hits, self._hit = [], -1
        self.pdf_view.clear_pages()
        self.page_list.clear()
        self.text_view.clear_document()
        self.find_bar.set_text("")
        self.find_bar.set_status(0, 0)

    def _update_controls(self) -> None:
        pdf = self._doc is not None and self._doc.kind == "pdf"
        pages = self._view().page_count() if self._loaded else 0
        for action in (self.pages_action, self.fit_width_action, self.fit_page_action,
                       self._zoom_label_action):
            action.setVisible(pdf)
        self.page_list.setVisible(pdf and self.pages_action.isChecked())
        self._spin_action.setVisible(pages > 1 or pdf)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action,
                       self.fit_page_action):
            action.setEnabled(self._loaded)
        self.page_spin.setEnabled(self._loaded)
        self.find_bar.setEnabled(self._loaded)
        self.open_action.setEnabled(self._doc is not None)
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if pages else 0, max(pages, 1))
        self.page_spin.setSuffix(self.tr(" / {0}").format(pages) if pages else "")
        self.page_spin.setValue(self.current_page() if pages else 0)
        self.page_spin.blockSignals(False)
        self.setMinimumWidth(self.essential_width())  # the page box grows with the pages
        self._on_zoom_changed(self.pdf_view.zoom())

    def _on_opened(self, sizes: list) -> None:
        self._loaded = True
        self.pdf_view.set_pages(sizes)
        self.page_list.set_pages(sizes)
        self.pdf_view.go_to_page(self._pending_page)
        if self._hits:
            self.pdf_view.set_hits(self._hits)
            self.pdf_view.set_current_hit(self._hit)
        self._update_controls()
        self._on_page_changed(self.pdf_view.current_page())
        self.documentReady.emit()

    def _on_failed(self, reason: str) -> None:
        path = self._doc.stored_path if self._doc is not None else Path()
        messages = {
            MISSING: self.tr("The stored file is missing:\n{0}").format(path),
            ENCRYPTED: self.tr("This PDF is protected by a password, so it cannot be shown "
                               "here.\nUse \u201cOpen Original\u201d to read it in another "
                               "application."),
            EMPTY: self.tr("This PDF has no pages."),
        }
        self.message.setText(messages.get(reason, self.tr(
            "This file could not be read: it may be damaged or not a PDF.\nUse \u201cOpen "
            "Original\u201d to try another application.")))
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def _on_page_changed(self, page: int) -> None:
        if not self._loaded or page < 1:
            return
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page)
        self.page_spin.blockSignals(False)
        if self._view() is self.pdf_view:
            self.page_list.set_current(page)
        self.pageChanged.emit(page)

    def _on_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("{0}%").format(round(zoom * 100)))
        self.fit_width_action.setChecked(self.pdf_view.fit() is Fit.WIDTH)
        self.fit_page_action.setChecked(self.pdf_view.fit() is Fit.PAGE)

    def _show_pages(self, shown: bool) -> None:
        pdf = self._doc is not None and self._doc.kind == "pdf"
        self.page_list.setVisible(pdf and shown)

    def _zoom_in(self) -> None:
        if self._view() is self.pdf_view:
            self.pdf_view.zoom_in()
        else:
            self.text_view.zoomIn(1)

    def _zoom_out(self) -> None:
        if self._view() is self.pdf_view:
            self.pdf_view.zoom_out()
        else:
            self.text_view.zoomOut(1)

    def _open_original(self) -> None:
        if self._doc is not None:
            self.openOriginalRequested.emit(self._doc.stored_path)

    # --- find ----------------------------------------------------------------------
    def _on_search_requested(self, text: str) -> None:
        if self._doc is None:
            return
        if text and self._doc.kind == "pdf":
            self.find_bar.set_searching()
            self.service.search(text)
        else:
            self._apply_hits(self.text_view.find_hits(text) if text else [])

    def _apply_hits(self, hits: list) -> None:
        self._hits = list(hits)
        self._hit = self._first_hit()
        view = self._view()
        view.set_hits(self._hits)
        view.set_current_hit(self._hit)
        self.find_bar.set_status(self._hit + 1, len(self._hits))

    def _first_hit(self) -> int:
        """Index of the first hit at or after the reading position (wrapping), or -1."""
        if not self._hits:
            return -1
        if self._view() is self.pdf_view:
            index = bisect_left([page for page, _ in self._hits], self.current_page() - 1)
        else:
            index = bisect_left([start for start, _ in self._hits], self.text_view.top_position())
        return index if index < len(self._hits) else 0

    def _step_hit(self, step: int) -> None:
        if not self._hits:
            return
        self._hit = (self._hit + step) % len(self._hits)
        self._view().set_current_hit(self._hit)
        self.find_bar.set_status(self._hit + 1, len(self._hits))

    def _next_hit(self) -> None:
        self._step_hit(1)

    def _previous_hit(self) -> None:
        self._step_hit(-1)
