"""Turn an ExportSelection into the ordered ids of the documents it names."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from indexer.documents import DocumentView, list_documents
from indexer.errors import NotFound
from indexer.export.types import ExportError, ExportSelection
from indexer.models import Collection, Document, Tag, collection_documents
from indexer.records import chunks
from indexer.tags import normalize_tag

CHOOSE = "Choose what to export: documents by id, a collection, a tag or a search query."


def resolve(session: Session, find_ids: Callable[[str], list[int]], selection: ExportSelection
            ) -> list[int]:
    """The ids of the selected documents, in a sensible order.

    Raises ExportError when the selection names nothing or holds no documents, NotFound for
    an unknown id, collection or tag, and QueryError for a malformed query.
    """
    chosen = [bool(selection.ids), selection.collection is not None,
              selection.tag is not None, selection.query is not None]
    if sum(chosen) != 1:
        raise ExportError(CHOOSE if not any(chosen) else
                          "Choose only one of: ids, a collection, a tag or a query.")
    if selection.ids:
        ids = _by_ids(session, selection.ids)
    elif selection.collection is not None:
        ids = _by_collection(session, selection.collection)
    elif selection.tag is not None:
        ids = _by_tag(session, selection.tag)
    else:
        ids = matching_ids(session, find_ids, selection.query or "")
    if not ids:
        raise ExportError(f"There is nothing to export: {selection.label()} holds no documents.")
    return ids


def _by_ids(session: Session, wanted: tuple[int, ...]) -> list[int]:
    ids = list(dict.fromkeys(wanted))
    found = _existing(session, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"There is no document with id {missing[0]}.")
    return ids


def _by_collection(session: Session, name: str) -> list[int]:
    wanted = " ".join(name.split())
    collection = session.scalar(select(Collection).where(Collection.name == wanted))
    if collection is None:
        collection = session.scalar(
            select(Collection).where(func.lower(Collection.name) == wanted.lower()))
    if collection is None:
        raise NotFound(f"There is no collection named “{name}”.")
    return list(session.scalars(
        select(collection_documents.c.document_id)
        .where(collection_documents.c.collection_id == collection.id)
        .order_by(collection_documents.c.position, collection_documents.c.document_id)))


def _by_tag(session: Session, name: str) -> list[int]:
    tag = normalize_tag(name).lower()
    known = session.scalar(select(func.count(Tag.id)).where(
        (func.lower(Tag.name) == tag) | func.lower(Tag.name).startswith(tag + "/",
                                                                        autoescape=True)))
    if not known:
        raise NotFound(f"There is no tag “{name}”.")
    rows = list_documents(session, DocumentView(tag=name), sort="title", descending=False)
    return [r.id for r in rows]


def matching_ids(session: Session, find_ids: Callable[[str], list[int]], query: str
                 ) -> list[int]:
    """Every document a query finds (those with all the words first), not only a first page.

    Raises QueryError for an empty or malformed query.
    """
    ids = list(dict.fromkeys(find_ids(query)))
    existing = _existing(session, ids)
    return [i for i in ids if i in existing]


def _existing(session: Session, ids: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunks(ids):
        found.update(session.scalars(select(Document.id).where(Document.id.in_(chunk))))
    return found
