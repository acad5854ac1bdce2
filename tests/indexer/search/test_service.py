"""The search service on an empty archive and after warming up."""
from __future__ import annotations

from pathlib import Path

from indexer.archive import Archive


def test_an_empty_archive_answers_every_kind_of_query(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "arch") as arch:
        arch.warm_up()
        for query in ["treaty", '"law of the sea"', "negot*", "treaty~", "kind:pdf sea"]:
            result = arch.search(query, facets=True)
            assert (result.total, result.hits) == (0, [])


def test_warming_up_keeps_the_answers(tmp_path: Path) -> None:
    note = tmp_path / "a.txt"
    note.write_text("Aral basin water sharing", encoding="utf-8")
    with Archive.open(tmp_path / "arch") as arch:
        arch.import_paths([note])
        cold = arch.search("aral", facets=True)
        arch.warm_up()
        warm = arch.search("aral", facets=True)
    assert cold == warm and cold.total == 1 and cold.facets["kind"] == [("text", 1)]


def test_warming_up_reads_the_country_names(tmp_path: Path) -> None:
    """The facets' country names are read by the warm-up, not by the first search shown (the
    window labels its country facet on its GUI thread)."""
    from indexer import countries

    countries._data.cache_clear()
    with Archive.open(tmp_path / "arch") as arch:
        arch.warm_up()
    assert countries._data.cache_info().currsize == 1


def test_field_lengths_from_memory_equal_whooshs(tmp_path: Path) -> None:
    from indexer.search import fields as F

    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("word " * (5 + 40 * n), encoding="utf-8")
    with Archive.open(tmp_path / "arch") as arch:
        for n in range(3):
            arch.import_paths([tmp_path / f"{n}.txt"])  # three segments
        searcher = arch.index.searcher()
        with arch.index.ix.searcher() as plain:  # Whoosh's own, reading from disk
            for sub, offset in searcher.leaf_searchers():
                for docnum in range(sub.doc_count_all()):
                    want = plain.doc_field_length(docnum + offset, F.BODY)
                    assert sub.doc_field_length(docnum, F.BODY) == want > 0
                    assert sub.reader().doc_field_length(docnum, F.BODY) == want
