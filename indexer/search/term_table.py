"""A new segment's term table in Whoosh's own file format, written without a call per row.

Whoosh's OrderedHashWriter writes each row as three writes to its file, hashes each key
with MD5 (read back through a hex string) and packs its hash tables a slot at a time: some
8 µs a term, a fifth of writing a segment. Here the rows are gathered and written at once,
keys are hashed with CRC-32 (the file records its hash type, and Whoosh's reader supports
it), and each hash table is packed in one call. Readers see the same format.
"""
from __future__ import annotations

import struct
from array import array
from typing import Any
from zlib import crc32

from whoosh.filedb.filetables import HashWriter, OrderedHashWriter
from whoosh.util.numlists import GrowableArray

CRC32 = 1  # Whoosh's number for the CRC-32 hash type (filetables._hash_functions)
_LENGTHS = struct.Struct("!ii")  # key and value lengths before each row, as Whoosh writes


class TermTable(OrderedHashWriter):  # type: ignore[misc]
    """An OrderedHashWriter whose rows stay in memory until close()."""

    def __init__(self, dbfile: Any) -> None:
        HashWriter.__init__(self, dbfile, hashtype=CRC32)
        self.lastkey = b""
        self._rows: list[bytes] = []
        self._positions = array("q")
        self._end = dbfile.tell()

    def add(self, key: bytes, value: bytes) -> None:
        """A row; keys must come in increasing order."""
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        position = self._end
        self._positions.append(position)
        self._rows.append(_LENGTHS.pack(len(key), len(value)) + key + value)
        self._end = position + 8 + len(key) + len(value)
        hashed = crc32(key)
        self.buckets[hashed & 255].append((hashed, position))
        self.lastkey = key

    def close(self) -> int:
        """Write the rows, then the hash tables, directory and extras as Whoosh does."""
        self.dbfile.write(b"".join(self._rows))
        self._rows = []
        self.index = _position_index(self._positions)
        end: int = super().close()
        return end

    def _write_hashes(self) -> None:
        for entries in self.buckets:
            slots = 2 * len(entries)
            self.directory.append((self.dbfile.tell(), slots))
            table = [0] * (2 * slots)  # (hash, position) pairs; a free slot is (0, 0)
            for hashed, position in entries:
                slot = (hashed >> 8) % slots
                while table[2 * slot + 1]:  # no row starts at 0 (the header is there)
                    slot = (slot + 1) % slots
                table[2 * slot], table[2 * slot + 1] = hashed, position
            if slots:
                self.dbfile.write(struct.pack(f"!{'Iq' * slots}", *table))


def _position_index(positions: array[int]) -> GrowableArray:
    """The rows' positions as the growable array Whoosh keeps (its narrowest type)."""
    index = GrowableArray("H")
    top = max(positions, default=0)
    if top >= 2**16:
        index._retype(top)
    index.array = array(index.array.typecode, positions)
    return index


def use_term_table(fieldwriter: Any) -> None:
    """Put a TermTable in place of a new W3FieldWriter's term table (it has written only
    its header yet: the TermTable writes its own over it)."""
    table = fieldwriter._tindex
    table.dbfile.seek(table.startoffset)
    fieldwriter._tindex = TermTable(table.dbfile)
    fieldwriter._fieldmap = fieldwriter._tindex.extras["fieldmap"] = {}
