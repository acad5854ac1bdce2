"""Online backups of the archive database: made (daily, before migrations, on demand), kept
(the newest KEEP), listed and restored."""
from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.request import pathname2url

from indexer.errors import ArchiveError, DatabaseDamaged, DiskFull

log = logging.getLogger(__name__)

KEEP = 5
DAILY = timedelta(hours=24)
PREFIX = "dossier-"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%dT%H%M%S"


def list_backups(backups_dir: Path) -> list[Path]:
    """The backups in backups_dir, newest first (their names start with a UTC timestamp)."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.glob(f"{PREFIX}*{SUFFIX}") if backup_time(p) is not None]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_time(path: Path) -> datetime | None:
    """When a backup was made, read from its name; None for a name that is not a backup's."""
    stamp = path.name[len(PREFIX):len(PREFIX) + 19]
    try:
        when = datetime.strptime(stamp[:15], _STAMP).replace(tzinfo=UTC)
        return when + timedelta(milliseconds=int(stamp[16:19]))
    except ValueError:
        return None


def describe(path: Path) -> str:
    """'dossier-….sqlite3 (2026-12-07 01:28 UTC)' for messages."""
    when = backup_time(path)
    return f"{path.name} ({when:%Y-%m-%d %H:%M} UTC)" if when else path.name


def make_backup(database: Path, backups_dir: Path, reason: str) -> Path:
    """Copy the live database (WAL included) into backups_dir with SQLite's online backup;
    keep the newest KEEP backups. Returns the new backup.

    Raises DatabaseDamaged if the database cannot be read, DiskFull or ArchiveError if the
    copy cannot be written.
    """
    target = _new_name(backups_dir, reason)
    part = target.with_name(target.name + ".part")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        _copy_database(database, part)
        os.replace(part, target)
    except sqlite3.DatabaseError as exc:
        if _is_disk_full(exc):
            raise DiskFull(f"The disk is full: the database backup could not be written to "
                           f"{backups_dir}.") from exc
        raise DatabaseDamaged(f"it cannot be read: {exc}") from exc
    except OSError as exc:
        error = DiskFull if _is_disk_full(exc) else ArchiveError
        raise error(f"The database backup could not be written to {backups_dir}: "
                    f"{(exc.strerror or str(exc)).lower()}.") from exc
    finally:
        part.unlink(missing_ok=True)
    prune(backups_dir, KEEP)
    log.info("Database backed up to %s (%s)", target, reason)
    return target


def backup_if_due(database: Path, backups_dir: Path) -> Path | None:
    """The daily backup: made when the newest backup is older than a day and the database
    holds documents; checks the database's integrity first (a damaged database must not push
    the good backups out). Raises DatabaseDamaged when that check fails."""
    newest = list_backups(backups_dir)
    when = backup_time(newest[0]) if newest else None
    if when is not None and datetime.now(UTC) - when < DAILY:
        return None
    with closing(_connect_ro(database)) as conn:
        if not _holds_documents(conn):
            return None
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DatabaseDamaged(f"it fails its integrity check: {result}")
    return make_backup(database, backups_dir, "daily")


def prune(backups_dir: Path, keep: int) -> None:
    """Delete all but the newest keep backups."""
    for old in list_backups(backups_dir)[keep:]:
        try:
            old.unlink()
        except OSError:
            log.warning("Could not delete the old backup %s", old, exc_info=True)


def verify_backup(path: Path) -> None:
    """Raise ArchiveError unless path is a sound Dossier database."""
    try:
        with closing(_connect_ro(path)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            has_schema = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'schema_info'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"The backup {path.name} cannot be read ({exc}); choose another "
                           "one with `dossier restore FILE`.") from exc
    if result != "ok" or not has_schema:
        raise ArchiveError(f"The backup {path.name} is damaged or not a Dossier database; "
                           "choose another one with `dossier restore FILE`.")


