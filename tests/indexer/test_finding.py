"""Finding more: did-you-mean, similar documents, sorting, hits per page, the countries facet."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.errors import QueryError
from tests.conftest import write_pdf

TEXTS = {
    "fish1.txt": ("Fisheries of the high seas", "2021-03-01",
                  "Fisheries management on the high seas: quotas, fishing vessels, stocks."),
    "fish2.txt": ("Straddling fish stocks", "2019-06-01",
                  "Fish stocks straddle zones; fisheries quotas and fishing vessels on the seas."),
    "shelf.txt": ("Continental shelf", "2023-01-01",
                  "Delimitation of the continental shelf between coastal States."),
    "space.txt": ("Outer space", None, "The exploration of outer space and celestial bodies."),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    arch = Archive.open(tmp_path_factory.mktemp("finding") / "archive")
    yield arch
    arch.close()


@pytest.fixture(scope="module")
def docs(archive: Archive, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    src = tmp_path_factory.mktemp("src")
    for name, (title, date, text) in TEXTS.items():
        front = f"---\ntitle: {title}\n" + (f"date: {date}\n" if date else "") + "---\n"
        (src / name.replace(".txt", ".md")).write_text(front + text, encoding="utf-8")
    write_pdf(src / "report.pdf", ["Preamble.", "Fisheries, fisheries and more fisheries.",
                                   "Nothing here.", "One word on fisheries."])
    report = archive.import_paths([src])
    assert not report.failed
    return {Path(p).stem: i for p, i in report.imported}


def test_did_you_mean_corrects_an_unknown_word(archive: Archive, docs: dict[str, int]) -> None:
    result = archive.search("fisheies")
    assert result.suggestion == "fisheries"
    assert archive.search(result.suggestion).total > 0
    assert archive.search("continental shelv").suggestion == "continental shelf"


def test_no_suggestion_for_known_words_or_hopeless_ones(archive: Archive,
                                                        docs: dict[str, int]) -> None:
    assert archive.search("fisheries").suggestion is None
    assert archive.search("qxzvwk").suggestion is None  # nothing close: nothing offered
    assert archive.search("tag:fisheies").suggestion is None  # field values are not words


def test_suggestion_only_when_the_corrected_query_has_hits(archive: Archive,
                                                           docs: dict[str, int]) -> None:
    # "spase" corrects to "space", but kind:pdf has no document about space
    assert archive.search("spase kind:pdf").suggestion is None
    assert archive.search("spase").suggestion == "space"


def test_similar_documents(archive: Archive, docs: dict[str, int]) -> None:
    similar = [h.id for h in archive.similar(docs["fish1"])]
    assert similar[0] == docs["fish2"]
    assert docs["fish1"] not in similar
    assert docs["space"] not in similar
    assert archive.similar(999_999) == []


def test_sort_by_date_and_title(archive: Archive, docs: dict[str, int]) -> None:
    by_date = [h.id for h in archive.search("fisheries OR shelf", sort="date").hits]
    dated = [i for i in by_date if i in (docs["shelf"], docs["fish1"], docs["fish2"])]
    assert dated == [docs["shelf"], docs["fish1"], docs["fish2"]]  # newest first
    by_title = [h.title for h in archive.search("seas OR space", sort="title").hits]
    assert by_title == sorted(by_title, key=str.lower)
    with pytest.raises(QueryError):
        archive.search("fisheries", sort="colour")


def test_hits_counted_per_page(archive: Archive, docs: dict[str, int]) -> None:
    hit = next(h for h in archive.search("fisheries").hits if h.id == docs["report"])
    assert hit.page_hits == [(2, 3), (4, 1)]
    assert hit.pages == [2, 4] and hit.matches == 4
    single = next(h for h in archive.search("fisheries").hits if h.id == docs["fish1"])
    assert single.page_hits == [(1, 1)]  # in the text; the title is not a page


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
ARTICLES = {
    "bbc_en/business/357.txt": {"KZ", "UZ", "GE"},
    "bbc_en/business/200.txt": {"CU", "US", "VE"},
    "../../seed/uzbekistan-azerbaijan-maili-uz.txt": {"AZ", "UZ", "KZ"},
}


@pytest.mark.corpus
def test_countries_facet_on_corpus_articles(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    for i, relative in enumerate(ARTICLES):
        shutil.copy(CORPUS / "articles" / "text" / relative, tmp_path / f"{i}.txt")
    with Archive.open(tmp_path / "archive") as archive:
        archive.import_paths([tmp_path / f"{i}.txt" for i in range(len(ARTICLES))])
        facet = dict(archive.search("kind:text", facets=True).facets["countries"])
        assert facet["UZ"] == 2 and facet["KZ"] == 2 and facet["US"] == 1
        assert archive.search("country:Uzbekistan").total == 2
        assert archive.search("country:Ўзбекистон").total == 2
        assert archive.search("country:Азербайджана").total == 1


def test_saved_search_is_a_live_collection(archive: Archive, docs: dict[str, int],
                                           tmp_path: Path) -> None:
    from indexer.documents import DocumentView

    saved = archive.save_search("Fish", "fisheries")
    view = DocumentView(query=saved.query)
    before = {r.id for r in archive.documents(view)}
    assert before == {docs["fish1"], docs["fish2"], docs["report"]}
    assert archive.count(view) == 3
    (tmp_path / "new.txt").write_text("Fisheries subsidies at the WTO.", encoding="utf-8")
    new_id = archive.import_paths([tmp_path / "new.txt"]).imported[0][1]
    try:
        assert {r.id for r in archive.documents(view, sort="title")} == before | {new_id}
        assert archive.count(DocumentView(query="fisheries", ids=(new_id,))) == 1
    finally:
        archive.delete_documents([new_id])
        archive.delete_saved_search(saved.id)


def test_faceted_search_keeps_to_the_limit(archive: Archive, docs: dict[str, int]) -> None:
    result = archive.search("kind:markdown", limit=2, facets=True)
    assert result.total >= 3
    assert len(result.hits) == 2
