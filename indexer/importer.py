"""The import pipeline: checksum, recognise duplicates, extract in workers, store, index."""
from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from indexer.errors import (
    ArchiveError,
    Cancelled,
    CorruptFile,
    DossierError,
    ExtractorCrashed,
    ImportFailed,
    NeedsPassword,
)
from indexer.extract.sandbox import IMPORT_EXTRACTOR, ExtractionPool, Job
from indexer.extract.types import Extracted
from indexer.filestore import FileStore, sha256_file, staged_path
from indexer.models import Document
from indexer.new_documents import NewDocument, insert_documents, new_document, record_of_new
from indexer.progress import CancelFn, ProgressFn, never_cancel, no_progress
from indexer.repair import put_back_original
from indexer.rows import ImportReport
from indexer.search import IndexBatch, SearchIndex
from indexer.search.writer_process import ProcessBatch
from indexer.tags import get_or_create_tags
from indexer.walk import Refused, expand_paths, readable

log = logging.getLogger(__name__)

# Documents are committed to the database in small groups (a kill loses at most one group)
# and written to the index in large ones: each Whoosh commit costs a new segment and merges.
# A document committed but not yet indexed is indexed at the next open.
FLUSH_FIRST_DOCS = 25  # an import's first group; each next one twice as big, up to this, so
FLUSH_EVERY_DOCS = 250  # the index writer (committed documents only) starts on the first ones
FLUSH_EVERY_SECONDS = 3.0
INDEX_FIRST_DOCS = 500  # an import's first index segment; each next one twice as big, up to
INDEX_EVERY_DOCS = 5000  # this: a small import's segments are written while it still reads
                         # files (not all at its end), a large one still writes few segments
INDEX_EVERY_SECONDS = 15.0  # other open processes see new documents this soon
INDEX_LAST_DOCS = 150  # segments shrink towards a batch's end, down to this many documents
# (and the database groups too: the last documents do not reach the index writer at once)

# What a result callback receives per file: (path, status, id or None, error or None).
ResultFn = Callable[[str, str, int | None, str | None], None]


@dataclass
class _Candidate:
    path: Path
    checksum: str
    size: int


class Importer:
    """Imports files into one archive; the single writer while it runs."""

    def __init__(self, sessions: sessionmaker[Session], files: FileStore, index: SearchIndex,
                 pool: ExtractionPool, author: str | None = None) -> None:
        self.sessions = sessions
        self.files = files
        self.index = index
        self.pool = pool
        self.author = author  # of the marks read from files that name none (a team's desk)

    def run(self, paths: Iterable[Path], tags: Sequence[str] = (), password: str | None = None,
            progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel,
            on_result: ResultFn | None = None) -> ImportReport:
        """Import every file under paths; one bad file never stops the batch.

        Cancelling keeps what was already imported and marks the report cancelled.
        Raises ArchiveError if the database cannot be written (e.g. the disk is full).
        """
        run = _Run(self, list(tags), progress, cancel, on_result)
        try:
            candidates = run.checksum_all(list(expand_paths(paths, self.files.root.parent)))
            run.extract_all(candidates, password)
        except Cancelled:
            run.report.cancelled = True
        except BaseException:  # Ctrl-C or a fatal error: keep what was read completely
            run.abandon()
            raise
        try:
            run.flush(final=True)
        finally:
            run.close()
        return run.report


