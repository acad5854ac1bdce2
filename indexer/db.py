"""Opening the SQLite database: engine settings, migrations and the session factory."""
from __future__ import annotations

import atexit
import logging
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from indexer.errors import ArchiveError, DatabaseDamaged
from indexer.migrations import SCHEMA_VERSION, current_version, upgrade

log = logging.getLogger(__name__)

HEADER = b"SQLite format 3\x00"
_DAMAGE_WORDS = ("not a database", "malformed", "file is encrypted", "disk image")


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers never block the single writer; a crash mid-write leaves the last commit.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _on_connect_read_only(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def open_engine(path: Path, before_migration: Callable[[int], None] | None = None,
                read_only: bool = False) -> Engine:
    """An engine on the archive database, migrated to the current schema.

    before_migration(version) runs before a database of an older schema is changed (the
    archive backs it up then). Raises DatabaseDamaged when the file is not a sound database.
    """
    problem = header_problem(path)
    if problem:
        raise DatabaseDamaged(problem)
    try:
        if read_only:
            return _open_read_only(path)
        engine = create_engine(f"sqlite:///{path}", future=True)
        event.listen(engine, "connect", _on_connect)
        with engine.connect() as conn:
            version = current_version(conn)
            if 0 < version < SCHEMA_VERSION and before_migration is not None:
                before_migration(version)
            upgrade(conn)
        return engine
    except DBAPIError as exc:
        if is_damage(exc):
            raise DatabaseDamaged(_reason(exc)) from exc
        raise


def _open_read_only(path: Path) -> Engine:
    """Read-only: mode=ro reads the write-ahead log too. Where that cannot work (no
    shared-memory file can be made on read-only media) the file is opened as immutable, or,
    when its log holds the last commits, a private copy of both is read."""
    try:
        return _read_only_engine(f"file:{pathname2url(str(path))}?mode=ro")
    except DBAPIError as exc:
        if is_damage(exc):
            raise
        log.info("Read-only database cannot be opened in place: %s", exc)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return _read_only_engine(f"{_private_copy(path)}?mode=ro")
    return _read_only_engine(f"file:{pathname2url(str(path))}?immutable=1")


def _read_only_engine(uri: str) -> Engine:
    engine = create_engine("sqlite://", future=True, creator=_creator(uri))
    event.listen(engine, "connect", _on_connect_read_only)
    try:
        with engine.connect() as conn:
            version = current_version(conn)
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except BaseException:
        engine.dispose()
        raise
    if version != SCHEMA_VERSION:
        engine.dispose()
        raise ArchiveError(
            f"This archive is read-only and its database has schema {version}, not "
            f"{SCHEMA_VERSION}; open it once where it can be written to update it.")
    return engine


def _private_copy(path: Path) -> str:
    """The database and its write-ahead log copied to a temporary folder (removed at exit):
    read-only media where a crash left the last commits in the log and SQLite cannot make
    the shared-memory file it needs to read them."""
    folder = Path(tempfile.mkdtemp(prefix="dossier-ro-"))
    atexit.register(shutil.rmtree, folder, True)
    for suffix in ("", "-wal"):
        shutil.copyfile(path.with_name(path.name + suffix), folder / f"db.sqlite3{suffix}")
    log.warning("Read-only archive with a write-ahead log: reading a copy in %s", folder)
    return f"file:{pathname2url(str(folder / 'db.sqlite3'))}"


def _creator(uri: str) -> Callable[[], sqlite3.Connection]:
    return lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)


def header_problem(path: Path) -> str | None:
    """Why the file cannot be a whole SQLite database (bad header, truncated); None if it
    may be (a missing or empty file is a new database)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return None
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read: {exc.strerror}"
    if len(head) < 100 or not head.startswith(HEADER):
        return "its first bytes are not those of a database"
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages, counter, valid_for = (struct.unpack(">I", head[i:i + 4])[0] for i in (28, 24, 92))
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None  # the file may legitimately lag behind its write-ahead log
    if pages and counter == valid_for and size < pages * page_size:
        return (f"it is truncated: {size:,} bytes where its header announces "
                f"{pages * page_size:,}")
    return None


def is_damage(exc: BaseException) -> bool:
    """True when a database error means the file is damaged (not busy, not full)."""
    message = str(getattr(exc, "orig", None) or exc).lower()
    return any(word in message for word in _DAMAGE_WORDS)


def _reason(exc: DBAPIError) -> str:
    return str(exc.orig).strip().rstrip(".")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (callers get plain rows anyway)."""
    return sessionmaker(engine, expire_on_commit=False)
