"""A document's Markdown note: edit or preview, saved when the editor loses focus or pauses."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon
from desktop_app.offline_text import OfflineBrowser

AUTOSAVE_MS = 1500


class NoteEditor(QWidget):
    """Emits saveRequested(text) when the text changed and the user paused or left the editor."""

    saveRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Notes in Markdown: **bold**, *italic*, - lists…"))
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.preview = OfflineBrowser(self)  # loads no image or file a note names
        self.preview.setObjectName("notePreview")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Preview"))
        self.toggle.setToolTip(self.tr("Switch between editing and previewing the note"))
        self.toggle.toggled.connect(self._toggled)
        self.status = QLabel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._changed)
        self._saved_text = ""
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self)
        heading.setPixmap(icon("note").pixmap(16, 16))
        top.addWidget(heading)
        top.addWidget(self.status, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def set_text(self, text: str) -> None:
        """Show a saved note (no save follows)."""
        self._timer.stop()
        self._saved_text = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.status.setText("")
        if self.toggle.isChecked():
            self.preview.setMarkdown(text)

    def text(self) -> str:
        """The note as edited."""
        return self.editor.toPlainText()

    def is_dirty(self) -> bool:
        """True when the text differs from the last saved one."""
        return self.text() != self._saved_text

    def mark_saved(self, text: str) -> None:
        """Record that text is now stored."""
        self._saved_text = text
        self.status.setText(self.tr("Saved") if not self.is_dirty() else "")

    @Slot()
    def save_now(self) -> None:
        """Ask to save at once if anything changed."""
        self._timer.stop()
        if self.is_dirty():
            self.saveRequested.emit(self.text())

    @Slot()
    def _changed(self) -> None:
        self.status.setText(self.tr("Editing…"))
        self._timer.start()

    @Slot(bool)
    def _toggled(self, preview: bool) -> None:
        if preview:
            self.save_now()
            self.preview.setMarkdown(self.text())
        self.toggle.setText(self.tr("Edit") if preview else self.tr("Preview"))
        self.stack.setCurrentWidget(self.preview if preview else self.editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)
