"""A new segment's postings: grouped by term in memory, merged with the postings of the
segments being merged into it, and written a whole term at a time.

Whoosh's own path costs about 10 µs a posting: every posting is a tuple sorted in an external
pool (pickled to temporary runs and read back), then fed one call at a time to the codec,
which writes a compressed block even for a word found in one document. Here the importing
writer's postings arrive in document order, so grouping them by (field, term) leaves each
term's postings already sorted; a term keeps them in one flat list (document number, weight,
value, the next document number...), whose slices give a block's columns, with no tuple per
posting to make, take apart and free; segments being merged are read term by term
and never pooled; and a term is written in whole blocks of the codec's own format (readers do
not change), inlined into the term table when it has only a few postings, uncompressed when
its block is too small for compression to pay.
"""
from __future__ import annotations

import heapq
import zlib
from array import array
from collections.abc import Iterable, Iterator
from operator import itemgetter, sub
from typing import Any

from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.compat import dumps
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte

Key = tuple[str, bytes]
# A term's postings, flat: docnum, weight, value (b"" for none), the next docnum, ...
Postings = list[Any]
Group = tuple[Key, Postings]

# Whoosh pickles blocks and inlined postings with protocol 2, which has no bytes type: each
# posting's value (its positions) goes through codecs.encode(..., "latin1") and back, 9x the
# time to write and to read and twice the size. Its readers call pickle.loads, which reads
# any protocol; 3 is the first with bytes, and the last without frames (9 bytes each).
VALUES_PICKLE = 3
INLINE_BELOW = 32       # a term with fewer postings is kept in the term table itself (no block
                        # to compress and write: 12% of the writer's time against 8; +7% size)
COMPRESS_FROM = 16      # blocks with fewer postings are not worth compressing


class TermPool:
    """The postings of the documents added to one segment writer, by field and term (a dict
    per field: no (field, term) key made and hashed per posting), plus the segments merged
    into it (read only when the segment is written)."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, Postings]] = {}
        self._merged: list[Iterator[Group]] = []
        self._readers: list[Any] = []

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Whoosh's pool interface: one (field, term, docnum, weight, value) posting; the
        writer adds documents in docnum order, so each term's postings stay sorted."""
        fieldname, btext, docnum, weight, value = item
        terms = self.fields.setdefault(fieldname, {})
        postings = terms.get(btext)
        if postings is None:
            terms[btext] = [docnum, weight, value or b""]
        else:
            postings += (docnum, weight, value or b"")

    def add_prepared(self, fieldname: str, docnum: int, btexts: list[bytes],
                     weights: list[float], values: list[bytes]) -> None:
        """A prepared field's postings for one document (indexer.search.prepare), as
        columns: its terms, their weights and values."""
        terms = self.fields.setdefault(fieldname, {})
        get = terms.get
        for btext, weight, value in zip(btexts, weights, values):
            postings = get(btext)
            if postings is None:
                terms[btext] = [docnum, weight, value]
            else:
                postings += (docnum, weight, value)

    def merge_reader(self, reader: Any, basedoc: int, docmap: dict[int, int] | None,
                     schema: Any) -> None:
        """Take a segment's postings, renumbered from basedoc (or through docmap when it
        has deletions); the reader stays open until cleanup()."""
        self._readers.append(reader)
        self._merged.append(_reader_groups(reader, basedoc, docmap, schema))

    def groups(self) -> Iterator[Group]:
        """Every term's postings in (field, term) order, each in docnum order."""
        own = (((name, btext), postings) for name, terms in sorted(self.fields.items())
               for btext, postings in sorted(terms.items()))
        if not self._merged:
            yield from own
            return
        # Merged segments were numbered after the added documents, each after the last.
        merged = heapq.merge(own, *self._merged, key=itemgetter(0))
        key, postings = next(merged, (None, []))
        for next_key, more in merged:
            if next_key == key:
                postings = postings + more
                continue
            yield key, postings  # type: ignore[misc]
            key, postings = next_key, more
        if key is not None:
            yield key, postings

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """Whoosh's pool interface, posting by posting (the writer here uses groups())."""
        for (fieldname, btext), postings in self.groups():
            for docnum, weight, value in zip(*_columns(postings)):
                yield fieldname, btext, docnum, weight, value

    def cleanup(self) -> None:
        """Drop the postings and close the readers of merged segments."""
        self.fields = {}
        self._merged = []
        readers, self._readers = self._readers, []
        for reader in readers:
            reader.close()


