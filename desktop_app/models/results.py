"""Search hits as a table: the document (title and marked snippet), pages, kind, language, tags."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.models.mime import DOCUMENT_IDS, ids_to_mime
from desktop_app.names import kind_name, language_name
from indexer.search import SearchHit, SearchResult

HitRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
PAGES_SHOWN = 8
AnyIndex = QModelIndex | QPersistentModelIndex


def page_counts(hit: SearchHit) -> list[tuple[int, int]]:
    """(page, matches on it) for every page with hits, best first (most matches, then the
    earlier page); a count of 0: not counted."""
    pages = list(hit.page_hits) or [(page, 0) for page in hit.pages]
    return sorted(pages, key=lambda pair: (-pair[1], pair[0]))


def best_page(hit: SearchHit) -> int | None:
    """The page with the most matches (the earliest of equals), or None without pages."""
    pages = page_counts(hit)
    return pages[0][0] if pages else None


def page_label(page: int, count: int) -> str:
    """One page with its number of matches, e.g. "2 (3)"; a single match shows just "4"."""
    return f"{page} ({count})" if count > 1 else str(page)


def pages_text(pages: list[tuple[int, int]]) -> str:
    """The first pages with their matches, e.g. "2 (3), 4, 9 (2), …"."""
    shown = ", ".join(page_label(p, n) for p, n in pages[:PAGES_SHOWN])
    return shown + (", …" if len(pages) > PAGES_SHOWN else "")


class SearchResultsModel(QAbstractTableModel):
    """The hits of the last search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: SearchResult | None = None
        self._hits: list[SearchHit] = []

    def set_result(self, result: SearchResult | None) -> None:
        """Show the hits of result (None: show nothing)."""
        self.beginResetModel()
        self.result = result
        self._hits = list(result.hits) if result else []
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit | None:
        """The hit shown in a row."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Document"), self.tr("Pages"), self.tr("Kind"), self.tr("Language"),
                  self.tr("Tags")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (hit.title, pages_text(page_counts(hit)), kind_name(hit.kind),
                      language_name(hit.language),
                      ", ".join(hit.tags))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(hit, column)
        if role == SnippetRole and column == 0:
            return hit.snippet
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _tooltip(self, hit: SearchHit, column: int) -> str | None:
        if column == 0:
            return hit.title
        if column == 1 and hit.pages:
            pages = ", ".join(page_label(p, n) for p, n in page_counts(hit))
            return self.tr("Pages with hits: %s") % pages
        if column == 4 and hit.tags:
            return "\n".join(hit.tags)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_IDS]

    def mimeData(self, indexes: Any) -> Any:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return ids_to_mime(self._hits[r].id for r in rows if r < len(self._hits))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
