"""The sidebar tree: library views, collections, the tag tree and saved searches, with counts."""
from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel

from desktop_app.icons import icon
from desktop_app.library_data import SidebarData, TagNode
from desktop_app.models.mime import DOCUMENT_IDS, ids_from_mime
from indexer.documents import DocumentView

KindRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class Node(StrEnum):
    """What a sidebar row stands for."""

    ALL = "all"
    RECENT = "recent"
    ATTENTION = "attention"
    COLLECTIONS = "collections"
    COLLECTION = "collection"
    TAGS = "tags"
    TAG = "tag"
    SEARCHES = "searches"
    SEARCH = "search"


HEADERS = (Node.COLLECTIONS, Node.TAGS, Node.SEARCHES)
DROP_TARGETS = (Node.COLLECTION, Node.TAG)


def view_for(kind: str, value: Any) -> DocumentView | None:
    """The document view a sidebar row shows (None for headers); a saved search shows the
    documents its query finds now."""
    views = {
        Node.ALL.value: DocumentView(),
        Node.RECENT.value: DocumentView(recent=True),
        Node.ATTENTION.value: DocumentView(attention=True),
    }
    if kind == Node.COLLECTION:
        return DocumentView(collection=int(value))
    if kind == Node.TAG:
        return DocumentView(tag=str(value))
    if kind == Node.SEARCH:
        return DocumentView(query=str(value))
    return views.get(kind)


class SidebarModel(QStandardItemModel):
    """Two columns (name, count); documents dropped on a collection or tag are reported."""

    documentsDropped = Signal(str, object, list)   # node kind, its value, document ids

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.data_shown = SidebarData()
        self.populate(SidebarData())

    def populate(self, data: SidebarData) -> None:
        """Rebuild every row from data."""
        self.data_shown = data
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        root.appendRow(self._row(self.tr("All documents"), Node.ALL, None, data.total,
                                 icon("all-documents")))
        root.appendRow(self._row(self.tr("Recently added"), Node.RECENT, None, data.recent,
                                 icon("recent")))
        root.appendRow(self._row(self.tr("Needs attention"), Node.ATTENTION, None,
                                 data.attention, icon("needs-attention")))
        self._collections(root, data)
        self._tags(root, data.tags)
        self._searches(root, data)

    def _collections(self, root: QStandardItem, data: SidebarData) -> None:
        header = self._row(self.tr("Collections"), Node.COLLECTIONS, None, None, QIcon())
        root.appendRow(header)
        for coll in data.collections:
            header[0].appendRow(self._row(coll.name, Node.COLLECTION, coll.id, coll.count,
                                          icon("collection")))

    def _tags(self, root: QStandardItem, nodes: Sequence[TagNode]) -> None:
        header = self._row(self.tr("Tags"), Node.TAGS, None, None, QIcon())
        root.appendRow(header)
        self._tag_level(header[0], nodes)

    def _tag_level(self, parent: QStandardItem, nodes: Sequence[TagNode]) -> None:
        for node in nodes:
            row = self._row(node.name, Node.TAG, node.path, node.count, icon("tag"))
            row[0].setToolTip(node.path)
            parent.appendRow(row)
            self._tag_level(row[0], node.children)

    def _searches(self, root: QStandardItem, data: SidebarData) -> None:
        header = self._row(self.tr("Saved searches"), Node.SEARCHES, None, None, QIcon())
        root.appendRow(header)
        for live in data.searches:
            saved = live.saved
            row = self._row(saved.name, Node.SEARCH, saved.query, live.count,
                            icon("saved-search"))
            row[0].setToolTip(saved.query)
            row[0].setData(saved.id, Qt.ItemDataRole.UserRole + 3)
            if live.problem:
                row[1].setText("!")
                for cell in row:
                    cell.setToolTip(f"{saved.query}\n{live.problem}")
            header[0].appendRow(row)

    @staticmethod
    def _row(name: str, kind: Node, value: Any, count: int | None,
             decoration: QIcon) -> list[QStandardItem]:
        item = QStandardItem(decoration, name)
        number = QStandardItem("" if count is None else str(count))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if kind in HEADERS:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        if kind in DROP_TARGETS:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        for cell in (item, number):
            cell.setFlags(flags)
            cell.setData(kind.value, KindRole)
            cell.setData(value, ValueRole)
            cell.setEditable(False)
        return [item, number]

    # --- lookups ---------------------------------------------------------------
    @staticmethod
    def key(index: QModelIndex) -> tuple[str, Any] | None:
        """A (kind, value) pair naming a row across rebuilds."""
        if not index.isValid():
            return None
        return index.data(KindRole), index.data(ValueRole)

    def find(self, kind: str, value: Any = None) -> QModelIndex:
        """The first-column index of the row (kind, value), or an invalid index."""
        hits = self.match(self.index(0, 0), KindRole, kind, -1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return next((i for i in hits if i.data(ValueRole) == value), QModelIndex())

    def saved_search_id(self, index: QModelIndex) -> int | None:
        """The id of the saved search shown in a row."""
        value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole + 3)
        return int(value) if value is not None else None

    # --- dropping documents ----------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_IDS]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return (parent.isValid() and parent.data(KindRole) in DROP_TARGETS
                and bool(ids_from_mime(data)))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.documentsDropped.emit(parent.data(KindRole), parent.data(ValueRole),
                                   ids_from_mime(data))
        return True