def newest_sound_backup(backups_dir: Path) -> Path:
    """The newest backup that passes its checks. Raises ArchiveError when there is none."""
    found = list_backups(backups_dir)
    for candidate in found:
        try:
            verify_backup(candidate)
            return candidate
        except ArchiveError:
            log.warning("Backup %s is damaged; trying an older one", candidate)
    if found:
        raise ArchiveError(f"Every backup in {backups_dir} is damaged.")
    raise ArchiveError(f"There is no backup of this archive in {backups_dir}.")


def restore_database(database: Path, backups_dir: Path, backup: Path | None
                     ) -> tuple[Path, Path | None]:
    """Put a backup (the newest by default) in place of the database, after backing up the
    current one (so the restore can be undone). No connection may be open on the database.

    Returns (the backup restored, the backup of the replaced database or None).
    Raises ArchiveError when there is no backup or it is unusable.
    """
    chosen = backup or newest_sound_backup(backups_dir)
    if not chosen.is_file():
        raise ArchiveError(f"The backup {chosen} does not exist.")
    verify_backup(chosen)
    ensure_unused(database)
    staging = database.with_name(database.name + ".restoring")
    try:
        _copy_database(chosen, staging)  # first: keeping the current one may prune `chosen`
        previous = _keep_current(database, backups_dir)
        for extra in (_sidecar(database, "-wal"), _sidecar(database, "-shm")):
            extra.unlink(missing_ok=True)  # a stale WAL would be replayed over the backup
        os.replace(staging, database)
    except (OSError, sqlite3.DatabaseError) as exc:
        raise ArchiveError(f"The backup {chosen.name} could not be restored: {exc}.") from exc
    finally:
        staging.unlink(missing_ok=True)
    log.info("Database restored from %s (previous one kept as %s)", chosen, previous)
    return chosen, previous


def ensure_unused(database: Path) -> None:
    """Raise ArchiveError when another connection (another Dossier process, the window) has
    the database open: replacing the file under it would lose what it writes next."""
    if not database.is_file() or database.stat().st_size == 0:
        return
    conn = sqlite3.connect(database, timeout=0.5)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")  # in WAL mode: refused while anyone has it open
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.rollback()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ArchiveError("The archive is open in another Dossier (the window, or a "
                               "command still running); close it, then try again.") from exc
    except sqlite3.DatabaseError:
        pass  # damaged: nobody can be using it
    finally:
        conn.close()


def _keep_current(database: Path, backups_dir: Path) -> Path | None:
    """Back up the database about to be replaced; a damaged one is copied byte for byte."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    try:
        return make_backup(database, backups_dir, "before-restore")
    except DatabaseDamaged:
        # Kept apart from the backups (never restored by default, never pruned).
        target = backups_dir / f"damaged-{datetime.now(UTC):{_STAMP}}Z{SUFFIX}"
        backups_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, target)
        return target


def _copy_database(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    with closing(_connect_ro(source)) as src:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A copy in WAL mode would grow -wal/-shm files whenever it is read.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _connect_ro(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise sqlite3.DatabaseError(f"{path.name} does not exist")
    return sqlite3.connect(f"file:{pathname2url(str(path))}?mode=ro", uri=True)


def _holds_documents(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:  # no documents table yet
        return False


def _new_name(backups_dir: Path, reason: str) -> Path:
    """A name later than every backup's (so names sort by age even when the clock does not
    move between two backups), to the millisecond."""
    moment = datetime.now(UTC)
    newest = list_backups(backups_dir)
    last = backup_time(newest[0]) if newest else None
    if last is not None and last >= moment:
        moment = last + timedelta(milliseconds=1)
    return backups_dir / f"{PREFIX}{moment:{_STAMP}}.{moment.microsecond // 1000:03d}Z-{reason}{SUFFIX}"


def _sidecar(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return "disk is full" in str(exc) or "disk full" in str(exc)
