"""The Archive facade: the one object the CLI, the GUI and the tests work through."""
from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, overload

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from indexer import annotations as ann_ops
from indexer import collections as coll_ops
from indexer import countries
from indexer import documents as docs_ops
from indexer.annotations import AnnotationRow
from indexer.backup import backup_if_due, list_backups, make_backup, restore_database
from indexer.changes import ChangeFn, Changes
from indexer.check import CheckReport, check_archive
from indexer.collections import CollectionRow, SavedSearchRow
from indexer.db import is_damage, open_engine, session_factory
from indexer.documents import ALL_DOCUMENTS, DocumentView
from indexer.errors import (
    ArchiveError,
    Cancelled,
    DatabaseDamaged,
    DossierError,
    ReadOnlyArchive,
)
from indexer.extract.sandbox import ExtractionPool, Job, import_pool
from indexer.filestore import FileStore
from indexer.importer import Importer, ResultFn
from indexer.locking import WaitFn, WriteLock
from indexer.models import Document
from indexer.paths import ArchivePaths
from indexer.progress import CancelFn, ProgressFn, check_cancel, never_cancel, no_progress
from indexer.records import chunks, load_records
from indexer.recovery import (
    RecoveryReport,
    RestoreReport,
    check_present,
    damaged_error,
    import_originals,
    is_disk_full,
    refuse_sound_database,
    set_aside,
)
from indexer.repair import GRACE_SECONDS, RepairReport, repair_archive, unreferenced_originals
from indexer.rows import DocumentDetail, DocumentRow, ImportReport, NoteRow
from indexer.search import SearchHit, SearchIndex, SearchResult, SearchService

if TYPE_CHECKING:  # export pulls in PyMuPDF and more: loaded when first used
    from indexer.dating import RedateReport
    from indexer.export import BundleLimits, BundleReport, ExportReport, ExportSelection
    from indexer.extract.ocr import PageText
    from indexer.failures import FailureRow
    from indexer.recognition import OcrReport
    from indexer.team.archive import TeamStatus

log = logging.getLogger(__name__)
T = TypeVar("T")


def _log_wait(message: str) -> None:
    log.info(message)


