"""The main window: library (sidebar and table or results) | reader | side panel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from desktop_app.annotating import AnnotationController
from desktop_app.bundles import BundleImporter, split_bundles
from desktop_app.exporting import ExportController
from desktop_app.gc_pacing import freeze_long_lived
from desktop_app.housekeeping import Housekeeping
from desktop_app.icons import icon
from desktop_app.import_failures import ImportFailures
from desktop_app.importing import ImportController
from desktop_app.models.document_table import DocumentTableModel
from desktop_app.models.results import best_page
from desktop_app.operations import Opened
from desktop_app.reading import DocumentLoader
from desktop_app.recognising import TextRecovery
from desktop_app.searching import SearchController
from desktop_app.session import ArchiveSession
from desktop_app.settings import AppSettings
from desktop_app.team_status import TeamStatusLabel
from desktop_app.widgets.attention_bar import AttentionBar
from desktop_app.widgets.document_menu import DocumentMenu
from desktop_app.widgets.failures_panel import FailuresPanel
from desktop_app.widgets.import_panel import ImportPanel
from desktop_app.widgets.layout import WindowLayout
from desktop_app.widgets.reader_slot import show_in_reader
from desktop_app.widgets.side_panel import SidePanel
from desktop_app.widgets.sidebar_pane import SidebarPane
from desktop_app.widgets.task_status import TaskStatus
from desktop_app.widgets.window_actions import WindowActions
from indexer.documents import DocumentView
from indexer.search import SearchHit
from indexer.team.location import is_team_location


class MainWindow(QMainWindow):
    """Shows one archive; every archive call goes through the session's task runner."""

    libraryLoaded = Signal()        # the first page of documents arrived after opening
    documentShown = Signal(int)     # the reader and side panel show this document

    def __init__(self, session: ArchiveSession, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setWindowIcon(icon("dossier"))
        self.setWindowTitle("Dossier")
        self.setAcceptDrops(True)
        # An explicit minimum keeps layout changes (the import panel appearing) from resizing
        # the window's limits, which some platforms cannot propagate.
        self.setMinimumSize(720, 480)
        self.actions_ = WindowActions(self, settings.language)
        self.table_model = DocumentTableModel(session, self)
        self.sidebar = SidebarPane(session, self)
        self.side_panel = SidePanel(session, self)
        self.ui = WindowLayout(self, self.table_model, self.sidebar, self.side_panel)
        self.import_panel = ImportPanel(self)
        self.import_dock = self._import_dock()
        self.status_task = TaskStatus(self)
        self.statusBar().addPermanentWidget(self.status_task)
        self.statusBar().addPermanentWidget(TeamStatusLabel(session, self))
        self.importer = ImportController(session, self.import_panel, self)
        self.exporter = ExportController(session, self)
        self.bundles = BundleImporter(session, self)
        self.searcher = SearchController(session, self.ui.search_bar, self.ui.results, self)
        self.loader = DocumentLoader(session, self)
        self.housekeeping = Housekeeping(session, self.status_task, self)
        self.failures_panel = FailuresPanel(self)
        self.ui.add_above_list(self.failures_panel)
        self.failures = ImportFailures(session, self.importer, self.failures_panel)
        self.actions_.build_menus()
        self.actions_.build_toolbar()
        self.menus = [DocumentMenu(table, table.selected_ids, session, self.sidebar,
                                   self.actions_.delete, self.actions_.export_selection)
                      for table in (self.ui.table, self.ui.results.table)]
        self._connect_session()
        self._connect_views()
        self._connect_actions()
        self.annotating = AnnotationController(self, session, self.ui.reader, self.loader.loaded,
                                               self.housekeeping.deleted)
        self.ui.reader.add_tool(self.actions_.reading)
        self.attention = AttentionBar(self)
        self.ui.reader.add_banner(self.attention)
        self.attention.reextractRequested.connect(self.reextract)
        self.recovery = TextRecovery(session, self.import_panel, self._status)
        self.importer.finished.connect(self.recovery.after_import)
        self.recovery.finished.connect(self._recovered)
        self.attention.set_ocr_handler(lambda doc_id: self.recovery.recover([doc_id], force=True))
        self._list_panels()
        self.ui.restore(settings)
        self.ui.results.set_sort(settings.result_sort)
        self._shown_id: int | None = None
        self._waiting_first_page = False
        self._set_archive_enabled(False)

    def _import_dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Import"), self)
        dock.setObjectName("importDock")
        dock.setWidget(self.import_panel)
        dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        return dock

    # --- wiring ----------------------------------------------------------------
    def _connect_session(self) -> None:
        session = self.session
        session.opened.connect(self._opened)
        session.openFailed.connect(self._open_failed)
        session.closed.connect(self._closed)
        session.documentEdited.connect(self.table_model.update_row)
        session.documentEdited.connect(self.side_panel.row_edited)
        session.documentsChanged.connect(self.table_model.reload)
        self.table_model.loaded.connect(self._first_page)
        self.table_model.failed.connect(self._status)

    def _connect_views(self) -> None:
        ui = self.ui
        self.sidebar.viewChosen.connect(self._show_view)
        self.sidebar.searchChosen.connect(self._run_saved_search)
        self.sidebar.loaded.connect(lambda data: self.side_panel.set_known_tags(
            list(data.tag_names)))
        self.sidebar.problem.connect(self._status)
        self.searcher.active.connect(ui.show_results)
        ui.search_bar.leaveDown.connect(self._focus_list)
        ui.table.selectionModel().currentRowChanged.connect(self._library_current)
        ui.table.activated.connect(self._library_activated)
        ui.results.table.selectionModel().currentRowChanged.connect(self._result_current)
        for table in (ui.table, ui.results.table):
            table.selectionModel().selectionChanged.connect(self._update_delete)
        self.searcher.active.connect(self._update_delete)
        ui.results.hitActivated.connect(self._hit_activated)
        ui.results.pageRequested.connect(self._page_requested)
        ui.results.sortChanged.connect(self._sort_chosen)
        for menu in self.menus:
            menu.similarRequested.connect(self.searcher.similar)
        self.side_panel.similarRequested.connect(self.searcher.similar)
        self.side_panel.pageRequested.connect(self._document_page_requested)
        self.loader.loaded.connect(self._show_opened)
        self.loader.failed.connect(self._status)
        ui.reader.openOriginalRequested.connect(self.open_original)
        self.importer.shown.connect(self._show_import)
        self.import_panel.expandedChanged.connect(lambda _on: self._fit_import_dock())
        self.housekeeping.message.connect(self._status)
        self.housekeeping.deleted.connect(self._documents_deleted)

    def _connect_actions(self) -> None:
        acts = self.actions_
        acts.import_files.triggered.connect(self.ui.choose_files_to_import)
        acts.import_folder.triggered.connect(self.ui.choose_folder_to_import)
        acts.import_bundle.triggered.connect(self.bundles.choose)
        acts.export_selection.triggered.connect(
            lambda: self.exporter.export_ids(self.ui.selected_ids()))
        self.sidebar.exportRequested.connect(self.exporter.export_selection)
        self.ui.results.exportRequested.connect(
            lambda: self.exporter.export_query(self.searcher.query))
        self.ui.importRequested.connect(self.importer.import_paths)
        acts.switch_archive.triggered.connect(self.housekeeping.switch)
        acts.open_team.triggered.connect(self.housekeeping.open_team)
        acts.quit.triggered.connect(self.close)
        acts.find.triggered.connect(self.ui.search_bar.focus)
        acts.delete.triggered.connect(self.delete_selected)
        acts.new_collection.triggered.connect(self.sidebar.new_collection)
        acts.reindex.triggered.connect(self.housekeeping.reindex)
        acts.check.triggered.connect(self.housekeeping.check)
        acts.redate.triggered.connect(lambda: self.housekeeping.redate())
        acts.reading.toggled.connect(self._reading_toggled)
        acts.read_on_open.setChecked(self.settings.focus_mode)
        acts.read_on_open.toggled.connect(self._read_on_open_toggled)
        acts.show_library.toggled.connect(self.ui.library.setVisible)
        acts.show_details.setChecked(self.settings.details_shown)
        self.side_panel.setVisible(self.settings.details_shown)
        acts.show_details.toggled.connect(self._details_toggled)
        acts.search_marks.setChecked(self.settings.search_marks)
        self.ui.reader.set_search_marks_shown(self.settings.search_marks)
        acts.search_marks.toggled.connect(self._search_marks_toggled)
        acts.languages.triggered.connect(self._language_chosen)
        for widget in (self.ui.library, self.side_panel):
            widget.addAction(acts.find)
        for table in (self.ui.table, self.ui.results.table):
            table.addAction(acts.delete)

    def _list_panels(self) -> None:
        """Every dock in the View menu, so a closed one can be brought back."""
        acts = self.actions_
        for dock, tip in ((self.annotating.dock, self.tr("The marks of the open document")),
                          (self.import_dock, self.tr("Progress and results of imports"))):
            toggle = dock.toggleViewAction()
            toggle.setStatusTip(tip)
            acts.view_menu.insertAction(acts.panels_section, toggle)

    @Slot()
    def _show_import(self) -> None:
        self.import_dock.show()
        self._fit_import_dock()

    def _fit_import_dock(self) -> None:
        """One line while collapsed; room for the list of files when expanded."""
        if self.import_dock.isFloating() or self.dockWidgetArea(self.import_dock) not in (
                Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea):
            return
        height = self.import_panel.sizeHint().height()
        if self.import_panel.expanded():
            height = max(height, self.height() // 3)
        self.resizeDocks([self.import_dock], [height], Qt.Orientation.Vertical)

    # --- reading mode ------------------------------------------------------------
    @Slot(bool)
    def _reading_toggled(self, on: bool) -> None:
        self.ui.set_reading(on, self.settings.details_shown)
        for panel, shown in ((self.actions_.show_library, not on),
                             (self.actions_.show_details, not on and self.settings.details_shown)):
            panel.blockSignals(True)
            panel.setChecked(shown)
            panel.blockSignals(False)
        if on:
            self.ui.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.ui.showing_results():
            self.ui.results.focus_results()

    @Slot(bool)
    def _details_toggled(self, on: bool) -> None:
        self.settings.details_shown = on
        self.side_panel.setVisible(on)

    @Slot(bool)
    def _read_on_open_toggled(self, on: bool) -> None:
        self.settings.focus_mode = on

    def _open_for_reading(self) -> None:
        """A document was opened on purpose (Enter, double-click, a page): read it."""
        if self.settings.focus_mode and not self.actions_.reading.isChecked():
            self.actions_.reading.setChecked(True)
        self.ui.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the archive -----------------------------------------------------------
    def open_archive(self, root: Path | str) -> None:
        """Open root in the background (the window is usable meanwhile)."""
        self._status(self.tr("Opening %1…").replace("%1", str(root)))
        self.session.open(root)

    @Slot(str)
    def _opened(self, root: str) -> None:
        self.setWindowTitle(f"Dossier — {root}")
        self.settings.last_archive = root if is_team_location(root) else Path(root)
        self.ui.show_banner("")
        self._set_archive_enabled(True)
        self._waiting_first_page = True
        self.sidebar.reload()
        self.table_model.set_view(self.sidebar.current_view())
        self.failures.show(self.sidebar.current_view().attention)
        self._status(self.tr("Archive opened."))

    @Slot(str)
    def _open_failed(self, message: str) -> None:
        root = self.session.root
        self.ui.show_banner(self.tr("The archive in %1 could not be opened: %2")
                            .replace("%1", str(root)).replace("%2", message))
        self.setWindowTitle("Dossier")

    @Slot()
    def _closed(self) -> None:
        self._set_archive_enabled(False)
        self.loader.cancel()
        self.searcher.clear()
        self.table_model.clear()
        self.sidebar.clear()
        self.failures.show(False)
        self._show_opened(None)

    def _set_archive_enabled(self, enabled: bool) -> None:
        for action in self.actions_.archive_actions():
            action.setEnabled(enabled)
        self.ui.search_bar.setEnabled(enabled)
        self._update_delete()

    @Slot()
    def _update_delete(self) -> None:
        self.actions_.delete.setEnabled(self.session.is_open and bool(self.ui.selected_ids()))
        self.actions_.export_selection.setEnabled(self.actions_.delete.isEnabled())

    @Slot(int)
    def _first_page(self, _total: int) -> None:
        if self._waiting_first_page:
            self._waiting_first_page = False
            self.libraryLoaded.emit()
            # Background reads that would hold up the first page wait for it.
            warming = self.session.warm_up()  # the first search is then quick
            if warming is not None:
                warming.finished.connect(lambda _result: freeze_long_lived())
            self.housekeeping.redate_unknown()

    # --- choosing and opening documents -------------------------------------------
    @Slot(object, str)
    def _show_view(self, view: DocumentView, _title: str) -> None:
        if self.searcher.is_active():
            self.ui.search_bar.clear_quietly()
            self.searcher.clear()
        self.table_model.set_view(view)
        self.failures.show(view.attention)

    @Slot(str)
    def _run_saved_search(self, query: str) -> None:
        self.ui.results.facets.clear_filters()
        self.ui.search_bar.set_text(query)

    @Slot()
    def _focus_list(self) -> None:
        if self.ui.showing_results():
            self.ui.results.focus_results()
        else:
            self.ui.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.table.select_first()

    @Slot(QModelIndex, QModelIndex)
    def _library_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.table_model.row_at(current.row()) if current.isValid() else None
        if row is not None:
            self.loader.load(row.id)

    @Slot(QModelIndex)
    def _library_activated(self, index: QModelIndex) -> None:
        row = self.table_model.row_at(index.row())
        if row is not None:
            self.loader.load(row.id, at_once=True)
            self._open_for_reading()

    @Slot(QModelIndex, QModelIndex)
    def _result_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.ui.results.model.hit_at(current.row()) if current.isValid() else None
        if hit is not None:
            self.loader.load(hit.id, self.searcher.query, best_page(hit))

    @Slot(object)
    def _hit_activated(self, hit: SearchHit) -> None:
        self.loader.load(hit.id, self.searcher.query, best_page(hit), at_once=True)
        self._open_for_reading()

    @Slot(object, int)
    def _page_requested(self, hit: SearchHit, page: int) -> None:
        self.loader.load(hit.id, self.searcher.query, page, at_once=True)
        self._open_for_reading()

    @Slot(int, int)
    def _document_page_requested(self, doc_id: int, page: int) -> None:
        self.loader.load(doc_id, "", page, at_once=True)

    @Slot(object)
    def _show_opened(self, opened: Opened | None) -> None:
        self.side_panel.show_detail(opened.detail if opened else None)
        show_in_reader(self.ui.reader, opened)
        self.attention.show_row(opened.detail.row if opened else None)
        self._shown_id = opened.detail.row.id if opened else None
        self.actions_.reading.setEnabled(opened is not None)
        if opened is None and self.actions_.reading.isChecked():
            self.actions_.reading.setChecked(False)
        if opened is not None:
            self.documentShown.emit(opened.detail.row.id)

    @Slot(int)
    def reextract(self, doc_id: int) -> None:
        """Read a document's stored original again (a better reader, a replaced file)."""
        self._status(self.tr("Reading the document again…"))
        task = self.session.write(lambda a: a.reextract(doc_id), "re-extract")
        task.finished.connect(lambda orphans: self._reextracted(doc_id, orphans))
        task.failed.connect(self._status)
        task.failed.connect(lambda _message: self.attention.reextract.setEnabled(True))

    def _recovered(self, _report: object) -> None:
        """Recognised or repaired text: the open document shows it."""
        if self._shown_id is not None:
            self.loader.load(self._shown_id, at_once=True)

    def _reextracted(self, doc_id: int, orphans: object) -> None:
        if isinstance(orphans, int) and orphans:
            self._status(self.tr("Read again; %n mark(s) could not be placed on the new text.",
                                 "", orphans))
        else:
            self._status(self.tr("The document was read again."))
        if self._shown_id == doc_id:
            self.loader.load(doc_id, at_once=True)

    @Slot(list)
    def _documents_deleted(self, ids: list[int]) -> None:
        if self._shown_id in ids:
            self._show_opened(None)

    @Slot(Path)
    def open_original(self, path: Path) -> None:
        """Open the stored original in the system's application for it."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def delete_selected(self) -> None:
        """Delete the documents selected in the visible list (after confirmation)."""
        self.housekeeping.delete(self.ui.selected_ids())

    # --- importing by drag and drop ----------------------------------------------
    def _accept_files(self, event: QDragMoveEvent) -> None:
        if self.session.is_open and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.session.is_open:
            event.acceptProposedAction()
            bundles, others = split_bundles(paths)
            for bundle in bundles:  # .dossier files are merged, not imported as documents
                self.bundles.import_bundle(bundle)
            self.importer.import_paths(others)
        else:
            event.ignore()

    # --- settings and closing ----------------------------------------------------
    @Slot(object)
    def _language_chosen(self, action: object) -> None:
        if isinstance(action, QAction):
            self.settings.language = str(action.data() or "")
            self._status(self.tr("The language changes when Dossier restarts."))

    @Slot(bool)
    def _search_marks_toggled(self, on: bool) -> None:
        self.settings.search_marks = on
        self.ui.reader.set_search_marks_shown(on)

    @Slot(str)
    def _sort_chosen(self, key: str) -> None:
        self.settings.result_sort = key

    @Slot(str)
    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.side_panel.flush()
        self.actions_.reading.setChecked(False)     # remember the layout with the library
        self.ui.save(self.settings)
        self.settings.sync()
        self.session.shutdown()
        event.accept()
