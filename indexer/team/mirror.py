"""The desk's read cache: a SQLite copy of the team database (same schema), kept in step with
the change log, so the desk reads, searches and edits (into its queue) while offline."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from indexer.db import open_engine
from indexer.models import Base, Document
from indexer.records import chunks

# Small tables copied whole; the others follow the documents that changed.
SHARED = ("tags", "collections", "saved_searches")
PER_DOCUMENT = ("pages", "document_tags", "notes", "annotations", "collection_documents")


def open_mirror(path: Path) -> Engine:
    """The desk's cache database, migrated like any archive database."""
    return open_engine(path)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(conn: Connection, table: Table, column: str, ids: Sequence[int]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for chunk in chunks(list(ids)):
        found += [dict(r._mapping) for r in conn.execute(
            select(table).where(table.c[column].in_(chunk)))]
    return found


def copy_shared(server: Connection, local: Connection) -> None:
    """Make the small tables equal to the server's (rows keep their ids). A row only renamed
    is updated in place, so its links to documents stay."""
    for name in SHARED:
        table = _table(name)
        rows = [dict(r._mapping) for r in server.execute(select(table))]
        uuid_of = {r["id"]: r["uuid"] for r in rows}
        mine = local.execute(select(table.c.id, table.c.uuid)).all()
        stale = [r.id for r in mine if uuid_of.get(r.id) != r.uuid]
        kept = [r.id for r in mine if uuid_of.get(r.id) == r.uuid]
        for chunk in chunks(stale):
            local.execute(delete(table).where(table.c.id.in_(chunk)))
        for chunk in chunks(kept):  # names out of the way of each other while they change
            local.execute(update(table).where(table.c.id.in_(chunk)).values(name=table.c.uuid))
        _upsert(local, table, rows)


def _upsert(local: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    statement = sqlite_insert(table)
    keys = [c.name for c in table.primary_key.columns]
    statement = statement.on_conflict_do_update(
        index_elements=keys,
        set_={c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys})
    for start in range(0, len(rows), 200):
        local.execute(statement, rows[start:start + 200])


def copy_documents(server: Connection, local: Connection, ids: Iterable[int]) -> list[int]:
    """Replace these documents in the cache by the server's rows (dropping those the server no
    longer has); returns the ids that exist."""
    wanted = sorted(set(ids))
    documents = _table("documents")
    rows = _rows(server, documents, "id", wanted)
    present = [r["id"] for r in rows]
    for chunk in chunks(wanted):
        local.execute(delete(documents).where(documents.c.id.in_(chunk)))  # cascades
    _upsert(local, documents, rows)
    for name in PER_DOCUMENT:
        table = _table(name)
        found = _rows(server, table, "document_id", present)
        _clear(local, table, found, present)
        if found:
            for start in range(0, len(found), 200):
                local.execute(table.insert(), found[start:start + 200])
    return present


def copy_changes(server: Connection, local: Connection, tables: dict[int, set[str]]) -> None:
    """Bring these documents up to date in the cache, copying only the tables that changed
    for each (a new mark does not copy a long document's pages again)."""
    documents = _table("documents")
    cached = {i for chunk in chunks(sorted(tables)) for i in local.scalars(
        select(documents.c.id).where(documents.c.id.in_(chunk)))}
    whole = [i for i, what in tables.items()
             if i not in cached or what & {"documents", "pages"}]
    for chunk in chunks(sorted(whole), 200):
        copy_documents(server, local, chunk)
    for name in PER_DOCUMENT:
        if name == "pages":
            continue
        ids = sorted(i for i, what in tables.items() if i not in whole
                     and (name in what or (name == "document_tags" and "tags" in what)))
        for chunk in chunks(ids, 200):
            table = _table(name)
            found = _rows(server, table, "document_id", list(chunk))
            _clear(local, table, found, list(chunk))
            if found:
                local.execute(table.insert(), found)


def _clear(local: Connection, table: Table, rows: list[dict[str, Any]],
           present: list[int]) -> None:
    """Remove the cache's rows of these documents, and rows the server's would clash with
    (a note made offline holds an id or uuid the server gave to another)."""
    for chunk in chunks(present):
        local.execute(delete(table).where(table.c.document_id.in_(chunk)))
    for column in ("id", "uuid"):
        if column in table.c:
            values = [r[column] for r in rows]
            for start in range(0, len(values), 500):
                local.execute(delete(table).where(
                    table.c[column].in_(values[start:start + 500])))


def mark_indexed(local: Connection, ids: Sequence[int]) -> None:
    """The cache's documents whose current state the desk's index holds."""
    for chunk in chunks(list(ids)):
        local.execute(update(Document).where(Document.id.in_(chunk)).values(indexed=True))
