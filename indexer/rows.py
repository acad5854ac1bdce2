"""Plain row dataclasses handed to the CLI and the GUI instead of live ORM objects."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from indexer.models import Document, Note


@dataclass(frozen=True)
class NoteRow:
    """One note of a document."""

    id: int
    uuid: str
    text: str
    created_at: datetime
    modified_at: datetime
    author: str | None = None
    version: int = 1  # pass back to Archive.update_note: an older one is refused

    @classmethod
    def of(cls, note: Note) -> NoteRow:
        return cls(note.id, note.uuid, note.text, note.created_at, note.modified_at,
                   note.author, note.version or 1)


@dataclass(frozen=True)
class DocumentRow:
    """What a list of documents shows about each."""

    id: int
    uuid: str
    title: str
    kind: str
    source: str | None
    author: str | None
    published: str | None
    year: int | None
    language: str | None
    page_count: int
    size: int
    text_status: str
    imported_at: datetime
    original_name: str
    tags: tuple[str, ...] = ()
    # Where published came from (see models.Document.date_source)
    date_source: str | None = None

    @classmethod
    def of(cls, doc: Document) -> DocumentRow:
        return cls(
            id=doc.id, uuid=doc.uuid, title=doc.title, kind=doc.kind, source=doc.source,
            author=doc.author, published=doc.published, year=doc.year, language=doc.language,
            page_count=doc.page_count, size=doc.size, text_status=doc.text_status,
            imported_at=doc.imported_at, original_name=doc.original_name,
            tags=tuple(sorted(t.name for t in doc.tags)), date_source=doc.date_source,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = asdict(self)
        data["imported_at"] = self.imported_at.isoformat(timespec="seconds")
        data["tags"] = list(self.tags)
        return data


@dataclass(frozen=True)
class DocumentDetail:
    """Everything about one document, for `show` and the side panel."""

    row: DocumentRow
    checksum: str
    stored_path: str
    original_path: str | None
    meta: dict[str, Any]
    notes: tuple[NoteRow, ...]
    # (page, language) for documents whose pages are in different languages
    page_languages: tuple[tuple[int, str], ...] = ()
    # (page, where its text came from: "pdf", "ocr", "repair" or the file kind, mean OCR
    # confidence 0-100 or None), every page
    page_sources: tuple[tuple[int, str, float | None], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = self.row.to_json()
        data.update(
            checksum=self.checksum, stored_path=self.stored_path,
            original_path=self.original_path, meta=self.meta,
            page_languages=[list(p) for p in self.page_languages],
            pages=[{"page": page, "text_source": source, "ocr_confidence": confidence}
                   for page, source, confidence in self.page_sources],
            notes=[
                {"id": n.id, "uuid": n.uuid, "text": n.text,
                 "created_at": n.created_at.isoformat(timespec="seconds"),
                 "modified_at": n.modified_at.isoformat(timespec="seconds")}
                for n in self.notes
            ],
        )
        return data


@dataclass
class ImportReport:
    """How each file of an import ended: imported, duplicate or failed with a reason."""

    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # Known documents whose lost or damaged stored original this import put back.
    restored: list[tuple[str, int]] = field(default_factory=list)
    # Paths among failed that are encrypted: a retry with the right password may work.
    needs_password: list[str] = field(default_factory=list)
    # Paths among failed that are damaged (unreadable or crashing the reader).
    damaged: list[str] = field(default_factory=list)
    cancelled: bool = False
    # Sentences about the whole batch (e.g. indexing deferred), beside the per-file results.
    warnings: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return (len(self.imported) + len(self.duplicates) + len(self.failed)
                + len(self.restored))

    def to_json(self) -> dict[str, Any]:
        """The `import --json` contract."""
        return {
            "imported": [{"path": p, "id": i} for p, i in self.imported],
            "duplicates": [{"path": p, "id": i} for p, i in self.duplicates],
            "failed": [{"path": p, "error": e} for p, e in self.failed],
            "restored": [{"path": p, "id": i} for p, i in self.restored],
            **({"warnings": self.warnings} if self.warnings else {}),
        }
