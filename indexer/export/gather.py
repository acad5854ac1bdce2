"""Plain snapshots of the documents to export: metadata, tags, notes, marks and page texts."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from indexer.filestore import FileStore
from indexer.models import Annotation, Document

CHUNK = 200


@dataclass(frozen=True)
class NoteData:
    """One note of a document."""

    uuid: str
    text: str
    created_at: datetime
    modified_at: datetime


@dataclass(frozen=True)
class MarkData:
    """One annotation with everything the export formats need."""

    id: int
    uuid: str
    kind: str
    page: int | None
    rects: tuple[tuple[float, ...], ...]
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    color: str
    comment: str
    author: str | None
    orphaned: bool
    created_at: datetime
    modified_at: datetime

    @classmethod
    def of(cls, a: Annotation) -> MarkData:
        return cls(a.id, a.uuid, a.kind, a.page, tuple(tuple(r) for r in a.rects or []),
                   a.quote, a.prefix, a.suffix, a.start, a.end, a.color, a.comment, a.author,
                   a.orphaned, a.created_at, a.modified_at)


@dataclass(frozen=True)
class PageDetail:
    """What a page knows beyond its text: its language when the document mixes them, and
    where a recovered text came from ("ocr", "repair") with the recognition's confidence."""

    language: str | None = None
    source: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class ExportDoc:
    """A document as the exporters see it (no live ORM objects leave the session)."""

    id: int
    uuid: str
    title: str
    kind: str
    source: str | None
    author: str | None
    published: str | None
    year: int | None
    language: str | None
    checksum: str
    original_name: str
    original_path: str | None
    size: int
    page_count: int
    text_status: str
    imported_at: datetime
    modified_at: datetime
    meta: dict[str, Any]
    stored_path: Path
    tags: tuple[str, ...]
    notes: tuple[NoteData, ...]
    marks: tuple[MarkData, ...]    # page order, orphans last
    pages: tuple[str, ...] | None  # only when the format needs the texts
    # Word boxes of the pages whose text was recovered (OCR, repair), by page number.
    page_words: dict[int, list[list[Any]]] = field(default_factory=dict)
    date_source: str | None = None  # where published came from (models.Document)
    page_details: tuple[PageDetail, ...] = ()  # with the pages

    @property
    def url(self) -> str | None:
        """The web address the document came from, when its metadata knows it."""
        value = self.meta.get("url")
        return str(value) if value else None

    def page_offsets(self) -> list[int]:
        """Where each page starts in the whole text (pages joined by form feeds)."""
        offsets, at = [], 0
        for text in self.pages or ():
            offsets.append(at)
            at += len(text) + 1
        return offsets


def mark_order(mark: MarkData) -> tuple[bool, int, int, int]:
    """Sort key: page order, orphans last."""
    return (mark.orphaned, mark.page or 0, mark.start or 0, mark.id)


def _snapshot(doc: Document, files: FileStore, with_pages: bool) -> ExportDoc:
    return ExportDoc(
        id=doc.id, uuid=doc.uuid, title=doc.title, kind=doc.kind, source=doc.source,
        author=doc.author, published=doc.published, year=doc.year, language=doc.language,
        checksum=doc.checksum, original_name=doc.original_name, original_path=doc.original_path,
        size=doc.size, page_count=doc.page_count, text_status=doc.text_status,
        imported_at=doc.imported_at, modified_at=doc.modified_at, meta=dict(doc.meta or {}),
        stored_path=files.path_for(doc.checksum, doc.original_name),
        tags=tuple(sorted(t.name for t in doc.tags)),
        notes=tuple(NoteData(n.uuid, n.text, n.created_at, n.modified_at) for n in doc.notes),
        marks=tuple(sorted((MarkData.of(a) for a in doc.annotations), key=mark_order)),
        pages=tuple(p.text for p in doc.pages) if with_pages else None,
        page_words={p.number: p.words for p in doc.pages if p.text_source and p.words}
        if with_pages else {},
        date_source=doc.date_source,
        page_details=tuple(PageDetail(p.language, p.text_source, p.ocr_confidence)
                           for p in doc.pages) if with_pages else (),
    )


def load_chunk(session: Session, files: FileStore, ids: Sequence[int], with_pages: bool
               ) -> list[ExportDoc]:
    """Snapshots of these documents, in the order of ids (missing ids are skipped)."""
    options = [selectinload(Document.tags), selectinload(Document.notes),
               selectinload(Document.annotations)]
    if with_pages:
        options.append(selectinload(Document.pages))
    docs = {d.id: d for d in session.scalars(
        select(Document).where(Document.id.in_(ids)).options(*options))}
    return [_snapshot(docs[i], files, with_pages) for i in ids if i in docs]


def iter_docs(sessions: sessionmaker[Session], files: FileStore, ids: Sequence[int],
              with_pages: bool) -> Iterator[ExportDoc]:
    """Snapshots of the documents, loaded a chunk at a time so large exports stay small."""
    for start in range(0, len(ids), CHUNK):
        with sessions() as session:
            chunk = load_chunk(session, files, ids[start:start + CHUNK], with_pages)
        yield from chunk

