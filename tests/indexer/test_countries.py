"""Tests for indexer.countries on hand-written sentences, its table and the shared corpus."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from indexer.countries import country_code, country_name, find_countries

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
UDHR_NS = "{http://efele.net/udhr}"


def corpus_text(relative: str) -> str:
    """Return a corpus file's text; skip the test when the corpus is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return (CORPUS / relative).read_text(encoding="utf-8", errors="replace")


def ru_ng_article(number: int) -> str:
    """Return the content of one ru_ng article, counting from 0."""
    lines = corpus_text("articles/text/ru_ng/ng_0.jsonlines").splitlines()
    return str(json.loads(lines[number])["content"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: possessives, abbreviations, multi-word names.
        ("Azerbaijan's president met the U.S. envoy.", ["AZ", "US"]),
        ("Azerbaijan’s exports to the USA and the UK grew.", ["AZ", "GB", "US"]),
        ("Talks between the United States and Saudi Arabia resumed.", ["SA", "US"]),
        ("Troops left Bosnia and Herzegovina for South Africa.", ["BA", "ZA"]),
        ("Papua New Guinea, Guinea-Bissau and Equatorial Guinea voted.", ["GQ", "GW", "PG"]),
        ("Sudan and South Sudan signed.", ["SD", "SS"]),
        ("Niger and Nigeria share a border.", ["NE", "NG"]),
        ("He played for Northern Ireland, not Ireland.", ["GB", "IE"]),
        ("Korea, Democratic People's Republic of: statement.", ["KP"]),
        ("Ukraine and Georgia joined.", ["GE", "UA"]),
        ("In Jordan, the king spoke; Amman, Jordan.", ["JO"]),
        ("Côte d'Ivoire, Ivory Coast, Cote d’Ivoire", ["CI"]),
        # Russian: case endings, stem changes, inflected multi-word names.
        ("Президент Азербайджана посетил Россию.", ["AZ", "RU"]),
        ("Переговоры с Россией и Соединёнными Штатами", ["RU", "US"]),
        ("в Соединённых Штатах и Объединённых Арабских Эмиратах", ["AE", "US"]),
        ("Соединенных Штатов Америки и США", ["US"]),
        ("из Франции, из Беларуси и из Китая; в Китае", ["BY", "CN", "FR"]),
        ("в Египте, из Египта", ["EG"]),
        ("в Боснии и Герцеговине", ["BA"]),
        ("с Северной Кореей и Южной Кореей", ["KP", "KR"]),
        ("в Северной Ирландии", ["GB"]),
        ("Президент Того заявил", ["TG"]),
        # Uzbek, Latin with every apostrophe, and Cyrillic.
        ("Oʻzbekistonda va Ozarbayjonning poytaxtida", ["AZ", "UZ"]),
        ("O'zbekiston Respublikasi va O‘zbekistonning", ["UZ"]),
        ("Qoʻshma Shtatlar va AQShning elchisi, Rossiyaga", ["RU", "US"]),
        ("Amerika Qo'shma Shtatlarida, Iroqqa, Xitoydan", ["CN", "IQ", "US"]),
        ("Ўзбекистонда ва Озарбайжоннинг пойтахтида", ["AZ", "UZ"]),
        ("АҚШ ва Россия Федерациясининг", ["RU", "US"]),
        # Azerbaijani, with ə and with ə typed as e.
        ("Azərbaycanın və Özbəkistanın əlaqələri", ["AZ", "UZ"]),
        ("Rusiya ilə ABŞ-ın, Türkiyədə və Türkiyede", ["RU", "TR", "US"]),
        ("Amerika Birləşmiş Ştatlarının səfiri", ["US"]),
        ("Azerbaycanda Gürcüstanla", ["AZ", "GE"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert find_countries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Того же мнения придерживаются эксперты. До того как он ушёл.",  # "that", not Togo
        "ДЛЯ ТОГО ЧТОБЫ",
        "a turkey, fine china and a chad of paper",  # lower case
        "Indiana, Nigerian, Russian, Iranian, Pakistani, Iraqi and Omani officials",
        "российский, узбекский, oʻzbek tili",  # adjectives and demonyms
        "Irakli Labadze beat him.",
        "coach Joe Jordan and Jools Holland sang Georgia On My Mind",  # people, a song
        "TELL US WHAT YOU THINK. It costs US$ 5 or $US 5.",
        "Latin America, North America and Latin America's growth",  # not the USA
        "American Samoa and New Guinea",  # not Samoa, not Guinea
        "Латинской Америки и Южной Америке",
        "Cada Estado Parte",  # Spanish "each", not Azerbaijani Çad+a
        "ABS and CAD",  # not ABŞ (USA), not Çad
        "президент Ашраф Гани",  # not Гана
        "Misir bitkisi yaxşı böyüyür.",  # maize at a sentence start, not Egypt
        "",
    ],
)
def test_look_alikes_are_not_countries(text: str) -> None:
    assert find_countries(text) == []


def test_result_is_sorted_and_unique() -> None:
    text = "Russia, Россия, Rossiya, Rusiya, Россией, Russia's, Canada, Austria. " * 3
    assert find_countries(text) == ["AT", "CA", "RU"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Azerbaijan", "AZ"),
        ("azerbaijan", "AZ"),
        ("Азербайджан", "AZ"),
        ("Азербайджана", "AZ"),
        ("Ozarbayjon", "AZ"),
        ("Озарбайжон", "AZ"),
        ("Azərbaycan", "AZ"),
        ("az", "AZ"),
        ("AZ", "AZ"),
        ("Oʻzbekiston", "UZ"),
        ("O'zbekiston", "UZ"),
        ("Ўзбекистон", "UZ"),
        ("Özbəkistan", "UZ"),
        ("United States of America", "US"),
        ("usa", "US"),
        ("США", "US"),
        ("Соединённые Штаты", "US"),
        ("ABŞ", "US"),
        ("UK", "GB"),
        ("England", "GB"),
        ("Великобритания", "GB"),
        ("Korea", "KR"),
        ("Северная Корея", "KP"),
        ("Czech Republic", "CZ"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Белоруссия", "BY"),
        (" Holland ", "NL"),
    ],
)
def test_country_code(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    "name", ["", "xx", "Atlantis", "Latin America", "Pakistani", "Russian", "United", "Korea North"]
)
def test_country_code_unknown(name: str) -> None:
    assert country_code(name) is None


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("AZ", "en", "Azerbaijan"),
        ("az", "ru", "Азербайджан"),
        ("AZ", "uz", "Ozarbayjon"),
        ("AZ", "uz_Cyrl", "Озарбайжон"),
        ("AZ", "uz-cyrl", "Озарбайжон"),
        ("AZ", "az", "Azərbaycan"),
        ("UZ", "uz", "Oʻzbekiston"),
        ("US", "en", "United States"),
        ("RU", "fr", "Russia"),  # no French names: English
        ("QQ", "en", "QQ"),  # unknown code: itself
    ],
)
def test_country_name(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


def test_table() -> None:
    text = (resources.files("indexer") / "data" / "countries.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# Generated by tools/build_countries.py")
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert rows[0] == ["code", "language", "name"]
    assert all(len(row) == 3 and all(row) for row in rows[1:])
    codes = {code for code, _, _ in rows[1:]} - {"-"}
    assert len(codes) == 202  # 193 UN members and 9 others
    assert all(len(code) == 2 and code.isupper() for code in codes)
    assert {"PS", "TW", "XK", "HK", "VA"} <= codes
    assert not {"EU", "UN", "ZZ", "QO", "001", "AQ"} & codes
    languages = {(code, language) for code, language, _ in rows[1:]}
    assert all((code, lang) in languages for code in codes for lang in ("en", "ru", "uz", "az"))
    assert {name for code, _, name in rows[1:] if code == "-"} >= {"Latin America", "New Guinea"}


def test_long_mixed_text() -> None:
    sentence = (
        "The President of Uzbekistan met officials from the United States and Azerbaijan's "
        "trade delegation in Tashkent on Monday, Reuters reported, as prices rose in the "
        "markets of the region and the ministers of finance of several neighbouring countries "
        "announced new budget plans. Президент России посетил Казахстан, сообщает агентство. "
    )
    text = (sentence * 3000)[:1_000_000]
    assert find_countries(text) == ["AZ", "KZ", "RU", "US", "UZ"]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("articles/text/bbc_en/business/200.txt", ["CU", "US", "VE"]),  # and "Latin America"
        ("articles/text/bbc_en/business/199.txt", ["GE"]),  # Georgia's economy
        ("articles/text/bbc_en/entertainment/104.txt", []),  # Jools Holland, no Netherlands
        ("articles/text/bbc_en/sport/270.txt", ["GB"]),  # Scotland; coach Joe Jordan
        ("seed/uzbekistan-azerbaijan-maili-uz.txt", ["AZ", "KZ", "UZ"]),  # Узбекистане too
        ("treaties/gold_text/A-RES-78-272-en.txt", ["PR", "US"]),  # American Samoa: no WS
        ("treaties/gold_text/bbnj-agreement-2023-ru.txt", []),
        ("treaties/gold_text/bbnj-agreement-2023-es.txt", []),  # "Cada Parte"
    ],
)
def test_corpus_files(path: str, expected: list[str]) -> None:
    assert find_countries(corpus_text(path)) == expected


