"""Asks for the password of encrypted files: once for a group, then file by file."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    """Import (accept) with the password typed, Skip (reject), or Skip the Rest."""

    def __init__(self, message: str, several_left: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password needed"))
        self.skip_rest = False
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Password"))
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(self.tr("Skip"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_rest_button: QPushButton | None = None
        if several_left:
            self.skip_rest_button = self.buttons.addButton(
                self.tr("Skip the Rest"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.skip_rest_button.clicked.connect(self._skip_rest)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def password(self) -> str:
        """The password typed."""
        return self.field.text()

    def _skip_rest(self) -> None:
        self.skip_rest = True
        self.reject()
