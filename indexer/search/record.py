"""What the index holds about one document, built from the database (indexer.records)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class IndexRecord:
    """Everything the index holds about one document."""

    id: int
    title: str
    pages: list[str]
    kind: str
    language: str | None = None
    status: str = "ok"
    author: str | None = None
    source: str | None = None
    published: str | None = None
    year: int | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    annotations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)  # of the pages, when they differ
    page_languages: list[str | None] = field(default_factory=list)  # page by page


def parse_published(value: str | None) -> datetime | None:
    """'2023-06-19', '2023-06' or '2023' as a datetime; None if absent or unparsable."""
    if not value:
        return None
    for fmt, length in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value[:length], fmt)
        except ValueError:
            continue
    return None
