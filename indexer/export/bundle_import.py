"""Import a `.dossier` bundle: check it whole, store new originals, merge in one transaction."""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from indexer.errors import ArchiveError
from indexer.export.bundle_merge import Merge, Record, unknown_documents
from indexer.export.bundle_read import (
    DEFAULT_LIMITS,
    BundleContents,
    BundleLimits,
    read_bundle,
)
from indexer.export.types import BundleRefused, BundleReport
from indexer.filestore import FileStore
from indexer.progress import CancelFn, ProgressFn, check_cancel, never_cancel, no_progress

log = logging.getLogger(__name__)


def import_bundle(sessions: sessionmaker[Session], files: FileStore, path: Path,
                  progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel,
                  limits: BundleLimits = DEFAULT_LIMITS) -> BundleReport:
    """Merge the bundle at path into the archive; the caller re-indexes afterwards.

    Raises BundleRefused (nothing changed) for a missing, broken, hostile or too new bundle,
    ArchiveError if the archive cannot be written (nothing changed either), and Cancelled
    while the bundle is still being checked.
    """
    if not path.is_file():
        raise BundleRefused(f"“{path}” does not exist or is not a file.")
    files.tmp_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=files.tmp_dir, prefix="bundle-") as staging:
        contents = read_bundle(path, Path(staging), limits, progress, cancel)
        check_cancel(cancel)
        with sessions() as session:
            new = unknown_documents(session, contents)
        _check_space(files, new)
        check_cancel(cancel)  # the last point where cancelling is free
        stored = _store_originals(files, contents, new)
        try:
            with sessions() as session, session.begin():
                report = Merge(session, contents).run()
        except BaseException as exc:
            for stored_path in stored:  # the database never saw them: no trace is left
                stored_path.unlink(missing_ok=True)
            if isinstance(exc, SQLAlchemyError):
                log.exception("Bundle merge failed")
                reason = getattr(exc, "orig", None) or exc
                raise ArchiveError(f"The archive database could not be written: {reason}."
                                   ) from exc
            raise
    progress(1, 1, "bundle imported")
    return report


def _check_space(files: FileStore, new: list[Record]) -> None:
    needed = sum(d["size"] for d in new)
    if needed and needed > files.free_bytes():
        raise BundleRefused(f"There is not enough free disk space for the bundle's "
                            f"{len(new)} new document(s); nothing was imported.")


def _store_originals(files: FileStore, contents: BundleContents, new: list[Record]
                     ) -> list[Path]:
    """Copy the new documents' originals into the store; return those not there before."""
    stored: list[Path] = []
    try:
        for rec in new:
            dest = files.path_for(rec["checksum"], rec["original_name"])
            if dest.exists():
                continue
            staged = contents.originals[rec["checksum"]]
            named = staged.rename(staged.with_name(dest.name))  # put() takes its suffix
            contents.originals[rec["checksum"]] = named
            stored.append(files.put(named, rec["checksum"]))
        files.sync(stored)
    except BaseException:
        for path in stored:
            path.unlink(missing_ok=True)
        raise
    return stored
