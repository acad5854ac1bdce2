"""The results page: a count, the sort order, the hits table and the facet filters beside it."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from desktop_app.search_query import SORTS, FacetedResult
from desktop_app.similar import SimilarResult
from desktop_app.widgets.pages_popup import PagesPopup
from desktop_app.widgets.tables import ResultsTable
from indexer.search import SearchHit, SearchResult


class ResultsPanel(QWidget):
    """Shows one search (or the documents similar to one); hitActivated(hit) on double-click
    or Enter, pageRequested(hit, page) when a page on a hit's facts line is clicked."""

    hitActivated = Signal(object)
    pageRequested = Signal(object, int)
    moreRequested = Signal()
    exportRequested = Signal()      # export every result of the search shown
    sortChanged = Signal(str)       # a key of search_query.SORTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SearchResultsModel(self)
        self.facets = FacetModel(self)
        self.table = ResultsTable(self.model, self)
        self.table.activated.connect(self._activated)
        self.table.delegate.pageClicked.connect(self.pageRequested)
        self.table.delegate.morePagesClicked.connect(self.show_pages)
        self.pages_popup: PagesPopup | None = None
        self.sort_box = self._sort_box()
        self.facet_view = self._facet_view()
        self.summary = QLabel(self)
        self.summary.setObjectName("resultsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it can quote a title
        self.summary.setWordWrap(True)   # a narrow list wraps the count, not the window
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
        # The count has a line of its own: beside the controls a narrow list wrapped it
        # into a column of single words
        self.summary.setContentsMargins(2, 0, 2, 0)
        controls = QHBoxLayout()
        controls.setContentsMargins(2, 0, 2, 0)
        sort_label = QLabel(self.tr("&Sort by:"), self)
        sort_label.setBuddy(self.sort_box)
        controls.addWidget(sort_label)
        controls.addWidget(self.sort_box)
        controls.addStretch(1)
        controls.addWidget(self.more)
        controls.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.sort_box, self.table)
        self.setTabOrder(self.table, self.facet_view)

    def _sort_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("resultsSort")
        labels = {"relevance": self.tr("Relevance"), "date": self.tr("Date"),
                  "title": self.tr("Title")}
        tips = {"relevance": self.tr("Best matches first"), "date": self.tr("Newest first"),
                "title": self.tr("Alphabetically by title")}
        for key in SORTS:
            box.addItem(labels[key], key)
            box.setItemData(box.count() - 1, tips[key], Qt.ItemDataRole.ToolTipRole)
        # As wide as the longest choice, and no wider.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(max(len(label) for label in labels.values()))
        box.setToolTip(self.tr("The order of the results"))
        box.currentIndexChanged.connect(self._sort_chosen)
        return box

    def sort(self) -> str:
        """The chosen order (a key of SORTS)."""
        return str(self.sort_box.currentData() or SORTS[0])

    def set_sort(self, key: str) -> None:
        """Choose an order without announcing it (e.g. the remembered one at start)."""
        index = self.sort_box.findData(key)
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(max(index, 0))
        self.sort_box.blockSignals(False)

    @Slot(int)
    def _sort_chosen(self, _index: int) -> None:
        self.sortChanged.emit(self.sort())

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
        view.setMinimumWidth(view.fontMetrics().averageCharWidth() * 24)
        view.setToolTip(self.tr("Tick values to narrow the results"))
        return view

    def show_result(self, found: FacetedResult) -> None:
        """Show the hits and facet counts of a search."""
        self.model.set_result(found.result)
        self.facets.populate(found.facets)
        self.facet_view.setVisible(True)
        self.facet_view.expandAll()
        self.sort_box.setEnabled(True)
        self.summary.setText(self._summary(found.result))
        total, shown = found.result.total, len(found.result.hits)
        self.more.setVisible(shown < total)
        self.export.setEnabled(total > 0)
        self._select_first()

    def _summary(self, result: SearchResult) -> str:
        """What the total counts, in words: every word, some words, or an estimate."""
        total, shown = result.total, len(result.hits)
        if total == 0 and not shown:
            return self.tr("No documents match.")
        if not result.all_words:
            return self.tr("No document has every word; %n document(s) have some of them",
                           "", total)
        if not result.exact:
            return (self.tr("Showing %1 of about %n matching documents", "", total)
                    .replace("%1", str(shown)))
        if shown < total:
            return (self.tr("Showing %1 of %n matching documents", "", total)
                    .replace("%1", str(shown)))
        if more := result.some_word_hits():  # listed after those holding every word
            return (self.tr("%n document(s) match; %1 more with some of the words", "", total)
                    .replace("%1", str(more)))
        return self.tr("%n document(s) match", "", total)

    def show_similar(self, similar: SimilarResult) -> None:
        """Show the documents most like one document, best first (no facets, no sorting)."""
        hits = similar.hits
        self.model.set_result(SearchResult("", len(hits), hits))
        self.facets.clear_filters()
        self.facet_view.setVisible(False)
        self.sort_box.setEnabled(False)
        if hits:
            self.summary.setText(self.tr("Similar to “%1”: %n document(s)", "", len(hits))
                                 .replace("%1", similar.title))
        else:
            self.summary.setText(self.tr("No documents are similar to “%1”.")
                                 .replace("%1", similar.title))
        self.more.setVisible(False)
        self.export.setEnabled(False)
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.scrollToTop()

    def clear(self) -> None:
        """Forget the last search and its filters."""
        self.model.set_result(None)
        self.facets.clear_filters()
        self.facet_view.setVisible(True)
        self.sort_box.setEnabled(True)
        self.summary.setText("")
        self.more.setVisible(False)
        self.export.setEnabled(False)

    def focus_results(self) -> None:
        """Move the keyboard focus to the hits."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    @Slot(object, QPoint)
    def show_pages(self, hit: SearchHit, where: QPoint) -> None:
        """Pop up every page of a hit, best first; choosing one asks for it."""
        popup = PagesPopup(hit, self)
        popup.pageChosen.connect(self.pageRequested)
        self.pages_popup = popup
        popup.show_at(where)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row())
        if hit is not None:
            self.hitActivated.emit(hit)
