"""The explicit chain of schema migrations: an archive of any older version opens in this one."""
from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import Connection, inspect, text

from indexer.errors import SchemaTooNew
from indexer.models import Base

log = logging.getLogger(__name__)


def _v1_initial(conn: Connection) -> None:
    """Version 1: every table of models.py as first released."""
    Base.metadata.create_all(conn)


def _v2_page_languages(conn: Connection) -> None:
    """Version 2: pages.language, for documents whose pages are in different languages."""
    columns = {c["name"] for c in inspect(conn).get_columns("pages")}
    if "language" not in columns:  # a new archive got it from _v1_initial already
        conn.execute(text("ALTER TABLE pages ADD COLUMN language VARCHAR(16)"))


def _v3_page_text_sources(conn: Connection) -> None:
    """Version 3: pages.text_source, ocr_confidence and words, for text recovered by OCR or
    by repairing a garbled layer."""
    columns = {c["name"] for c in inspect(conn).get_columns("pages")}
    for name, kind in (("text_source", "VARCHAR(8)"), ("ocr_confidence", "FLOAT"),
                       ("words", "JSON")):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE pages ADD COLUMN {name} {kind}"))


def _v4_document_date_sources(conn: Connection) -> None:
    """Version 4: documents.date_source, where a document's date came from. Dates stored
    before keep a NULL source: `dossier redate` (indexer.dating) reads them from the text,
    keeping those a user typed, and the window runs it in the background once."""
    found = inspect(conn)
    if not found.has_table("documents"):  # a partial test database
        return
    if "date_source" not in {c["name"] for c in found.get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN date_source VARCHAR(16)"))


def _v5_import_failures(conn: Connection) -> None:
    """Version 5: import_failures, the files an import could not take because of a password
    or damage, listed under Needs attention to be retried."""
    Base.metadata.tables["import_failures"].create(conn, checkfirst=True)


def _v6_note_authors_versions(conn: Connection) -> None:
    """Version 6: notes.author and notes.version: who wrote a note, and a version number
    that refuses an update based on an older text (several people editing one team
    archive)."""
    if not inspect(conn).has_table("notes"):
        return
    columns = {c["name"] for c in inspect(conn).get_columns("notes")}
    if "author" not in columns:
        conn.execute(text("ALTER TABLE notes ADD COLUMN author TEXT"))
    if "version" not in columns:
        conn.execute(text("ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1"))


def _v7_big_file_sizes(conn: Connection) -> None:
    """Version 7: file sizes in 64 bits on PostgreSQL, whose INTEGER stopped a file over
    2 GiB (and the documents committed with it). SQLite's INTEGER has always held them."""
    if conn.dialect.name != "postgresql":
        return
    found = inspect(conn)
    for table in ("documents", "import_failures"):
        if found.has_table(table):
            conn.execute(text(f"ALTER TABLE {table} ALTER COLUMN size TYPE BIGINT"))


# MIGRATIONS[i] upgrades a database from version i to version i + 1. Append, never edit:
# a released step must keep producing the same schema.
MIGRATIONS: list[Callable[[Connection], None]] = [_v1_initial, _v2_page_languages,
                                                  _v3_page_text_sources,
                                                  _v4_document_date_sources,
                                                  _v5_import_failures,
                                                  _v6_note_authors_versions,
                                                  _v7_big_file_sizes]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """The schema version stored in the database; 0 for an empty one."""
    if not inspect(conn).has_table("schema_info"):
        return 0
    row = conn.execute(text("SELECT version FROM schema_info WHERE id = 1")).first()
    return int(row[0]) if row else 0


def upgrade(conn: Connection) -> int:
    """Bring the database to SCHEMA_VERSION, one step per transaction; return the old version.

    Raises SchemaTooNew when the archive was written by a newer Dossier.
    """
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"This archive was made by a newer Dossier (schema {version}); "
            f"this one understands up to schema {SCHEMA_VERSION}. Please update Dossier."
        )
    start = version
    while version < SCHEMA_VERSION:
        log.info("Migrating archive schema %d -> %d", version, version + 1)
        MIGRATIONS[version](conn)
        version += 1
        _store_version(conn, version)
        conn.commit()
    return start


def _store_version(conn: Connection, version: int) -> None:
    conn.execute(
        text(
            "INSERT INTO schema_info (id, version) VALUES (1, :v) "
            "ON CONFLICT(id) DO UPDATE SET version = :v"
        ),
        {"v": version},
    )
