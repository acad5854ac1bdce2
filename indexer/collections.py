"""Collections (named sets of documents) and saved searches."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from indexer.errors import DossierError, NotFound
from indexer.models import Collection, SavedSearch, collection_documents


@dataclass(frozen=True)
class CollectionRow:
    """A collection and how many documents it holds."""

    id: int
    uuid: str
    name: str
    count: int


@dataclass(frozen=True)
class SavedSearchRow:
    """A saved query."""

    id: int
    uuid: str
    name: str
    query: str


def _clean_name(name: str, what: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise DossierError(f"A {what} needs a name.")
    return name


def create_collection(session: Session, name: str) -> CollectionRow:
    """A new empty collection. Raises DossierError if the name is taken."""
    name = _clean_name(name, "collection")
    if session.scalar(select(Collection.id).where(Collection.name == name)):
        raise DossierError(f"There is already a collection named “{name}”.")
    collection = Collection(name=name)
    session.add(collection)
    session.flush()
    return CollectionRow(collection.id, collection.uuid, name, 0)


def rename_collection(session: Session, collection_id: int, name: str) -> CollectionRow:
    """Rename a collection in place (its uuid stays). Raises DossierError if the name is taken."""
    collection = session.get(Collection, collection_id)
    if collection is None:
        raise NotFound(f"There is no collection with id {collection_id}.")
    name = _clean_name(name, "collection")
    taken = session.scalar(select(Collection.id).where(Collection.name == name))
    if taken is not None and taken != collection_id:
        raise DossierError(f"There is already a collection named “{name}”.")
    collection.name = name
    session.flush()
    count = len(collection.documents)
    return CollectionRow(collection.id, collection.uuid, name, count)


def list_collections(session: Session) -> list[CollectionRow]:
    """Every collection with its size, by name."""
    counts = (select(collection_documents.c.collection_id, func.count().label("n"))
              .group_by(collection_documents.c.collection_id).subquery())
    rows = session.execute(
        select(Collection.id, Collection.uuid, Collection.name, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.collection_id == Collection.id).order_by(Collection.name))
    return [CollectionRow(i, u, n, int(c)) for i, u, n, c in rows]


def add_to_collection(session: Session, collection_id: int, doc_ids: Sequence[int]) -> None:
    """Put documents in a collection (those already in it stay where they are)."""
    if session.get(Collection, collection_id) is None:
        raise NotFound(f"There is no collection with id {collection_id}.")
    present = set(session.scalars(select(collection_documents.c.document_id).where(
        collection_documents.c.collection_id == collection_id)))
    position = len(present)
    for doc_id in doc_ids:
        if doc_id not in present:
            session.execute(insert(collection_documents).values(
                collection_id=collection_id, document_id=doc_id, position=position))
            present.add(doc_id)
            position += 1


def remove_from_collection(session: Session, collection_id: int, doc_ids: Sequence[int]) -> None:
    """Take documents out of a collection."""
    session.execute(delete(collection_documents).where(
        collection_documents.c.collection_id == collection_id,
        collection_documents.c.document_id.in_(doc_ids)))


def delete_collection(session: Session, collection_id: int) -> None:
    """Delete a collection (its documents stay in the archive)."""
    collection = session.get(Collection, collection_id)
    if collection is None:
        raise NotFound(f"There is no collection with id {collection_id}.")
    session.delete(collection)


def save_search(session: Session, name: str, query: str) -> SavedSearchRow:
    """Save (or overwrite) a named query."""
    name = _clean_name(name, "saved search")
    saved = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
    if saved is None:
        saved = SavedSearch(name=name, query=query)
        session.add(saved)
    saved.query = query
    session.flush()
    return SavedSearchRow(saved.id, saved.uuid, saved.name, saved.query)


def list_saved_searches(session: Session) -> list[SavedSearchRow]:
    """Every saved search, by name."""
    return [SavedSearchRow(s.id, s.uuid, s.name, s.query)
            for s in session.scalars(select(SavedSearch).order_by(SavedSearch.name))]


def delete_saved_search(session: Session, search_id: int) -> None:
    """Forget a saved search."""
    saved = session.get(SavedSearch, search_id)
    if saved is None:
        raise NotFound(f"There is no saved search with id {search_id}.")
    session.delete(saved)
