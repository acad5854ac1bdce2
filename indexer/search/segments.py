"""Which segment a Whoosh reader reads: what per-segment caches are keyed by."""
from __future__ import annotations

from typing import Any


def segment_id(reader: Any) -> str | None:
    """The id of a segment reader's segment; None for a reader of no segment (empty index)."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else None
