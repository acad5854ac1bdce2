"""The desk's offline queue: tags, notes and marks changed while the server could not be
reached, recorded in the cache database in the same transaction as the change itself."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.orm import InstanceState, Session

from indexer.models import Annotation, Document, Note, new_uuid, utcnow

metadata = MetaData()
queue = Table(
    "desk_queue", metadata,
    Column("id", Integer, primary_key=True),
    Column("op", String(8), nullable=False),      # upsert | delete | tag | untag
    Column("kind", String(16), nullable=False),   # note | annotation | tag
    Column("key", Text, nullable=False),          # the record's uuid, or the tag's name
    Column("document_uuid", String(36), nullable=False),
    Column("base", Text),  # the server's version it was edited from (notes: version; marks:
    #                        modification time); None for a record made offline
    Column("at", DateTime, nullable=False, default=utcnow),
)


@dataclass(frozen=True)
class Entry:
    """One queued change."""

    id: int
    op: str
    kind: str
    key: str
    document_uuid: str
    base: str | None
    at: datetime


def create(engine: Engine) -> None:
    """Make the queue table in the cache database (idempotent)."""
    metadata.create_all(engine)


def waiting(engine: Engine) -> int:
    """How many changes wait to be sent."""
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(queue)) or 0)


def entries(engine: Engine) -> list[Entry]:
    with engine.connect() as conn:
        return [Entry(*row) for row in conn.execute(select(queue).order_by(queue.c.id))]


def forget(engine: Engine, ids: list[int]) -> None:
    """Drop sent entries."""
    with engine.begin() as conn:
        conn.execute(delete(queue).where(queue.c.id.in_(ids)))


def capture(session: Session, _context: Any, _instances: Any) -> None:
    """A before_flush hook on the cache's sessions while offline: queue every change to notes,
    marks and tags of this flush (written in the flush's transaction)."""
    rows: list[dict[str, Any]] = []
    with session.no_autoflush:
        for obj in list(session.new) + list(session.dirty):
            if isinstance(obj, (Note, Annotation)):
                if obj in session.dirty and not session.is_modified(obj):
                    continue
                if obj.uuid is None:
                    obj.uuid = new_uuid()
                rows.append(_row("upsert", obj, _base(obj)))
            elif isinstance(obj, Document):
                rows += _tag_rows(obj)
        for obj in session.deleted:
            if isinstance(obj, (Note, Annotation)):
                rows.append(_row("delete", obj, _base(obj)))
    if rows:
        session.connection().execute(insert(queue), rows)


def _row(op: str, obj: Note | Annotation, base: str | None) -> dict[str, Any]:
    document = obj.document
    return {"op": op, "kind": "note" if isinstance(obj, Note) else "annotation",
            "key": obj.uuid, "document_uuid": document.uuid, "base": base, "at": utcnow()}


def _base(obj: Note | Annotation) -> str | None:
    """The server's version of a record as the cache had it before this change."""
    state: InstanceState[Any] = inspect(obj)
    if state.pending or state.transient:
        return None
    if isinstance(obj, Note):
        return str(state.committed_state.get("version", obj.version))
    moment = state.committed_state.get("modified_at", obj.modified_at)
    return moment.isoformat() if moment else None


def _tag_rows(doc: Document) -> list[dict[str, Any]]:
    history = inspect(doc).attrs.tags.history
    return ([{"op": "tag", "kind": "tag", "key": t.name, "document_uuid": doc.uuid,
              "base": None, "at": utcnow()} for t in history.added or ()]
            + [{"op": "untag", "kind": "tag", "key": t.name, "document_uuid": doc.uuid,
                "base": None, "at": utcnow()} for t in history.deleted or ()])
