"""The document reader: PDFs rendered page by page in the background, other kinds as text."""
from desktop_app.reader.pane import ReaderDocument, ReaderPane

__all__ = ["ReaderDocument", "ReaderPane"]
