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
