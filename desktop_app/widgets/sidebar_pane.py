"""The sidebar: choose a library view, collection, tag or saved search; manage them by menu."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QTreeView,
    QWidget,
)

from desktop_app import operations
from desktop_app.icons import icon
from desktop_app.library_data import SidebarData, load_sidebar
from desktop_app.models.sidebar import KindRole, Node, SidebarModel, ValueRole, view_for
from desktop_app.session import ArchiveSession
from desktop_app.tasks import Task
from indexer.documents import DocumentView


class SidebarPane(QTreeView):
    """viewChosen(DocumentView, title) for library rows, collections, tags and saved searches
    (the documents a saved search finds now); searchChosen(query) to edit a saved search's
    query in the search field."""

    viewChosen = Signal(object, str)
    searchChosen = Signal(str)
    loaded = Signal(object)          # SidebarData
    problem = Signal(str)
    exportRequested = Signal(object)  # an ExportSelection (a collection or a tag)

    def __init__(self, session: ArchiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.session = session
        self.sidebar = SidebarModel(self)
        self.sidebar.documentsDropped.connect(self._dropped)
        self.setModel(self.sidebar)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAnimated(True)
        self.setExpandsOnDoubleClick(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(True)  # documents are dropped onto rows, not between
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.selectionModel().selectionChanged.connect(self._selected)
        self.clicked.connect(self._clicked)
        self._by_selection = False
        self._task: Task | None = None
        self._current: tuple[str, Any] | None = (Node.ALL.value, None)
        # Every change to the lists is a library change too (indexer.changes): one reload.
        session.libraryChanged.connect(self.reload)

    def names_width(self) -> int:
        """Room for the fixed entries ("Recently added", "Saved searches"…) and a count."""
        font = self.font()
        font.setBold(True)
        bold = QFontMetrics(font)
        texts = [QCoreApplication.translate("SidebarModel", "All documents"),
                 QCoreApplication.translate("SidebarModel", "Recently added"),
                 QCoreApplication.translate("SidebarModel", "Needs attention"),
                 QCoreApplication.translate("SidebarModel", "Saved searches")]
        widest = max(bold.horizontalAdvance(text) for text in texts)
        return widest + bold.horizontalAdvance("0000") + self.indentation() + 48

    # --- loading ---------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Read counts, collections, tags and saved searches again."""
        if not self.session.is_open:
            return
        if self._task is not None:
            self._task.discard()
        self._task = self.session.read(load_sidebar, "sidebar")
        self._task.finished.connect(self._loaded)
        self._task.failed.connect(self._load_failed)

    @Slot(object)
    def _loaded(self, data: SidebarData) -> None:
        self._task = None
        expanded = self._expanded_keys()
        current = self._current
        self.selectionModel().blockSignals(True)
        self.sidebar.populate(data)
        found = self._restore(expanded, current)
        self.selectionModel().blockSignals(False)
        if not found:  # the collection or tag shown is gone: back to everything
            self.select_view(Node.ALL.value)
        self.loaded.emit(data)

    @Slot(str)
    def _load_failed(self, message: str) -> None:
        self._task = None
        self.problem.emit(message)

    def clear(self) -> None:
        """Show empty counts (no archive open); the next archive starts at All documents."""
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._current = (Node.ALL.value, None)
        self.selectionModel().blockSignals(True)
        self.sidebar.populate(SidebarData())
        self.selectionModel().blockSignals(False)

    def _expanded_keys(self) -> set[tuple[str, Any]]:
        keys: set[tuple[str, Any]] = set()
        for index in self.sidebar.match(self.sidebar.index(0, 0), KindRole, "*", -1,
                                        Qt.MatchFlag.MatchWildcard
                                        | Qt.MatchFlag.MatchRecursive):
            if self.isExpanded(index):
                keys.add((index.data(KindRole), index.data(ValueRole)))
        return keys

    def _restore(self, expanded: set[tuple[str, Any]], current: tuple[str, Any] | None) -> bool:
        first = not expanded and self.sidebar.rowCount() > 0
        for kind in (Node.COLLECTIONS, Node.TAGS, Node.SEARCHES):
            index = self.sidebar.find(kind.value)
            if first or (kind.value, None) in expanded:
                self.expand(index)
        if first:  # the top two levels of the tag tree
            self.expandRecursively(self.sidebar.find(Node.TAGS.value), 1)
        for node, value in expanded:
            self.expand(self.sidebar.find(node, value))
        index = self.sidebar.find(*current) if current is not None else QModelIndex()
        if index.isValid():
            self.setCurrentIndex(index)
        return index.isValid()

    # --- choosing --------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.selectionModel().selectedRows(0)
        if rows:
            self._by_selection = True
            self.choose(rows[0])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._by_selection = False  # set again if this press changes the selection
        super().mousePressEvent(event)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        """A click on the row already selected chooses it again (e.g. to leave a search)."""
        if not self._by_selection:
            self.choose(index)

    def choose(self, index: QModelIndex) -> None:
        """Act as if the user clicked the row at index."""
        index = index.siblingAtColumn(0)
        kind, value = index.data(KindRole), index.data(ValueRole)
        view = view_for(kind, value)
        if view is not None:
            self._current = (kind, value)
            self.viewChosen.emit(view, str(index.data()))

    def select_view(self, kind: str, value: Any = None) -> None:
        """Select the row (kind, value), e.g. All documents."""
        index = self.sidebar.find(kind, value)
        if index.isValid():
            self.setCurrentIndex(index)

    def current_view(self) -> DocumentView:
        """The library view chosen last."""
        if self._current is None:
            return DocumentView()
        return view_for(*self._current) or DocumentView()

    # --- managing --------------------------------------------------------------
    @Slot(QPoint)
    def _menu(self, point: QPoint) -> None:
        menu = self.menu_for(self.indexAt(point))
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()

    def menu_for(self, index: QModelIndex) -> QMenu:
        """The context menu of the row at index (the empty area when invalid)."""
        index = index.siblingAtColumn(0)
        kind = index.data(KindRole) if index.isValid() else None
        menu = QMenu(self)
        if kind in (Node.COLLECTIONS, Node.COLLECTION, None):
            menu.addAction(icon("collection"), self.tr("New collection…"), self.new_collection)
        if kind == Node.COLLECTION:
            value, name = index.data(ValueRole), str(index.data())
            menu.addAction(self.tr("Rename collection…"),
                           lambda: self.rename_collection(value, name))
            menu.addAction(icon("delete"), self.tr("Delete collection"),
                           lambda: self.delete_collection(value, name))
            menu.addAction(icon("export"), self.tr("Export…"), lambda: self.exportRequested.emit(
                export_selection(collection=name)))
        if kind == Node.TAG:
            tag = str(index.data(ValueRole))
            menu.addAction(icon("export"), self.tr("Export…"), lambda: self.exportRequested.emit(
                export_selection(tag=tag)))
        if kind == Node.SEARCH:
            self._search_menu(menu, index)
        return menu

    def _search_menu(self, menu: QMenu, index: QModelIndex) -> None:
        query, search_id = str(index.data(ValueRole)), self.sidebar.saved_search_id(index)
        edit = menu.addAction(icon("search"), self.tr("Open in Search Field"),
                              lambda: self.searchChosen.emit(query))
        edit.setObjectName("openSavedSearch")
        menu.addAction(icon("export"), self.tr("Export…"), lambda: self.exportRequested.emit(
            export_selection(query=query)))
        menu.addAction(icon("delete"), self.tr("Delete saved search"),
                       lambda: self.delete_saved_search(search_id))

    def new_collection(self) -> None:
        """Ask for a name and create a collection."""
        name, ok = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name:"))
        if ok and name.strip():
            self._write(lambda a: a.create_collection(name), "new collection")

    def rename_collection(self, collection_id: int, old: str) -> None:
        """Ask for a new name and rename a collection."""
        name, ok = QInputDialog.getText(self, self.tr("Rename collection"), self.tr("Name:"),
                                        text=old)
        if ok and name.strip() and name.strip() != old:
            self._write(lambda a: operations.rename_collection(a, collection_id, name),
                        "rename collection")

    def delete_collection(self, collection_id: int, name: str) -> None:
        """Delete a collection after asking (its documents stay)."""
        answer = QMessageBox.question(
            self, self.tr("Delete collection"),
            self.tr("Delete the collection “%1”? Its documents stay in the archive.")
            .replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda a: a.delete_collection(collection_id), "delete collection")

    def delete_saved_search(self, search_id: int | None) -> None:
        """Forget a saved search."""
        if search_id is not None:
            self._write(lambda a: a.delete_saved_search(search_id), "delete search")

    @Slot(str, object, list)
    def _dropped(self, kind: str, value: object, ids: list[int]) -> None:
        if kind == Node.COLLECTION:
            self._write(lambda a: a.add_to_collection(int(str(value)), ids), "add to collection")
        elif kind == Node.TAG:
            self._write(lambda a: a.tag_documents(ids, [str(value)]), "tag")

    def _write(self, call: Any, name: str) -> Task:
        task = self.session.write(call, name)
        task.failed.connect(self._failed)
        return task

    @Slot(str)
    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Dossier"), message)


def export_selection(**what: str) -> object:
    """An ExportSelection (imported here: the export package loads with the first export)."""
    from indexer.export import ExportSelection

    return ExportSelection(**what)  # type: ignore[arg-type]
