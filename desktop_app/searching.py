"""Search as you type: runs faceted searches in read tasks, drops stale answers, saves queries."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop_app.search_query import FacetedResult, faceted_search
from desktop_app.session import ArchiveSession
from desktop_app.tasks import Task
from desktop_app.widgets.results_panel import ResultsPanel
from desktop_app.widgets.search_bar import SearchBar

PAGE = 100


class SearchController(QObject):
    """Connects the search field, the results panel and the archive."""

    active = Signal(bool)          # True: results replace the library table
    searched = Signal(object)      # a FacetedResult was shown
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
        self._task: Task | None = None
        bar.queryChanged.connect(self.search)
        bar.saveRequested.connect(self.save)
        panel.facets.filtersChanged.connect(self._run)
        panel.moreRequested.connect(self._more)
        session.documentsChanged.connect(self.refresh)

    @Slot(str)
    def search(self, text: str) -> None:
        """Search for text (an empty text goes back to the library)."""
        self.text = text.strip()
        self.limit = PAGE
        if not self.text:
            self.clear()
            return
        self._run()

    def clear(self) -> None:
        """Drop the search and show the library again."""
        self._drop_task()
        self.text = self.query = ""
        self.panel.clear()
        self.bar.show_message("")
        self.bar.set_can_save(False)
        self.active.emit(False)

    @Slot()
    def refresh(self) -> None:
        """Run the current search again (documents changed)."""
        if self.text:
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
        text, limit = self.text, self.limit
        filters = {k: set(v) for k, v in self.panel.facets.filters.items()}
        self._task = self.session.read(lambda a: faceted_search(a, text, filters, limit),
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
        self.bar.set_can_save(True)
        self.panel.show_result(found)
        self.active.emit(True)
        self.searched.emit(found)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._task = None
        self.bar.show_message(message)
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
        task.finished.connect(self.session.libraryChanged)
        task.failed.connect(self._failed)
