"""Reading and editing documents, tags and notes in the database (no index work here)."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from indexer.errors import DossierError, NotFound
from indexer.filestore import FileStore
from indexer.models import Document, Note, Page, Tag, utcnow
from indexer.rows import DocumentDetail, DocumentRow, NoteRow
from indexer.tags import get_or_create_tags, normalize_tag

EDITABLE = ("title", "source", "author", "published", "language")


def get_document(session: Session, doc_id: int) -> Document:
    """The document with this id. Raises NotFound."""
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(f"There is no document with id {doc_id}.")
    return doc


def list_documents(session: Session, limit: int | None = None, offset: int = 0
                   ) -> list[DocumentRow]:
    """Documents, most recently imported first."""
    stmt = (select(Document).options(selectinload(Document.tags))
            .order_by(Document.imported_at.desc(), Document.id.desc()).offset(offset))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [DocumentRow.of(d) for d in session.scalars(stmt)]


def count_documents(session: Session) -> int:
    """How many documents the archive holds."""
    return int(session.scalar(select(func.count(Document.id))) or 0)


def detail(session: Session, files: FileStore, doc_id: int) -> DocumentDetail:
    """Everything about one document. Raises NotFound."""
    doc = get_document(session, doc_id)
    return DocumentDetail(
        row=DocumentRow.of(doc), checksum=doc.checksum,
        stored_path=str(files.path_for(doc.checksum, doc.original_name)),
        original_path=doc.original_path, meta=dict(doc.meta or {}),
        notes=tuple(NoteRow.of(n) for n in doc.notes),
    )


def page_texts(session: Session, doc_id: int) -> list[str]:
    """The extracted text of each page. Raises NotFound."""
    get_document(session, doc_id)
    return list(session.scalars(
        select(Page.text).where(Page.document_id == doc_id).order_by(Page.number)))


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


def update_note(session: Session, note_id: int, text: str) -> NoteRow:
    """Change a note's text."""
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(f"There is no note with id {note_id}.")
    note.text = text
    note.modified_at = utcnow()
    session.flush()
    return NoteRow.of(note)


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
    session.flush()
    return DocumentRow.of(doc)


def all_tags(session: Session) -> list[tuple[str, int]]:
    """Every tag with the number of documents carrying it."""
    stmt = (select(Tag.name, func.count(Document.id)).outerjoin(Tag.documents)
            .group_by(Tag.id).order_by(Tag.name))
    return [(name, int(n)) for name, n in session.execute(stmt)]
