"""The library's listed rows kept as plain tuples, which Python's garbage collector stops
tracking: its full collections then skip them (with 100,000 documents listed, each one
paused the window for up to 85 ms). Row objects are made again for the rows being shown."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from indexer.rows import DocumentRow

FIELDS = tuple(f.name for f in fields(DocumentRow))
ID = FIELDS.index("id")
MADE_AT_MOST = 512  # row objects kept for the rows being painted


class ListedRows:
    """A list of DocumentRow, stored compactly."""

    def __init__(self) -> None:
        self._tuples: list[tuple[Any, ...]] = []
        self._made: dict[int, DocumentRow] = {}

    def __len__(self) -> int:
        return len(self._tuples)

    def __getitem__(self, row: int) -> DocumentRow:
        made = self._made.get(row)
        if made is None:
            if len(self._made) >= MADE_AT_MOST:
                self._made.clear()
            made = self._made[row] = DocumentRow(*self._tuples[row])
        return made

    def __setitem__(self, row: int, value: DocumentRow) -> None:
        self._tuples[row] = _plain(value)
        self._made.pop(row, None)

    def extend(self, rows: Iterable[DocumentRow]) -> None:
        self._tuples.extend(_plain(r) for r in rows)

    def clear(self) -> None:
        self._tuples, self._made = [], {}

    def id_at(self, row: int) -> int:
        """The document id of a row (no row object made)."""
        return int(self._tuples[row][ID])

    def row_of(self, doc_id: int) -> int:
        """The row showing a document, or -1."""
        return next((i for i, t in enumerate(self._tuples) if t[ID] == doc_id), -1)


def _plain(row: DocumentRow) -> tuple[Any, ...]:
    return tuple(getattr(row, name) for name in FIELDS)
