"""The annotations panel: the open document's marks; go to, recolour, comment, delete, undo."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.annotations import AnnotationListModel
from desktop_app.reader.selection_bar import BAR_COLORS, color_label, swatch
from indexer.annotations import AnnotationRow


class AnnotationsPanel(QWidget):
    """Lists marks; asks (by signal) for them to be shown, recoloured, commented or deleted."""

    markActivated = Signal(object)               # AnnotationRow
    recolorRequested = Signal(object, str)       # AnnotationRow, colour name
    commentRequested = Signal(object)            # AnnotationRow
    deleteRequested = Signal(object)             # AnnotationRow
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.model = AnnotationListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("annotationList")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)   # a longer text must not widen the dock
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.delete_action = self._action(self.tr("Delete Mark"), QKeySequence.StandardKey.Delete,
                                          self._delete_current, self.view)
        self.undo_action = self._action(self.tr("Undo Delete"), QKeySequence.StandardKey.Undo,
                                        self.undoRequested.emit, self)
        self.undo_action.setEnabled(False)
        self.comment_action = self._action(self.tr("Edit Comment…"), None,
                                           self._comment_current, self)
        self._layout()
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.customContextMenuRequested.connect(self._menu)
        self.set_marks([])

    def _action(self, text: str, key: QKeySequence.StandardKey | None, slot: object,
                owner: QWidget) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def _layout(self) -> None:
        undo = QToolButton(self)
        undo.setDefaultAction(self.undo_action)
        undo.setAutoRaise(True)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 4, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    # --- showing ---------------------------------------------------------------------
    def set_marks(self, rows: list[AnnotationRow]) -> None:
        """Show a document's marks (keeping the selected one selected)."""
        current = self.current()
        self.model.set_marks(rows)
        if current is not None:
            self.select(current.id)
        orphans = sum(r.orphaned for r in rows)
        text = self.tr("%n mark(s)", "", len(rows)) if rows else \
            self.tr("Select text in the reader to mark it.")
        if orphans:
            text += " " + self.tr("(%n orphaned)", "", orphans)
        self.summary.setText(text)

    def set_can_undo(self, on: bool) -> None:
        """Enable the undo of the last deletion."""
        self.undo_action.setEnabled(on)

    def current(self) -> AnnotationRow | None:
        """The selected mark."""
        return self.model.mark_at(self.view.currentIndex().row())

    def select(self, annotation_id: int) -> None:
        """Make a mark the current row."""
        row = self.model.row_of(annotation_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    # --- asking ------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        mark = self.model.mark_at(index.row())
        if mark is not None:
            self.markActivated.emit(mark)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        mark = self.model.mark_at(index.row())
        if mark is not None:
            self.commentRequested.emit(mark)

    def _delete_current(self) -> None:
        mark = self.current()
        if mark is not None:
            self.deleteRequested.emit(mark)

    def _comment_current(self) -> None:
        mark = self.current()
        if mark is not None:
            self.commentRequested.emit(mark)

    @Slot(QPoint)
    def _menu(self, pos: QPoint) -> None:
        mark = self.model.mark_at(self.view.indexAt(pos).row())
        if mark is None:
            return
        self.view.setCurrentIndex(self.view.indexAt(pos))
        self.menu_for(mark).popup(self.view.viewport().mapToGlobal(pos))

    def menu_for(self, mark: AnnotationRow) -> QMenu:
        """The context menu of a mark: go to it, recolour, comment, delete."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        go = menu.addAction(self.tr("Go to Mark"))
        go.triggered.connect(partial(self.markActivated.emit, mark))
        colours = menu.addMenu(self.tr("Colour"))
        for name in BAR_COLORS:
            action = colours.addAction(swatch(name), color_label(name))
            action.setData(name)
            action.triggered.connect(partial(self.recolorRequested.emit, mark, name))
        menu.addAction(self.comment_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addAction(self.undo_action)
        return menu
