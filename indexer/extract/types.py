"""The typed result every extractor returns: page texts plus bibliographic metadata."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# text_status values
TEXT_OK = "ok"
TEXT_NONE = "no_text"        # no text layer at all (a scan), or an empty file
TEXT_GARBLED = "garbled"     # a text layer exists but does not decode to real words


@dataclass
class Extracted:
    """What an extractor read from one file.

    pages: one string per page (PDF) or a single string for flowing documents.
    published: ISO 8601, as precise as known: "2023-06-19", "2023-06" or "2023".
    language: an ISO 639-1 code ("en", "ru", "uz", "az", ...) or None if unknown.
    """

    kind: str                      # "pdf" | "html" | "text" | "markdown" | "docx"
    pages: list[str]
    title: str | None = None
    author: str | None = None
    source: str | None = None      # publisher or site name
    published: str | None = None
    language: str | None = None
    # One code (or None) per page when the pages are in more than one language.
    page_languages: list[str | None] = field(default_factory=list)
    text_status: str = TEXT_OK
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # Existing annotations read from the file (PDF); filled by later issues.
    annotations: list[dict[str, object]] = field(default_factory=list)
    # Filled by the import's workers (indexer.import_worker): the analysed text fields and
    # the countries named, so the importing process need not analyse the text again.
    prepared: dict[str, Any] | None = None
    # (date, where it came from) as the import worker chose it (indexer.extract.dates)
    dated: tuple[str | None, str] | None = None
    # The file's copy the import worker made in the store's temporary folder (filestore.stage)
    staged: str | None = None

    @property
    def text(self) -> str:
        """The whole text, pages joined by form feeds."""
        return "\f".join(self.pages)


def indexable(text_status: str, pages: list[str]) -> list[str]:
    """The page texts worth indexing.

    A garbled text layer stays in the database (for a later repair or OCR) but is kept out
    of the index, where it would only produce nonsense hits.
    """
    return [] if text_status == TEXT_GARBLED else pages
