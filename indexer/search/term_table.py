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
from itertools import accumulate, chain
from operator import add, lt
from typing import Any
from zlib import crc32

from whoosh.filedb.filetables import HashWriter, OrderedHashWriter
from whoosh.util.numlists import GrowableArray

CRC32 = 1  # Whoosh's number for the CRC-32 hash type (filetables._hash_functions)
_LENGTHS = struct.Struct("!ii")  # key and value lengths before each row, as Whoosh writes


class TermTable(OrderedHashWriter):  # type: ignore[misc]
    """An OrderedHashWriter whose rows stay in memory until close(), which writes them
    all at once."""

    def __init__(self, dbfile: Any) -> None:
        HashWriter.__init__(self, dbfile, hashtype=CRC32)
        self.lastkey = b""
        self._keys: list[bytes] = []
        self._values: list[bytes] = []

    def add(self, key: bytes, value: bytes) -> None:
        """A row; keys must come in increasing order (checked at close())."""
        self._keys.append(key)
        self._values.append(value)

    def close(self) -> int:
        """Write the rows, then the hash tables, directory and extras as Whoosh does."""
        keys, values = self._keys, self._values
        self._keys, self._values = [], []
        if not all(map(lt, keys, keys[1:])):
            raise ValueError("The term table's keys must come in increasing order")
        key_lengths, value_lengths = list(map(len, keys)), list(map(len, values))
        positions = array("q", accumulate(map(add, key_lengths, value_lengths),
                                          lambda end, size: end + 8 + size,
                                          initial=self.dbfile.tell()))
        positions.pop()  # (where the next row would start)
        heads = map(_LENGTHS.pack, key_lengths, value_lengths)
        self.dbfile.write(b"".join(chain.from_iterable(zip(heads, keys, values))))
        for hashed, position in zip(map(crc32, keys), positions):
            self.buckets[hashed & 255].append((hashed, position))
        self.lastkey = keys[-1] if keys else b""
        self.index = _position_index(positions)
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
