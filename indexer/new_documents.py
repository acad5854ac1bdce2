"""Documents an import has read, as plain rows inserted a group at a time (no ORM unit of
work: building and flushing ORM objects cost the importing process four times as much)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from indexer.anchoring import reanchor
from indexer.extract.dates import choose_date
from indexer.extract.types import Extracted
from indexer.models import Annotation, Document, Page, document_tags, new_uuid, utcnow
from indexer.records import index_record
from indexer.search.record import IndexRecord
from indexer.walk import readable


@dataclass
class NewDocument:
    """One document read from a file, not yet in the database (id is None until then)."""

    path: str  # the file it was read from, as given
    row: dict[str, Any]  # its documents row
    pages: list[dict[str, Any]]  # its pages rows, without document_id
    annotations: list[dict[str, Any]] = field(default_factory=list)
    prepared: dict[str, Any] | None = None  # the index fields a worker analysed
    id: int | None = None

    @property
    def checksum(self) -> str:
        return str(self.row["checksum"])


def new_document(path: Path, checksum: str, size: int, ex: Extracted,
                 author: str | None = None) -> NewDocument:
    """The rows of the document read from path; author signs its marks that name none."""
    name, stem, where = readable(path.name), readable(path.stem), readable(str(path.resolve()))
    meta: dict[str, object] = dict(ex.metadata)
    if ex.warnings:
        meta["warnings"] = ex.warnings
    published, date_source = ex.dated or choose_date(ex.kind, ex.pages, ex.published, path.name)
    now = utcnow()
    row = {
        "uuid": new_uuid(), "title": (ex.title or stem).strip()[:1000], "kind": ex.kind,
        "source": ex.source, "author": ex.author, "published": published,
        "date_source": date_source, "language": ex.language, "checksum": checksum,
        "year": int(published[:4]) if published and published[:4].isdigit() else None,
        "original_name": name, "original_path": where, "size": size,
        "page_count": len(ex.pages), "text_status": ex.text_status, "meta": meta,
        "indexed": False, "imported_at": now, "modified_at": now,
    }
    languages = ex.page_languages or [None] * len(ex.pages)
    pages = [{"number": n, "text": text, "language": language}
             for n, (text, language) in enumerate(zip(ex.pages, languages, strict=True), 1)]
    marks = [_annotation(a, ex.pages, author) for a in ex.annotations]
    return NewDocument(str(path), row, pages, marks, ex.prepared)


_ANNOT_KINDS = {"Highlight": "highlight", "Underline": "underline", "StrikeOut": "strike",
                "Squiggly": "underline", "Text": "note", "FreeText": "note"}


def _annotation(data: dict[str, Any], pages: list[str], author: str | None) -> dict[str, Any]:
    """A Dossier annotation row from one read out of the file, anchored in the page text."""
    page, quote = data.get("page"), str(data.get("quote") or "")
    now = utcnow()
    mark: dict[str, Any] = {
        "uuid": new_uuid(), "kind": _ANNOT_KINDS.get(str(data.get("type")), "highlight"),
        "page": page, "rects": data.get("rects") or [], "quote": quote,
        "comment": str(data.get("comment") or ""), "color": str(data.get("color") or "#ffd400"),
        "author": data.get("author") or author, "prefix": "", "suffix": "", "start": None,
        "end": None, "orphaned": False, "created_at": now, "modified_at": now,
    }
    if quote and isinstance(page, int) and 1 <= page <= len(pages):
        found = reanchor(pages, quote, page, None)
        if found is not None and found.page == page:
            mark.update(quote=pages[page - 1][found.start:found.end], start=found.start,
                        end=found.end, prefix=found.prefix, suffix=found.suffix)
    return mark


def insert_documents(session: Session, docs: list[NewDocument], tag_ids: list[int]) -> None:
    """Insert docs with their pages, annotations and tags; each gets its id. Raises the
    database's IntegrityError when a checksum is already there (nothing is then inserted
    once the transaction rolls back)."""
    if not docs:
        return
    rows = session.execute(insert(Document).returning(Document.id, Document.uuid),
                           [doc.row for doc in docs])
    ids = {uuid: doc_id for doc_id, uuid in rows}
    for doc in docs:
        doc.id = ids[doc.row["uuid"]]
    _insert(session, Page, [page | {"document_id": doc.id} for doc in docs for page in doc.pages])
    _insert(session, Annotation, [mark | {"document_id": doc.id} for doc in docs
                                  for mark in doc.annotations])
    if tag_ids:
        session.execute(insert(document_tags), [{"document_id": doc.id, "tag_id": tag}
                                                for doc in docs for tag in tag_ids])


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(model), rows)


def record_of_new(doc: NewDocument, tags: list[str]) -> IndexRecord:
    """The index record of an inserted document."""
    assert doc.id is not None, "record_of_new() of a document not inserted"
    countries = doc.prepared["countries"] if doc.prepared is not None else None
    return index_record(SimpleNamespace(id=doc.id, **doc.row),
                        [page["text"] for page in doc.pages],
                        [page["language"] for page in doc.pages], list(tags), [],
                        [f"{a['quote']} {a['comment']}" for a in doc.annotations], countries)