def _columns(postings: Postings, start: int = 0, end: int | None = None
             ) -> tuple[list[int], list[float], list[bytes]]:
    """Docnums, weights and values of the postings from start to end (in postings)."""
    stop = None if end is None else 3 * end
    return (postings[3 * start:stop:3], postings[3 * start + 1:stop:3],
            postings[3 * start + 2:stop:3])


def _flat(ids: Iterable[int], weights: Iterable[float], values: Iterable[bytes]) -> Postings:
    """Columns as flat postings."""
    ids = list(ids)
    postings: Postings = [None] * (3 * len(ids))
    postings[0::3] = ids
    postings[1::3] = list(weights)
    postings[2::3] = list(values)
    return postings


def _reader_groups(reader: Any, basedoc: int, docmap: dict[int, int] | None,
                   schema: Any) -> Iterator[Group]:
    """A segment's live postings term by term, with the docnums they get in the new one.
    The term table is read in order (no lookup per term); a segment with deletions goes
    through Whoosh's filtering matchers, a posting at a time."""
    terms = reader._terms
    for (fieldname, btext), info in terms.items():
        if fieldname not in schema:
            continue
        if docmap is None:
            postings = _whole_postings(info, terms._postfile, schema[fieldname].format,
                                       basedoc)
        else:
            postings = []
            matcher = reader.postings(fieldname, btext)
            while matcher.is_active():
                postings += (docmap[matcher.id()], matcher.weight(), matcher.value() or b"")
                matcher.next()
        if postings:
            yield (fieldname, btext), postings


def _whole_postings(info: W3TermInfo, postfile: Any, format_: Any,
                    basedoc: int) -> Postings:
    """All postings of a term, read a block at a time (an inlined term holds them)."""
    if info.is_inlined():
        ids, weights, values = info.inlined_postings()
        return _flat([basedoc + d for d in ids], weights or [1.0] * len(ids),
                     values or [b""] * len(ids))
    out: Postings = []
    offset, length = info.extent()
    matcher = W3LeafMatcher(postfile, offset, length, format_)
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        out += _flat([basedoc + d for d in matcher._ids], matcher._weights,
                     matcher._values or [b""] * len(matcher._ids))
        matcher._next_block()
    return out


def write_groups(fieldwriter: W3FieldWriter, schema: Any, lengths: Any,
                 groups: Iterable[Group]) -> None:
    """Write every term's postings with the codec's field writer, a block at a time."""
    field = None
    field_lengths: list[int] = []
    length_bytes = b""
    prefix = b""
    for (fieldname, btext), postings in groups:
        if fieldname != field:
            if field is not None:
                fieldwriter.finish_field()
            field = fieldname
            fieldwriter.start_field(fieldname, schema[fieldname])
            field_lengths = lengths.field_lengths(fieldname) if lengths is not None else []
            length_bytes = bytes(map(length_to_byte, field_lengths))
            prefix = pack_ushort(fieldwriter._fieldid)
        count = len(postings) // 3
        if count == 1:  # most terms of a segment
            docnum, weight, value = postings
            fieldwriter._tindex.add(prefix + btext,
                                    _single_row(docnum, weight, value, length_bytes))
            continue
        if count < INLINE_BELOW:
            fieldwriter._tindex.add(prefix + btext,
                                    _inlined_row(*_columns(postings), length_bytes))
            continue
        fieldwriter.start_term(btext)
        writer = fieldwriter._postwriter
        limit = writer._blocklimit
        for start in range(0, count, limit):
            _fill_block(writer, *_columns(postings, start, start + limit), field_lengths)
            if start + limit < count:
                _write_block(writer)
        _write_block(writer, last=True)
        fieldwriter.finish_term()
    if field is not None:
        fieldwriter.finish_field()


