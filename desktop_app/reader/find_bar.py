"""Find-in-document field: typed text searches, Enter / Shift+Enter step through the hits."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

SEARCH_DELAY_MS = 300


class FindBar(QWidget):
    """A find field, "3 of 17" and previous/next buttons."""

    searchRequested = Signal(str)   # new text to find ("" clears the hits)
    nextRequested = Signal()
    previousRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("readerFindField")
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(110)
        self.edit.installEventFilter(self)
        self.label = QLabel(self)
        self.label.setObjectName("readerFindStatus")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("000 / 000"))
        self._searched = ""
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_now)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self._button("\u25b2", self.tr("Previous match (Shift+Enter)"),
                                      self.previousRequested))
        layout.addWidget(self._button("\u25bc", self.tr("Next match (Enter, F3)"),
                                      self.nextRequested))
        layout.addWidget(self.label)

    def _button(self, text: str, tip: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(self._step(signal))
        return button

    def _step(self, signal: SignalInstance) -> Callable[[], None]:
        """A slot: search first if the text changed since the last search, else emit signal."""
        def step() -> None:
            if self.edit.text() != self._searched:
                self._search_now()
            else:
                signal.emit()
        return step

    def text(self) -> str:
        """The text in the field."""
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Put text in the field as already searched (no searchRequested)."""
        self._timer.stop()
        self.edit.setText(text)
        self._searched = text

    def focus_find(self) -> None:
        """Focus the field with its text selected."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def set_searching(self) -> None:
        """Show that a search is running."""
        self.label.setText(self.tr("Searching\u2026"))

    def set_status(self, current: int, total: int) -> None:
        """Show "current of total" (current 1-based), "No matches", or nothing without text."""
        if not self._searched:
            self.label.clear()
        elif total == 0:
            self.label.setText(self.tr("No matches"))
        else:
            self.label.setText(self.tr("{0} of {1}").format(current, total))

    def _search_now(self) -> None:
        self._timer.stop()
        self._searched = self.edit.text()
        self.searchRequested.emit(self._searched)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._step(self.previousRequested if shift else self.nextRequested)()
            return True
        if key == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            self._search_now()
            return True
        return False
