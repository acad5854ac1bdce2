"""Under Needs attention: the files an import could not take (locked by a password or
damaged), each with its reason and the buttons that deal with it."""
from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attention import failure_advice, failure_title
from desktop_app.icons import icon
from desktop_app.messages import failure_reason
from indexer.failures import PASSWORD, FailureRow

ROWS_SHOWN = 5   # the list's height in rows: the documents below keep the room


class FailuresPanel(QWidget):
    """passwordRequested(paths), retryRequested(paths), forgetRequested(ids) for the selected
    files (the password button only for locked ones)."""

    passwordRequested = Signal(list)
    retryRequested = Signal(list)
    forgetRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failuresPanel")
        self.failures: list[FailureRow] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("failuresHeading")
        self.heading.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("failuresList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Why"), self.tr("When")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.password = self._button(self.tr("Enter Password…"), "failuresPassword",
                                     self.tr("Type the password of the selected locked files "
                                             "and import them"), self._password_clicked)
        self.retry = self._button(self.tr("Try Again"), "failuresRetry",
                                  self.tr("Import the selected files again (after repairing "
                                          "or replacing them)"), self._retry_clicked)
        self.forget = self._button(self.tr("Forget"), "failuresForget",
                                   self.tr("Stop listing the selected files here; the files "
                                           "themselves are not touched"), self._forget_clicked)
        self._lay_out()
        self.set_failures([])

    def _button(self, text: str, name: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.password)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.forget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def set_failures(self, failures: list[FailureRow]) -> None:
        """List these failures."""
        chosen = set(self.selected_paths())
        self.failures = list(failures)
        self.list.clear()
        locale = QLocale()
        for failure in self.failures:
            name = Path(failure.path).name
            why = failure_title(failure.reason)
            detail = failure_reason(failure.message) if failure.message else ""
            when = QDateTime.fromSecsSinceEpoch(int(failure.failed_at.replace(
                tzinfo=UTC).timestamp()))   # stored in UTC, shown in local time
            item = QTreeWidgetItem([name, why, locale.toString(
                when, QLocale.FormatType.ShortFormat)])
            item.setIcon(0, icon("needs-attention"))
            item.setData(0, Qt.ItemDataRole.UserRole, failure.id)
            tip = "\n".join(t for t in (failure.path, detail, failure_advice(failure.reason)) if t)
            for column in range(3):
                item.setToolTip(column, tip)
            self.list.addTopLevelItem(item)
            item.setSelected(failure.path in chosen)
        self.heading.setText(self.tr("%n file(s) could not be imported:", "",
                                     len(self.failures)))
        rows = min(max(len(self.failures), 1), ROWS_SHOWN)
        self.list.setFixedHeight(self.list.header().sizeHint().height()
                                 + rows * max(self.list.sizeHintForRow(0), 20) + 4)
        first = self.list.topLevelItem(0)
        if first is not None and not self.list.selectedItems():
            first.setSelected(True)
        self._update_buttons()

    def _selected(self) -> list[FailureRow]:
        ids = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        return [f for f in self.failures if f.id in ids]

    def selected_paths(self) -> list[str]:
        """The paths of the selected failures."""
        return [f.path for f in self._selected()]

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.password.setEnabled(any(f.reason == PASSWORD for f in chosen))
        self.retry.setEnabled(bool(chosen))
        self.forget.setEnabled(bool(chosen))

    @Slot()
    def _password_clicked(self) -> None:
        locked = [f.path for f in self._selected() if f.reason == PASSWORD]
        if locked:
            self.passwordRequested.emit(locked)

    @Slot()
    def _retry_clicked(self) -> None:
        if self._selected():
            self.retryRequested.emit(self.selected_paths())

    @Slot()
    def _forget_clicked(self) -> None:
        if self._selected():
            self.forgetRequested.emit([f.id for f in self._selected()])
