"""The library table: documents of one view, sorted by the core and fetched page by page."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from desktop_app.attention import attention_advice, attention_label, attention_reason
from desktop_app.date_names import date_line
from desktop_app.icons import icon
from desktop_app.models.listed_rows import ListedRows
from desktop_app.models.mime import DOCUMENT_IDS, ids_to_mime
from desktop_app.names import kind_name, language_name
from desktop_app.session import ArchiveSession
from desktop_app.tasks import Task
from indexer.documents import NEEDS_ATTENTION, DocumentView
from indexer.rows import DocumentRow

PAGE_SIZE = 200
DocumentRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

# (column key, SORTABLE key or None when the core cannot sort by it)
COLUMNS: list[tuple[str, str | None]] = [
    ("title", "title"), ("kind", "kind"), ("date", "published"), ("source", "source"),
    ("language", "language"), ("tags", None), ("pages", "page_count"),
    ("added", "imported_at"),
]
ADDED_COLUMN = 7
AnyIndex = QModelIndex | QPersistentModelIndex


def local_time(moment: datetime, with_time: bool = True) -> str:
    """A stored UTC time as local 'YYYY-MM-DD HH:MM' (or just the date)."""
    local = moment.replace(tzinfo=UTC).astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


class DocumentTableModel(QAbstractTableModel):
    """Rows of documents, fetched lazily in pages by read tasks (canFetchMore/fetchMore)."""

    loaded = Signal(int)    # the first page of a (re)load arrived; the total in view
    failed = Signal(str)

    def __init__(self, session: ArchiveSession, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self.view = DocumentView()
        self.sort_key = "imported_at"
        self.descending = True
        self.total = 0
        self.problem = ""   # why the view could not be listed (e.g. a malformed saved query)
        self._rows = ListedRows()
        self._task: Task | None = None
        self._inserting = False
        self._attention = icon("needs-attention")

    # --- loading ---------------------------------------------------------------
    def set_view(self, view: DocumentView) -> None:
        """Show the documents of view (from the first page)."""
        self.view = view
        self.reload()

    def reload(self) -> None:
        """Forget the rows and fetch the first page again."""
        self.beginResetModel()
        self._drop_task()
        self._rows.clear()
        self.total = 0
        self.problem = ""
        self.endResetModel()
        if not self.session.is_open:
            return
        view, sort, desc, size = self.view, self.sort_key, self.descending, self.page_size
        self._task = self.session.read(
            lambda a: (a.count(view), a.documents(view, sort, desc, size, 0)), "first page")
        self._task.finished.connect(self._first_page)
        self._task.failed.connect(self._failed)

    def clear(self) -> None:
        """Show nothing (no archive open)."""
        self.beginResetModel()
        self._drop_task()
        self._rows.clear()
        self.total, self.problem = 0, ""
        self.endResetModel()

    def _drop_task(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None

    @Slot(object)
    def _first_page(self, result: tuple[int, list[DocumentRow]]) -> None:
        self._task = None
        total, rows = result
        self.total = max(total, len(rows))
        self._append(rows)
        self.loaded.emit(self.total)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self._task is None and not self._inserting
                and len(self._rows) < self.total)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        view, sort, desc = self.view, self.sort_key, self.descending
        size, offset = self.page_size, len(self._rows)
        self._task = self.session.read(
            lambda a: a.documents(view, sort, desc, size, offset), "next page")
        self._task.finished.connect(self._next_page)
        self._task.failed.connect(self._failed)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._task = None
        self.total = len(self._rows)  # stop asking for pages that cannot be read
        self.problem = message
        self.failed.emit(message)

    @Slot(object)
    def _next_page(self, rows: list[DocumentRow]) -> None:
        self._task = None
        if not rows:  # documents were removed meanwhile: stop asking
            self.total = len(self._rows)
        self._append(rows)

    def _append(self, rows: Sequence[DocumentRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self._inserting = True  # views may ask for more from inside the insertion
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._inserting = False

    def is_loading(self) -> bool:
        """True while a page is being fetched."""
        return self._task is not None

    # --- sorting by the core ---------------------------------------------------
    @staticmethod
    def sortable(column: int) -> bool:
        """Whether the core can sort by this column."""
        return 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column):
            return
        key = COLUMNS[column][1]
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    # --- rows ------------------------------------------------------------------
    def row_at(self, row: int) -> DocumentRow | None:
        """The document shown in a row, if loaded."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: int) -> int:
        """The row showing a document, or -1."""
        return self._rows.row_of(doc_id)

    def update_row(self, updated: DocumentRow) -> None:
        """Show new values for a document already listed."""
        row = self.row_of(updated.id)
        if row >= 0:
            self._rows[row] = updated
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- the model interface ---------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return None

    def column_titles(self) -> list[str]:
        """The translated column headings."""
        return [self.tr("Title"), self.tr("Kind"), self.tr("Date"), self.tr("Source"),
                self.tr("Language"), self.tr("Tags"), self.tr("Pages"), self.tr("Added")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0 and self.view.attention and attention_label(doc.text_status):
                # In Needs attention, each title says why it is there (in short: the title
                # keeps the room; its tooltip and the reader's bar say it in full).
                return f"{self._display(doc, 0)} — {attention_label(doc.text_status)}"
            return self._display(doc, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(doc, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._attention if doc.text_status in NEEDS_ATTENTION else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return doc.id
        if role == DocumentRole:
            return doc
        return None

    @staticmethod
    def _display(doc: DocumentRow, column: int) -> str:
        values = (doc.title or doc.original_name, kind_name(doc.kind), doc.published or "",
                  doc.source or "", language_name(doc.language), ", ".join(doc.tags),
                  str(doc.page_count) if doc.page_count else "",
                  local_time(doc.imported_at, with_time=False))
        return values[column] if 0 <= column < len(values) else ""

    def _tooltip(self, doc: DocumentRow, column: int) -> str | None:
        if column == 0:
            tip = f"{doc.title}\n{doc.original_name}"
            if doc.text_status in NEEDS_ATTENTION:
                tip += (f"\n{attention_reason(doc.text_status)}"
                        f"\n{attention_advice(doc.text_status)}")
            return tip
        if column == 2 and doc.published:   # the date spelled out, and where it came from
            return date_line(doc.published, doc.date_source, doc.kind)
        if column == 5 and doc.tags:
            return "\n".join(doc.tags)
        if column == ADDED_COLUMN:
            return local_time(doc.imported_at)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    # --- dragging documents onto collections and tags ---------------------------
    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_IDS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return ids_to_mime(self._rows.id_at(r) for r in rows if r < len(self._rows))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

