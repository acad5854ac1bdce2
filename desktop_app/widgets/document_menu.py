"""The context menu of the document lists: open the original, similar documents, collections,
export, delete."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QTableView

from desktop_app.icons import icon
from desktop_app.session import ArchiveSession
from desktop_app.widgets.sidebar_pane import SidebarPane


class DocumentMenu(QObject):
    """Right-click menu for a table whose selected ids come from selected_ids();
    similarRequested(id) asks for the documents like the one selected."""

    similarRequested = Signal(int)

    def __init__(self, table: QTableView, selected_ids: Callable[[], list[int]],
                 session: ArchiveSession, sidebar: SidebarPane, delete: QAction,
                 export: QAction | None = None) -> None:
        super().__init__(table)
        self.table = table
        self.selected_ids = selected_ids
        self.session = session
        self.sidebar = sidebar
        self.delete = delete
        self.export = export
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show)

    @Slot(QPoint)
    def _show(self, point: QPoint) -> None:
        ids = self.selected_ids()
        if ids:
            menu = self.menu_for(ids)
            menu.exec(self.table.viewport().mapToGlobal(point))
            menu.deleteLater()

    def menu_for(self, ids: list[int]) -> QMenu:
        """The menu for these selected documents."""
        menu = QMenu(self.table)
        original = menu.addAction(icon("open-original"), self.tr("Open Original"))
        original.triggered.connect(lambda: self.open_original(ids[0]))
        similar = menu.addAction(icon("search"), self.tr("Similar Documents"))
        similar.setObjectName("similarDocuments")
        similar.setEnabled(len(ids) == 1)
        similar.triggered.connect(lambda: self.similarRequested.emit(ids[0]))
        self._collections_menu(menu, ids)
        if self.export is not None:
            menu.addAction(icon("export"), self.tr("Export…"), self.export.trigger)
        menu.addSeparator()
        menu.addAction(self.delete)
        return menu

    def _collections_menu(self, menu: QMenu, ids: list[int]) -> None:
        collections = self.sidebar.sidebar.data_shown.collections
        if collections:
            add = menu.addMenu(icon("collection"), self.tr("Add to Collection"))
            for collection in collections:
                action = add.addAction(collection.name)
                action.triggered.connect(
                    lambda _=False, c=collection.id: self._write(
                        lambda a: a.add_to_collection(c, ids)))
        current = self.sidebar.current_view().collection
        if current is not None:
            remove = menu.addAction(self.tr("Remove from This Collection"))
            remove.triggered.connect(
                lambda: self._write(lambda a: a.remove_from_collection(current, ids)))

    def _write(self, call: Callable[..., object]) -> None:
        self.session.write(call, "collection")   # the views hear of it from the broadcaster

    def open_original(self, doc_id: int) -> None:
        """Open a document's stored original in the system's application."""
        task = self.session.read(lambda a: a.document(doc_id).stored_path, "original")
        task.finished.connect(self._open_path)

    @Slot(object)
    def _open_path(self, path: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(str(path)))))
