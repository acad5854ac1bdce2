"""Showing a loaded document in the reader pane."""
from __future__ import annotations

from desktop_app.operations import Opened
from desktop_app.reader.pane import ReaderDocument, ReaderPane


def reader_document(opened: Opened) -> ReaderDocument:
    """The ReaderDocument for a loaded document."""
    row = opened.detail.row
    return ReaderDocument(id=row.id, title=row.title, kind=row.kind,
                          stored_path=opened.stored_path, page_texts=opened.page_texts,
                          page=opened.page, terms=opened.terms)


def show_in_reader(reader: ReaderPane, opened: Opened | None) -> None:
    """Show a document in the reader (None clears it)."""
    if opened is None:
        reader.clear()
    else:
        reader.show_document(reader_document(opened))
