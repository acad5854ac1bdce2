"""The "Did you mean: <i>…</i>?" line under the search field: a click searches the correction."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget


class SuggestionLine(QLabel):
    """Shows a corrected query; chosen(text) on a click, or Enter/Space when focused."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchSuggestion")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setVisible(False)
        self.suggestion = ""

    def show_suggestion(self, suggestion: str | None) -> None:
        """Offer suggestion (None or "" hides the line)."""
        self.suggestion = suggestion or ""
        if not self.suggestion:
            self.clear()
            self.setVisible(False)
            return
        link = f"<a href=\"#\"><i>{escape(self.suggestion)}</i></a>"
        self.setText(self.tr("Did you mean: %1?").replace("%1", link))
        self.setToolTip(self.tr("Search for “%1” instead").replace("%1", self.suggestion))
        self.setVisible(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.suggestion:
            self.chosen.emit(self.suggestion)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and self.suggestion:
            self.chosen.emit(self.suggestion)
            return
        super().keyPressEvent(event)
