"""The search field: searches as you type (debounced); query problems and "did you mean"
show gently beneath."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon
from desktop_app.widgets.suggestion_line import SuggestionLine

DEBOUNCE_MS = 250


class SearchBar(QWidget):
    """A line edit, a "Save search" button, a message line and a "did you mean" line.

    queryChanged(text) fires a pause after typing stops (text "" means: back to the library);
    leaveDown fires on Enter or Down, to move the focus into the results.
    """

    queryChanged = Signal(str)
    leaveDown = Signal()
    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.field.setPlaceholderText(
            self.tr("Search (Ctrl+F): words, \"a phrase\", kind:pdf, lang:ru, tag:…"))
        self.field.installEventFilter(self)
        self.save_button = QToolButton(self)
        self.save_button.setIcon(icon("saved-search"))
        self.save_button.setText(self.tr("Save search"))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.saveRequested)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.suggestion = SuggestionLine(self)
        self.suggestion.chosen.connect(self.set_text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)
        self.field.textChanged.connect(self._typed)
        self._layout()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.suggestion)

    def text(self) -> str:
        """The query as typed."""
        return self.field.text().strip()

    def set_text(self, text: str) -> None:
        """Put text in the field and search for it at once."""
        self.field.setText(text)
        self._timer.stop()
        self._fire()

    def clear_quietly(self) -> None:
        """Empty the field without searching (another list replaces the results)."""
        self.field.clear()
        self._timer.stop()
        self.show_suggestion(None)

    def focus(self) -> None:
        """Focus the field and select its text (Ctrl+F)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_message(self, text: str) -> None:
        """Show a problem with the query under the field ("" hides it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_suggestion(self, text: str | None) -> None:
        """Offer a corrected query under the field (None hides the offer)."""
        self.suggestion.show_suggestion(text)

    def set_can_save(self, enabled: bool) -> None:
        """Enable "Save search" (when the query is valid)."""
        self.save_button.setEnabled(enabled)

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _fire(self) -> None:
        self.queryChanged.emit(self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape:  # back to the library, also from similar documents
                self.field.clear()
                self._timer.stop()
                self._fire()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                if self._timer.isActive():
                    self._timer.stop()
                    self._fire()
                self.leaveDown.emit()
                return True
        return super().eventFilter(watched, event)