@pytest.mark.corpus
def test_treaties_name_their_parties() -> None:
    unclos = find_countries(corpus_text("treaties/gold_text/unclos-1982-en.txt"))
    assert {"US", "GB", "JM", "NA", "JP"} <= set(unclos)  # "$US 500,000" aside
    report = corpus_text("treaties/gold_text/bbnj-prepcom-report-2026-3_2026-04-02-en.txt")
    found = set(find_countries(report))
    assert {"IR", "KR", "TR", "VN", "GB", "AG", "SV", "SL"} <= found
    assert not {"KP", "TD", "WS"} & found


@pytest.mark.corpus
def test_russian_news() -> None:
    assert find_countries(ru_ng_article(90)) == ["GE", "RU"]  # Грузии, РФ, России
    cobalt = find_countries(ru_ng_article(17))  # Демократической Республики Конго
    assert {"CD", "CN", "ZM", "AU", "RU", "US"} <= set(cobalt)
    assert "CG" not in cobalt
    afghanistan = find_countries(ru_ng_article(686))  # Ираке, Сирии, Узбекистана
    assert {"AF", "IQ", "PK", "SY", "UZ"} <= set(afghanistan)
    assert "GH" not in afghanistan  # Ашраф Гани


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["eng", "rus", "uzn_latn", "azj_latn"])
def test_udhr_names_no_country(name: str) -> None:
    corpus_text(f"treaties/udhr_xml/udhr_{name}.xml")
    root = ET.parse(CORPUS / "treaties" / "udhr_xml" / f"udhr_{name}.xml").getroot()
    paragraphs = ["".join(para.itertext()) for para in root.iter(f"{UDHR_NS}para")]
    assert len(paragraphs) > 50
    assert find_countries("\n".join(paragraphs)) == []
