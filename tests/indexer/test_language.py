"""Tests for indexer.language on hand-written sentences and the shared corpus."""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.language import detect_language, detect_page_languages

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
UDHR_NS = "{http://efele.net/udhr}"

UZBEK_CYRILLIC = (
    "Ўзбекистон Республикаси Президенти ва Озарбайжон Президенти учрашуви бўлиб ўтди, "
    "бу учрашув икки давлат учун муҳим."
)

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


def udhr_paragraphs(name: str) -> list[str]:
    """Return the text of each <para> of a UDHR translation."""
    root = ET.parse(CORPUS / "treaties" / "udhr_xml" / f"udhr_{name}.xml").getroot()
    return [" ".join("".join(para.itertext()).split()) for para in root.iter(f"{UDHR_NS}para")]


def ru_ng_articles(count: int) -> list[str]:
    """Return the text of the first ru_ng articles."""
    path = CORPUS / "articles" / "text" / "ru_ng" / "ng_0.jsonlines"
    with path.open(encoding="utf-8") as lines:
        return [json.loads(next(lines))["content"] for _ in range(count)]


def bbc_articles(count: int) -> list[str]:
    """Return a few BBC articles, one or more from each category."""
    files = sorted((CORPUS / "articles" / "text" / "bbc_en").rglob("*.txt"))
    return [
        path.read_text(encoding="utf-8", errors="replace") for path in files[:: len(files) // count]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (UZBEK_CYRILLIC, "uz"),
        (
            "Oʻzbekiston Respublikasi va Ozarbayjon oʻrtasidagi hamkorlik bu yil ham davom etdi.",
            "uz",
        ),
        (
            "O'zbekiston Respublikasi va Ozarbayjon o'rtasidagi hamkorlik bu yil ham davom etdi.",
            "uz",
        ),
        ("Azərbaycan və Özbəkistan arasında əməkdaşlıq bu il də davam edir.", "az"),
        ("Договор о дружбе и сотрудничестве был подписан в прошлом году.", "ru"),
        ("The agreement on friendship and cooperation was signed last year.", "en"),
        ("Le traité a été signé par les deux pays et il entre en vigueur.", "fr"),
        ("El tratado fue firmado por los dos países y entra en vigor.", "es"),
        ("Der Vertrag wurde von den beiden Ländern unterzeichnet und ist nicht gültig.", "de"),
        ("Bu anlaşma iki ülke arasında imzalandı ve çok önemli bir adım olarak görülüyor.", "tr"),
        ("中华人民共和国外交部发言人今天在例行记者会上表示", "zh"),
        ("اتفاق مُبرم في إطار اتفاقية الأمم المتحدة لقانون البحار", "ar"),
    ],
)
def test_sentences(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "Hello", "ok 123", "the cat", "Договор", "12.05.2024"])
def test_too_little_text(text: str) -> None:
    assert detect_language(text) is None


def test_unknown_script_gives_none() -> None:
    assert detect_language("Η σύμβαση υπογράφηκε από τις δύο χώρες πέρυσι τον Ιούνιο.") is None


def test_other_cyrillic_language_is_not_russian() -> None:
    ukrainian = "Україна та Польща підписали угоду про співпрацю і розвиток їхніх країн"
    assert detect_language(ukrainian) is None


def test_page_languages() -> None:
    english = "The agreement on friendship and cooperation was signed by the two countries. " * 3
    russian = "Договор о дружбе и сотрудничестве был подписан в прошлом году обеими странами."
    pages = [english, "Page 2", "", russian]
    assert detect_page_languages(pages) == ["en", "en", None, "ru"]


def test_long_text_is_fast() -> None:
    text = ("The agreement on friendship and cooperation was signed by both. " * 16_000)[:1_000_000]
    detect_language(text)
    start = time.perf_counter()
    for _ in range(20):
        assert detect_language(text) == "en"
    assert (time.perf_counter() - start) / 20 < 0.02  # ~1 ms expected; loose for busy machines


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("eng", "en"),
        ("rus", "ru"),
        ("uzn_latn", "uz"),
        ("azj_latn", "az"),
    ],
)
def test_udhr(name: str, expected: str) -> None:
    paragraphs = udhr_paragraphs(name)
    assert detect_language("\n".join(paragraphs)) == expected
    results = [detect_language(para) for para in paragraphs if len(para) > 80]
    assert results.count(expected) == len(results)


@needs_corpus
@pytest.mark.corpus
def test_seed_article_is_english_despite_russian_sidebar() -> None:
    text = (CORPUS / "seed" / "uzbekistan-azerbaijan-maili-uz.txt").read_text(encoding="utf-8")
    assert detect_language(text) == "en"


@needs_corpus
@pytest.mark.corpus
def test_ru_ng_articles_are_russian() -> None:
    assert [detect_language(text) for text in ru_ng_articles(20)] == ["ru"] * 20


@needs_corpus
@pytest.mark.corpus
def test_bbc_articles_are_english() -> None:
    articles = bbc_articles(10)
    assert [detect_language(text) for text in articles] == ["en"] * len(articles)


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("lang", ["en", "ru", "fr", "es", "zh", "ar"])
def test_bbnj_agreement_translations(lang: str) -> None:
    path = CORPUS / "treaties" / "gold_text" / f"bbnj-agreement-2023-{lang}.txt"
    assert detect_language(path.read_text(encoding="utf-8")) == lang


def test_pages_in_different_languages_are_detected(tmp_path: Path) -> None:
    from indexer.archive import Archive
    from tests.conftest import write_pdf

    english = "The parties agree to cooperate on fisheries and the protection of the sea. " * 4
    uzbek = ("Tomonlar baliqchilik va dengizni muhofaza qilish borasida hamkorlik qilishga "
             "kelishib oldilar. Oʻzbekiston Respublikasi va Ozarbayjon Respublikasi. ") * 4
    write_pdf(tmp_path / "mixed.pdf", [english, uzbek, english])
    with Archive.open(tmp_path / "archive") as archive:
        doc_id = archive.import_paths([tmp_path / "mixed.pdf"]).imported[0][1]
        detail = archive.document(doc_id)
        assert detail.row.language == "en"
        assert detail.page_languages == ((1, "en"), (2, "uz"), (3, "en"))
        assert archive.search("lang:uz").hits[0].id == doc_id  # found by its Uzbek page
        langs = dict(archive.search("parties", facets=True).facets["lang"])
        assert langs == {"en": 1, "uz": 1}
        # the Uzbek page's words are stemmed the Uzbek way: hamkorlik finds hamkorlik-qilishga
        assert archive.search("respublikasi").hits[0].pages == [2]
        assert archive.search("Ozarbayjonning").total == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("larinsgdo_ 'ʻ1é\n") + ["lar", "lari", "ning", "dan"]),
                max_size=30).map("".join))
def test_uzbek_endings_are_counted_only_inside_words(text: str) -> None:
    """The fast count of Uzbek endings agrees with the plain pattern (\\B before them)."""
    import re

    from indexer.language import _suffixes

    plain = re.compile(r"\Blar(?:i|ni|ga|da|dan|ini|ning|ining|idan)\b")
    assert _suffixes(text) == len(plain.findall(text))
