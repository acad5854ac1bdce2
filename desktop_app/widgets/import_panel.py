"""The import panel: progress, a line per file as it is done, Cancel, and a closing summary."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon
from indexer.rows import ImportReport


class ImportPanel(QWidget):
    """Non-modal; cancelRequested when the user presses Cancel."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.current = QLabel(self)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.lines = QListWidget(self)
        self.lines.setObjectName("importLines")
        self.lines.setUniformItemSizes(True)
        self._pending: list[QListWidgetItem] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(100)
        self._flush_timer.timeout.connect(self._flush_lines)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.cancelRequested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.current)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.summary)

    def start(self, what: str) -> None:
        """A new import begins."""
        self.heading.setText(what)
        self.bar.setRange(0, 0)
        self.current.setText("")
        self.summary.setText("")
        self.cancel.setEnabled(True)

    def set_progress(self, done: int, total: int, message: str) -> None:
        """Move the bar; message is usually the file being read."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if message:
            self.current.setText(Path(message).name)

    def add_line(self, path: str, status: str, error: str | None) -> None:
        """One file is done (shown with the next batch: results arrive in bursts)."""
        name = Path(path).name
        if status == "imported":
            item = QListWidgetItem(icon("import"), self.tr("Imported: %1").replace("%1", name))
        elif status == "duplicate":
            item = QListWidgetItem(icon("collection"),
                                   self.tr("Already in the archive: %1").replace("%1", name))
        else:
            text = self.tr("Failed: %1 — %2").replace("%1", name).replace("%2", error or "")
            item = QListWidgetItem(icon("needs-attention"), text)
        item.setToolTip(path if not error else f"{path}\n{error}")
        self._pending.append(item)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush_lines(self) -> None:
        """Add the waiting lines in one go, so a burst of results never stalls the window."""
        if not self._pending:
            return
        self.lines.setUpdatesEnabled(False)
        for item in self._pending:
            self.lines.addItem(item)
        self._pending.clear()
        self.lines.setUpdatesEnabled(True)
        self.lines.scrollToBottom()

    def finish(self, report: ImportReport) -> None:
        """The import ended: say how it went, listing each failure with its reason."""
        self._flush_timer.stop()
        self._flush_lines()
        self.cancel.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.current.setText("")
        counts = (self.tr("%1 imported, %2 duplicates, %3 failed")
                  .replace("%1", str(len(report.imported)))
                  .replace("%2", str(len(report.duplicates)))
                  .replace("%3", str(len(report.failed))))
        lines = [self.tr("Import cancelled.") + " " + counts if report.cancelled else counts]
        lines += [f"• {Path(path).name}: {reason}" for path, reason in report.failed]
        self.summary.setText("\n".join(lines))
        self.heading.setText(self.tr("Import finished"))

    def fail(self, message: str) -> None:
        """The import could not run at all."""
        self._flush_timer.stop()
        self._flush_lines()
        self.cancel.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.heading.setText(self.tr("Import failed"))
        self.summary.setText(message)

    def is_running(self) -> bool:
        """True while Cancel is available."""
        return self.cancel.isEnabled()
