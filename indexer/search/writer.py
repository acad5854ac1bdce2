"""Whoosh's segment writer, with field lengths read once per field instead of per posting.

When Whoosh writes a segment it looks up the length of a document's field for every posting
(for its block quality figures), one column read each: about a quarter of an import's index
time. The lengths of a new segment are read once here and answered from a list.
"""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import SegmentWriter


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

    def close(self) -> None:
        self._reader.close()


TIER_BASE = 8        # segments within a factor of this in size are of one tier
TIER_MERGE_AT = 4    # a tier with this many segments is merged into one (with smaller ones)


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


class FastSegmentWriter(SegmentWriter):  # type: ignore[misc]
    """A SegmentWriter that flushes its segment with cached field lengths, and compresses
    posting blocks with zlib level 1 (Whoosh's level 3 took a tenth of an import's time for
    a few percent of size; each block records its level, so readers read both)."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        kwargs.setdefault("codec", W3Codec(compression=1))
        super().__init__(ix, **kwargs)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        pdr = None
        if self.codec.length_stats:
            pdr = _Lengths(self.per_document_reader(), self.docnum)
        postings = self.pool.iter_postings()
        self.fieldwriter.add_postings(self.schema, pdr, postings)
        self.fieldwriter.close()
        if pdr:
            pdr.close()