class _Run:
    """The state of one import batch."""

    def __init__(self, importer: Importer, tags: list[str], progress: ProgressFn,
                 cancel: CancelFn, on_result: ResultFn | None) -> None:
        self.imp = importer
        self.tags = tags
        # the tags' ids and names, looked up once a transaction
        self.tag_rows: list[tuple[int, str]] | None = None
        self.progress = progress
        self.cancel = cancel
        self.on_result = on_result
        self.report = ImportReport()
        self.total = 0
        self.session = importer.sessions()
        self.pending: list[NewDocument] = []
        self.stored: list[tuple[str, str, Path]] = []  # (checksum, name, path) this flush
        context = importer.pool.context if importer.pool is not None else None
        self.feed = _IndexFeed(self.session, importer.index, self.report.warnings, context)
        self.last_flush = time.monotonic()
        self.flush_every = FLUSH_FIRST_DOCS
        self.token = uuid.uuid4().hex  # names the copies this run's workers stage
        self.unplaced: set[str] = set()  # checksums of files sent to be staged, not yet stored

    # --- reporting -------------------------------------------------------------
    def _done(self, path: str, status: str, doc_id: int | None, error: str | None) -> None:
        path, error = _readable_report(path, error)
        if status == "imported":
            assert doc_id is not None
            self.report.imported.append((path, doc_id))
        elif status == "duplicate":
            assert doc_id is not None
            self.report.duplicates.append((path, doc_id))
        elif status == "restored":
            assert doc_id is not None
            self.report.restored.append((path, doc_id))
        else:
            self.report.failed.append((path, error or "unknown error"))
            log.warning("Import failed for %s: %s", path, error)
        if self.on_result:
            self.on_result(path, status, doc_id, error)
        self.progress(self.report.count, self.total, path)

    # --- step 1: checksums and duplicates --------------------------------------
    def checksum_all(self, paths: list[Path | Refused]) -> list[_Candidate]:
        self.total = len(paths)
        self.progress(0, self.total, "")
        candidates: list[_Candidate] = []
        for path in paths:
            if self.cancel():
                raise Cancelled()
            if isinstance(path, Refused):
                self._refuse(path)
                continue
            candidate = self._checksum(path)
            if candidate is not None:
                candidates.append(candidate)
        known = self._known_duplicates(candidates)
        return [c for c in candidates if c.checksum not in known]

    def _refuse(self, item: Refused) -> None:
        """A file the folder walk did not follow (e.g. a link leaving the folder)."""
        self._done(str(item.path), "failed", None, item.reason)

    def _checksum(self, path: Path) -> _Candidate | None:
        if not path.is_file():
            reason = "does not exist" if not path.exists() else "is not a regular file"
            self._done(str(path), "failed", None, f"“{path}” {reason}.")
            return None
        try:
            checksum, size = sha256_file(path)
        except OSError as exc:
            self._done(str(path), "failed", None, f"“{path.name}” cannot be read: {exc.strerror}.")
            return None
        return _Candidate(path, checksum, size)

    def _known_duplicates(self, candidates: list[_Candidate]) -> dict[str, int]:
        known: dict[str, int] = {}
        sums = [c.checksum for c in candidates]
        for start in range(0, len(sums), 500):
            known.update(self.session.execute(
                select(Document.checksum, Document.id).where(
                    Document.checksum.in_(sums[start:start + 500]))
            ).all())
        for c in candidates:
            if c.checksum in known:
                # A lost or damaged stored original comes back from an identical file.
                restored = put_back_original(self.imp.files, self.session, c.path, c.checksum)
                self._done(str(c.path), "restored" if restored else "duplicate",
                           known[c.checksum], None)
        return known

    # --- step 2: extraction in workers, store, stage ---------------------------
    def extract_all(self, candidates: list[_Candidate], password: str | None) -> None:
        first_of: dict[str, _Candidate] = {}
        copies: list[_Candidate] = []
        for c in candidates:
            if c.checksum in first_of:
                copies.append(c)
            else:
                first_of[c.checksum] = c
        jobs = (Job(c, c.path, password, self._staging(c)) for c in first_of.values()
                if not self.cancel())
        results = self.imp.pool.run(jobs)
        try:
            for job, result in results:
                self._accept(job.key, result)
                if self.cancel():
                    raise Cancelled()
        finally:
            results.close()  # workers still reading are stopped: nothing more is staged
            for checksum in self.unplaced:
                self._drop_staged(checksum)
        if copies:
            self.flush()
        for c in copies:
            self._copy_in_batch(c, first_of[c.checksum])

    def _copy_in_batch(self, copy: _Candidate, first: _Candidate) -> None:
        """A second copy of a file in the same batch: a duplicate of the first copy."""
        doc_id = self._id_of_checksum(copy.checksum)
        if doc_id is None:
            self._done(str(copy.path), "failed", None,
                       f"“{copy.path.name}” is a copy of “{first.path}”, which failed.")
        else:
            self._done(str(copy.path), "duplicate", doc_id, None)

    def _id_of_checksum(self, checksum: str) -> int | None:
        return self.session.scalar(select(Document.id).where(Document.checksum == checksum))

    def _staging(self, c: _Candidate) -> dict[str, Any]:
        """The job options that have the import's worker copy the file into the store's
        temporary folder (storing it is then only a move)."""
        if self.imp.pool.extractor != IMPORT_EXTRACTOR:
            return {}
        self.unplaced.add(c.checksum)
        return {"stage_as": (str(self.imp.files.tmp_dir), c.checksum, self.token)}

    def _drop_staged(self, checksum: str) -> None:
        staged_path(self.imp.files.tmp_dir, checksum, self.token).unlink(missing_ok=True)

    def _store(self, c: _Candidate, result: Extracted) -> tuple[Path, bool]:
        self.unplaced.discard(c.checksum)
        if result.staged is not None:
            return self.imp.files.place(Path(result.staged), c.checksum, c.path.name)
        return self.imp.files.put_new(c.path, c.checksum)

    def _accept(self, c: _Candidate, result: Extracted | DossierError) -> None:
        if isinstance(result, DossierError):
            if c.checksum in self.unplaced:  # (a worker fails before it copies the file)
                self.unplaced.discard(c.checksum)
                self._drop_staged(c.checksum)
            if isinstance(result, NeedsPassword):
                self.report.needs_password.append(str(c.path))
            elif isinstance(result, CorruptFile | ExtractorCrashed):
                self.report.damaged.append(str(c.path))
            self._done(str(c.path), "failed", None, str(result))
            return
        try:
            stored, created = self._store(c, result)
        except ImportFailed as exc:
            self._done(str(c.path), "failed", None, str(exc))
            return
        if created:  # only a file this run created may be removed if the run fails
            self.stored.append((c.checksum, c.path.name, stored))
        self.pending.append(new_document(c.path, c.checksum, c.size, result, self.imp.author))
        self.progress(self.report.count + len(self.pending), self.total, str(c.path))
        if (len(self.pending) >= min(self.flush_every, max(self._remaining() // 4,
                                                            FLUSH_FIRST_DOCS))
                or time.monotonic() - self.last_flush > FLUSH_EVERY_SECONDS):
            self.flush()

    def _remaining(self) -> int:
        """Files of the batch not yet read (or fewer: copies of a file count once)."""
        return self.total - self.report.count - len(self.pending)

    def _tag_ids(self) -> list[int]:
        """The ids of the batch's tags, created as needed (looked up once a transaction)."""
        if self.tag_rows is None:
            tags = get_or_create_tags(self.session, self.tags)
            self.session.flush()
            self.tag_rows = [(tag.id, tag.name) for tag in tags]
        return [tag_id for tag_id, _ in self.tag_rows]

    def _rollback(self) -> None:
        self.session.rollback()
        self.tag_rows = None  # tags made in the transaction are gone with it

    # --- step 3: commit whole documents, then index them -----------------------
    def flush(self, final: bool = False) -> None:
        """Commit the staged documents and report them imported; index them when due."""
        self.last_flush = time.monotonic()
        self.flush_every = min(2 * self.flush_every, FLUSH_EVERY_DOCS)
        if self.pending:
            self._commit()
        if final or self.feed.due(self._remaining()):
            self.feed.commit(merge=final)

    def _commit(self) -> None:
        pending, self.pending = self.pending, []
        try:
            self.imp.files.sync([path for _, _, path in self.stored])
            pending = self._commit_pending(pending)
        except (SQLAlchemyError, OSError) as exc:
            self._rollback()
            self._discard_stored()
            log.exception("Could not commit imported documents")
            reason = getattr(exc, "orig", None) or exc
            raise ArchiveError(f"The archive database could not be written: {reason}.") from exc
        self.stored = []
        self.feed.add(pending, [name for _, name in self.tag_rows or []])
        for doc in pending:
            self._done(doc.path, "imported", doc.id, None)

    def _commit_pending(self, pending: list[NewDocument]) -> list[NewDocument]:
        """Commit the staged documents; those another writer committed first (two desks of a
        team archive importing the same file) become duplicates. Returns the committed."""
        try:
            insert_documents(self.session, pending, self._tag_ids())
            self.session.commit()
            return pending
        except (IntegrityError, OperationalError) as exc:
            if not _clash(exc):
                raise
            self._rollback()
        kept = []
        for doc in pending:
            try:
                with self.session.begin_nested():
                    insert_documents(self.session, [doc], self._tag_ids())
                kept.append(doc)
            except IntegrityError:
                self.tag_rows = None  # (tags made in the savepoint went with it)
                existing = self._id_of_checksum(doc.checksum)
                if existing is None:
                    raise
                self._done(doc.path, "duplicate", existing, None)
        self.session.commit()
        return kept

    def _discard_stored(self) -> None:
        """Remove the originals this run stored, unless a committed document uses them."""
        stored, self.stored = self.stored, []
        with self.imp.sessions() as session:
            used = set(session.scalars(select(Document.checksum).where(
                Document.checksum.in_([checksum for checksum, _, _ in stored]))))
        for checksum, name, _ in stored:
            if checksum not in used:
                self.imp.files.remove(checksum, name)

    def abandon(self) -> None:
        """On interrupt: commit what was read completely; indexing waits for the next open."""
        try:
            if self.pending:
                self._commit()
        except BaseException:
            log.exception("Could not keep the documents read before the interruption")
        finally:
            self.close()

    def close(self) -> None:
        self.feed.cancel()  # only left open after an interruption
        if self.pending:  # never committed: these documents do not exist
            self._rollback()
            self._discard_stored()
        self.session.close()


