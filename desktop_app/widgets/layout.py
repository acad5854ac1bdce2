"""How the main window is divided, remembered between runs: library | reader | side panel."""
from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.document_table import DocumentTableModel
from desktop_app.reader.pane import ReaderPane
from desktop_app.settings import AppSettings
from desktop_app.widgets.results_panel import ResultsPanel
from desktop_app.widgets.search_bar import SearchBar
from desktop_app.widgets.side_panel import SidePanel
from desktop_app.widgets.sidebar_pane import SidebarPane
from desktop_app.widgets.tables import LibraryTable


class WindowLayout(QObject):
    """Builds the splitters and the centre (search field over the table or the results)."""

    importRequested = Signal(list)

    def __init__(self, window: QMainWindow, table_model: DocumentTableModel,
                 sidebar: SidebarPane, side_panel: SidePanel) -> None:
        super().__init__(window)
        self.window = window
        self.sidebar = sidebar
        self.side_panel = side_panel
        self.search_bar = SearchBar(window)
        self.table = LibraryTable(table_model, window)
        self.results = ResultsPanel(window)
        self.stack = QStackedWidget(window)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.results)
        self.banner = QLabel(window)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.library = QSplitter(Qt.Orientation.Horizontal, window)
        self.library.setObjectName("librarySplitter")
        self.library.addWidget(sidebar)
        self.centre = self._centre()
        self.library.addWidget(self.centre)
        self.library.setStretchFactor(1, 1)
        self.reader = ReaderPane(window)
        self._minimum_widths()
        self.main = QSplitter(Qt.Orientation.Horizontal, window)
        self.main.setObjectName("mainSplitter")
        self.main.setChildrenCollapsible(False)
        for widget in (self.library, self.reader, side_panel):
            self.main.addWidget(widget)
        self.main.setStretchFactor(0, 3)
        self.main.setStretchFactor(1, 3)
        self.main.setStretchFactor(2, 1)
        window.setCentralWidget(self.main)
        self._tab_order()

    def _minimum_widths(self) -> None:
        """Usable minimum widths: the sidebar's names, a title column, the reader's controls."""
        char = self.window.fontMetrics().averageCharWidth()
        self.sidebar.setMinimumWidth(max(char * 20, self.sidebar.names_width()))
        self.library.setChildrenCollapsible(False)
        self.centre.setMinimumWidth(char * 36)
        self.reader.setMinimumWidth(char * 56)
        self.side_panel.setMinimumWidth(char * 26)

    # --- reading mode --------------------------------------------------------------
    def set_reading(self, on: bool, details: bool = True) -> None:
        """Give the reader the whole window (True) or show the library (and the side panel
        if details)."""
        self.library.setVisible(not on)
        self.side_panel.setVisible(not on and details)

    def reading(self) -> bool:
        """Whether the reader has the window to itself."""
        return self.library.isHidden()

    def _centre(self) -> QWidget:
        centre = QWidget(self.window)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.stack, 1)
        return centre

    def _tab_order(self) -> None:
        chain: list[QWidget] = [self.sidebar, self.search_bar.field, self.search_bar.save_button,
                                self.table, self.results.table, self.results.facet_view,
                                self.reader, self.side_panel]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- what the centre shows -----------------------------------------------------
    @Slot(bool)
    def show_results(self, on: bool) -> None:
        """Show the search results (True) or the library table."""
        self.stack.setCurrentWidget(self.results if on else self.table)

    def showing_results(self) -> bool:
        """True while the results replace the table."""
        return self.stack.currentWidget() is self.results

    def selected_ids(self) -> list[int]:
        """Documents selected in the visible list."""
        if self.showing_results():
            return self.results.table.selected_ids()
        return self.table.selected_ids()

    def add_above_list(self, widget: QWidget) -> None:
        """Put widget between the search field and the list (e.g. files not imported)."""
        layout = self.centre.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.stack), widget)

    def show_banner(self, text: str) -> None:
        """A message above the list ("" hides it)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # --- choosing files ----------------------------------------------------------
    @Slot()
    def choose_files_to_import(self) -> None:
        """Ask for files and request their import."""
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import files"), str(Path.home()),
            self.tr("Documents (*.pdf *.html *.htm *.txt *.md *.docx);;All files (*)"))
        if files:
            self.importRequested.emit([Path(f) for f in files])

    @Slot()
    def choose_folder_to_import(self) -> None:
        """Ask for a folder and request its import."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import folder"),
                                                  str(Path.home()))
        if folder:
            self.importRequested.emit([Path(folder)])

    # --- remembering ---------------------------------------------------------------
    def restore(self, settings: AppSettings) -> None:
        """Window geometry, splitters and table columns as they were left."""
        self.main.setSizes([620, 560, 220])
        self.library.setSizes([180, 440])
        self.results.splitter.setSizes([530, 160])
        for name, restore in (("geometry", self.window.restoreGeometry),
                              ("state", self.window.restoreState),
                              ("main", self.main.restoreState),
                              ("library", self.library.restoreState),
                              ("results", self.results.splitter.restoreState),
                              ("table", self.table.horizontalHeader().restoreState)):
            blob = settings.layout(name)
            if blob is not None:
                restore(blob)

    def save(self, settings: AppSettings) -> None:
        """Remember the layout."""
        settings.set_layout("geometry", self.window.saveGeometry())
        settings.set_layout("state", self.window.saveState())
        settings.set_layout("main", self.main.saveState())
        settings.set_layout("library", self.library.saveState())
        settings.set_layout("results", self.results.splitter.saveState())
        self.table.restore_yielded()    # remember the user's columns, not the narrow ones
        settings.set_layout("table", self.table.horizontalHeader().saveState())
        self.table.fit_columns()
