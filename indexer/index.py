"""The derived Whoosh index: open or rebuild it, and write documents into it in batches."""
from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from indexer.analysis import fold
from indexer.bm25f import weighting
from indexer.errors import ArchiveError
from indexer.schema import DOCS, INDEX_VERSION, PAGES, docs_schema, pages_schema

log = logging.getLogger(__name__)

VERSION_FILE = "DOSSIER_INDEX_VERSION"
SORT_CHARS = 60  # titles sort by their first characters
WRITER_MEMORY_MB = 128


@dataclass
class IndexRecord:
    """Everything the index holds about one document, built from the database."""

    id: int
    title: str
    pages: list[str]
    kind: str
    language: str | None = None
    status: str = "ok"
    author: str | None = None
    source: str | None = None
    published: str | None = None
    year: int | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    annotations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)  # of the pages, when they differ


def parse_published(value: str | None) -> datetime | None:
    """'2023-06-19', '2023-06' or '2023' as a datetime; None if absent or unparsable."""
    if not value:
        return None
    for fmt, length in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value[:length], fmt)
        except ValueError:
            continue
    return None


class SearchIndex:
    """The two Whoosh indexes of an archive: documents, and pages of multi-page documents."""

    def __init__(self, directory: Path, docs: Index, pages: Index, fresh: bool) -> None:
        self.directory = directory
        self.docs = docs
        self.pages = pages
        # True when the index was just (re)created and must be filled from the database.
        self.fresh = fresh
        # Searchers are kept open between searches, one pair per thread (Whoosh searchers
        # are not shared across threads): opening the segments costs more than most queries.
        self._local = threading.local()
        self._open: list[Searcher] = []
        self._lock = threading.Lock()

    @classmethod
    def open(cls, directory: Path) -> SearchIndex:
        """Open the index, recreating it empty if missing, outdated or corrupt."""
        try:
            if _version(directory) == INDEX_VERSION:
                storage = _storage(directory)
                docs = storage.open_index(DOCS, schema=docs_schema())
                pages = storage.open_index(PAGES, schema=pages_schema())
                docs.doc_count()  # touch the segments: a corrupt index fails here
                return cls(directory, docs, pages, fresh=False)
            log.info("Search index missing or outdated: it will be rebuilt")
        except Exception:  # any damage to a derived index is repaired by rebuilding it
            log.exception("Search index unreadable: it will be rebuilt")
        return cls.create(directory)

    @classmethod
    def create(cls, directory: Path) -> SearchIndex:
        """A new empty index in directory (anything there before is removed)."""
        try:
            if directory.exists():
                shutil.rmtree(directory)
            directory.mkdir(parents=True)
            storage = _storage(directory)
            docs = storage.create_index(docs_schema(), indexname=DOCS)
            pages = storage.create_index(pages_schema(), indexname=PAGES)
            (directory / VERSION_FILE).write_text(INDEX_VERSION, encoding="utf-8")
        except OSError as exc:
            raise ArchiveError(f"Could not create the search index in {directory}: {exc}") from exc
        return cls(directory, docs, pages, fresh=True)

    def doc_count(self) -> int:
        """Number of documents in the index."""
        return int(self.docs.doc_count())

    def indexed_ids(self) -> set[int]:
        """Ids of every document the index holds."""
        with self.docs.searcher() as searcher:
            return {int(fields["id"]) for fields in searcher.all_stored_fields()}

    @contextmanager
    def searchers(self) -> Iterator[tuple[Searcher, Searcher]]:
        """This thread's searchers over (documents, pages), brought up to date first."""
        yield self._fresh("docs", self.docs), self._fresh("pages", self.pages)

    def _fresh(self, name: str, index: Index) -> Searcher:
        searcher: Searcher | None = getattr(self._local, name, None)
        if searcher is not None:
            if searcher.up_to_date():
                return searcher
            # Not Searcher.refresh(): the segment readers it reuses keep their old deletions.
            with self._lock:
                self._open.remove(searcher)
            searcher.close()
        searcher = index.searcher(weighting=weighting())
        setattr(self._local, name, searcher)
        with self._lock:
            self._open.append(searcher)
        return searcher

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
        self.docs.close()
        self.pages.close()


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
    """Writers on both indexes; one writer at a time per archive (Whoosh holds a lock)."""

    def __init__(self, index: SearchIndex) -> None:
        self._docs: IndexWriter = index.docs.writer(limitmb=WRITER_MEMORY_MB)
        try:
            self._pages: IndexWriter = index.pages.writer(limitmb=WRITER_MEMORY_MB)
        except BaseException:
            self._docs.cancel()
            raise

    def delete(self, doc_id: int) -> None:
        """Remove a document and its pages."""
        self._docs.delete_by_term("id", str(doc_id))
        self._pages.delete_by_term("doc", str(doc_id))

    def add(self, record: IndexRecord, replace: bool = False) -> None:
        """Add a document (replace=True first removes an older version of it)."""
        if replace:
            self.delete(record.id)
        self._docs.add_document(**_doc_fields(record))
        if len(record.pages) > 1:
            doc = str(record.id)
            for number, text in enumerate(record.pages, start=1):
                if text.strip():
                    self._pages.add_document(
                        id=f"{doc}:{number}", doc=doc, page=number, content=text, xlat=text
                    )

    def commit(self) -> None:
        """Make the batch durable: pages first, so a crash in between is redone at open."""
        self._pages.commit()
        self._docs.commit()

    def cancel(self) -> None:
        """Drop the batch."""
        self._pages.cancel()
        self._docs.cancel()


def _doc_fields(record: IndexRecord) -> dict[str, object]:
    # Everything searchable by default goes into content too, so a plain word costs one
    # lookup instead of one per field; the narrow fields serve field queries.
    content = "\n".join([*record.pages, *record.notes, *record.annotations,
                         record.author or "", record.source or ""])
    fields: dict[str, object] = {
        "id": str(record.id),
        "title": record.title or "",
        "content": content,
        "xlat": f"{record.title}\n{content}",
        "kind": record.kind,
        "status": record.status,
        "sort_title": fold(record.title or "")[:SORT_CHARS],
    }
    optional: dict[str, object | None] = {
        "notes": "\n".join(record.notes) or None,
        "annotations": "\n".join(record.annotations) or None,
        "author": record.author,
        "source": record.source,
        "tags": "\n".join(record.tags) or None,
        "lang": " ".join(sorted({record.language or "", *record.languages} - {""})) or None,
        "countries": " ".join(record.countries).lower() or None,
        "date": parse_published(record.published),
        "year": record.year,
    }
    fields.update({k: v for k, v in optional.items() if v is not None})
    return fields
