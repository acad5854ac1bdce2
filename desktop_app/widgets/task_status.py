"""A status-bar strip showing one long task (rebuild, check) with progress and Cancel."""
from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop_app.tasks import Task


class TaskStatus(QWidget):
    """Hidden until track(task) is called; hides itself when the task ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(200)
        self.bar.setMaximumHeight(self.fontMetrics().height() + 4)
        self.cancel = QToolButton(self)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.task: Task | None = None
        self.setVisible(False)

    def track(self, task: Task, label: str) -> None:
        """Show task's progress until it ends."""
        self.task = task
        self.label.setText(label)
        self.bar.setRange(0, 0)
        task.progress.connect(self._progress)
        task.ended.connect(self._ended)
        self.setVisible(True)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    @Slot()
    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @Slot()
    def _ended(self) -> None:
        self.task = None
        self.setVisible(False)
