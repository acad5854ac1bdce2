"""The derived Whoosh index: open or rebuild it, keep searchers, write documents in batches."""
from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import scoring
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from indexer.analysis import fold
from indexer.errors import ArchiveError
from indexer.search import fields as F
from indexer.search.facets import FacetCache
from indexer.search.lengths import LengthCache
from indexer.search.lengths import install as install_lengths
from indexer.search.prepare import Preparer, unpack_fields
from indexer.search.record import IndexRecord, parse_published
from indexer.search.schema import INDEX_VERSION, build_schema
from indexer.search.segments import segment_id
from indexer.search.writer import FastSegmentWriter, merge_tiers

log = logging.getLogger(__name__)

NAME = "docs"
VERSION_FILE = "DOSSIER_INDEX_VERSION"
SORT_CHARS = 60  # titles sort by their first characters
WRITER_MEMORY_MB = 256
K1, B = 1.6, 0.75  # BM25 saturation and length normalisation: K1 chosen on Cranfield and CISI together


def weighting() -> scoring.WeightingModel:
    """The weighting model of Dossier's searchers."""
    return scoring.BM25F(B=B, K1=K1)


class SearchIndex:
    """An archive's Whoosh index: one record per document."""

    def __init__(self, directory: Path, index: Index, fresh: bool) -> None:
        self.directory = directory
        self.ix = index
        # True when the index was just (re)created and must be filled from the database.
        self.fresh = fresh
        # One searcher per thread, kept open between searches (Whoosh searchers are not
        # shared across threads): opening the segments costs more than most queries.
        self._local = threading.local()
        self._open: list[Searcher] = []
        self._lock = threading.Lock()
        self.preparer = Preparer()
        self._lengths: LengthCache = {}  # field lengths of the segments, read once
        self.facet_values: FacetCache = {}  # facet values of the segments, read once

    @classmethod
    def open(cls, directory: Path) -> SearchIndex:
        """Open the index, recreating it empty if missing, outdated or corrupt."""
        try:
            if _version(directory) == INDEX_VERSION:
                index = _storage(directory).open_index(NAME, schema=build_schema())
                index.doc_count()  # touch the segments: a corrupt index fails here
                return cls(directory, index, fresh=False)
            log.info("Search index missing or outdated: it will be rebuilt")
        except Exception:  # any damage to a derived index is repaired by rebuilding it
            log.exception("Search index unreadable: it will be rebuilt")
        return cls.create(directory)

    @classmethod
    def needs_rebuild(cls, directory: Path) -> bool:
        """True when the index folder holds no index of this version."""
        return _version(directory) != INDEX_VERSION

    @classmethod
    def create(cls, directory: Path) -> SearchIndex:
        """A new empty index in directory (anything there before is removed)."""
        try:
            if directory.exists():
                shutil.rmtree(directory)
            directory.mkdir(parents=True)
            index = _storage(directory).create_index(build_schema(), indexname=NAME)
            (directory / VERSION_FILE).write_text(INDEX_VERSION, encoding="utf-8")
        except OSError as exc:
            raise ArchiveError(f"Could not create the search index in {directory}: "
                               f"{exc.strerror or exc}.") from exc
        return cls(directory, index, fresh=True)

    def doc_count(self) -> int:
        """Number of documents in the index."""
        return int(self.ix.doc_count())

    def indexed_ids(self) -> set[int]:
        """Ids of every document the index holds."""
        with self.ix.searcher() as searcher:
            return {int(fields[F.ID]) for fields in searcher.all_stored_fields()}

    def searcher(self) -> Searcher:
        """This thread's searcher, brought up to date with the last commit first."""
        searcher: Searcher | None = getattr(self._local, "searcher", None)
        if searcher is not None:
            if searcher.up_to_date():
                return searcher
            # Not Searcher.refresh(): the segment readers it reuses keep their old deletions.
            with self._lock:
                self._open.remove(searcher)
            searcher.close()
        searcher = self.ix.searcher(weighting=weighting())
        self._forget_merged(searcher)
        install_lengths(searcher, self._lengths)
        self._local.searcher = searcher
        with self._lock:
            self._open.append(searcher)
        return searcher

    def _forget_merged(self, searcher: Searcher) -> None:
        """Drop what was read of segments that merges have replaced."""
        live = {segment_id(sub.reader()) for sub, _ in searcher.leaf_searchers()}
        with self._lock:
            for key in [k for k in self._lengths if k[0] not in live]:
                del self._lengths[key]
            for segment in [k for k in self.facet_values if k not in live]:
                del self.facet_values[segment]

    @contextmanager
    def batch(self) -> Iterator[IndexBatch]:
        """A write batch committed on success and cancelled on error."""
        batch = IndexBatch(self)
        try:
            yield batch
        except BaseException:
            batch.cancel()
            raise
        batch.commit()

    def close(self) -> None:
        """Release the index files (searchers still in use raise ReaderClosed)."""
        with self._lock:
            searchers, self._open = self._open, []
        for searcher in searchers:
            searcher.close()
        self.ix.close()


def _storage(directory: Path) -> FileStorage:
    """The index folder as Whoosh storage. Without mmap: measured on 64k documents, Whoosh
    otherwise held every open segment in memory (RSS about 1 GB against 70 MB), at the
    same speed."""
    return FileStorage(str(directory), supports_mmap=False)


def _version(directory: Path) -> str | None:
    try:
        return (directory / VERSION_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None


class IndexBatch:
    """One writer on the index; one writer at a time per archive (indexer.locking)."""

    def __init__(self, index: SearchIndex) -> None:
        self._preparer = index.preparer
        self._writer: IndexWriter = FastSegmentWriter(index.ix, limitmb=WRITER_MEMORY_MB)

    def delete(self, doc_id: int) -> None:
        """Remove a document."""
        self._writer.delete_by_term(F.ID, str(doc_id))

    def add(self, record: IndexRecord, replace: bool = False,
            prepared: dict[str, object] | bytes | None = None) -> None:
        """Add a document (replace=True first removes an older version of it); prepared holds
        its text fields when they were analysed elsewhere (indexer.import_worker)."""
        if replace:
            self.delete(record.id)
        self._writer.add_document(**document_fields(self._preparer, record, prepared))

    def commit(self, merge: bool = True) -> None:
        """Make the batch durable, merging small segments as Whoosh sees fit (merge=False: a
        new segment only, for commits in the middle of long work)."""
        if merge:
            self._writer.commit(mergetype=merge_tiers)
        else:
            self._writer.commit(merge=False)

    def cancel(self) -> None:
        """Drop the batch."""
        self._writer.cancel()


def document_fields(preparer: Preparer, record: IndexRecord,
                    prepared: dict[str, object] | bytes | None = None) -> dict[str, object]:
    """The keyword arguments of add_document for one record (its text fields analysed here
    unless prepared)."""
    if isinstance(prepared, bytes):
        prepared = unpack_fields(prepared)
    fields = dict(prepared) if prepared is not None else preparer.fields(record)
    fields.update({F.ID: str(record.id), F.KIND: record.kind, F.STATUS: record.status,
                   F.SORT_TITLE: fold(record.title or "")[:SORT_CHARS]})
    optional: dict[str, object | None] = {
        F.TAGS: "\n".join(record.tags) or None,
        F.LANG: " ".join(sorted({record.language or "", *record.languages} - {""})) or None,
        F.COUNTRIES: " ".join(record.countries).lower() or None,
        F.DATE: parse_published(record.published),
        F.YEAR: f"{record.year:04d}" if record.year else None,
    }
    fields.update({k: v for k, v in optional.items() if v is not None})
    return fields
