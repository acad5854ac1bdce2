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
# The length each byte stands for, as BM25 reads it (a document without the field counts 1).
FIELD_LENGTHS = [1, *_TABLE[1:]]
LengthCache = dict[tuple[str, str], bytes]  # (segment id, field) -> one byte per document


def install(searcher: Searcher, cache: LengthCache) -> None:
    """Make every segment reader of searcher answer field lengths from memory."""
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        segment = segment_id(reader)
        perdoc = getattr(reader, "_perdoc", None)
        if segment is None or perdoc is None:
            continue
        raw = _raw(segment, perdoc, reader.doc_count_all(), cache)
        lookup = _lookup(raw)
        reader.doc_field_length = lookup
        reader.dossier_lengths = raw
        # Whoosh's Searcher copies its reader's bound methods when it is made: replace the
        # copy too (BM25's scorer calls the searcher's).
        sub.doc_field_length = lookup


def raw_lengths(reader: Any, fieldname: str) -> bytes | None:
    """A segment's lengths of one field, a byte per document (FIELD_LENGTHS decodes them);
    None for a reader install() has not seen."""
    raw = getattr(reader, "dossier_lengths", None)
    return raw(fieldname) if raw is not None else None


def _raw(segment_id: str, perdoc: Any, count: int, cache: LengthCache
         ) -> Callable[[str], bytes]:
    def raw(fieldname: str) -> bytes:
        found = cache.get((segment_id, fieldname))
        if found is None:
            found = cache[(segment_id, fieldname)] = _read(perdoc, fieldname, count)
        return found
    return raw


def _lookup(raw: Callable[[str], bytes]) -> Callable[..., int]:
    def doc_field_length(docnum: int, fieldname: str, default: int = 0) -> int:
        found = raw(fieldname)
        return _TABLE[found[docnum]] if docnum < len(found) and found[docnum] else default
    return doc_field_length


def _read(perdoc: Any, fieldname: str, count: int) -> bytes:
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return bytes(count)
    try:
        return bytes(column._dbfile.get(column._basepos, count))
    except AttributeError:  # another column layout: read document by document
        return bytes(column[d][0] if column[d] else 0 for d in range(count))