class Archive:
    """An open archive folder: database, original files and search index.

    Writes are serialised by a lock across threads and processes (SQLite and Whoosh allow
    one writer; indexer.locking); a second writer waits, telling on_wait once. Reads never
    take the lock and may run from several threads, each call using its own session.
    """

    def __init__(self, paths: ArchivePaths,
                 pool_factory: Callable[[], ExtractionPool] = import_pool,
                 on_wait: WaitFn | None = None, read_only: bool | None = None,
                 allow_new: bool = False) -> None:
        """Open the archive in paths.root; read_only=None opens it read-only when its folder
        cannot be written. allow_new=False refuses to start an empty database over a folder
        that holds originals or backups (DatabaseMissing). on_wait is told once when a write
        waits for another process's.

        Raises DatabaseDamaged or DatabaseMissing with the way back, ArchiveError.
        """
        self.paths = paths
        self.read_only = self._open_folder(read_only)
        self._lock = WriteLock(paths.write_lock)
        self.on_wait: WaitFn = on_wait or _log_wait
        # Told what each write changed, in the writing thread (a window refreshes from it).
        self.on_change: ChangeFn | None = None
        self._read_only_reason: str | None = None
        if not allow_new:
            check_present(paths)
        self.engine = self._open_database()
        self.sessions = session_factory(self.engine)
        self.files = FileStore(paths.files_dir, paths.tmp_dir)
        self._pool_factory = pool_factory
        self._pool: ExtractionPool | None = None
        self._temporary_index: tempfile.TemporaryDirectory[str] | None = None
        self.index: SearchIndex
        self._search: SearchService
        try:
            self._open_index()
        except BaseException:
            self.engine.dispose()
            raise

    def _exclusive(self, on_wait: WaitFn | None = None) -> AbstractContextManager[None]:
        """The write lock (waiting for another writer, telling on_wait); a read-only archive
        raises ReadOnlyArchive instead."""
        if self._read_only_reason is not None:
            raise ReadOnlyArchive(self._read_only_reason)
        return self._lock.hold(on_wait or self.on_wait)

    @classmethod
    def open(cls, root: Path | str, **kwargs: object) -> Archive:
        """Open (creating if needed) the archive in folder root."""
        return cls(ArchivePaths(Path(root)), **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        """Stop the reader processes; release the index and the database."""
        if self._pool is not None:
            self._pool.close()
        self.index.close()
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _told(self, changes: Changes) -> Changes:
        """Tell on_change what a write changed (if anything); return it."""
        if changes and self.on_change is not None:
            self.on_change(changes)
        return changes

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A session in a transaction, under the write lock."""
        with self._exclusive(), self.sessions() as session, session.begin():
            yield session

    # --- import ----------------------------------------------------------------
    def import_paths(self, paths: Iterable[Path | str], tags: Sequence[str] = (),
                     password: str | None = None, progress: ProgressFn = no_progress,
                     cancel: CancelFn = never_cancel,
                     on_result: ResultFn | None = None) -> ImportReport:
        """Import files and folders; see Importer.run."""
        def told(message: str) -> None:
            self.on_wait(message)
            progress(0, 0, message)

        with self._exclusive(told):
            if self._pool is None:  # started on first use, kept warm for later imports
                self._pool = self._pool_factory()
            importer = Importer(self.sessions, self.files, self.index, self._pool,
                                self._marks_author())
            try:
                report = importer.run([Path(p) for p in paths], tags, password, progress,
                                      cancel, on_result)
            except BaseException:  # what was committed before the failure is there
                self._told(Changes(added=True))
                raise
            self._remember_failures(report)
        self._told(Changes(added=bool(report.imported or report.restored), tags=bool(tags),
                           failures=True))
        return report

    def _marks_author(self) -> str | None:
        """Who signs the marks an import reads from files that name no author (nobody
        here; a team archive's desk user)."""
        return None

    def _remember_failures(self, report: ImportReport) -> None:
        """Keep the import's locked and damaged files for Needs attention (indexer.failures);
        a failure to do so never fails the import."""
        from indexer.failures import record

        try:
            with self.sessions() as session, session.begin():
                record(session, report)
        except SQLAlchemyError:
            log.warning("The import's failures could not be kept", exc_info=True)

    def import_failures(self) -> list[FailureRow]:
        """The files imports could not take because of a password or damage, newest first."""
        from indexer.failures import list_failures

        with self.sessions() as session:
            return list_failures(session)

    def forget_failures(self, ids: Sequence[int]) -> Changes:
        """Stop listing these import failures."""
        from indexer.failures import forget

        with self._writing() as session:
            forget(session, ids)
        return self._told(Changes(failures=True))

    # --- reading ---------------------------------------------------------------
    def search(self, query: str, limit: int = 20, facets: bool = False,
               sort: str = "relevance") -> SearchResult:
        """Ranked documents for a query, optionally with facet counts; sort is "relevance",
        "date" (newest first) or "title".

        Raises QueryError, or ArchiveError while the index is being rebuilt.
        """
        return self._search.search(query, limit, facets, sort)

    def warm_up(self) -> None:
        """Read what the first search needs (facet values, field lengths, the names of the
        countries its facets show) now, in the calling thread, so the first search a user
        types answers as fast as later ones."""
        self._search.warm()
        countries.load()

    def similar(self, doc_id: int, limit: int = 10) -> list[SearchHit]:
        """The documents most like this one (by the telling words they share), best first."""
        return self._search.similar(doc_id, limit)

    def query_terms(self, query: str, doc_id: int | None = None) -> frozenset[str]:
        """Index terms a query matches; find them in a text with indexer.analysis.term_spans().

        With doc_id, also that document's words that are the query's names written in
        another script (Мирзиёев for Mirziyoyev).
        """
        pages = self.page_texts(doc_id) if doc_id is not None else None
        return self._search.terms(query, pages)

    def documents(self, view: DocumentView = ALL_DOCUMENTS, sort: str = "imported_at",
                  descending: bool = True, limit: int | None = None, offset: int = 0
                  ) -> list[DocumentRow]:
        """A page of the documents in view, sorted by a column of documents.SORTABLE.

        A view with a query lists the documents the query matches now (a saved search as a
        live collection). Raises QueryError for a malformed query.
        """
        view = self._resolved(view)
        with self.sessions() as session:
            return docs_ops.list_documents(session, view, sort, descending, limit, offset)

    def count(self, view: DocumentView = ALL_DOCUMENTS) -> int:
        """Number of documents in view."""
        view = self._resolved(view)
        with self.sessions() as session:
            return docs_ops.count_documents(session, view)

    def _resolved(self, view: DocumentView) -> DocumentView:
        """view with its query replaced by the ids of the documents it matches."""
        if view.query is None:
            return view
        ids = self._search.matching_ids(view.query)
        if view.ids is not None:
            wanted = set(view.ids)
            ids = [i for i in ids if i in wanted]
        return dataclasses.replace(view, query=None, ids=tuple(ids))

    def document(self, doc_id: int) -> DocumentDetail:
        """Everything about one document. Raises NotFound."""
        with self.sessions() as session:
            return docs_ops.detail(session, self.files, doc_id)

    def page_texts(self, doc_id: int) -> list[str]:
        """Extracted text per page. Raises NotFound."""
        with self.sessions() as session:
            return docs_ops.page_texts(session, doc_id)

    def tags(self) -> list[tuple[str, int]]:
        """Every tag and how many documents carry it."""
        with self.sessions() as session:
            return docs_ops.all_tags(session)

    # --- editing (each edit re-indexes the document) ---------------------------
    def add_tags(self, doc_id: int, names: Sequence[str]) -> list[str]:
        """Tag a document; returns its tags."""
        return self._edit(doc_id, lambda s: docs_ops.add_tags(s, doc_id, names), tags=True)

    def tag_documents(self, doc_ids: Sequence[int], names: Sequence[str]) -> Changes:
        """Tag many documents in one transaction and one index update."""
        with self._writing() as session:
            for doc_id in doc_ids:
                docs_ops.add_tags(session, doc_id, names)
                docs_ops.get_document(session, doc_id).indexed = False
            session.flush()
            rows = tuple(DocumentRow.of(docs_ops.get_document(session, i)) for i in doc_ids)
        self.sync_index()
        return self._told(Changes(edited=rows, tags=True))

    def remove_tags(self, doc_id: int, names: Sequence[str]) -> list[str]:
        """Untag a document; returns its tags."""
        return self._edit(doc_id, lambda s: docs_ops.remove_tags(s, doc_id, names), tags=True)

    def add_note(self, doc_id: int, text: str) -> NoteRow:
        """Add a Markdown note."""
        return self._edit(doc_id, lambda s: docs_ops.add_note(s, doc_id, text))

    def update_note(self, doc_id: int, note_id: int, text: str,
                    base_version: int | None = None) -> NoteRow:
        """Change a note. With base_version (the NoteRow.version the text was edited from)
        a note saved by someone else since is not overwritten: NoteConflict carries both."""
        return self._edit(doc_id, lambda s: docs_ops.update_note(s, note_id, text,
                                                                 base_version))

    def delete_note(self, doc_id: int, note_id: int) -> Changes:
        """Delete a note."""
        return self._edit(doc_id, lambda s: docs_ops.delete_note(s, note_id), told=True)

    def update_metadata(self, doc_id: int, **fields: str | None) -> DocumentRow:
        """Edit title, source, author, published or language."""
        return self._edit(doc_id, lambda s: docs_ops.update_metadata(s, doc_id, **fields))

    def redate(self, doc_ids: Sequence[int] | None = None, progress: ProgressFn = no_progress,
               cancel: CancelFn = never_cancel) -> RedateReport:
        """Date documents (all by default) again from their stored text, file name and
        metadata (indexer.dating); a date the user set is never replaced. Re-indexes the
        documents whose date changed. Raises Cancelled (nothing is changed then)."""
        from indexer.dating import redate

        with self._writing() as session:
            ids = (list(doc_ids) if doc_ids is not None
                   else list(session.scalars(select(Document.id).order_by(Document.id))))
            report = redate(session, ids, progress, cancel)
        self.sync_index()
        self._told(Changes(text=frozenset(c[0] for c in report.changed)))
        return report

    def undated(self) -> list[int]:
        """Documents whose date's source is unknown (dated before Dossier read dates from
        the text): the ones `redate` should see first."""
        from indexer.dating import undated_ids

        with self.sessions() as session:
            return undated_ids(session)

    @overload
    def _edit(self, doc_id: int, change: Callable[[Session], T], tags: bool = False,
              text: bool = False, *, told: Literal[False] = False) -> T: ...

    @overload
    def _edit(self, doc_id: int, change: Callable[[Session], object], tags: bool = False,
              text: bool = False, *, told: Literal[True]) -> Changes: ...

    def _edit(self, doc_id: int, change: Callable[[Session], Any], tags: bool = False,
              text: bool = False, *, told: bool = False) -> Any:
        """Run change on one document, re-index it and tell what changed (its row as it is
        now; tags: the tag list; text: its text). Returns change's result, or with told
        the Changes."""
        with self._writing() as session:
            result = change(session)
            doc = docs_ops.get_document(session, doc_id)
            doc.indexed = False
            session.flush()
            row = DocumentRow.of(doc)
        self.sync_index()
        changes = self._told(Changes(edited=(row,), tags=tags,
                                     text=frozenset({doc_id}) if text else frozenset()))
        return changes if told else result

    # --- annotations -----------------------------------------------------------------
    def annotations(self, doc_id: int) -> list[AnnotationRow]:
        """A document's marks in page order, orphans last. Raises NotFound."""
        with self.sessions() as session:
            docs_ops.get_document(session, doc_id)
            return ann_ops.list_annotations(session, doc_id)

    def add_annotation(self, doc_id: int, page: int, *, quote: str | None = None,
                       start: int | None = None, end: int | None = None,
                       kind: str = "highlight", color: str = "yellow", comment: str = "",
                       rects: list[list[float]] | None = None) -> AnnotationRow:
        """Mark a passage of a page by its quote (first occurrence) or character offsets.

        Raises NotFound (no such page) or DossierError (quote not on the page).
        """
        def change(session: Session) -> AnnotationRow:
            doc = docs_ops.get_document(session, doc_id)
            return ann_ops.add_annotation(
                session, doc, self.files.path_for(doc.checksum, doc.original_name), page,
                quote=quote, start=start, end=end, kind=kind, color=color, comment=comment,
                rects=rects)
        return self._edit(doc_id, change)

    def update_annotation(self, doc_id: int, annotation_id: int, *, color: str | None = None,
                          comment: str | None = None, kind: str | None = None
                          ) -> AnnotationRow:
        """Recolour, re-comment or change a mark's kind."""
        return self._edit(doc_id, lambda s: ann_ops.update_annotation(
            s, annotation_id, color=color, comment=comment, kind=kind))

    def delete_annotation(self, doc_id: int, annotation_id: int) -> Changes:
        """Delete a mark."""
        return self._edit(doc_id, lambda s: s.delete(ann_ops.get_annotation(s, annotation_id)),
                          told=True)

    def reextract(self, doc_id: int, password: str | None = None) -> int:
        """Read the stored original again (new reader, OCR added…), re-place every mark by its
        text, and re-index. Returns the number of marks that could not be placed (orphans).

        Raises ImportFailed if the original cannot be read.
        """
        detail = self.document(doc_id)
        with self._exclusive():
            if self._pool is None:
                self._pool = self._pool_factory()
            ((_, result),) = list(self._pool.run([Job(doc_id, Path(detail.stored_path),
                                                      password)]))
        if isinstance(result, DossierError):
            raise result
        def change(session: Session) -> int:
            doc = docs_ops.get_document(session, doc_id)
            docs_ops.replace_pages(doc, result.pages)
            doc.page_count, doc.text_status = len(result.pages), result.text_status
            return ann_ops.reanchor_all(session, doc, Path(detail.stored_path), result.pages)
        return self._edit(doc_id, change, text=True)

    # --- collections and saved searches ----------------------------------------
    def collections(self) -> list[CollectionRow]:
        """Every collection with its size."""
        with self.sessions() as session:
            return coll_ops.list_collections(session)

    def create_collection(self, name: str) -> CollectionRow:
        """A new empty collection."""
        with self._writing() as session:
            created = coll_ops.create_collection(session, name)
        self._told(Changes(collections=True))
        return created

    def rename_collection(self, collection_id: int, name: str) -> CollectionRow:
        """Rename a collection, keeping its identity."""
        with self._writing() as session:
            renamed = coll_ops.rename_collection(session, collection_id, name)
        self._told(Changes(collections=True))
        return renamed

    def add_to_collection(self, collection_id: int, doc_ids: Sequence[int]) -> Changes:
        """Put documents into a collection."""
        with self._writing() as session:
            coll_ops.add_to_collection(session, collection_id, doc_ids)
        return self._told(Changes(collections=True))

    def remove_from_collection(self, collection_id: int, doc_ids: Sequence[int]) -> Changes:
        """Take documents out of a collection."""
        with self._writing() as session:
            coll_ops.remove_from_collection(session, collection_id, doc_ids)
        return self._told(Changes(collections=True))

    def delete_collection(self, collection_id: int) -> Changes:
        """Delete a collection, keeping its documents."""
        with self._writing() as session:
            coll_ops.delete_collection(session, collection_id)
        return self._told(Changes(collections=True))

    def saved_searches(self) -> list[SavedSearchRow]:
        """Every saved search."""
        with self.sessions() as session:
            return coll_ops.list_saved_searches(session)

    def save_search(self, name: str, query: str) -> SavedSearchRow:
        """Save a query under a name (checked first: a malformed query is refused)."""
        self._search.check(query)
        with self._writing() as session:
            saved = coll_ops.save_search(session, name, query)
        self._told(Changes(searches=True))
        return saved

    def delete_saved_search(self, search_id: int) -> Changes:
        """Forget a saved search."""
        with self._writing() as session:
            coll_ops.delete_saved_search(session, search_id)
        return self._told(Changes(searches=True))

    def delete_documents(self, ids: Sequence[int]) -> Changes:
        """Delete documents, their stored originals and index entries."""
        with self._writing() as session:
            found = [docs_ops.get_document(session, i) for i in ids]
            with self.index.batch() as batch:
                for doc in found:
                    batch.delete(doc.id)
            originals = [(d.checksum, d.original_name) for d in found]
            for doc in found:
                session.delete(doc)
        for checksum, name in originals:
            self.files.remove(checksum, name)
        return self._told(Changes(removed=frozenset(ids)))

    # --- index maintenance -----------------------------------------------------
    def sync_index(self, progress: ProgressFn = no_progress,
                   cancel: CancelFn = never_cancel) -> int:
        """Index every document not yet indexed; return how many."""
        with self._exclusive(), self.sessions() as session:
            ids = list(session.scalars(select(Document.id).where(Document.indexed.is_(False))))
            self._index_ids(session, ids, replace=not self.index.fresh, progress=progress,
                            cancel=cancel)
            self.index.fresh = False
        return len(ids)

    def reindex(self, progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel
                ) -> int:
        """Rebuild the index from the database; return the number of documents."""
        with self._exclusive():
            self.index.close()
            self.index = SearchIndex.create(self.paths.index_dir)
            self._search = SearchService(self.index, self.sessions)
            with self.sessions() as session, session.begin():
                session.execute(update(Document).values(indexed=False))
            count = self.sync_index(progress, cancel)
        self._told(Changes(everything=True))
        return count

    def _index_ids(self, session: Session, ids: list[int], replace: bool,
                   progress: ProgressFn, cancel: CancelFn) -> None:
        """Index the documents ids in one batch, committed once (a commit per chunk rewrote
        the earlier chunks at every merge); they are marked indexed only after the commit."""
        done = 0
        with self.index.batch() as batch:
            for chunk in chunks(ids):
                check_cancel(cancel)
                for record in load_records(session, chunk):
                    batch.add(record, replace=replace)
                done += len(chunk)
                progress(done, len(ids), "indexing")
        for chunk in chunks(ids):
            session.execute(update(Document).where(Document.id.in_(chunk)).values(indexed=True))
        session.commit()

    def _reconcile_index(self) -> None:
        """At open: make the index agree with the database (it is derived from it).

        Skipped while another process writes: that writer indexes its own documents, and
        reading must never wait for it.
        """
        with self._lock.try_hold() as taken:
            if not taken:
                log.info("Another process is writing; the index is reconciled later")
                return
            with self.sessions() as session, session.begin():
                if self.index.fresh:
                    session.execute(update(Document).values(indexed=False))
                else:
                    self._drop_strays(session)
            self.sync_index()

    def _drop_strays(self, session: Session) -> None:
        indexed = set(session.scalars(select(Document.id).where(Document.indexed.is_(True))))
        if self.index.doc_count() == len(indexed):
            return
        in_index = self.index.indexed_ids()
        strays = in_index - indexed
        if strays:
            with self.index.batch() as batch:
                for doc_id in strays:
                    batch.delete(doc_id)
        missing = indexed - in_index
        if missing:
            session.execute(update(Document).where(Document.id.in_(missing)).values(indexed=False))
        log.warning("Index reconciled: %d stray, %d missing", len(strays), len(missing))

    def change_token(self) -> tuple[int, ...]:
        """A value that changes whenever any process commits to this archive (cheap: a few
        stat calls); poll it to notice other processes' imports and edits."""
        token: list[int] = []
        for path in (self.paths.database, self.paths.database.with_name(
                self.paths.database.name + "-wal")):
            try:
                info = path.stat()
                token += [info.st_mtime_ns, info.st_size]
            except OSError:
                token += [0, 0]
        return tuple(token)

    def refresh(self) -> int:
        """Index documents another process committed but did not index (it may have been
        killed); returns how many. Does nothing while another process writes, or read-only."""
        if self._read_only_reason is not None:
            return 0
        with self._lock.try_hold() as taken:
            return self.sync_index() if taken else 0

    def team_status(self) -> TeamStatus | None:
        """Online or not and how many changes wait, for a team archive; None for a folder."""
        return None

    def check(self, progress: ProgressFn = no_progress) -> CheckReport:
        """Verify database, stored files and index against each other (waiting for another
        writer first, so as not to report its work in progress; a read-only archive is
        checked as it is)."""
        if self._read_only_reason is not None:
            with self.sessions() as session:
                return check_archive(session, self.files, self.index, progress)
        with self._exclusive(), self.sessions() as session:
            return check_archive(session, self.files, self.index, progress)

    # --- export and bundles -------------------------------------------------------------
    def export(self, selection: ExportSelection, fmt: str, out: Path | str,
               progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel
               ) -> ExportReport:
        """Write the selected documents to out in format fmt (see indexer.export.FORMATS).

        Returns the files written and the documents skipped with reasons. Raises
        ExportError (unknown format, nothing selected), NotFound, QueryError, Cancelled.
        """
        from indexer.export import run_export

        return run_export(self.sessions, self.files, self._search.ranked_ids, selection, fmt,
                          Path(out),
                          progress, cancel)

    def import_bundle(self, path: Path | str, progress: ProgressFn = no_progress,
                      cancel: CancelFn = never_cancel, limits: BundleLimits | None = None
                      ) -> BundleReport:
        """Merge a `.dossier` bundle into this archive, then index what it brought.

        Raises BundleRefused (the archive is left untouched) for a broken, hostile or too
        new bundle, ArchiveError when the archive cannot be written, Cancelled.
        """
        from indexer.export import DEFAULT_LIMITS, import_bundle

        with self._exclusive():
            report = import_bundle(self.sessions, self.files, Path(path), progress, cancel,
                                   limits or DEFAULT_LIMITS)
            self.sync_index()
        if report.changed:
            self._told(Changes(everything=True))
        return report

    # --- text recovery: OCR and repair of garbled layers ---------------------------------
    def needs_ocr(self, doc_ids: Sequence[int]) -> list[int]:
        """The PDFs among doc_ids with pages whose text is missing or garbled."""
        from indexer.recognition import plan

        with self.sessions() as session:
            return [p.doc_id for p in plan(session, doc_ids, force=False)]

    def ocr(self, doc_ids: Sequence[int], lang: str | None = None, force: bool = False,
            progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel) -> OcrReport:
        """Recover the text of the pages that need it, in worker processes: repair a garbled
        layer where a code shift explains it, else recognise the page with Tesseract (lang
        such as "rus+eng", else chosen from the document's and the archive's languages;
        force re-reads every page). Each page is stored as it comes; each finished document
        gets its marks re-anchored, a real title if it only had its file name, and is
        re-indexed. Cancelling keeps every page already stored.

        Raises OcrUnavailable (a hand-set language pack is missing), Cancelled.
        """
        from indexer.extract.ocr import MISSING, check_languages, ocr_available
        from indexer.recognition import OcrReport, archive_languages, plan

        packs = check_languages(lang) if lang else None
        with self.sessions() as session:
            plans = plan(session, doc_ids, force)
            languages = archive_languages(session)
        report = OcrReport()
        self._recover(plans, packs, languages, force, report, progress, cancel)
        if report.left and not ocr_available():
            report.missing = MISSING
        return report

    def _recover(self, plans: list[Any], packs: str | None, languages: list[str],
                 force: bool, report: OcrReport, progress: ProgressFn,
                 cancel: CancelFn) -> None:
        """Run the page jobs of plans and store their results (see ocr)."""
        from indexer.extract.sandbox import ocr_pool

        details = {p.doc_id: self.document(p.doc_id) for p in plans}
        jobs = [Job((p.doc_id, n), Path(details[p.doc_id].stored_path), None,
                    {"pages": [n], "lang": packs, "doc_language": p.language,
                     "archive_languages": languages, "force": force})
                for p in plans for n in p.pages]
        waiting = {p.doc_id: len(p.pages) for p in plans}
        heights: dict[int, float | None] = {}
        touched: set[int] = set()
        try:
            with ocr_pool() as pool:
                for done, (job, result) in enumerate(pool.run(jobs), start=1):
                    doc_id, number = job.key
                    self._store_recovered(doc_id, number, result, report, heights)
                    touched.add(doc_id)
                    waiting[doc_id] -= 1
                    if not waiting[doc_id]:
                        self._finish_recovered(doc_id, heights.get(doc_id), report)
                        touched.discard(doc_id)
                    progress(done, len(jobs), f"{details[doc_id].row.title}: page {number} "
                                              f"of {details[doc_id].row.page_count}")
                    check_cancel(cancel)
        except Cancelled:
            report.cancelled = True
            raise
        finally:
            for doc_id in sorted(touched):
                self._finish_recovered(doc_id, heights.get(doc_id), report)

    def _store_recovered(self, doc_id: int, number: int, result: object, report: OcrReport,
                         heights: dict[int, float | None]) -> None:
        """Write one page job's result (or note its failure)."""
        from indexer.recognition import page_needs_recovery, store_page

        if isinstance(result, DossierError):
            report.failed.append((doc_id, number, str(result)))
            return
        found: list[PageText] = result  # type: ignore[assignment]
        with self._writing() as session:
            for page in found:
                if page.number == 1:
                    heights[doc_id] = page.height
                if store_page(session, doc_id, page):
                    report.pages[page.source] = report.pages.get(page.source, 0) + 1
                elif page_needs_recovery(page.text):
                    report.left += 1

    def _finish_recovered(self, doc_id: int, height: float | None, report: OcrReport) -> None:
        """Re-anchor, re-judge, retitle and re-index a document whose pages changed."""
        from indexer.recognition import finish_document

        stored = Path(self.document(doc_id).stored_path)
        with self._writing() as session:
            finish_document(session, docs_ops.get_document(session, doc_id), stored, height)
        report.documents.append(doc_id)
        self.sync_index()
        self._told(Changes(text=frozenset({doc_id})))
    # --- opening, read-only mode, backups and the way back (see indexer.backup/recovery) -----
    def _open_folder(self, read_only: bool | None) -> bool:
        """Create the folder if needed; decide read-only (a folder that cannot be written)."""
        root = self.paths.root
        if read_only is None:
            read_only = root.is_dir() and not _writable(self.paths)
        if read_only:
            if not self.paths.database.is_file():
                raise ArchiveError(f"There is no archive in {root}, and the folder is "
                                   "read-only so none can be made there.")
            return True
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"Cannot create the archive folder {root}: {exc}") from exc
        return False

    def _open_database(self) -> Engine:
        """The migrated database (backed up before a migration and once a day)."""
        try:
            engine = open_engine(self.paths.database, self._backup_before_migration,
                                 self.read_only)
        except DatabaseDamaged as exc:
            raise damaged_error(self.paths, str(exc)) from exc
        if self.read_only:
            return engine
        try:
            backup_if_due(self.paths.database, self.paths.backups_dir)
        except DatabaseDamaged as exc:
            engine.dispose()
            raise damaged_error(self.paths, str(exc)) from exc
        except ArchiveError:
            log.warning("The daily backup could not be made", exc_info=True)
        return engine

    def _backup_before_migration(self, version: int) -> None:
        try:
            make_backup(self.paths.database, self.paths.backups_dir, f"schema{version}")
        except ArchiveError as exc:
            raise ArchiveError(f"The archive's database must be updated but could not be backed "
                               f"up first, so it was left as it was: {exc}") from exc

    def _open_index(self) -> None:
        """Open the index and make it agree with the database; read-only archives whose index
        cannot be used get a temporary one."""
        try:
            if self.read_only:
                self._open_index_read_only()
                return
            if SearchIndex.needs_rebuild(self.paths.index_dir):
                # Replaced only under the write lock: another process may be writing to it.
                with self._exclusive():
                    self.index = SearchIndex.open(self.paths.index_dir)
            else:
                self.index = SearchIndex.open(self.paths.index_dir)
            self._search = SearchService(self.index, self.sessions)
            self._reconcile_safely()
        except DBAPIError as exc:
            if not is_damage(exc):
                raise
            raise damaged_error(self.paths, str(exc.orig).rstrip(".")) from exc

    def _reconcile_safely(self) -> None:
        """_reconcile_index, except that a full disk leaves the archive readable."""
        try:
            self._reconcile_index()
        except (OSError, SQLAlchemyError, ArchiveError) as exc:
            if not is_disk_full(exc):
                raise
            log.warning("Disk full: documents not yet indexed wait for free space",
                        exc_info=True)

    def _open_index_read_only(self) -> None:
        why = "its folder cannot be written" if not _writable(self.paths) else "opened so"
        try:
            self.index = SearchIndex.open(self.paths.index_dir)
        except ArchiveError:  # outdated or damaged and cannot be rebuilt in place
            log.warning("Read-only archive: searching a temporary index", exc_info=True)
            self._temporary_index = tempfile.TemporaryDirectory(prefix="dossier-index-")
            self.index = SearchIndex.create(Path(self._temporary_index.name))
            with self.sessions() as session:
                for chunk in chunks(list(session.scalars(select(Document.id)))):
                    with self.index.batch() as batch:
                        for record in load_records(session, chunk):
                            batch.add(record)
        self._search = SearchService(self.index, self.sessions)
        self._read_only_reason = (
            f"This archive is read-only ({why}: {self.paths.root}); searching, reading and "
            "exporting to another folder work, but nothing in it can be changed.")

    def backup(self) -> Path:
        """Back up the database now (kept with the automatic ones); returns the backup."""
        with self._exclusive():
            return make_backup(self.paths.database, self.paths.backups_dir, "manual")

    def backups(self) -> list[Path]:
        """The database backups, newest first."""
        return list_backups(self.paths.backups_dir)

    def restore(self, backup: Path | str | None = None, progress: ProgressFn = no_progress,
                cancel: CancelFn = never_cancel) -> RestoreReport:
        """Put a backup (the newest sound one by default) in place of the database, keeping
        the current database as a backup first (so this can be undone); re-import the stored
        originals the backup does not know (documents added since); rebuild the index."""
        with self._exclusive():
            self.index.close()
            self.engine.dispose()
            try:
                chosen, previous = restore_database(
                    self.paths.database, self.paths.backups_dir,
                    Path(backup) if backup is not None else None)
                shutil.rmtree(self.paths.index_dir, ignore_errors=True)
            finally:
                self.engine = self._open_database()
                self.sessions = session_factory(self.engine)
                self._open_index()
            report = import_originals(self, self._unreferenced(), None, progress, cancel)
            restored = RestoreReport(chosen, previous, report, self._missing_originals())
        self._told(Changes(everything=True))
        return restored

    @classmethod
    def restore_from_backup(cls, root: Path | str, backup: Path | str | None = None,
                            progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel,
                            **kwargs: object) -> RestoreReport:
        """Archive.restore for an archive that cannot be opened (damaged or missing
        database): restore, open, re-import the originals added since the backup."""
        paths = ArchivePaths(Path(root))
        chosen, previous = restore_database(paths.database, paths.backups_dir,
                                            Path(backup) if backup is not None else None)
        shutil.rmtree(paths.index_dir, ignore_errors=True)
        with cls(paths, **kwargs) as archive:  # type: ignore[arg-type]
            report = import_originals(archive, archive._unreferenced(), None, progress, cancel)
            return RestoreReport(chosen, previous, report, archive._missing_originals())

    @classmethod
    def recover(cls, root: Path | str, password: str | None = None,
                progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel,
                **kwargs: object) -> RecoveryReport:
        """Rebuild a damaged or missing catalogue from the stored originals: the damaged
        database is moved aside (never deleted), every original becomes a new document.

        Raises ArchiveError when the database is sound and holds documents.
        """
        paths = ArchivePaths(Path(root))
        refuse_sound_database(paths)
        aside = set_aside(paths.database)
        shutil.rmtree(paths.index_dir, ignore_errors=True)
        with cls(paths, allow_new=True, **kwargs) as archive:  # type: ignore[arg-type]
            originals = sorted(p for p in paths.files_dir.glob("??/*") if p.is_file())
            report = import_originals(archive, originals, password, progress, cancel)
            return RecoveryReport(aside, report, archive.count())

    def repair(self, progress: ProgressFn = no_progress, grace: float = GRACE_SECONDS
               ) -> RepairReport:
        """What `check --repair` fixes: the index, orphan originals, leftovers."""
        with self._exclusive():
            return repair_archive(self, progress, grace)

    def _unreferenced(self) -> list[Path]:
        with self.sessions() as session:
            return unreferenced_originals(session, self.files)

    def _missing_originals(self) -> int:
        with self.sessions() as session:
            rows = session.execute(select(Document.checksum, Document.original_name)).all()
        return sum(1 for checksum, name in rows if not self.files.path_for(checksum, name).exists())


def _writable(paths: ArchivePaths) -> bool:
    if not os.access(paths.root, os.W_OK):
        return False
    return not paths.database.exists() or os.access(paths.database, os.W_OK)


def open_location(location: str | Path, **kwargs: Any) -> Archive:
    """Open an archive by where it is: a folder, or a team archive's address
    (postgresql://user@host/db?files=/shared/folder; see indexer.team)."""
    from indexer.team.location import is_team_location

    if is_team_location(location):
        from indexer.team.archive import TeamArchive

        return TeamArchive(str(location), **kwargs)
    return Archive.open(location, **kwargs)
