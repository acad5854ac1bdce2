"""The bundle import dialog: progress with Cancel, then the merge report or the refusal."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.icons import icon
from indexer.export import BundleReport, Conflict


def count_names() -> dict[str, str]:
    """BundleReport count field → its label in the dialog."""
    return {
        "documents_new": QCoreApplication.translate("BundleDialog", "New documents:"),
        "documents_matched": QCoreApplication.translate("BundleDialog",
                                                        "Documents already here:"),
        "documents_updated": QCoreApplication.translate("BundleDialog",
                                                        "Documents given missing details:"),
        "tags_new": QCoreApplication.translate("BundleDialog", "New tags:"),
        "notes_new": QCoreApplication.translate("BundleDialog", "New notes:"),
        "notes_updated": QCoreApplication.translate("BundleDialog", "Notes updated:"),
        "annotations_new": QCoreApplication.translate("BundleDialog", "New annotations:"),
        "annotations_updated": QCoreApplication.translate("BundleDialog",
                                                          "Annotations updated:"),
        "collections_new": QCoreApplication.translate("BundleDialog", "New collections:"),
        "collections_updated": QCoreApplication.translate("BundleDialog",
                                                          "Collections updated:"),
    }


def conflict_text(conflict: Conflict) -> str:
    """One conflict in words: what changed on both sides, and which version was kept."""
    if conflict.what == "note":
        what = QCoreApplication.translate("BundleDialog", "Note on “%1”")
    else:
        what = QCoreApplication.translate("BundleDialog", "Annotation on “%1”")
    if conflict.kept == "bundle":
        kept = QCoreApplication.translate("BundleDialog",
                                          "the bundle's version was kept (it was newer)")
    else:
        kept = QCoreApplication.translate("BundleDialog",
                                          "this archive's version was kept (it was newer)")
    return f"{what.replace('%1', conflict.document)}: {kept}"


class BundleDialog(QDialog):
    """Non-modal; cancelRequested when the user presses Cancel while the bundle is checked."""

    cancelRequested = Signal()
    importEnded = Signal(object)     # the BundleReport, or None (refused, failed, cancelled)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleDialog")
        self.setWindowTitle(self.tr("Import Bundle"))
        self.path = path
        self.running = True
        self.heading = QLabel(self.tr("Importing the bundle “%1”…").replace("%1", path.name),
                              self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a file name
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.message = QLabel(self)
        self.message.setObjectName("bundleMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = self._counts()
        self.conflicts = QListWidget(self)
        self.conflicts.setObjectName("bundleConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts_label = QLabel(
            self.tr("Changed in both archives (the newer version was kept):"), self)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), role.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), role.RejectRole)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.bar, self.message, self.counts,
                       self.conflicts_label, self.conflicts):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._set_running(True)
        self.setMinimumWidth(480)
        self.resize(520, 240)

    def _counts(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for name, label in count_names().items():
            value = QLabel("0", box)
            value.setObjectName(name)
            self.values[name] = value
            form.addRow(label, value)
        return box

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)
        self.bar.setVisible(running)
        self.counts.setVisible(False)
        self.conflicts_label.setVisible(False)
        self.conflicts.setVisible(False)

    @Slot(int, int, str)
    def set_progress(self, done: int, total: int, message: str) -> None:
        """Move the bar while the bundle is checked and merged."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    @Slot(object)
    def show_report(self, report: BundleReport) -> None:
        """The bundle was merged: show the counts and each conflict."""
        self._set_running(False)
        self.heading.setText(self.tr("The bundle “%1” was imported.").replace("%1",
                                                                               self.path.name))
        for name, value in self.values.items():
            value.setText(str(getattr(report, name)))
        self.counts.setVisible(True)
        if report.changed == 0:
            self.message.setText(self.tr("Nothing new: this archive already holds everything "
                                         "in the bundle."))
        else:
            self.message.setText(self.tr("Records added: %1. Records updated: %2.")
                                 .replace("%1", str(report.new))
                                 .replace("%2", str(report.changed - report.new)))
        for conflict in report.conflicts:
            self.conflicts.addItem(conflict_text(conflict))
            self.conflicts.item(self.conflicts.count() - 1).setIcon(icon("needs-attention"))
        self.conflicts_label.setVisible(bool(report.conflicts))
        self.conflicts.setVisible(bool(report.conflicts))
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.importEnded.emit(report)

    @Slot(str)
    def show_failure(self, message: str) -> None:
        """The bundle was refused or could not be merged: message says why."""
        self._set_running(False)
        self.heading.setText(self.tr("The bundle “%1” was not imported.").replace(
            "%1", self.path.name))
        self.message.setText(message)
        self.importEnded.emit(None)

    @Slot()
    def show_cancelled(self) -> None:
        """The import was cancelled while the bundle was being checked."""
        self._set_running(False)
        self.heading.setText(self.tr("Import cancelled."))
        self.message.setText(self.tr("Nothing was imported from “%1”.").replace(
            "%1", self.path.name))
        self.importEnded.emit(None)

    @Slot()
    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))
        self.cancelRequested.emit()

    def reject(self) -> None:
        """Escape or closing the window while running cancels (the merge itself cannot be)."""
        if self.running:
            self._cancel()
        else:
            super().reject()
