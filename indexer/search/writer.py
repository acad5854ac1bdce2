"""Whoosh's segment writer, with field lengths read once per field instead of per posting.

When Whoosh writes a segment it looks up the length of a document's field for every posting
(for its block quality figures), one column read each: about a quarter of an import's index
time. The lengths of a new segment are read once here and answered from a list.
"""
from __future__ import annotations

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
