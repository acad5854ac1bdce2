"""A document's marks as a list: colour swatch, page and kind, quoted text and comment."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from indexer.annotations import AnnotationRow

MarkRole = Qt.ItemDataRole.UserRole + 1
QUOTE_SHOWN = 160
AnyIndex = QModelIndex | QPersistentModelIndex


def shorten(text: str, limit: int = QUOTE_SHOWN) -> str:
    """text on one line, cut with an ellipsis beyond limit characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class AnnotationListModel(QAbstractListModel):
    """The marks of the document shown, in page order, orphans last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AnnotationRow] = []

    def set_marks(self, rows: list[AnnotationRow]) -> None:
        """Show these marks (already in page order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def mark_at(self, row: int) -> AnnotationRow | None:
        """The mark shown in a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, annotation_id: int) -> int:
        """The row showing a mark, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == annotation_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def kind_label(self, kind: str) -> str:
        """A kind of mark as the user reads it."""
        labels = {"highlight": self.tr("Highlight"), "underline": self.tr("Underline"),
                  "strike": self.tr("Strike-through"), "note": self.tr("Note")}
        return labels.get(kind, kind)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        mark = self.mark_at(index.row()) if index.isValid() else None
        if mark is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(mark)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(mark.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(t for t in (mark.quote, mark.comment) if t.strip()) or None
        if role == Qt.ItemDataRole.ForegroundRole and mark.orphaned:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == MarkRole:
            return mark
        return None

    def _text(self, mark: AnnotationRow) -> str:
        head = self.tr("p. %1 · %2").replace("%1", str(mark.page or "?")) \
            .replace("%2", self.kind_label(mark.kind))
        if mark.orphaned:
            head = self.tr("Orphaned · %1").replace("%1", head)
        if mark.author:  # a team archive records who made each mark
            head = self.tr("%1 · by %2").replace("%1", head).replace("%2", mark.author)
        lines = [head]
        if mark.quote.strip():
            lines.append(self.tr("“%1”").replace("%1", shorten(mark.quote)))
        if mark.comment.strip():
            lines.append(shorten(mark.comment, 2 * QUOTE_SHOWN))
        return "\n".join(lines)
