"""The results page: a count, the hits table and the facet filters beside it."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon
from desktop_app.models.facets import FacetModel
from desktop_app.models.results import SearchResultsModel
from desktop_app.search_query import FacetedResult
from desktop_app.widgets.tables import ResultsTable


class ResultsPanel(QWidget):
    """Shows one search; hitActivated(hit) on double-click or Enter."""

    hitActivated = Signal(object)
    moreRequested = Signal()
    exportRequested = Signal()      # export every result of the search shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchResultsModel(self)
        self.facets = FacetModel(self)
        self.table = ResultsTable(self.model, self)
        self.table.activated.connect(self._activated)
        self.facet_view = self._facet_view()
        self.summary = QLabel(self)
        self.summary.setObjectName("resultsSummary")
        self.more = QPushButton(self.tr("Show more results"), self)
        self.more.setVisible(False)
        self.more.clicked.connect(self.moreRequested)
        self.export = QPushButton(icon("export"), self.tr("Export Results…"), self)
        self.export.setObjectName("exportResults")
        self.export.setToolTip(self.tr("Export every document this search finds"))
        self.export.setEnabled(False)
        self.export.clicked.connect(self.exportRequested)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.facet_view)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.setContentsMargins(2, 0, 2, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.more)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.table, self.facet_view)

    def _facet_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("facetView")
        view.setModel(self.facets)
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setItemsExpandable(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.header().setStretchLastSection(False)
        view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.setMinimumWidth(140)
        view.setToolTip(self.tr("Tick values to narrow the results"))
        return view

    def show_result(self, found: FacetedResult) -> None:
        """Show the hits and facet counts of a search."""
        self.model.set_result(found.result)
        self.facets.populate(found.facets)
        self.facet_view.expandAll()
        total, shown = found.result.total, len(found.result.hits)
        if total == 0:
            self.summary.setText(self.tr("No documents match."))
        elif shown < total:
            self.summary.setText(self.tr("Showing %1 of %n matching documents", "", total)
                                 .replace("%1", str(shown)))
        else:
            self.summary.setText(self.tr("%n document(s) match", "", total))
        self.more.setVisible(shown < total)
        self.export.setEnabled(total > 0)
        if shown:
            self.table.selectRow(0)
            self.table.scrollToTop()

    def clear(self) -> None:
        """Forget the last search and its filters."""
        self.model.set_result(None)
        self.facets.clear_filters()
        self.summary.setText("")
        self.more.setVisible(False)
        self.export.setEnabled(False)

    def focus_results(self) -> None:
        """Move the keyboard focus to the hits."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row())
        if hit is not None:
            self.hitActivated.emit(hit)