class _IndexFeed:
    """Feeds committed documents into one open index batch, written a segment at a time.

    Adding overlaps with extraction in the workers. With a writer process, each segment is
    written while the import goes on and its documents are marked indexed once the writer
    confirms it; in process, each segment is a commit the import waits for. A failure is
    logged and leaves the documents unindexed, to be indexed at the next open.
    """

    def __init__(self, session: Session, index: SearchIndex, warnings: list[str],
                 context: Any = None) -> None:
        self.session = session
        self.index = index
        self.warnings = warnings
        self.context = context  # with one, the batch is written by a process of its own
        self.batch: IndexBatch | ProcessBatch | None = None
        self.ids: list[int] = []
        self.unconfirmed: list[list[int]] = []  # the ids of each checkpoint not yet written
        self.marked = 0  # checkpoints of the open batch whose documents are marked indexed
        self.opened = time.monotonic()
        self.every = INDEX_FIRST_DOCS

    def add(self, docs: list[NewDocument], tags: list[str]) -> None:
        """Add committed documents, with their tags, to the open batch (with the fields
        the workers prepared)."""
        try:
            if self.batch is None:
                self.batch = (ProcessBatch(self.index, self.context) if self.context is not None
                              else IndexBatch(self.index))
                self.opened, self.marked = time.monotonic(), 0
                self.every = INDEX_FIRST_DOCS
            for doc in docs:
                fields = doc.prepared["fields"] if doc.prepared is not None else None
                self.batch.add(record_of_new(doc, tags), prepared=fields)
            self.ids.extend(doc.id for doc in docs if doc.id is not None)
            self._mark_confirmed()
        except Exception as exc:
            log.exception("Indexing failed; the documents will be indexed at next open")
            self._deferred(exc)
            self.cancel()

    def due(self, remaining: int) -> bool:
        """Whether to write a segment now: the one open holds its share of the batch, or
        half as many documents as there are files still to come (so the segments shrink
        towards the end, and the one the import waits for at its end is small), or it has
        been open long enough."""
        return (len(self.ids) >= min(self.every, max(remaining // 2, INDEX_LAST_DOCS))
                or time.monotonic() - self.opened > INDEX_EVERY_SECONDS)

    def commit(self, merge: bool = True) -> None:
        """Write the documents added so far as a segment; merge=False during a long import
        (merging small segments at every commit rewrites the same documents again and
        again), True at its end, which also closes the batch."""
        if self.batch is None:
            return
        if not merge and isinstance(self.batch, ProcessBatch):
            if self.ids:
                self.batch.checkpoint()
                self.unconfirmed.append(self.ids)
                self.ids = []
                self.every = min(2 * self.every, INDEX_EVERY_DOCS)
            self.opened = time.monotonic()
            return
        batch = self.batch
        self.batch = None
        try:
            batch.commit(merge=merge)
        except Exception as exc:
            log.exception("Index commit failed; the documents will be indexed at next open")
            self._deferred(exc)
            self._mark_confirmed(batch)
            self.unconfirmed, self.ids = [], []
            return
        self.unconfirmed.append(self.ids)
        self._mark_indexed([i for ids in self.unconfirmed for i in ids])
        self.unconfirmed, self.ids = [], []

    def _mark_confirmed(self, batch: IndexBatch | ProcessBatch | None = None) -> None:
        """Mark indexed the documents of the checkpoints the writer has written."""
        batch = batch or self.batch
        if not isinstance(batch, ProcessBatch) or not self.unconfirmed:
            return
        written = batch.confirmed() - self.marked
        if written > 0:
            done, self.unconfirmed = self.unconfirmed[:written], self.unconfirmed[written:]
            self.marked += written
            self._mark_indexed([i for ids in done for i in ids])

    def _mark_indexed(self, ids: list[int]) -> None:
        if ids:
            self.session.execute(update(Document).where(Document.id.in_(ids))
                                 .values(indexed=True))
            self.session.commit()

    def _deferred(self, exc: Exception) -> None:
        sentence = (f"The imported documents are safe but could not be made searchable yet "
                    f"({exc}); Dossier will index them the next time the archive is opened.")
        if sentence not in self.warnings:
            self.warnings.append(sentence)

    def cancel(self) -> None:
        if self.batch is not None:
            self.batch.cancel()
            self._mark_confirmed(self.batch)
        self.batch, self.ids, self.unconfirmed = None, [], []


def _clash(exc: Exception) -> bool:
    """A commit that met another writer's: the same unique value, or (PostgreSQL) a deadlock
    or serialisation failure between two desks inserting the same files in another order."""
    state = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return isinstance(exc, IntegrityError) or state in ("40P01", "40001")


def _readable_report(path: str, error: str | None) -> tuple[str, str | None]:
    """A file's path and error as reported and logged: bytes of a name that are not UTF-8
    become U+FFFD (the report and the log cannot carry them)."""
    return readable(path), (readable(error) if error is not None else None)
