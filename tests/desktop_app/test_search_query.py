"""Facet filters become query clauses the core understands."""
from __future__ import annotations

from pathlib import Path

from desktop_app.search_query import compose, faceted_search, filter_term
from indexer.archive import Archive


def test_filter_terms() -> None:
    assert filter_term("kind", "pdf") == "kind:pdf"
    assert filter_term("lang", "ru") == "lang:ru"
    assert filter_term("year", "2023") == "year:2023"
    assert filter_term("tags", "Region/Central Asia") == 'tag:"Region/Central Asia"'
    assert filter_term("tags", 'The "Group"') == "tag:'The \"Group\"'"


def test_compose_ors_values_of_one_facet() -> None:
    query = compose(" sea ", {"kind": {"pdf", "html"}, "lang": {"en"}})
    assert query == "sea (kind:html OR kind:pdf) lang:en"
    assert compose("sea", {}) == "sea"


def test_faceted_search_narrows_and_keeps_other_values(filled_archive: Path) -> None:
    with Archive.open(filled_archive) as archive:
        wide = faceted_search(archive, "pipeline OR salmon OR dams", {}, 10)
        assert wide.result.total == 3
        narrow = faceted_search(archive, "pipeline OR salmon OR dams",
                                {"tags": {"Region/Central Asia"}}, 10)
    assert narrow.result.total == 2
    assert narrow.query.endswith('tag:"Region/Central Asia"')
    kinds = dict(narrow.facets["kind"])
    assert kinds == {"text": 2}
    assert "Energy" in dict(narrow.facets["tags"])
