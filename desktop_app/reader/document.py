"""What the reader shows (ReaderDocument) and what its helpers may ask of it (ReaderHost)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from desktop_app.reader.pdf_view import PdfView
    from desktop_app.reader.text_view import TextView


@dataclass(frozen=True)
class ReaderDocument:
    """What the reader needs to show one archived document."""

    id: int
    title: str
    kind: str                    # "pdf" | "html" | "text" | "markdown" | "docx"
    stored_path: Path            # the original file, byte-identical, read-only
    page_texts: list[str]        # extracted text per page (flowing documents: one entry)
    page: int | None = None      # 1-based page to open at
    terms: frozenset[str] = frozenset()   # index terms to highlight (from a search)


class ReaderHost(Protocol):
    """The reader pane as the annotator sees it (so that neither imports the other)."""

    pdf_view: PdfView
    text_view: TextView
    documentReady: SignalInstance

    def document(self) -> ReaderDocument | None: ...

    def go_to_page(self, page: int) -> None: ...
