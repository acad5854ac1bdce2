"""Build the index records of documents from the database, in bulk."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.countries import countries_of
from indexer.extract.types import indexable
from indexer.models import Annotation, Document, Note, Page, Tag, document_tags
from indexer.search.record import IndexRecord

CHUNK = 500


def load_records(session: Session, ids: Sequence[int]) -> list[IndexRecord]:
    """Index records for these document ids (missing ids are skipped), in four queries."""
    docs = session.scalars(select(Document).where(Document.id.in_(ids))).all()
    pages: dict[int, list[str]] = defaultdict(list)
    languages: dict[int, list[str | None]] = defaultdict(list)
    for doc_id, text, language in session.execute(
        select(Page.document_id, Page.text, Page.language).where(Page.document_id.in_(ids))
        .order_by(Page.document_id, Page.number)
    ):
        pages[doc_id].append(text)
        languages[doc_id].append(language)
    tags: dict[int, list[str]] = defaultdict(list)
    for doc_id, name in session.execute(
        select(document_tags.c.document_id, Tag.name)
        .join(Tag, Tag.id == document_tags.c.tag_id)
        .where(document_tags.c.document_id.in_(ids))
    ):
        tags[doc_id].append(name)
    notes = _texts_by_doc(session, select(Note.document_id, Note.text), Note.document_id, ids)
    marks = _texts_by_doc(
        session, select(Annotation.document_id, Annotation.quote + " " + Annotation.comment),
        Annotation.document_id, ids,
    )
    return [index_record(d, pages.get(d.id, []), languages[d.id], tags.get(d.id, []),
                         notes.get(d.id, []), marks.get(d.id, [])) for d in docs]


def index_record(doc: Any, pages: list[str], languages: list[str | None], tags: list[str],
                 notes: list[str], annotations: list[str],
                 countries: list[str] | None = None) -> IndexRecord:
    """The index record of doc (anything with a document's columns as attributes), its
    pages' texts and languages, tags, notes and marks; the countries it names are found
    unless given."""
    texts = indexable(doc.text_status, pages)
    return IndexRecord(
        id=doc.id, title=doc.title, pages=texts, kind=doc.kind, language=doc.language,
        status=doc.text_status, author=doc.author,
        languages=sorted({lang for lang in languages if lang}),
        page_languages=list(languages) if texts else [], source=doc.source,
        published=doc.published, year=doc.year, tags=tags, notes=notes,
        annotations=annotations,
        countries=countries if countries is not None else countries_of(doc.title, texts),
    )


def _texts_by_doc(session: Session, stmt: object, column: object, ids: Sequence[int]
                  ) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for doc_id, text in session.execute(stmt.where(column.in_(ids))):  # type: ignore[attr-defined]
        out[doc_id].append(text)
    return out


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    """ids in slices of at most size."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
