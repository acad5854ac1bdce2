"""Search: words, phrases, boolean, fields, prefix, fuzzy, dates, pages, snippets, ranking."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.errors import QueryError
from tests.conftest import write_pdf

FILLER = " ".join(f"filler{i}" for i in range(400))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """One archive shared by this module's tests (they only read, or undo what they do)."""
    arch = Archive.open(tmp_path_factory.mktemp("search") / "archive")
    yield arch
    arch.close()


@pytest.fixture(scope="module")
def library(archive: Archive, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    src = tmp_path_factory.mktemp("src")
    texts = {
        "ru.txt": "Договор о дружбе подписан в Ташкенте. Договоры ратифицированы.",
        "uz.txt": "Oʻzbekiston Respublikasi va Ozarbayjon hamkorligi. Prezident Mirziyoyev.",
        "az.txt": "Əliyev İlham Bakı şəhərində görüş keçirdi.",
        "en.txt": "The treaties were negotiated in Geneva. Fisheries and the high seas.",
        "mixed.txt": "Negotiations on fisheries continued without a treaty.",
        "deep.txt": f"Opening words. {FILLER * 30} The hidden needle lies here.",
    }
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    write_pdf(src / "shelf.pdf", ["Preamble of the convention.", "Rights over fisheries.",
                                 "The continental shelf of a coastal State.",
                                 "Delimitation of the continental shelf between States."])
    report = archive.import_paths([src])
    assert not report.failed
    return {Path(p).name: i for p, i in report.imported}


def _ids(archive: Archive, query: str) -> list[int]:
    return [h.id for h in archive.search(query, limit=50).hits]


def test_russian_stemming_and_yo(archive: Archive, library: dict[str, int]) -> None:
    assert _ids(archive, "договора") == [library["ru.txt"]]
    assert _ids(archive, "ДОГОВОРАМИ") == [library["ru.txt"]]


@pytest.mark.parametrize("form", ["O'zbekiston", "Oʻzbekiston", "O‘zbekiston", "O’zbekiston",
                                  "ozbekiston"])
def test_uzbek_apostrophe_variants(archive: Archive, library: dict[str, int], form: str) -> None:
    assert _ids(archive, form) == [library["uz.txt"]]


@pytest.mark.parametrize("form", ["Aliyev", "ƏLİYEV", "Baki", "BAKI", "İlham", "ilham"])
def test_azerbaijani_letters_fold(archive: Archive, library: dict[str, int], form: str) -> None:
    assert _ids(archive, form) == [library["az.txt"]]


def test_english_stemming_phrase_and_boolean(archive: Archive, library: dict[str, int]) -> None:
    assert set(_ids(archive, "treaty")) == {library["en.txt"], library["mixed.txt"]}
    assert _ids(archive, '"continental shelf"') == [library["shelf.pdf"]]
    assert _ids(archive, '"shelf continental"') == []
    assert _ids(archive, "treaty AND geneva") == [library["en.txt"]]
    assert _ids(archive, "treaty NOT geneva") == [library["mixed.txt"]]
    assert set(_ids(archive, "geneva OR delimitation")) == {library["en.txt"],
                                                           library["shelf.pdf"]}


def test_plus_minus_and_hyphens(archive: Archive, library: dict[str, int]) -> None:
    assert _ids(archive, "treaty -geneva") == [library["mixed.txt"]]
    assert _ids(archive, "+treaty +geneva") == [library["en.txt"]]
    assert _ids(archive, "high-seas") == [library["en.txt"]]  # a hyphen is not a minus


def test_prefix_fuzzy_and_fields(archive: Archive, library: dict[str, int]) -> None:
    assert set(_ids(archive, "negotiat*")) == {library["en.txt"], library["mixed.txt"]}
    assert _ids(archive, "Mirziyoev~") == [library["uz.txt"]]
    assert _ids(archive, "kind:pdf fisheries") == [library["shelf.pdf"]]
    assert _ids(archive, "lang:ru") == [library["ru.txt"]]
    assert _ids(archive, "title:delimitation") == []


def test_pages_and_snippet_of_a_pdf_hit(archive: Archive, library: dict[str, int]) -> None:
    hit, = archive.search('"continental shelf"').hits
    assert hit.pages == [3, 4]
    assert "<b>continental</b> <b>shelf</b>" in hit.snippet
    fish = archive.search("fisheries kind:pdf").hits[0]
    assert fish.pages == [2]


def test_snippet_found_deep_inside_a_long_text(archive: Archive, library: dict[str, int]) -> None:
    hit, = archive.search("needle").hits
    assert "<b>needle</b>" in hit.snippet and "filler" in hit.snippet


def test_all_words_rank_before_some_words(archive: Archive, library: dict[str, int]) -> None:
    result = archive.search("fisheries negotiations treaty geneva convention unknownword")
    ids = [h.id for h in result.hits]
    assert result.total >= 3
    assert ids[0] in {library["en.txt"], library["mixed.txt"]}
    assert library["shelf.pdf"] in ids


def test_hits_with_some_of_the_words_are_marked_and_not_counted(
        archive: Archive, library: dict[str, int]) -> None:
    """"fisheries treaty": two documents hold both words and are counted; the one with
    "fisheries" alone follows them, marked, and the total says so."""
    result = archive.search("fisheries treaty")
    every = {library["en.txt"], library["mixed.txt"]}
    assert result.total == 2 and result.all_words
    assert [(h.id in every, h.some_words) for h in result.hits] == [
        (True, False), (True, False), (False, True)]
    assert result.hits[2].id == library["shelf.pdf"]
    assert result.some_word_hits() == 1
    assert result.describe_total() == "2 documents (and 1 more with some of the words)"
    assert result.to_json()["hits"][2]["some_words"] is True
    alone = archive.search("unknownword fisheries")  # no document has both
    assert not alone.all_words and alone.some_word_hits() == 0


def test_tags_and_notes_are_searchable(archive: Archive, library: dict[str, int]) -> None:
    doc = library["az.txt"]
    archive.add_tags(doc, ["Region/Caucasus"])
    archive.add_note(doc, "Follow up with the **embassy** in Baku.")
    assert _ids(archive, "tag:region") == [doc]
    assert _ids(archive, 'tag:"Region/Caucasus"') == [doc]
    assert _ids(archive, "embassy") == [doc]
    assert _ids(archive, "note:embassy") == [doc]
    archive.remove_tags(doc, ["Region/Caucasus"])
    assert _ids(archive, "tag:region") == []


def test_facets_count_the_whole_result(archive: Archive, library: dict[str, int]) -> None:
    result = archive.search("fisheries", facets=True)
    assert dict(result.facets["kind"]) == {"text": 2, "pdf": 1}
    assert dict(result.facets["lang"]).get("en", 0) >= 2


@pytest.mark.parametrize("query, message", [
    ("", "Type something"),
    ('"unclosed phrase', "quotation mark"),
    ("(treaty OR", "parenthesis"),
    ("titel:treaty", "no field"),
    ("tag:", "after the colon"),
])
def test_malformed_queries_get_a_clear_message(archive: Archive, query: str, message: str
                                               ) -> None:
    with pytest.raises(QueryError, match=message):
        archive.search(query)


def test_date_and_year_fields(archive: Archive, library: dict[str, int], tmp_path: Path) -> None:
    md = tmp_path / "dated.md"
    md.write_text("---\ntitle: Dated memo\ndate: 2021-03-04\n---\n\nMemo on water.\n")
    doc_id = archive.import_paths([md]).imported[0][1]
    assert _ids(archive, "date:2021") == [doc_id]
    assert _ids(archive, "year:2021 water") == [doc_id]
    assert _ids(archive, "date:[2019 to 2022]") == [doc_id]
    assert _ids(archive, "date:2020") == []


def test_stopwords_are_dropped_from_free_text_but_kept_in_phrases(
        archive: Archive, library: dict[str, int]) -> None:
    assert _ids(archive, "what are the continental shelf rules") == [library["shelf.pdf"]]
    assert _ids(archive, '"the continental shelf"') == [library["shelf.pdf"]]
    assert _ids(archive, '"continental shelf the"') == []
