"""Field lengths held in memory: BM25 reads a document's field length for every document it
scores, and Whoosh (without mmap) reads each one from disk. A segment's lengths never change,
so each is read once, in one piece, and kept for as long as the segment lives."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from indexer.search.segments import segment_id

_TABLE = [byte_to_length(b) for b in range(256)]
LengthCache = dict[tuple[str, str], bytes]  # (segment id, field) -> one byte per document


def install(searcher: Searcher, cache: LengthCache) -> None:
    """Make every segment reader of searcher answer field lengths from memory."""
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        segment = segment_id(reader)
        perdoc = getattr(reader, "_perdoc", None)
        if segment is None or perdoc is None:
            continue
        lookup = _lookup(segment, perdoc, reader.doc_count_all(), cache)
        reader.doc_field_length = lookup
        # Whoosh's Searcher copies its reader's bound methods when it is made: replace the
        # copy too (BM25's scorer calls the searcher's).
        sub.doc_field_length = lookup


def _lookup(segment_id: str, perdoc: Any, count: int, cache: LengthCache
            ) -> Callable[..., int]:
    def doc_field_length(docnum: int, fieldname: str, default: int = 0) -> int:
        raw = cache.get((segment_id, fieldname))
        if raw is None:
            raw = cache[(segment_id, fieldname)] = _read(perdoc, fieldname, count)
        return _TABLE[raw[docnum]] if docnum < len(raw) and raw[docnum] else default
    return doc_field_length


def _read(perdoc: Any, fieldname: str, count: int) -> bytes:
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return bytes(count)
    try:
        return bytes(column._dbfile.get(column._basepos, count))
    except AttributeError:  # another column layout: read document by document
        return bytes(column[d][0] if column[d] else 0 for d in range(count))
