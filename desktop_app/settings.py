"""What the GUI remembers between runs, kept in a QSettings object passed in (never a global)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.search_query import SORTS
from indexer.team.location import is_team_location

ORGANIZATION = "Dossier"
APPLICATION = "Dossier"


def default_settings() -> QSettings:
    """The user's settings store (organization and application "Dossier")."""
    return QSettings(ORGANIZATION, APPLICATION)


class AppSettings:
    """Typed access to the remembered window layout, last archive, language and result order."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def layout(self, name: str) -> QByteArray | None:
        """A saved geometry or state blob (window, splitters, table header)."""
        return self._bytes(f"layout/{name}")

    def set_layout(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"layout/{name}", value)

    @property
    def last_archive(self) -> Path | str | None:
        """The archive open when the program last closed (a team archive: its address)."""
        value = str(self.store.value("archive/last", "") or "")
        if not value:
            return None
        return value if is_team_location(value) else Path(value)

    @last_archive.setter
    def last_archive(self, root: Path | str) -> None:
        self.store.setValue("archive/last", str(root))

    @property
    def language(self) -> str:
        """The chosen interface language ("" = follow the system)."""
        return str(self.store.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self.store.setValue("ui/language", code)

    @property
    def result_sort(self) -> str:
        """The order search results were last shown in ("relevance", "date" or "title")."""
        value = str(self.store.value("search/sort", "") or "")
        return value if value in SORTS else SORTS[0]

    @result_sort.setter
    def result_sort(self, key: str) -> None:
        self.store.setValue("search/sort", key)

    def _flag(self, key: str, default: bool) -> bool:
        value = self.store.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

    @property
    def search_marks(self) -> bool:
        """Whether the reader marks the words of the search that opened a document."""
        return self._flag("reader/search_marks", True)

    @search_marks.setter
    def search_marks(self, on: bool) -> None:
        self.store.setValue("reader/search_marks", on)

    @property
    def focus_mode(self) -> bool:
        """Whether opening a document gives the reader the whole window."""
        return self._flag("ui/focus_mode", True)

    @focus_mode.setter
    def focus_mode(self, on: bool) -> None:
        self.store.setValue("ui/focus_mode", on)

    @property
    def details_shown(self) -> bool:
        """Whether the side panel (metadata, tags, notes) is shown beside the library."""
        return self._flag("ui/details", False)

    @details_shown.setter
    def details_shown(self, on: bool) -> None:
        self.store.setValue("ui/details", on)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()
