"""Reading and editing documents, tags and notes in the database (no index work here)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Integer, Select, cast, func, literal_column, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from indexer.errors import DossierError, NoteConflict, NotFound
from indexer.filestore import FileStore
from indexer.models import (
    Document,
    Note,
    Page,
    Tag,
    collection_documents,
    document_tags,
    utcnow,
)
from indexer.rows import DocumentDetail, DocumentRow, NoteRow
from indexer.sqlportable import json_values
from indexer.tags import get_or_create_tags, normalize_tag

EDITABLE = ("title", "source", "author", "published", "language")


def get_document(session: Session, doc_id: int) -> Document:
    """The document with this id. Raises NotFound."""
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(f"There is no document with id {doc_id}.")
    return doc


SORTABLE = {
    "title": Document.title, "kind": Document.kind, "published": Document.published,
    "source": Document.source, "language": Document.language,
    "page_count": Document.page_count, "imported_at": Document.imported_at,
    "size": Document.size, "id": Document.id,
}
RECENT_DAYS = 7
NEEDS_ATTENTION = ("no_text", "garbled")


@dataclass(frozen=True)
class DocumentView:
    """Which documents a list shows: everything, or narrowed by one of the fields."""

    recent: bool = False          # imported in the last RECENT_DAYS days
    attention: bool = False       # text missing or unreadable
    tag: str | None = None        # this tag and its sub-tags
    collection: int | None = None
    ids: tuple[int, ...] | None = None
    query: str | None = None      # a live search (a saved search as a collection)


ALL_DOCUMENTS = DocumentView()


def _filtered(stmt: Select[Any], view: DocumentView) -> Select[Any]:
    if view.recent:
        stmt = stmt.where(Document.imported_at >= utcnow() - timedelta(days=RECENT_DAYS))
    if view.attention:
        stmt = stmt.where(Document.text_status.in_(NEEDS_ATTENTION))
    if view.tag is not None:
        name = normalize_tag(view.tag).lower()
        lowered = func.lower(Tag.name)
        tagged = (select(document_tags.c.document_id).join(Tag, Tag.id == document_tags.c.tag_id)
                  .where(or_(lowered == name, lowered.startswith(name + "/", autoescape=True))))
        stmt = stmt.where(Document.id.in_(tagged))
    if view.collection is not None:
        members = select(collection_documents.c.document_id).where(
            collection_documents.c.collection_id == view.collection)
        stmt = stmt.where(Document.id.in_(members))
    if view.ids is not None:
        # One JSON parameter instead of one per id: a search may match 100,000 documents.
        listed: Select[Any] = select(cast(literal_column("value"), Integer)).select_from(
            json_values(json.dumps(list(view.ids))))
        stmt = stmt.where(Document.id.in_(listed))
    if view.query is not None:
        raise DossierError("A search view must be resolved to ids by the archive first.")
    return stmt


def list_documents(session: Session, view: DocumentView = ALL_DOCUMENTS,
                   sort: str = "imported_at", descending: bool = True,
                   limit: int | None = None, offset: int = 0) -> list[DocumentRow]:
    """A page of documents in view, sorted by a SORTABLE column (ties by id)."""
    column = SORTABLE.get(sort)
    if column is None:
        raise DossierError(f"Documents cannot be sorted by “{sort}”.")
    order = (column.desc(), Document.id.desc()) if descending else (column.asc(), Document.id)
    stmt = _filtered(select(Document), view).options(selectinload(Document.tags))
    stmt = stmt.order_by(*order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [DocumentRow.of(d) for d in session.scalars(stmt)]


def count_documents(session: Session, view: DocumentView = ALL_DOCUMENTS) -> int:
    """How many documents are in view."""
    stmt = _filtered(select(func.count(Document.id)), view)
    return int(session.scalar(stmt) or 0)


def detail(session: Session, files: FileStore, doc_id: int) -> DocumentDetail:
    """Everything about one document. Raises NotFound."""
    doc = get_document(session, doc_id)
    return DocumentDetail(
        row=DocumentRow.of(doc), checksum=doc.checksum,
        stored_path=str(files.path_for(doc.checksum, doc.original_name)),
        original_path=doc.original_path, meta=dict(doc.meta or {}),
        notes=tuple(NoteRow.of(n) for n in doc.notes),
        page_languages=tuple((number, language or "") for number, language in session.execute(
            select(Page.number, Page.language).where(
                Page.document_id == doc_id, Page.language.is_not(None)).order_by(Page.number))),
        page_sources=page_sources(session, doc),
    )


def page_sources(session: Session, doc: Document) -> tuple[tuple[int, str, float | None], ...]:
    """(page, text source, mean OCR confidence) of every page of a document; a page whose
    text is the file's own says the file's kind ("pdf", "html", ...)."""
    rows = session.execute(select(Page.number, Page.text_source, Page.ocr_confidence)
                           .where(Page.document_id == doc.id).order_by(Page.number))
    return tuple((number, source or doc.kind, confidence) for number, source, confidence in rows)


def page_texts(session: Session, doc_id: int) -> list[str]:
    """The extracted text of each page. Raises NotFound."""
    get_document(session, doc_id)
    return list(session.scalars(
        select(Page.text).where(Page.document_id == doc_id).order_by(Page.number)))


def replace_pages(doc: Document, texts: list[str]) -> None:
    """Give a document new page texts, reusing page rows (page numbers are unique)."""
    existing = {p.number: p for p in doc.pages}
    for number, text in enumerate(texts, start=1):
        if number in existing:
            page = existing[number]
            if page.text != text:  # the file's own text again: no recovered words apply
                page.text, page.text_source, page.ocr_confidence, page.words = \
                    text, None, None, None
        else:
            doc.pages.append(Page(number=number, text=text))
    for number, page in existing.items():
        if number > len(texts):
            doc.pages.remove(page)


def add_tags(session: Session, doc_id: int, names: Sequence[str]) -> list[str]:
    """Tag a document; return its tags afterwards."""
    doc = get_document(session, doc_id)
    for tag in get_or_create_tags(session, names):
        if tag not in doc.tags:
            doc.tags.append(tag)
    return sorted(t.name for t in doc.tags)


def remove_tags(session: Session, doc_id: int, names: Sequence[str]) -> list[str]:
    """Untag a document (unknown tags are reported); return its tags afterwards."""
    doc = get_document(session, doc_id)
    by_name = {t.name.casefold(): t for t in doc.tags}
    for name in names:
        tag = by_name.get(normalize_tag(name).casefold())
        if tag is None:
            raise NotFound(f"Document {doc_id} has no tag “{name}”.")
        doc.tags.remove(tag)
    return sorted(t.name for t in doc.tags)


def add_note(session: Session, doc_id: int, text: str) -> NoteRow:
    """Attach a Markdown note to a document."""
    if not text.strip():
        raise DossierError("A note needs some text.")
    doc = get_document(session, doc_id)
    note = Note(text=text)
    doc.notes.append(note)
    session.flush()
    return NoteRow.of(note)


def update_note(session: Session, note_id: int, text: str,
                base_version: int | None = None) -> NoteRow:
    """Change a note's text; with base_version (NoteRow.version as read), refuse to
    overwrite a text saved since (NoteConflict)."""
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(f"There is no note with id {note_id}.")
    check_note_version(note, text, base_version)
    note.text = text
    note.modified_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:  # saved by another writer between our read and our write
        raise NoteConflict(_CONFLICT, mine=text) from exc
    return NoteRow.of(note)


_CONFLICT = ("This note was changed by someone else while you were editing it; your text "
             "was not saved over theirs: compare both and save again.")


def check_note_version(note: Note, text: str, base_version: int | None) -> None:
    """Raise NoteConflict, with both texts, when the note moved past base_version."""
    if base_version is not None and note.version != base_version and note.text != text:
        raise NoteConflict(_CONFLICT, mine=text, theirs=note.text)


def delete_note(session: Session, note_id: int) -> None:
    """Delete a note."""
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(f"There is no note with id {note_id}.")
    session.delete(note)


def update_metadata(session: Session, doc_id: int, **fields: str | None) -> DocumentRow:
    """Edit title, source, author, published date or language."""
    doc = get_document(session, doc_id)
    for name, value in fields.items():
        if name not in EDITABLE:
            raise DossierError(f"“{name}” cannot be edited.")
        setattr(doc, name, value)
    if "published" in fields:
        value = fields["published"] or ""
        doc.year = int(value[:4]) if value[:4].isdigit() else None
        doc.date_source = "user"  # never re-dated from the text again
    session.flush()
    return DocumentRow.of(doc)


def all_tags(session: Session) -> list[tuple[str, int]]:
    """Every tag with the number of documents carrying it."""
    stmt = (select(Tag.name, func.count(Document.id)).outerjoin(Tag.documents)
            .group_by(Tag.id).order_by(Tag.name))
    return [(name, int(n)) for name, n in session.execute(stmt)]
