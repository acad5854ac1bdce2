"""Search as you type: runs faceted searches (and "similar documents") in read tasks, drops
stale answers, offers corrections, saves queries."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.search_query import FacetedResult, faceted_search
from desktop_app.session import ArchiveSession
from desktop_app.similar import SimilarResult, similar_documents
from desktop_app.tasks import Task
from desktop_app.widgets.results_panel import ResultsPanel
from desktop_app.widgets.search_bar import SearchBar

PAGE = 100


class SearchController(QObject):
    """Connects the search field, the results panel and the archive."""

    active = Signal(bool)          # True: results replace the library table
    searched = Signal(object)      # a FacetedResult was shown
    similarShown = Signal(object)  # a SimilarResult was shown
    problem = Signal(str)          # the query could not run

    def __init__(self, session: ArchiveSession, bar: SearchBar, panel: ResultsPanel,
                 dialog_parent: QWidget | None = None) -> None:
        super().__init__(panel)
        self.session = session
        self.bar = bar
        self.panel = panel
        self.dialog_parent = dialog_parent
        self.text = ""
        self.query = ""
        self.limit = PAGE
        self.similar_to: int | None = None   # showing the documents like this one
        self._task: Task | None = None
        bar.queryChanged.connect(self.search)
        bar.saveRequested.connect(self.save)
        panel.facets.filtersChanged.connect(self._run)
        panel.sortChanged.connect(self._resort)
        panel.moreRequested.connect(self._more)
        session.documentsChanged.connect(self.refresh)

    @Slot(str)
    def search(self, text: str) -> None:
        """Search for text (an empty text goes back to the library)."""
        self.text = text.strip()
        self.limit = PAGE
        self.similar_to = None
        if not self.text:
            self.clear()
            return
        self._run()

    def clear(self) -> None:
        """Drop the search and show the library again."""
        self._drop_task()
        self.text = self.query = ""
        self.similar_to = None
        self.panel.clear()
        self.bar.show_message("")
        self.bar.show_suggestion(None)
        self.bar.set_can_save(False)
        self.active.emit(False)

    def is_active(self) -> bool:
        """True while results (of a search or of similar documents) are shown or coming."""
        return bool(self.text) or self.similar_to is not None

    @Slot()
    def refresh(self) -> None:
        """Run the current search again (documents changed)."""
        if self.text:
            self._run()
        elif self.similar_to is not None:
            self.similar(self.similar_to)

    @Slot(int)
    def similar(self, doc_id: int) -> None:
        """Show the documents most like doc_id in place of a search."""
        if not self.session.is_open:
            return
        self._drop_task()
        self.text = self.query = ""
        self.similar_to = doc_id
        self.bar.clear_quietly()
        self.bar.show_message("")
        self.bar.set_can_save(False)
        self._task = self.session.read(lambda a: similar_documents(a, doc_id), "similar")
        self._task.finished.connect(self._show_similar)
        self._task.failed.connect(self._failed)

    @Slot(str)
    def _resort(self, _sort: str) -> None:
        self._run()

    @Slot()
    def _more(self) -> None:
        self.limit += PAGE
        self._run()

    @Slot()
    def _run(self) -> None:
        if not self.text or not self.session.is_open:
            return
        self._drop_task()
        text, limit, sort = self.text, self.limit, self.panel.sort()
        filters = {k: set(v) for k, v in self.panel.facets.filters.items()}
        self._task = self.session.read(lambda a: faceted_search(a, text, filters, limit, sort),
                                       "search")
        self._task.finished.connect(self._show)
        self._task.failed.connect(self._failed)

    def _drop_task(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None

    @Slot(object)
    def _show(self, found: FacetedResult) -> None:
        self._task = None
        self.query = found.query
        self.bar.show_message("")
        self.bar.show_suggestion(found.suggestion)
        self.bar.set_can_save(True)
        self.panel.show_result(found)
        self.active.emit(True)
        self.searched.emit(found)

    @Slot(object)
    def _show_similar(self, similar: SimilarResult) -> None:
        self._task = None
        self.panel.show_similar(similar)
        self.active.emit(True)
        self.similarShown.emit(similar)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._task = None
        self.bar.show_message(message)
        self.bar.show_suggestion(None)
        self.bar.set_can_save(False)
        self.problem.emit(message)

    @Slot()
    def save(self) -> None:
        """Ask for a name and save the current query (with its filters)."""
        if not self.query:
            return
        name, ok = QInputDialog.getText(self.dialog_parent, self.tr("Save search"),
                                        self.tr("Name for the search “%1”:")
                                        .replace("%1", self.query))
        if not ok or not name.strip():
            return
        query = self.query
        task = self.session.write(lambda a: a.save_search(name, query), "save search")
        task.failed.connect(self._failed)
