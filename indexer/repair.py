"""What `dossier check --repair` fixes (a damaged index, orphan originals, leftovers of
interrupted work), and an original put back from an identical file imported again."""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.filestore import FileStore
from indexer.models import Document
from indexer.paths import ArchivePaths
from indexer.progress import ProgressFn
from indexer.search.health import verify_index

if TYPE_CHECKING:
    from indexer.archive import Archive

log = logging.getLogger(__name__)

# Files younger than this may belong to an import or bundle merge still running: kept.
GRACE_SECONDS = 60.0


@dataclass
class RepairReport:
    """What a repair did; paths are relative to the archive folder."""

    index_problem: str | None = None
    reindexed: int | None = None  # documents indexed when the index was rebuilt
    orphans_removed: list[str] = field(default_factory=list)
    leftovers_removed: list[str] = field(default_factory=list)
    kept_recent: list[str] = field(default_factory=list)
    freed_bytes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"index_problem": self.index_problem, "reindexed": self.reindexed,
                "orphans_removed": self.orphans_removed,
                "leftovers_removed": self.leftovers_removed, "kept_recent": self.kept_recent,
                "freed_bytes": self.freed_bytes}


def unreferenced_originals(session: Session, files: FileStore) -> list[Path]:
    """Stored originals that no document references (orphans), sorted."""
    if not files.root.is_dir():
        return []
    referenced = set(session.scalars(select(Document.checksum)))
    return sorted(p for p in files.root.glob("??/*")
                  if p.is_file() and p.name[:64] not in referenced)


def leftovers(paths: ArchivePaths) -> list[Path]:
    """Unfinished copies and staging folders that interrupted work left behind."""
    found: list[Path] = []
    if paths.tmp_dir.is_dir():
        found += sorted(paths.tmp_dir.glob("*.part"))
        found += sorted(p for p in paths.tmp_dir.glob("bundle-*") if p.is_dir())
    if paths.backups_dir.is_dir():
        found += sorted(paths.backups_dir.glob("*.part"))
    restoring = paths.database.with_name(paths.database.name + ".restoring")
    return found + ([restoring] if restoring.exists() else [])


def size_of(path: Path) -> int:
    """Bytes in a file or a folder tree."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def repair_archive(archive: Archive, progress: ProgressFn, grace: float) -> RepairReport:
    """Rebuild a damaged or disagreeing index, remove orphans and leftovers older than grace
    seconds (listed in the report)."""
    report = RepairReport()
    report.index_problem = verify_index(archive.paths.index_dir, progress) \
        or _index_disagrees(archive)
    if report.index_problem:
        report.reindexed = archive.reindex(progress=progress)
    with archive.sessions() as session:
        orphans = unreferenced_originals(session, archive.files)
    for path in orphans + leftovers(archive.paths):
        _remove_if_old(path, archive.paths.root, grace, report)
    return report


def _index_disagrees(archive: Archive) -> str | None:
    with archive.sessions() as session:
        in_db = set(session.scalars(select(Document.id)))
    try:
        in_index = archive.index.indexed_ids()
        count = archive.index.doc_count()
    except Exception as exc:  # a derived index that cannot be read is rebuilt
        return f"The search index cannot be read ({exc})."
    if in_index != in_db or count != len(in_index):
        return (f"The search index lists {len(in_index)} document(s) ({count} entries) "
                f"where the database has {len(in_db)}.")
    return None


def _remove_if_old(path: Path, root: Path, grace: float, report: RepairReport) -> None:
    name = str(path.relative_to(root))
    if time.time() - _newest_mtime(path) < grace:
        report.kept_recent.append(name)
        return
    size = size_of(path)
    try:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        log.warning("Could not remove %s", path, exc_info=True)
        return
    report.freed_bytes += size
    is_orphan = path.parent.parent == root / "files"
    (report.orphans_removed if is_orphan else report.leftovers_removed).append(name)
    log.info("Repair removed %s (%d bytes)", path, size)


def _newest_mtime(path: Path) -> float:
    newest = path.stat().st_mtime
    if path.is_dir():
        newest = max([newest, *(p.stat().st_mtime for p in path.rglob("*"))])
    return newest


def put_back_original(files: FileStore, session: Session, src: Path, checksum: str) -> bool:
    """If the document with this checksum has lost its stored original (missing or damaged),
    copy src (verified identical) in its place and return True; else False."""
    name = session.scalar(select(Document.original_name).where(Document.checksum == checksum))
    if name is None or files.verify(checksum, name) is None:
        return False
    dest = files.path_for(checksum, name)
    files.tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=files.tmp_dir, suffix=".part")
    try:
        digest = hashlib.sha256()
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            while chunk := fin.read(1 << 20):
                digest.update(chunk)
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        if digest.hexdigest() != checksum:
            return False  # changed since it was checksummed: an ordinary duplicate
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, dest)
    finally:
        Path(tmp).unlink(missing_ok=True)
    log.info("Stored original of %s put back from %s", name, src)
    return True
