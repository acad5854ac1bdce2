"""A small dialog asking for a mark's comment (opened window-modal, never blocking)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CommentDialog(QDialog):
    """A title, the passage commented on, and a text field."""

    def __init__(self, title: str, quote: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quote = QLabel(self)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # document text is never HTML
        self.quote.setWordWrap(True)
        shown = quote if len(quote) <= 240 else quote[:239] + "…"
        self.quote.setText(self.tr("“%1”").replace("%1", shown) if quote else "")
        self.quote.setVisible(bool(quote))
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("commentEditor")
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.tr("Your comment"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(380, 220)

    def text(self) -> str:
        """The comment typed."""
        return self.editor.toPlainText().strip()


def ask_comment(parent: QWidget, title: str, quote: str, text: str,
                done: Callable[[str], None]) -> CommentDialog:
    """Open a CommentDialog; done(comment) runs if the user accepts it."""
    dialog = CommentDialog(title, quote, text, parent)
    dialog.accepted.connect(lambda: done(dialog.text()))
    dialog.open()
    dialog.editor.setFocus()
    return dialog
