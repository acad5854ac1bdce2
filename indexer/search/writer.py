"""Whoosh's segment writer, with its postings grouped and written a term at a time
(indexer.search.postings) and field lengths read once per field instead of per posting.

When Whoosh writes a segment it looks up the length of a document's field for every posting
(for its block quality figures), one column read each. The lengths of a new segment are read
once here and answered from a list.
"""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import ID
from whoosh.formats import Existence
from whoosh.writing import SegmentWriter

from indexer.search.postings import TermPool, write_groups
from indexer.search.prepare import Prepared
from indexer.search.term_table import use_term_table


class _Lengths:
    """A per-document reader whose field lengths come from lists filled on first use."""

    def __init__(self, reader: Any, doc_count: int) -> None:
        self._reader = reader
        self._count = doc_count
        self._lists: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        lengths = self._lists.get(fieldname)
        if lengths is None:
            read = self._reader.doc_field_length
            lengths = self._lists[fieldname] = [read(d, fieldname, 0)
                                                for d in range(self._count)]
        return lengths[docnum] if docnum < self._count else default

    def field_lengths(self, fieldname: str) -> list[int]:
        """Every document's length of one field, by docnum."""
        self.doc_field_length(0, fieldname)
        return self._lists[fieldname]

    def close(self) -> None:
        self._reader.close()


TIER_BASE = 8        # segments within a factor of this in size are of one tier
TIER_MERGE_AT = 8    # a tier with this many segments is merged into one (with smaller ones):
                     # as many as TIER_BASE, so a merged segment moves up a tier and is not
                     # rewritten again with the next few small ones


def merge_tiers(writer: Any, segments: list[Any]) -> list[Any]:
    """A tiered merge policy: when some size tier (a power of TIER_BASE documents) holds
    TIER_MERGE_AT segments, they and every smaller one become one segment. Each document is
    then rewritten about log(N) / log(TIER_BASE) times; Whoosh's MERGE_SMALL rewrote the
    large segments again and again during a big import (a 265 MB one at 40,000 documents)."""
    from whoosh.reading import SegmentReader

    tiers: dict[int, list[Any]] = defaultdict(list)
    for segment in segments:
        tiers[int(math.log(max(segment.doc_count_all(), 1), TIER_BASE))].append(segment)
    full = [tier for tier in sorted(tiers) if len(tiers[tier]) >= TIER_MERGE_AT]
    if not full:
        return segments
    merged = [s for tier in sorted(tiers) if tier <= full[0] for s in tiers[tier]]
    for segment in merged:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in merged]


def _index(field: Any, value: Any) -> Any:
    """field.index(value): for a plain ID field (the value is its one term) without
    Whoosh's tokenizer, token and generators, five times a document."""
    if (type(field) is ID and type(field.analyzer) is IDTokenizer
            and type(field.format) is Existence):
        return ((value.encode("utf-8"), 1, field.format.field_boost, b""),)
    return field.index(value)


class FastSegmentWriter(SegmentWriter):  # type: ignore[misc]
    """A SegmentWriter whose postings go through a TermPool and are written a term at a
    time, with cached field lengths; blocks are compressed with zlib level 1 (Whoosh's level
    3 took a tenth of an import's time for a few percent of size; each block records its
    level, so readers read both)."""

    pool: TermPool

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        kwargs.setdefault("codec", W3Codec(compression=1))
        super().__init__(ix, **kwargs)
        self.pool.cleanup()  # Whoosh's external sorting pool, unused
        self.pool = TermPool()
        use_term_table(self.fieldwriter)

    def add_document(self, **fields: Any) -> None:
        """Whoosh's add_document, with a prepared field's postings put into the pool a
        field at a time (indexer.search.prepare: they come analysed, so a field is only its
        postings and its length)."""
        self._check_state()
        docnum = self.docnum
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, names)
        self.perdocwriter.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if isinstance(value, Prepared):
                    self.pool.add_prepared(name, docnum, value.terms, value.weights,
                                           value.values)
                    self.perdocwriter.add_field(name, self.schema[name], None, value.length)
                elif value is not None:
                    self._add_field(name, value, fields)
        except Exception:
            self.perdocwriter.cancel_doc()
            raise
        self.perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_field(self, name: str, value: Any, fields: dict[str, Any]) -> None:
        """One ordinary field of the document being added, as Whoosh's add_document does."""
        field = self.schema[name]
        docnum, length = self.docnum, 0
        if field.indexed:
            boost = self._field_boost(fields, name, self._doc_boost(fields))
            for btext, freq, weight, vbytes in _index(field, value):
                if field.scorable:
                    length += freq
                self.pool.add((name, btext, docnum, weight * boost, vbytes))
        if field.separate_spelling():
            raise ValueError(f"{name}: fields with a separate spelling are not supported")
        if field.vector:
            raise ValueError(f"{name}: fields with term vectors are not supported")
        stored = fields.get(f"_stored_{name}", value)
        self.perdocwriter.add_field(name, field, stored if field.stored else None, length)
        if field.column_type and stored is not None:
            self.perdocwriter.add_column_value(name, field.column_type,
                                               field.to_column_value(stored))

    def add_reader(self, reader: Any) -> None:
        """Merge a segment: its stored fields now, its postings when the segment is
        written (read term by term then, through a reader of its own, never pooled; it
        maps the segment's file into memory, which the long-lived searchers avoid but a
        merge reading it once from end to end gains by)."""
        from whoosh.filedb.filestore import FileStorage
        from whoosh.reading import SegmentReader

        self._check_state()
        basedoc = self.docnum
        names = set(self.schema.names()) | {name for name in reader.indexed_field_names()
                                            if name in self.schema}
        docmap = self.write_per_doc(names, reader)
        mapped = FileStorage(self.storage.folder, supports_mmap=True)
        own = SegmentReader(mapped, self.schema, reader.segment())
        self.pool.merge_reader(own, basedoc, docmap, self.schema)
        self._added = True

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        pdr = None
        if self.codec.length_stats:
            pdr = _Lengths(self.per_document_reader(), self.docnum)
        write_groups(self.fieldwriter, self.schema, pdr, self.pool.groups())
        self.fieldwriter.close()
        if pdr:
            pdr.close()
