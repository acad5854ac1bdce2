"""The change log: one row per change to a team archive, written by triggers in the same
transaction as the change, read by every desk to keep its own index in step.

Sequence numbers are handed out before commit, so a later number can become visible before an
earlier one. Each row also records its transaction id; a desk remembers the oldest transaction
that was still running when it last read (the snapshot's xmin) and the rows it has already
seen since, so a transaction committing late is never skipped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

TEAM_SCHEMA = 1
KEEP_DAYS = 30  # changes older than this are pruned; a desk away longer re-reads everything
WATCHED = ("documents", "pages", "notes", "annotations", "document_tags", "tags",
           "collections", "collection_documents", "saved_searches")

_TABLES = """
CREATE TABLE IF NOT EXISTS team_info (
    id INTEGER PRIMARY KEY, version INTEGER NOT NULL, archive_uuid VARCHAR(36) NOT NULL,
    pruned_txid BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS team_changes (
    seq BIGSERIAL PRIMARY KEY,
    txid BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    document_id INTEGER,
    what VARCHAR(32) NOT NULL,
    op VARCHAR(8) NOT NULL,
    at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc'),
    desk TEXT NOT NULL DEFAULT current_setting('application_name'));
CREATE INDEX IF NOT EXISTS team_changes_txid ON team_changes (txid);
"""

_FUNCTION = """
CREATE OR REPLACE FUNCTION dossier_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
    doc integer;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    IF TG_TABLE_NAME = 'documents' THEN
        -- the per-desk "indexed" flag and the modification stamp alone are no change
        IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - 'indexed' - 'modified_at')
                              = (to_jsonb(NEW) - 'indexed' - 'modified_at') THEN
            RETURN NULL;
        END IF;
        doc := r.id;
    ELSIF TG_TABLE_NAME IN ('tags', 'collections', 'saved_searches') THEN
        doc := NULL;
        IF TG_TABLE_NAME = 'tags' AND TG_OP = 'UPDATE' THEN  -- a rename: re-index its documents
            INSERT INTO team_changes (document_id, what, op)
                SELECT document_id, 'tags', 'UPDATE' FROM document_tags WHERE tag_id = NEW.id;
        END IF;
    ELSE
        doc := r.document_id;
    END IF;
    INSERT INTO team_changes (document_id, what, op) VALUES (doc, TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END $$;
"""


def install(conn: Connection, archive_uuid: str) -> None:
    """Create the change log and its triggers unless this schema has them (idempotent; the
    caller holds the archive's migration lock)."""
    if version(conn) >= TEAM_SCHEMA:
        return
    for statement in _TABLES.split(";"):
        if statement.strip():
            conn.execute(text(statement))
    conn.execute(text(_FUNCTION))
    for table in WATCHED:
        conn.execute(text(
            f"CREATE OR REPLACE TRIGGER dossier_changes AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION dossier_log_change()"))
    conn.execute(text("INSERT INTO team_info (id, version, archive_uuid) VALUES (1, :v, :u) "
                      "ON CONFLICT (id) DO UPDATE SET version = :v"),
                 {"v": TEAM_SCHEMA, "u": archive_uuid})
    conn.commit()


def version(conn: Connection) -> int:
    """The change log's schema version; 0 before it is installed."""
    exists = conn.scalar(text("SELECT to_regclass('team_info') IS NOT NULL"))
    if not exists:
        return 0
    return int(conn.scalar(text("SELECT version FROM team_info WHERE id = 1")) or 0)


def archive_uuid(conn: Connection) -> str:
    """The identity of this team archive (a desk's index belongs to one)."""
    return str(conn.scalar(text("SELECT archive_uuid FROM team_info WHERE id = 1")))


@dataclass
class Cursor:
    """How far a desk has read: every transaction older than xmin, and the rows seen since."""

    xmin: int = 0
    seen: set[int] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        return {"xmin": self.xmin, "seen": sorted(self.seen)}

    @classmethod
    def of(cls, data: Any) -> Cursor:
        if not isinstance(data, dict):
            return cls()
        return cls(int(data.get("xmin", 0)), {int(s) for s in data.get("seen", [])})


@dataclass
class Changes:
    """What changed since a cursor: the documents to re-index, whether anything changed, and
    whether the log still held all of it (else the desk must re-read everything)."""

    documents: set[int]
    count: int
    cursor: Cursor
    complete: bool = True
    tables: dict[int, set[str]] = field(default_factory=dict)  # per document, what changed
    # per document, the transactions that changed it
    transactions: dict[int, set[int]] = field(default_factory=dict)

    def only_by(self, transactions: set[int]) -> set[int]:
        """The documents changed by these transactions and no others."""
        return {doc for doc, by in self.transactions.items() if by <= transactions}


def snapshot_xmin(conn: Connection) -> int:
    """The oldest transaction still running: every older one is visible now."""
    return int(conn.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")))


def read_since(conn: Connection, cursor: Cursor) -> Changes:
    """The changes not yet seen by a desk at cursor, and its next cursor."""
    xmin = snapshot_xmin(conn)  # taken first: the read below sees every older transaction
    rows = conn.execute(text("SELECT seq, txid, document_id, what FROM team_changes "
                             "WHERE txid >= :x"), {"x": cursor.xmin}).all()
    fresh = [r for r in rows if r.seq not in cursor.seen]
    seen = {r.seq for r in rows if r.txid >= xmin}
    tables: dict[int, set[str]] = {}
    transactions: dict[int, set[int]] = {}
    for r in fresh:
        if r.document_id is not None:
            tables.setdefault(r.document_id, set()).add(r.what)
            transactions.setdefault(r.document_id, set()).add(r.txid)
    pruned = int(conn.scalar(text("SELECT pruned_txid FROM team_info WHERE id = 1")) or 0)
    return Changes(set(tables), len(fresh), Cursor(max(xmin, cursor.xmin), seen),
                   complete=pruned < cursor.xmin, tables=tables, transactions=transactions)


def own_transaction(conn: Connection) -> int | None:
    """The id of the transaction conn is in, if it has written anything (else None: asking
    never makes a read-only transaction take an id)."""
    value = conn.execute(text("SELECT pg_current_xact_id_if_assigned()::text::bigint")).scalar()
    return None if value is None else int(value)


def prune(conn: Connection, keep_days: float = KEEP_DAYS) -> int:
    """Delete changes older than keep_days, remembering the newest transaction deleted (a
    desk whose cursor is older re-reads everything); returns how many rows went."""
    count, newest = conn.execute(text(
        "WITH gone AS (DELETE FROM team_changes WHERE at < (now() AT TIME ZONE 'utc') "
        "- make_interval(secs => :s) RETURNING txid) "
        "SELECT count(*), coalesce(max(txid), 0) FROM gone"), {"s": keep_days * 86400}).one()
    if count:
        conn.execute(text("UPDATE team_info SET pruned_txid = greatest(pruned_txid, :t) "
                          "WHERE id = 1"), {"t": newest})
    conn.commit()
    return int(count)


def start_cursor(conn: Connection) -> Cursor:
    """A cursor for a desk about to index every document: the rows of transactions still
    running may or may not be in what it reads, so they count as unseen."""
    return Cursor(snapshot_xmin(conn), set())


def token(conn: Connection) -> tuple[int, int]:
    """A cheap value that changes whenever a change is committed."""
    row = conn.execute(text("SELECT coalesce(max(seq), 0), "
                            "pg_snapshot_xmin(pg_current_snapshot())::text::bigint "
                            "FROM team_changes")).one()
    return int(row[0]), int(row[1])
