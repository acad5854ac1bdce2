"""The segment writer's term table (indexer.search.term_table) is read by Whoosh's reader."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

from indexer.search.term_table import CRC32, TermTable

ROWS = st.dictionaries(st.binary(min_size=1, max_size=12), st.binary(max_size=40), max_size=300)


def _write(folder: Path, name: str, rows: dict[bytes, bytes], table: type) -> OrderedHashReader:
    storage = FileStorage(str(folder))
    writer = table(storage.create_file(name))
    for key in sorted(rows):
        writer.add(key, rows[key])
    writer.close()
    return OrderedHashReader.open(storage, name)


@settings(max_examples=30, deadline=None)
@given(rows=ROWS, probes=st.lists(st.binary(max_size=12), max_size=20))
def test_whoosh_reads_every_row_and_finds_the_nearest_key(tmp_path_factory: object,
                                                           rows: dict[bytes, bytes],
                                                           probes: list[bytes]) -> None:
    folder = tmp_path_factory.mktemp("table")  # type: ignore[attr-defined]
    ours = _write(folder, "ours", rows, TermTable)
    theirs = _write(folder, "theirs", rows, OrderedHashWriter)
    assert ours.hashtype == CRC32
    assert list(ours.items()) == list(theirs.items()) == sorted(rows.items())
    for key in [*rows, *probes]:
        assert (key in ours) == (key in rows)
        assert ours.get(key) == rows.get(key)
        assert ours.closest_key(key) == theirs.closest_key(key)
        assert list(ours.keys_from(key)) == list(theirs.keys_from(key))
    ours.close()
    theirs.close()


def test_a_table_past_64_kib_keeps_its_row_positions(tmp_path: Path) -> None:
    """Row positions past 65,535 no longer fit the index's first type: it widens as
    Whoosh's does, and ordered reads still find each row."""
    rows = {f"term{n:06d}".encode(): bytes(30) + n.to_bytes(4, "big") for n in range(5000)}
    ours = _write(tmp_path, "ours", rows, TermTable)
    assert ours.extras["indextype"] != "H"
    assert ours.closest_key(b"term004321x") == b"term004322"
    assert list(ours.keys_from(b"term004998")) == [b"term004998", b"term004999"]
    assert ours[b"term001234"] == rows[b"term001234"]
    ours.close()


def test_keys_out_of_order_are_refused(tmp_path: Path) -> None:
    table = TermTable(FileStorage(str(tmp_path)).create_file("t"))
    table.add(b"b", b"1")
    table.add(b"a", b"2")
    with pytest.raises(ValueError, match="increasing order"):
        table.close()
