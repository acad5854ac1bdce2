"""Cross-script search: a name written in Latin finds it in Cyrillic and the other way round."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.analysis import fold
from indexer.archive import Archive
from indexer.translit import name_key, romanize
from tests.conftest import write_pdf

TEXTS = {
    "en.txt": "President Shavkat Mirziyoyev received the delegation in Tashkent. "
              "Ilham Aliyev attended.",
    "ru.txt": "Президент Шавкат Мирзиёев принял делегацию в Ташкенте. Алиев тоже был там.",
    "uz_latin.txt": "Prezident Mirziyoev Toshkentda delegatsiyani qabul qildi.",
    "uz_cyrillic.txt": "Президент Мирзиёев Тошкентда делегацияни қабул қилди.",
    "az.txt": "Prezident Əliyev Bakıda görüş keçirdi.",
    "unrelated.txt": "A treaty on fisheries was signed in Geneva.",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    arch = Archive.open(tmp_path_factory.mktemp("translit") / "archive")
    yield arch
    arch.close()


@pytest.fixture(scope="module")
def docs(archive: Archive, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    src = tmp_path_factory.mktemp("src")
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    write_pdf(src / "en_pages.pdf", ["Introduction.", "The visit to Tashkent took place in May."])
    report = archive.import_paths([src])
    assert not report.failed
    return {Path(p).name: i for p, i in report.imported}


def _names(archive: Archive, docs: dict[str, int], query: str) -> list[str]:
    by_id = {i: n for n, i in docs.items()}
    return [by_id[h.id] for h in archive.search(query, limit=20).hits]


@pytest.mark.parametrize(("a", "b"), [
    ("Mirziyoyev", "Мирзиёев"), ("Mirziyoev", "Мирзиеев"), ("Mirziyoyev", "Mirziyoev"),
    ("Tashkent", "Ташкент"), ("Toshkent", "Тошкент"), ("Toshkent", "Ташкент"),
    ("Aliyev", "Алиев"), ("Əliyev", "Алиев"), ("Şuşa", "Шуша"), ("Xorazm", "Хоразм"),
    ("Samarqand", "Самарканд"), ("Jizzax", "Jizzakh"),
])
def test_spellings_share_a_key(a: str, b: str) -> None:
    assert name_key(fold(a)) == name_key(fold(b))


@pytest.mark.parametrize(("a", "b"), [("Tashkent", "Geneva"), ("Aliyev", "Alimov"),
                                      ("Baku", "Bern")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(fold(a)) != name_key(fold(b))


def test_romanization_follows_the_standard_tables() -> None:
    assert romanize("ереван") == "yerevan"        # е is ye at the start
    assert romanize("алиев") == "aliyev"          # and after a vowel
    assert romanize("щукин") == "shchukin"
    assert romanize("қўқон") == "qoqon"           # Uzbek letters


@pytest.mark.parametrize("query", ["Mirziyoyev", "Mirziyoev", "MIRZIYOYEV"])
def test_latin_query_finds_cyrillic(archive: Archive, docs: dict[str, int], query: str) -> None:
    found = _names(archive, docs, query)
    assert {"ru.txt", "uz_cyrillic.txt", "en.txt", "uz_latin.txt"} <= set(found)
    assert "unrelated.txt" not in found


@pytest.mark.parametrize("query", ["Ташкент", "Ташкента"])
def test_cyrillic_query_finds_latin(archive: Archive, docs: dict[str, int], query: str) -> None:
    found = _names(archive, docs, query)
    assert {"en.txt", "uz_latin.txt", "ru.txt", "uz_cyrillic.txt", "en_pages.pdf"} <= set(found)
    assert found[0] == "ru.txt"  # the script typed comes first


def test_exact_script_ranks_above_transliterated(archive: Archive, docs: dict[str, int]) -> None:
    assert _names(archive, docs, "Tashkent")[0] == "en.txt"
    assert _names(archive, docs, "Алиев")[0] == "ru.txt"
    latin = _names(archive, docs, "Aliyev")
    assert latin.index("az.txt") < latin.index("ru.txt")
    assert latin.index("en.txt") < latin.index("ru.txt")


def test_inflected_russian_name_found_from_latin(archive: Archive, docs: dict[str, int]) -> None:
    # "в Ташкенте" (locative) from the plain Latin name
    assert "ru.txt" in _names(archive, docs, "tashkent")


def test_cross_script_hit_has_its_page_and_marked_snippet(archive: Archive,
                                                          docs: dict[str, int]) -> None:
    hit = next(h for h in archive.search("Ташкент").hits if h.id == docs["en_pages.pdf"])
    assert hit.pages == [2]
    assert "<b>Tashkent</b>" in hit.snippet
    ru = next(h for h in archive.search("Toshkent").hits if h.id == docs["ru.txt"])
    assert "<b>Ташкенте</b>" in ru.snippet


def test_cross_script_phrase(archive: Archive, docs: dict[str, int]) -> None:
    found = _names(archive, docs, '"Shavkat Mirziyoyev"')
    assert found[0] == "en.txt"
    assert "ru.txt" in found
    assert "uz_latin.txt" not in found  # no Shavkat there


def test_query_terms_include_the_names_in_the_document_script(archive: Archive,
                                                              docs: dict[str, int]) -> None:
    terms = archive.query_terms("Tashkent", docs["ru.txt"])
    assert {"ташкенте", "tashkent"} <= terms
    assert "ташкенте" not in archive.query_terms("Tashkent")  # not without the document
    assert "делегацию" not in terms
