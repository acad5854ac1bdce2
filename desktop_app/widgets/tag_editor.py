"""A document's tags: a list with remove (button or Delete) and a field that adds on Enter."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon


class TagEditor(QWidget):
    """Emits addRequested(name) and removeRequested(names); set_tags shows the outcome."""

    addRequested = Signal(str)
    removeRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("tagList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.field = QLineEdit(self)
        self.field.setObjectName("tagField")
        self.field.setPlaceholderText(self.tr("Add a tag, e.g. Region/Central Asia"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        self.field.returnPressed.connect(self._add)
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icon("delete"))
        self.remove_button.setToolTip(self.tr("Remove the selected tags (Delete)"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def set_tags(self, tags: Sequence[str]) -> None:
        """Show a document's tags."""
        self.list.clear()
        for name in tags:
            item = QListWidgetItem(icon("tag"), name)
            item.setToolTip(name)
            self.list.addItem(item)
        self._selection_changed()

    def tags(self) -> list[str]:
        """The tags shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_known_names(self, names: Sequence[str]) -> None:
        """Offer these tag names while typing."""
        self.names.setStringList(list(names))

    @Slot()
    def _add(self) -> None:
        name = self.field.text().strip()
        if name:
            self.field.clear()
            self.addRequested.emit(name)

    @Slot()
    def _remove(self) -> None:
        names = [item.text() for item in self.list.selectedItems()]
        if names:
            self.removeRequested.emit(names)

    @Slot()
    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
