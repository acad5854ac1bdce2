"""The main window's actions, menus and toolbar (standard shortcuts where Qt has them)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from desktop_app.icons import icon

STD = QKeySequence.StandardKey


class WindowActions(QObject):
    """Every action the window offers (connected by the window)."""

    def __init__(self, window: QMainWindow, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.import_files = self._make(self.tr("&Import Files…"), "import", "Ctrl+I",
                                       self.tr("Import files into the archive"))
        self.import_folder = self._make(self.tr("Import &Folder…"), "import-folder",
                                        "Ctrl+Shift+I",
                                        self.tr("Import every document in a folder"))
        self.import_bundle = self._make(self.tr("Import &Bundle…"), "import-bundle", None,
                                        self.tr("Merge a .dossier bundle into the archive"))
        self.export_selection = self._make(self.tr("&Export Selection…"), "export", "Ctrl+E",
                                           self.tr("Export the selected documents"))
        self.switch_archive = self._make(self.tr("S&witch Archive…"), "switch-archive",
                                         QKeySequence(STD.Open),
                                         self.tr("Open another archive folder"))
        self.open_team = self._make(self.tr("Open &Team Archive…"), "switch-archive", None,
                                    self.tr("Open an archive shared on a PostgreSQL server"))
        self.quit = self._make(self.tr("&Quit"), None, QKeySequence(STD.Quit))
        self.find = self._make(self.tr("&Search"), "search", QKeySequence(STD.Find),
                               self.tr("Search the archive"))
        # Only around the library: inside the reader Ctrl+F finds in the document.
        self.find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete = self._make(self.tr("&Delete Documents…"), "delete",
                                 QKeySequence(STD.Delete),
                                 self.tr("Delete the selected documents"))
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_collection = self._make(self.tr("&New Collection…"), "collection",
                                         "Ctrl+Shift+N")
        self.reindex = self._make(self.tr("&Rebuild Index"), "reindex", None,
                                  self.tr("Rebuild the search index from the database"))
        self.check = self._make(self.tr("&Check Archive"), "check", None,
                                self.tr("Verify the database, stored files and index"))
        self.redate = self._make(self.tr("Find &Dates in the Documents’ Text"), None, None,
                                 self.tr("Date each document by its signature line or title "
                                         "page; dates you typed are kept"))
        self.show_library = self._make(self.tr("&Library"), None, None,
                                       self.tr("The documents, the sidebar and the search"))
        self.show_details = self._make(self.tr("Document &Details"), None, None,
                                       self.tr("Metadata, tags and notes of the open document"))
        for panel in (self.show_library, self.show_details):
            panel.setCheckable(True)
            panel.setChecked(True)
        self.search_marks = self._make(self.tr("Mark Search &Words in Documents"), None, None,
                                       self.tr("Outline the words of the search in the "
                                               "reader (orange, unlike your highlights)"))
        self.search_marks.setCheckable(True)
        self.reading = self._make(self.tr("&Reading Mode"), "reading-mode", "F11",
                                  self.tr("The document takes the whole window; again for "
                                          "the library (F11, Ctrl+Shift+F)"))
        self.reading.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+F")])
        self.reading.setCheckable(True)
        self.reading.setEnabled(False)      # until a document is open
        self.read_on_open = self._make(self.tr("&Open Documents in Reading Mode"), None, None,
                                       self.tr("Opening a document hides the library and "
                                               "the side panel"))
        self.read_on_open.setCheckable(True)
        self.languages = self._languages(language)

    def _make(self, text: str, name: str | None, keys: QKeySequence | str | None,
              tip: str = "") -> QAction:
        action = QAction(icon(name) if name else QIcon(), text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _languages(self, current: str) -> QActionGroup:
        group = QActionGroup(self)
        for code, label in (("", self.tr("System Language")), ("en", "English"),
                            ("ru", "Русский")):
            choice = QAction(label, group)
            choice.setCheckable(True)
            choice.setData(code)
            choice.setChecked(code == current)
        return group

    def archive_actions(self) -> list[QAction]:
        """Actions that need an open archive."""
        return [self.import_files, self.import_folder, self.import_bundle, self.find,
                self.delete, self.export_selection, self.new_collection, self.reindex,
                self.check, self.redate]

    def build_menus(self) -> None:
        """Fill the menu bar."""
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.import_files, self.import_folder, self.import_bundle])
        file_menu.addSeparator()
        file_menu.addAction(self.export_selection)
        file_menu.addSeparator()
        file_menu.addActions([self.switch_archive, self.open_team])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.find, self.delete, self.new_collection])
        view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu = view_menu
        view_menu.addActions([self.reading, self.read_on_open])
        view_menu.addSeparator()
        view_menu.addActions([self.show_library, self.show_details])
        self.panels_section = view_menu.addSeparator()    # the docks' toggles go above
        view_menu.addAction(self.search_marks)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(self.languages.actions())
        language_menu.addSeparator()
        note = language_menu.addAction(self.tr("Takes effect when Dossier restarts"))
        note.setEnabled(False)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addActions([self.reindex, self.check, self.redate])

    def build_toolbar(self) -> QToolBar:
        """The main toolbar: import and the housekeeping commands."""
        toolbar = self.window.addToolBar(self.tr("Main Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.import_files, self.import_folder, self.import_bundle])
        toolbar.addSeparator()
        toolbar.addActions([self.delete, self.reindex, self.check])
        toolbar.addSeparator()
        toolbar.addAction(self.reading)
        return toolbar
