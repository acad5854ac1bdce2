"""A bar over the reader when the open document needs attention: why, and what fixes it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.attention import (
    attention_action,
    attention_advice,
    attention_reason,
    needs_attention,
)
from desktop_app.icons import icon
from indexer.rows import DocumentRow

# An OCR action comes from another part of Dossier: it calls set_ocr_handler(handler), and
# the bar then offers "Recognise Text (OCR)", calling handler(document id).
OcrHandler = Callable[[int], None]


class AttentionBar(QFrame):
    """reextractRequested(id) when "Read Again" is pressed; OCR goes to the handler set."""

    reextractRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._doc_id: int | None = None
        self._ocr: OcrHandler | None = None
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("needs-attention").pixmap(20, 20))
        self.message = QLabel(self)
        self.message.setObjectName("attentionMessage")
        self.message.setWordWrap(True)
        self.reextract = QPushButton(self.tr("Read Again"), self)
        self.reextract.setObjectName("attentionReextract")
        self.reextract.setToolTip(self.tr("Read the stored original again and re-index it; "
                                          "marks are kept"))
        self.reextract.clicked.connect(self._reextract)
        self.ocr = QPushButton(self.tr("Recognise Text (OCR)"), self)
        self.ocr.setObjectName("attentionOcr")
        self.ocr.setToolTip(self.tr("Read the words from the page images"))
        self.ocr.clicked.connect(self._recognise)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.ocr)
        layout.addWidget(self.reextract)
        self.show_row(None)

    def set_ocr_handler(self, handler: OcrHandler | None) -> None:
        """Offer "Recognise Text (OCR)" (None: do not offer it)."""
        self._ocr = handler
        self.ocr.setVisible(handler is not None)

    def show_row(self, row: DocumentRow | None) -> None:
        """Show the bar for a document that needs attention; hide it otherwise."""
        if row is None or not needs_attention(row.text_status):
            self._doc_id = None
            self.setVisible(False)
            return
        self._doc_id = row.id
        reason = attention_reason(row.text_status)
        self.message.setText(self.tr("This document needs attention — %1. %2")
                             .replace("%1", reason)
                             .replace("%2", attention_advice(row.text_status)))
        self.ocr.setText(attention_action(row.text_status))
        self.ocr.setVisible(self._ocr is not None)
        self.reextract.setEnabled(True)
        self.setVisible(True)

    @Slot()
    def _reextract(self) -> None:
        if self._doc_id is not None:
            self.reextract.setEnabled(False)
            self.reextractRequested.emit(self._doc_id)

    @Slot()
    def _recognise(self) -> None:
        if self._doc_id is not None and self._ocr is not None:
            self._ocr(self._doc_id)
