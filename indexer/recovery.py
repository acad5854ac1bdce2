"""The way back from a damaged or missing database: recognise it, say so in one sentence, and
rebuild the catalogue from the stored originals."""
from __future__ import annotations

import errno
import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.request import pathname2url

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from indexer.backup import describe, ensure_unused, list_backups
from indexer.db import header_problem, is_damage
from indexer.errors import (
    ArchiveError,
    DatabaseDamaged,
    DatabaseLost,
    DatabaseMissing,
    DiskFull,
)
from indexer.models import Document, Page
from indexer.paths import ArchivePaths
from indexer.progress import CancelFn, ProgressFn, never_cancel, no_progress
from indexer.rows import ImportReport

if TYPE_CHECKING:
    from indexer.archive import Archive

log = logging.getLogger(__name__)
LostT = TypeVar("LostT", bound=DatabaseLost)

CANNOT_COME_BACK = ("notes, tags, annotations, collections, saved searches and titles edited "
                    "by hand cannot come back that way")


def stored_originals(paths: ArchivePaths) -> int:
    """How many original files the archive folder holds."""
    if not paths.files_dir.is_dir():
        return 0
    return sum(1 for p in paths.files_dir.glob("??/*") if p.is_file())


def way_back(paths: ArchivePaths) -> str:
    """The clause offering the ways back: the newest backup, a rebuild from the originals."""
    backups = list_backups(paths.backups_dir)
    originals = stored_originals(paths)
    ways = []
    if backups:
        ways.append(f"`dossier restore` puts back the newest backup, {describe(backups[0])}")
    if originals:
        ways.append(f"`dossier recover` rebuilds the catalogue from the {originals} stored "
                    f"original(s) ({CANNOT_COME_BACK})")
    if not ways:
        return ("there is no backup and no stored original to rebuild it from; move the file "
                "away to start an empty archive")
    return ", or ".join(ways)


def damaged_error(paths: ArchivePaths, reason: str) -> DatabaseDamaged:
    """The error for a database that cannot be read, with the way back."""
    return _with_ways(DatabaseDamaged(f"The archive database {paths.database} is damaged "
                                      f"({reason}); {way_back(paths)}."), paths)


def _with_ways(error: LostT, paths: ArchivePaths) -> LostT:
    backups = list_backups(paths.backups_dir)
    error.newest_backup = backups[0] if backups else None
    error.originals = stored_originals(paths)
    return error


def check_present(paths: ArchivePaths) -> None:
    """Raise DatabaseMissing when the database is gone (or emptied) while the folder holds
    originals or backups: an empty archive must never silently replace a lost catalogue."""
    database = paths.database
    if database.exists() and database.stat().st_size > 0:
        return
    wal = database.with_name(database.name + "-wal")
    if database.exists() and wal.exists() and wal.stat().st_size > 0:
        return  # a new database whose first pages are still in its write-ahead log
    originals = stored_originals(paths)
    backups = list_backups(paths.backups_dir)
    if not originals and not backups:
        return
    state = "is empty" if database.exists() else "is missing"
    raise _with_ways(DatabaseMissing(
        f"The archive database {database} {state} although the folder holds {originals} "
        f"stored original(s) and {len(backups)} backup(s), so Dossier will not start an empty "
        f"archive over them; {way_back(paths)}."), paths)


def is_disk_full(exc: BaseException) -> bool:
    """True for 'no space left' from the OS or 'database or disk is full' from SQLite."""
    seen: BaseException | None = exc
    while seen is not None:
        inner = getattr(seen, "orig", None) or seen
        if isinstance(inner, OSError) and inner.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "disk is full" in str(inner).lower() or isinstance(inner, DiskFull):
            return True
        seen = seen.__cause__
    return False


def sentence_for(paths: ArchivePaths, exc: BaseException) -> ArchiveError:
    """A database or OS error met while using the archive, as an ArchiveError to show."""
    if isinstance(exc, ArchiveError):
        return exc
    if is_disk_full(exc):
        return DiskFull(f"The disk holding the archive {paths.root} is full, so it could not be "
                        "written; free some space and try again (reading and searching still "
                        "work).")
    reason = str(getattr(exc, "orig", None) or exc).strip().rstrip(".")
    if isinstance(exc, SQLAlchemyError) and is_damage(exc):
        return damaged_error(paths, reason)
    if isinstance(exc, OSError):
        where = exc.filename or paths.root
        return ArchiveError(f"Could not use {where}: {(exc.strerror or reason).lower()}.")
    return ArchiveError(f"The archive database could not be used ({reason}).")


def set_aside(database: Path) -> Path | None:
    """Rename a damaged database (and its WAL files) out of the way, never deleting it;
    returns its new name, None when there was none."""
    if not database.exists():
        return None
    ensure_unused(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    try:
        os.replace(database, target)
        for suffix in ("-wal", "-shm"):
            extra = database.with_name(database.name + suffix)
            if extra.exists():
                os.replace(extra, target.with_name(target.name + suffix))
    except OSError as exc:
        raise ArchiveError(f"The damaged database could not be moved aside: {exc}.") from exc
    log.warning("Damaged database moved aside to %s", target)
    return target


def import_originals(archive: Archive, originals: list[Path], password: str | None = None,
                     progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel
                     ) -> ImportReport:
    """Import stored originals (they stay where they are) as new documents, then give a
    title to those whose only name was their checksum."""
    if not originals:
        return ImportReport()
    report = archive.import_paths(originals, password=password, progress=progress,
                                  cancel=cancel)
    ids = [doc_id for _, doc_id in report.imported]
    with archive.sessions() as session, session.begin():
        for doc_id, title, name in session.execute(
                select(Document.id, Document.title, Document.original_name)
                .where(Document.id.in_(ids))).all():
            if title == Path(name).stem:
                session.execute(update(Document).where(Document.id == doc_id).values(
                    title=_first_line(session, doc_id) or title, indexed=False))
    archive.sync_index()
    return report


def refuse_sound_database(paths: ArchivePaths) -> None:
    """Raise ArchiveError when the database reads whole and holds documents: rebuilding
    its catalogue from the originals would lose its notes, tags and marks."""
    if not paths.database.is_file() or header_problem(paths.database):
        return
    try:
        with closing(sqlite3.connect(f"file:{pathname2url(str(paths.database))}?mode=ro",
                                     uri=True)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return
            count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return
    if count:
        raise ArchiveError(f"The archive database is sound and lists {count} document(s); "
                           "`dossier recover` only rebuilds a damaged or missing one "
                           "(`dossier restore` goes back to a backup).")


@dataclass
class RestoreReport:
    """What a restore did: the backup put back, the one made of the replaced database, the
    originals added since the backup imported again, documents whose original is gone."""

    restored: Path
    previous: Path | None
    reimported: ImportReport
    missing_originals: int


@dataclass
class RecoveryReport:
    """What a rebuild from the originals did."""

    set_aside: Path | None
    imported: ImportReport
    documents: int


def _first_line(session: Session, doc_id: int) -> str | None:
    text = session.scalar(
        select(Page.text).where(Page.document_id == doc_id).order_by(Page.number).limit(1))
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()[:200]
    return None
