"""Read every segment of the search index end to end, to find damage before a search does."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import _pointer as _SLOT  # a hash slot: (hash, row position)
from whoosh.reading import IndexReader

from indexer.progress import ProgressFn, no_progress
from indexer.search.store import NAME

log = logging.getLogger(__name__)

INDEXES = (NAME,)


def verify_index(index_dir: Path, progress: ProgressFn = no_progress) -> str | None:
    """None when every segment of the index reads back whole; else a sentence saying
    what is damaged (the index is derived: rebuilding it repairs it).

    Reads every term, every posting with its value, every stored field and every sortable
    column of every segment, and checks the term tables' hash tables: as long as reading
    the whole index.
    """
    if not index_dir.is_dir():
        return "The search index is missing; it is rebuilt at the next open or by `dossier reindex`."
    try:
        storage = FileStorage(str(index_dir), readonly=True, supports_mmap=False)
    except Exception as exc:  # any failure to read a derived index means: rebuild it
        return _damaged("the index folder", exc)
    for done, name in enumerate(INDEXES):
        progress(done, len(INDEXES), f"index {name}")
        try:
            index = storage.open_index(name)
            reader = index.reader()
        except Exception as exc:
            return _damaged(f"the {name} table of contents", exc)
        try:
            for leaf, _ in reader.leaf_readers():
                problem = _read_segment(leaf, name)
                if problem:
                    return problem
        finally:
            reader.close()
    progress(len(INDEXES), len(INDEXES), "index")
    return None


def _read_segment(reader: IndexReader, index_name: str) -> str | None:
    segment = getattr(reader, "segment", lambda: None)()
    where = f"segment {segment.segment_id()} of the {index_name} index" if segment \
        else f"a segment of the {index_name} index"
    try:
        for _ in reader.iter_docs():  # stored fields
            pass
        for _fieldname, _text, _docnum, _weight, value in reader.iter_postings():
            del value
        terms = getattr(getattr(reader, "_terms", None), "_tindex", None)
        if terms is not None:
            _check_hash_tables(terms)
        for fieldname in reader.schema.names():
            if reader.has_column(fieldname):
                for _ in reader.column_reader(fieldname, translate=False):
                    pass
    except Exception as exc:
        return _damaged(where, exc)
    return None


def _check_hash_tables(table: Any) -> None:
    """Raise ValueError unless the term table's hash tables (which searches look terms up
    through; reading the terms in order never touches them) follow one another from the
    end of its rows, and each slot is empty or points at a row whose key hashes to it."""
    expected = table.endofdata
    for bucket, (position, slots) in enumerate(table.tables):
        if position != expected or slots < 0:
            raise ValueError(f"hash table {bucket} is not where the directory says")
        raw = table.dbfile.get(position, slots * _SLOT.size)
        for hashed, row in _SLOT.iter_unpack(raw):
            if row == 0:
                if hashed:
                    raise ValueError(f"an empty slot of hash table {bucket} is not empty")
            elif hashed & 255 != bucket or table.hashfn(table.key_at(row)) != hashed:
                raise ValueError(f"a slot of hash table {bucket} points at the wrong row")
        expected = position + slots * _SLOT.size


def _damaged(where: str, exc: BaseException) -> str:
    log.warning("Search index damaged in %s", where, exc_info=exc)
    return (f"The search index is damaged ({where}: {str(exc)[:120] or type(exc).__name__}); "
            "`dossier reindex` or `dossier check --repair` rebuilds it from the database.")
