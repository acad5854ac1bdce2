"""The lower half of the export dialog: what is being written, then what was written or not."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.export_plan import ExportOutcome
from desktop_app.icons import icon
from desktop_app.widgets.export_formats import format_names

# A folder export may write thousands of files; the list shows this many, then a count.
MAX_LINES = 500


class ExportSummary(QWidget):
    """A status line and a list: files written, documents skipped with reasons, failures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lines = QListWidget(self)
        self.lines.setObjectName("exportSummary")
        self.lines.setWordWrap(True)  # failure sentences are long
        self.lines.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines.setVisible(False)
        self.folder: Path | None = None
        self._target: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.lines, 1)

    def begin(self, folder: Path) -> None:
        """An export into folder starts."""
        self._target = folder
        self.folder = None
        self.lines.clear()
        self.lines.setVisible(False)
        self.status.setText(self.tr("Exporting…"))

    def set_status(self, message: str) -> None:
        """What the export is doing now."""
        self.status.setText(message)

    def texts(self) -> list[str]:
        """Every line of the summary (for tests and copying)."""
        return [self.status.text(), *(self.lines.item(r).text()
                                      for r in range(self.lines.count()))]

    def show_outcome(self, outcome: ExportOutcome) -> None:
        """Say how the export went and list files, skipped documents and failed formats."""
        self.lines.clear()
        written = outcome.written
        self.folder = self._target if written else None
        self.status.setText(self._headline(outcome, len(written)))
        for path in written[:MAX_LINES]:
            self._add("import", self.tr("Written: %1").replace("%1", self._shown(path)),
                      str(path))
        if len(written) > MAX_LINES:
            self._add("", self.tr("… and %n more file(s)", "", len(written) - MAX_LINES))
        skipped = {(s.id, s.reason): s for report in outcome.reports for s in report.skipped}
        for item in skipped.values():  # a document skipped by several formats is listed once
            self._add("needs-attention", self.tr("Skipped “%1”: %2")
                      .replace("%1", item.title).replace("%2", item.reason))
        names = format_names()
        for fmt, message in outcome.errors:
            self._add("needs-attention", self.tr("%1 was not written: %2")
                      .replace("%1", names.get(fmt, fmt)).replace("%2", message))
        self.lines.setVisible(self.lines.count() > 0)

    def _headline(self, outcome: ExportOutcome, files: int) -> str:
        if outcome.failure:
            return outcome.failure
        written = self.tr("%n file(s) written.", "", files)
        if outcome.cancelled:
            return self.tr("Export cancelled.") + " " + written
        skipped = sum(len(r.skipped) for r in outcome.reports)
        documents = max((r.documents for r in outcome.reports), default=0)
        text = self.tr("Export finished: %n document(s),", "", documents) + " " + written
        if skipped:
            text += " " + self.tr("%n document(s) skipped.", "", skipped)
        return text

    def _shown(self, path: Path) -> str:
        if self._target is not None and path.is_relative_to(self._target):
            return str(path.relative_to(self._target))
        return path.name

    def _add(self, icon_name: str, text: str, tip: str = "") -> None:
        item = QListWidgetItem(icon(icon_name) if icon_name else QIcon(), text, self.lines)
        item.setToolTip(tip or text)
