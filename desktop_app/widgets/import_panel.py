"""The import panel: one compact line (what is happening, progress, counts, Details, Cancel)
that expands on demand into a line per file; each failure is listed once, with its reason."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon
from desktop_app.messages import failure_reason, needs_password
from indexer.rows import ImportReport

BAR_WIDTH = 160
LIST_HEIGHT = 180


class ImportPanel(QWidget):
    """Non-modal; cancelRequested when the user presses Cancel; expandedChanged(bool) when
    the per-file list is shown or hidden."""

    cancelRequested = Signal()
    expandedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("importHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.bar.setFixedWidth(BAR_WIDTH)
        self.current = QLabel(self)      # the file being read (shown in the heading's tooltip)
        self.current.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPushButton(self.tr("Details"), self)
        self.details.setObjectName("importDetails")
        self.details.setCheckable(True)
        self.details.setToolTip(self.tr("Show every file of the import and why any failed"))
        self.details.toggled.connect(self._expand)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self.cancelRequested)
        self.lines = QListWidget(self)
        self.lines.setObjectName("importLines")
        self.lines.setUniformItemSizes(True)
        self.lines.setMinimumHeight(LIST_HEIGHT)
        self.lines.setVisible(False)
        self._locked: list[str] = []
        self._locked_item: QListWidgetItem | None = None
        self._failures = 0
        self._pending: list[QListWidgetItem] = []
        self._flush_timer = QTimer(self, singleShot=True, interval=100)
        self._flush_timer.timeout.connect(self._flush_lines)
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading, 1)
        row.addWidget(self.bar)
        row.addWidget(self.summary)
        row.addWidget(self.details)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.lines, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    # --- expanding -------------------------------------------------------------------
    def expanded(self) -> bool:
        """Whether the per-file list is shown."""
        return self.details.isChecked()

    @Slot(bool)
    def _expand(self, on: bool) -> None:
        self.lines.setVisible(on)
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Preferred if on else QSizePolicy.Policy.Maximum)
        self.expandedChanged.emit(on)

    # --- an import -------------------------------------------------------------------
    def start(self, what: str, keep: bool = False) -> None:
        """A new import begins (keep: add to the lines of the last one, e.g. a retry with a
        password)."""
        self.heading.setText(what)
        self.heading.setToolTip(what)
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.current.setText("")
        self.summary.setText("")
        self.cancel.setEnabled(True)
        self.cancel.setVisible(True)
        if not keep:
            self.lines.clear()
            self._pending.clear()
            self._failures = 0
        self._locked, self._locked_item = [], None

    def set_progress(self, done: int, total: int, message: str) -> None:
        """Move the bar; message is usually the file being read."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if message:
            self.current.setText(Path(message).name)
            self.heading.setToolTip(Path(message).name)

    def add_line(self, path: str, status: str, error: str | None) -> None:
        """One file is done (shown with the next batch: results arrive in bursts)."""
        name = Path(path).name
        if status == "failed" and error and needs_password(error):
            self._add_locked(path)
            return
        if status == "imported":
            item = QListWidgetItem(icon("import"), self.tr("Imported: %1").replace("%1", name))
        elif status == "restored":
            item = QListWidgetItem(icon("import"),
                                   self.tr("Lost original put back: %1").replace("%1", name))
        elif status == "duplicate":
            item = QListWidgetItem(icon("collection"),
                                   self.tr("Already in the archive: %1").replace("%1", name))
        else:
            self._failures += 1
            text = (self.tr("Failed: %1 — %2").replace("%1", name)
                    .replace("%2", failure_reason(error or "")))
            item = QListWidgetItem(icon("needs-attention"), text)
        item.setToolTip(path)
        self._pending.append(item)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _add_locked(self, path: str) -> None:
        """Files that need a password share one line (one prompt follows for all of them)."""
        if path not in self._locked:
            self._locked.append(path)
            self._locked.sort(key=lambda p: Path(p).name.casefold())
        names = ", ".join(Path(p).name for p in self._locked)
        text = (self.tr("%n file(s) need a password: %1", "", len(self._locked))
                .replace("%1", names))
        if self._locked_item is None:
            self._locked_item = QListWidgetItem(icon("needs-attention"), text)
            self._pending.append(self._locked_item)
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        else:
            self._locked_item.setText(text)
        self._locked_item.setToolTip("\n".join(self._locked))

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

    def counts(self, report: ImportReport) -> str:
        """"3 imported, 1 duplicate, 2 failed" (and files waiting for a password)."""
        locked = len(report.needs_password)
        parts = [self.tr("%n imported", "", len(report.imported)),
                 self.tr("%n duplicate(s)", "", len(report.duplicates)),
                 self.tr("%n failed", "", len(report.failed) - locked)]
        if locked:
            parts.append(self.tr("%n need(s) a password", "", locked))
        return ", ".join(parts)

    def finish(self, report: ImportReport) -> None:
        """The import ended: the counts on the line; the reasons are in the details."""
        self._flush_timer.stop()
        self._flush_lines()
        self.cancel.setEnabled(False)
        self.cancel.setVisible(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.bar.setVisible(False)
        self.current.setText("")
        counts = self.counts(report)
        self.summary.setText(counts)
        self.heading.setText(self.tr("Import cancelled.") if report.cancelled
                             else self.tr("Import finished:"))
        self.heading.setToolTip(counts)
        problems = len(report.failed)
        self.details.setText(self.tr("Details (%n problem(s))", "", problems) if problems
                             else self.tr("Details"))

    def fail(self, message: str) -> None:
        """The import could not run at all."""
        self._flush_timer.stop()
        self._flush_lines()
        self.cancel.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.heading.setText(self.tr("Import failed"))
        self.summary.setText(message)

    def stop(self) -> None:
        """Background work after an import (text recovery) ended: the bar goes away."""
        self.cancel.setEnabled(False)
        self.cancel.setVisible(False)
        self.bar.setVisible(False)
        self.current.setText("")

    def is_running(self) -> bool:
        """True while Cancel is available."""
        return self.cancel.isEnabled()
