"""The reader pane in the main window (imported lazily: it is built separately)."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.operations import Opened

log = logging.getLogger(__name__)


def create_reader(parent: QWidget) -> QWidget:
    """A ReaderPane, or a placeholder label if the reader package cannot be loaded."""
    try:
        from desktop_app.reader.pane import ReaderPane
    except ImportError:
        log.exception("The reader pane is not available")
        label = QLabel(parent)
        label.setText(QCoreApplication.translate("ReaderSlot", "The reader is not available."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    return ReaderPane(parent)


def reader_document(opened: Opened) -> Any:
    """The ReaderDocument for a loaded document."""
    from desktop_app.reader.pane import ReaderDocument

    row = opened.detail.row
    return ReaderDocument(id=row.id, title=row.title, kind=row.kind,
                          stored_path=opened.stored_path, page_texts=opened.page_texts,
                          page=opened.page, terms=opened.terms)


def show_in_reader(reader: QWidget, opened: Opened | None) -> None:
    """Show a document in the reader (None clears it)."""
    if not hasattr(reader, "show_document"):
        return
    if opened is None:
        reader.clear()  # type: ignore[attr-defined]
    else:
        reader.show_document(reader_document(opened))  # type: ignore[attr-defined]