def _known_lengths(ids: list[int], lengths: list[int] | bytes) -> list[int]:
    """The field lengths (or their bytes) of the documents ids that have one (0 means
    none)."""
    if ids and ids[-1] < len(lengths):  # ids are sorted: every one has its length
        return list(filter(None, map(lengths.__getitem__, ids)))
    count = len(lengths)
    return [lengths[d] for d in ids if d < count and lengths[d]]


def _fill_block(writer: W3PostingsWriter, ids: list[int], weights: list[float],
                values: list[bytes], lengths: list[int]) -> None:
    """Put postings into the postings writer's block buffer, with the block's statistics
    figured as its add_posting() would."""
    writer._ids = array("I", ids)
    writer._weights = array("f", weights)
    writer._values = values if all(values) else [v for v in values if v]
    writer._maxweight = max(0, max(weights))
    found = _known_lengths(ids, lengths)
    writer._minlength = min(found) if found else None
    writer._maxlength = max(found) if found else 0


def _write_block(writer: W3PostingsWriter, last: bool = False) -> None:
    """Write the buffered block as W3PostingsWriter._write_block() does (its format),
    without its generators over every posting, compressed only when it is big enough to
    gain by it; pickled with VALUES_PICKLE."""
    ids, weights, postfile = writer._ids, writer._weights, writer._postfile
    count = len(ids)
    if not writer._blockcount:
        postfile.write(WHOOSH3_HEADER_MAGIC)
    writer._terminfo.add_block(writer)
    if weights.count(1.0) == count:
        mini_weights: Any = None
    elif weights.count(weights[0]) == count:
        mini_weights = weights[0]
    else:
        mini_weights = tuple(weights)
    data = dumps(((ids[0], *map(sub, ids[1:], ids)), mini_weights, writer._mini_values()),
                 VALUES_PICKLE)
    level = writer._compression if count >= COMPRESS_FROM else 0
    if level:
        data = zlib.compress(data, level)
    info = dumps((count, ids[-1], writer._maxweight, level,
                  length_to_byte(writer._minlength), length_to_byte(writer._maxlength)), 2)
    postfile.write_int(-(len(info) + len(data)) if last else len(info) + len(data))
    postfile.write(info)
    postfile.write(data)
    writer._blockcount += 1
    writer._new_block()


def _inlined_row(ids: list[int], weights: list[float], values: list[bytes],
                 length_bytes: bytes) -> bytes:
    """The term table row of a term whose few postings live in the row itself: what
    W3TermInfo.to_bytes() writes for an inlined term (Whoosh's own writer cannot inline:
    it calls a method its term info does not have). length_bytes: each document's field
    length as a byte (the byte of a length is as ordered as the length)."""
    found = _known_lengths(ids, length_bytes)
    head = W3TermInfo._struct.pack(
        True, sum(weights), len(ids), min(found) if found else 0, max(found, default=0),
        max(0.0, max(weights)), ids[0], ids[-1])
    return head + dumps((tuple(ids), tuple(map(float, weights)),
                         tuple(filter(None, values))), VALUES_PICKLE)


def _single_row(docnum: int, weight: float, value: bytes, length_bytes: bytes) -> bytes:
    """_inlined_row() for a term found in one document."""
    length = length_bytes[docnum] if docnum < len(length_bytes) else 0
    head = W3TermInfo._struct.pack(True, weight, 1, length, length, max(0.0, weight),
                                   docnum, docnum)
    return head + dumps(((docnum,), (float(weight),), (value,) if value else ()), VALUES_PICKLE)
