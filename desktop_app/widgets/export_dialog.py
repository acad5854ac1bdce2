"""The export dialog: formats, a destination, progress with Cancel, and a closing summary."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.export_plan import (
    ExportOutcome,
    default_destination,
    wants_folder,
    writes_folder,
)
from desktop_app.selection_names import selection_label
from desktop_app.widgets.export_formats import file_filter, format_names
from desktop_app.widgets.export_summary import ExportSummary
from indexer.export import ExportSelection

FormatRole = Qt.ItemDataRole.UserRole + 1


class ExportDialog(QDialog):
    """exportRequested(formats, destination) asks the controller to run; the controller
    reports back through start(), set_progress() and show_outcome()."""

    exportRequested = Signal(list, object)   # format keys, destination Path
    cancelRequested = Signal()
    exportEnded = Signal(object)             # the ExportOutcome, whatever happened

    def __init__(self, selection: ExportSelection, folder: Path, formats: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.selection = selection
        self.folder = folder
        self.running = False
        self._mode = ""
        self.heading = QLabel(self.tr("Export %1").replace("%1", self.describe(selection)),
                             self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it can quote a tag or query
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.formats = self._format_list(formats)
        self.dest_label = QLabel(self)
        self.dest = QLineEdit(self)
        self.dest.setObjectName("exportDestination")
        self.dest.textChanged.connect(self._update_buttons)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self.choose_destination)
        self.bar = QProgressBar(self)
        self.bar.setVisible(False)
        self.summary = ExportSummary(self)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.export_button = self.buttons.addButton(self.tr("Export"), role.AcceptRole)
        self.show_button = self.buttons.addButton(self.tr("Show in Folder"), role.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), role.RejectRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), role.RejectRole)
        self.export_button.clicked.connect(self.export)
        self.show_button.clicked.connect(self.show_in_folder)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.close_button.clicked.connect(self.close)
        self._lay_out()
        self._formats_changed()

    def describe(self, selection: ExportSelection) -> str:
        """The selection in words, for the dialog's heading."""
        if selection.collection is not None:
            return self.tr("the collection “%1”").replace("%1", selection.collection)
        if selection.tag is not None:
            return self.tr("the documents tagged “%1”").replace("%1", selection.tag)
        if selection.query is not None:
            return self.tr("every result of the search “%1”").replace("%1", selection.query)
        return self.tr("%n selected document(s)", "", len(selection.ids))

    def _format_list(self, checked: list[str]) -> QListWidget:
        view = QListWidget(self)
        view.setObjectName("exportFormats")
        for key, name in format_names().items():
            item = QListWidgetItem(name, view)
            item.setData(FormatRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked
                               else Qt.CheckState.Unchecked)
        view.itemChanged.connect(self._formats_changed)
        rows = view.sizeHintForRow(0) * view.count() + 2 * view.frameWidth() + 2
        view.setMinimumHeight(rows)  # every format stays in sight
        view.setMaximumHeight(rows)
        return view

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.dest, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("Formats (tick one or more):"), self))
        layout.addWidget(self.formats)
        layout.addWidget(self.dest_label)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 540)

    # --- choosing ----------------------------------------------------------------
    def chosen_formats(self) -> list[str]:
        """The ticked format keys, in list order."""
        items = (self.formats.item(r) for r in range(self.formats.count()))
        return [str(i.data(FormatRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_formats(self, formats: list[str]) -> None:
        """Tick exactly these formats."""
        for row in range(self.formats.count()):
            item = self.formats.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(FormatRole) in formats
                               else Qt.CheckState.Unchecked)

    def destination(self) -> Path | None:
        """The file or folder typed or chosen (None when empty)."""
        text = self.dest.text().strip()
        return Path(text).expanduser() if text else None

    @Slot()
    def _formats_changed(self) -> None:
        formats = self.chosen_formats()
        mode = "" if not formats else "folder" if wants_folder(formats) else formats[0]
        if mode != self._mode:  # a file for one format, a folder for several: start afresh
            self._mode = mode
            self.dest.setText(str(default_destination(self.folder, selection_label(self.selection),
                                                      formats)) if formats else "")
        if len(formats) > 1:
            text = self.tr("Save into the folder (files are named after the selection):")
        elif formats and writes_folder(formats[0]):
            text = self.tr("Save the files into the folder:")
        else:
            text = self.tr("Save to the file:")
        self.dest_label.setText(text)
        self._update_buttons()

    @Slot()
    def choose_destination(self) -> None:
        """Ask for a folder (several formats, or one filling a folder) or a file."""
        formats = self.chosen_formats()
        if not formats:
            return
        current = str(self.destination() or self.folder)
        if wants_folder(formats):
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                      current)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to file"), current,
                                                    file_filter(formats[0]))
        if chosen:
            self.dest.setText(chosen)
            self.folder = Path(chosen) if wants_folder(formats) else Path(chosen).parent

    @Slot()
    def _update_buttons(self) -> None:
        idle = not self.running
        for widget in (self.formats, self.dest, self.choose):
            widget.setEnabled(idle)
        self.export_button.setVisible(idle)
        self.export_button.setEnabled(bool(self.chosen_formats()) and bool(self.destination()))
        self.close_button.setVisible(idle)
        self.cancel_button.setVisible(not idle)
        self.show_button.setVisible(idle and bool(self.summary.folder))

    # --- running -----------------------------------------------------------------
    @Slot()
    def export(self) -> None:
        """Ask for the export with the chosen formats and destination."""
        formats, destination = self.chosen_formats(), self.destination()
        if formats and destination is not None and not self.running:
            self.exportRequested.emit(formats, destination)

    def start(self, folder: Path) -> None:
        """The export runs; folder is what Show in Folder opens afterwards."""
        self.running = True
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.summary.begin(folder)
        self._update_buttons()

    @Slot(int, int, str)
    def set_progress(self, done: int, total: int, message: str) -> None:
        """Move the bar; message says what is being written."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if message:
            self.summary.set_status(message)

    def show_outcome(self, outcome: ExportOutcome) -> None:
        """The export ended (written, cancelled or failed): show the summary."""
        self.running = False
        self.bar.setRange(0, 1)
        self.bar.setValue(0 if outcome.failure or outcome.cancelled else 1)
        self.summary.show_outcome(outcome)
        self._update_buttons()
        self.exportEnded.emit(outcome)

    @Slot(str)
    def show_failure(self, message: str) -> None:
        """Nothing could be exported; message says why in one sentence."""
        self.show_outcome(ExportOutcome(failure=message))

    @Slot()
    def show_cancelled(self) -> None:
        """The export was cancelled before it wrote anything."""
        self.show_outcome(ExportOutcome(cancelled=True))

    @Slot()
    def show_in_folder(self) -> None:
        """Open the folder holding what was written, in the system's file manager."""
        if self.summary.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.folder)))

    def reject(self) -> None:
        """Escape or closing the window: a running export is cancelled first, and the
        dialog stays to say so."""
        if self.running:
            self.cancelRequested.emit()
        else:
            super().reject()
