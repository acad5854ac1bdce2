"""The two centre tables: the library (documents of a view) and the search results."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.models.document_table import ADDED_COLUMN, DocumentTableModel
from desktop_app.models.results import SearchResultsModel
from desktop_app.widgets.snippet_delegate import SnippetDelegate

# Initial widths in average characters: title, kind, date, source, language, tags, pages, added.
# The first column stretches over whatever the others leave.
LIBRARY_WIDTHS = (40, 6, 10, 16, 9, 12, 7, 11)
LIBRARY_HIDDEN = (3, 6)      # source and pages: offered in the heading's menu
# When the table is narrow, columns give way in this order (least important first), so the
# title keeps at least TITLE_MIN_CHARS and half the width: added, pages, source, tags,
# language, kind, date.
LIBRARY_YIELD = (7, 6, 3, 5, 4, 1, 2)
TITLE_MIN_CHARS = 28
RESULT_WIDTHS = (60, 10, 6, 9, 16)
RESULT_HIDDEN = (1, 2, 3, 4)   # the hit's own facts line shows them; the menu offers columns


def _common(table: QTableView) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setDragEnabled(True)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    table.setDefaultDropAction(Qt.DropAction.CopyAction)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(table.fontMetrics().averageCharWidth() * 4)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _widths(table: QTableView, widths: tuple[int, ...], hidden: tuple[int, ...]) -> None:
    """Initial columns (call after setModel: sections exist only then); column 0 stretches.

    The heading's context menu shows or hides the other columns.
    """
    char = table.fontMetrics().horizontalAdvance("0")
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width * char)
        table.setColumnHidden(column, column in hidden)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(partial(_column_menu, table))


def _column_menu(table: QTableView, point: QPoint) -> None:
    """Let the user choose which columns to show (the first always is)."""
    model = table.model()
    menu = QMenu(table)
    for column in range(1, model.columnCount()):
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(not table.isColumnHidden(column))
        action.toggled.connect(partial(_show_column, table, column))
    menu.exec(table.horizontalHeader().mapToGlobal(point))


def _show_column(table: QTableView, column: int, shown: bool) -> None:
    table.setColumnHidden(column, not shown)
    if isinstance(table, LibraryTable):
        table.column_chosen(column, shown)


class LibraryTable(QTableView):
    """Documents in uniform rows; clicking a heading asks the core to sort by it."""

    def __init__(self, model: DocumentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTable")
        _common(self)
        self.setModel(model)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSortIndicator(ADDED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        self._sorted = (ADDED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        model.failed.connect(self._list_failed)
        _widths(self, LIBRARY_WIDTHS, LIBRARY_HIDDEN)
        self._yielded: list[tuple[int, int]] = []   # (column, width) hidden for room, in order

    # --- columns giving way to the title ------------------------------------------------
    def column_chosen(self, column: int, shown: bool) -> None:
        """The user showed or hid a column: it is theirs now, not hidden for room."""
        self._yielded = [(c, w) for c, w in self._yielded if c != column]
        if shown:
            self.fit_columns()

    def yielded_columns(self) -> list[int]:
        """Columns hidden because the table is too narrow (least important first)."""
        return [column for column, _width in self._yielded]

    def restore_yielded(self) -> None:
        """Show the columns hidden for room (before the header's state is saved)."""
        for column, width in self._yielded:
            self.setColumnHidden(column, False)
            self.setColumnWidth(column, width)
        self._yielded.clear()

    def fit_columns(self) -> None:
        """Hide the least important columns until the title has room; bring them back in
        the reverse order when the table widens."""
        room = self.viewport().width()
        title = max(self.fontMetrics().averageCharWidth() * TITLE_MIN_CHARS, room // 2)
        header = self.horizontalHeader()

        def others() -> int:
            return sum(header.sectionSize(c) for c in range(1, header.count())
                       if not self.isColumnHidden(c))

        while self._yielded and others() + self._yielded[-1][1] + title <= room:
            column, width = self._yielded.pop()
            self.setColumnHidden(column, False)
            self.setColumnWidth(column, width)
        for column in LIBRARY_YIELD:
            if others() + title <= room:
                break
            if not self.isColumnHidden(column):
                self._yielded.append((column, header.sectionSize(column)))
                self.setColumnHidden(column, True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    @Slot(str)
    def _list_failed(self, _message: str) -> None:
        self.viewport().update()  # the problem replaces the empty table's hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.document_model()
        if model.rowCount() or model.is_loading() or not model.session.is_open:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         model.problem or self.tr("No documents here yet.\nDrop files or "
                                                  "folders on this window, or use Import "
                                                  "Files (Ctrl+I)."))

    def document_model(self) -> DocumentTableModel:
        """The table's model."""
        model = self.model()
        assert isinstance(model, DocumentTableModel)
        return model

    @Slot(int, Qt.SortOrder)
    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        if not DocumentTableModel.sortable(column):
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted)
            header.blockSignals(False)
            return
        self._sorted = (column, order)
        self.document_model().sort(column, order)

    def selected_ids(self) -> list[int]:
        """Ids of the selected documents, top to bottom."""
        model = self.document_model()
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [doc.id for r in rows if (doc := model.row_at(r)) is not None]

    def select_first(self) -> None:
        """Make the first row current and selected (if there is one)."""
        if self.model().rowCount() and not self.selectionModel().hasSelection():
            self.selectionModel().setCurrentIndex(
                self.model().index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)


class ResultsTable(QTableView):
    """Search hits; the first column shows the title over the marked snippet."""

    def __init__(self, model: SearchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsTable")
        _common(self)
        self.setModel(model)
        self.delegate = SnippetDelegate(self)
        self.setItemDelegateForColumn(0, self.delegate)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        self.verticalHeader().setDefaultSectionSize(self.delegate.row_height(option))
        _widths(self, RESULT_WIDTHS, RESULT_HIDDEN)

    def results_model(self) -> SearchResultsModel:
        """The table's model."""
        model = self.model()
        assert isinstance(model, SearchResultsModel)
        return model

    def selected_ids(self) -> list[int]:
        """Ids of the selected hits, top to bottom."""
        model = self.results_model()
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [hit.id for r in rows if (hit := model.hit_at(r)) is not None]
