"""Folding, tokenizing and stemming, and what they make of searches in a real archive."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.analysis import ANALYZER_VERSION, ScriptStemmer, fold, term_spans
from indexer.archive import Archive
from indexer.search.prepare import Preparer
from indexer.translit import name_key

UZBEKISTAN_FORMS = ["O'zbekiston", "Oʻzbekiston", "O‘zbekiston", "O’zbekiston", "Ozbekiston"]


def terms(analyzer: object, text: str, **kwargs: object) -> list[str]:
    """Return the token texts the analyzer gives for text."""
    return [token.text for token in analyzer(text, **kwargs)]  # type: ignore[operator]


# fold ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İstanbul", "istanbul"),
        ("ISTANBUL", "istanbul"),
        ("Bakı", "baki"),
        ("BAKI", "baki"),
        ("Əliyev", "aliyev"),
        ("əlaqə", "alaqa"),
        ("Ёлка", "елка"),
        ("café", "cafe"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("Łódź", "lodz"),
        ("Đorđe", "dorde"),
        ("şçğöüñ", "scgoun"),
        ("Nguyễn", "nguyen"),
        ("cafe\u0301", "cafe"),  # decomposed accent
        ("ﬁnance", "finance"),  # PDF ligature
        ("Azerbaijan's", "azerbaijan"),
        ("Azerbaijan’s", "azerbaijan"),
        ("й", "й"),
        ("мой", "мой"),
        ("ўқғҳ", "ўқғҳ"),
        ("ЎЗБЕКИСТОН", "ўзбекистон"),
        ("и\u0306", "й"),  # decomposed й is composed, not folded to и
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize("form", UZBEKISTAN_FORMS + ["O`zbekiston", "O´zbekiston", "Oʼzbekiston"])
def test_fold_uzbek_apostrophes(form: str) -> None:
    assert fold(form) == "ozbekiston"


def test_fold_keeps_quotes_around_words() -> None:
    assert fold("'Quoted' text") == "'quoted' text"


def test_analyzer_version_is_int() -> None:
    assert isinstance(ANALYZER_VERSION, int) and ANALYZER_VERSION >= 1


# words and stems ---------------------------------------------------------------------------


def test_offsets_point_into_original_text() -> None:
    text = "Die Straße, O‘zbekiston's non-governmental café"
    spans = term_spans(text)
    assert [text[start:end] for start, end, _ in spans] == [
        "Die", "Straße", "O‘zbekiston's", "non", "governmental", "café"]
    assert [term for _, _, term in spans] == [
        "die", "strasse", "ozbekiston", "non", "governmental", "cafe"]


def words(text: str) -> list[str]:
    return [term for _, _, term in term_spans(text)]


def test_apostrophes_only_inside_words() -> None:
    assert words("'hello' ʻworldʼ rock'n'roll") == ["hello", "world", "rocknroll"]


def test_hyphens_and_underscores_split_words() -> None:
    assert words("non-governmental under_score 3.14") == [
        "non", "governmental", "under", "score", "3", "14"]


def test_uzbek_cyrillic_words_stay_intact() -> None:
    assert words("Ўзбекистон Республикаси ҳамда қишлоқ ғалла") == [
        "ўзбекистон", "республикаси", "ҳамда", "қишлоқ", "ғалла"]


def test_combining_marks_and_soft_hyphens_stay_inside_words() -> None:
    assert words("مُبرم inter\u00adnational ко́шка") == ["مبرم", "international", "кошка"]


STEM = ScriptStemmer().stem


def test_russian_case_forms_share_a_stem() -> None:
    stems = {STEM(w) for w in words("договора договор договоры договоров Договору")}
    assert len(stems) == 1


def test_english_stems() -> None:
    assert STEM("ratified") == STEM("ratifies") == STEM("ratify")
    assert [STEM(w) for w in ("nations", "governmental")] == ["nation", "government"]


def test_digits_and_other_scripts_are_not_stemmed() -> None:
    assert [STEM(w) for w in words("1990 中华人民共和国 مبرم")] == ["1990", "中华人民共和国", "مبرم"]


def test_forms_of_one_word() -> None:
    preparer = Preparer()
    folded, stem, keys = preparer.forms("Ташкенте")
    assert (folded, stem) == ("ташкенте", STEM("ташкенте"))
    assert name_key("tashkent") in keys  # the uninflected reading
    assert preparer.forms("treaty")[2] == ()  # lower-case Latin: not a name


# a real archive ------------------------------------------------------------------------------

DOCS = {
    "ru_treaty": "Стороны подписали договор о дружбе и сотрудничестве.",
    "ru_tree": "В лесу родилась елка.",
    "istanbul": "The summit was held in istanbul last year.",
    "baki_plain": "Flights to Baki resumed.",
    "baki_caps": "BAKI AIRPORT REOPENS",
    "aliyev": "President Aliyev spoke.",
    "azerbaijan": "Azerbaijan signed the agreement.",
    "cafe": "They met in a cafe.",
    "sea": "The law of the sea convention was ratified in 1982.",
    "ratification": "Ratification by parliament followed.",
    "street": "Die Straße ist lang.",
    "uz_cyrillic": "Ўзбекистон Республикаси Президенти",
    "mine": "Это мой дом.",
    "mine_plural": "Это мои дома.",
    **{f"uz{i}": f"{form} Respublikasi" for i, form in enumerate(UZBEKISTAN_FORMS)},
}
TAGS = {
    "ru_treaty": ["Region/Central Asia", "Topic/Treaties"],
    "azerbaijan": ["Region/Caucasus"],
    "sea": ["Topic/Law of the Sea"],
    "cafe": ["Regional studies"],
}
UZ_DOCS = {f"uz{i}" for i in range(len(UZBEKISTAN_FORMS))}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, dict[int, str]]]:
    folder = tmp_path_factory.mktemp("analysis")
    with Archive.open(folder / "arch") as arch:
        names: dict[int, str] = {}
        for name, text in DOCS.items():
            path = folder / f"{name}.txt"
            path.write_text(f"{name}\n\n{text}\n", encoding="utf-8")
            report = arch.import_paths([path])
            ((_, doc_id),) = report.imported
            names[doc_id] = name
            if name in TAGS:
                arch.add_tags(doc_id, TAGS[name])
        yield arch, names


def found(archive: tuple[Archive, dict[int, str]], query: str) -> set[str]:
    """The names of the documents holding every word of the query."""
    arch, names = archive
    result = arch.search(query, limit=100)
    if not result.all_words:
        return set()
    return {names[hit.id] for hit in result.hits[: result.total]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("договора", {"ru_treaty"}),
        ("Договоров", {"ru_treaty"}),
        ("Ёлка", {"ru_tree"}),
        ("İstanbul", {"istanbul"}),
        ("ISTANBUL", {"istanbul"}),
        ("istanbul", {"istanbul"}),
        ("Bakı", {"baki_plain", "baki_caps"}),
        ("BAKI", {"baki_plain", "baki_caps"}),
        ("Əliyev", {"aliyev"}),
        ("Azerbaijan's", {"azerbaijan"}),
        ("café", {"cafe"}),
        ("strasse", {"street"}),
        ("Ўзбекистон", {"uz_cyrillic"} | UZ_DOCS),  # the same name in Latin script
        ('"law of the sea"', {"sea"}),
        ('"sea of the law"', set()),
        ("ratifies", {"sea"}),
        ("ratif*", {"sea", "ratification"}),
        ("O'zbek*", UZ_DOCS),
        ("content:1982", {"sea"}),
        ("мой", {"mine", "mine_plural"}),
    ],
)
def test_search(archive: tuple[Archive, dict[int, str]], query: str, expected: set[str]) -> None:
    assert found(archive, query) == expected


@pytest.mark.parametrize("form", UZBEKISTAN_FORMS)
def test_uzbek_apostrophe_forms_find_each_other(archive: tuple[Archive, dict[int, str]],
                                                form: str) -> None:
    assert found(archive, form) >= UZ_DOCS


def test_tag_queries(archive: tuple[Archive, dict[int, str]]) -> None:
    assert found(archive, "tags:region") == {"ru_treaty", "azerbaijan"}
    assert found(archive, 'tags:"Region/Central Asia"') == {"ru_treaty"}
    assert found(archive, "tags:topic") == {"ru_treaty", "sea"}
    assert found(archive, 'tags:"topic/law of the sea"') == {"sea"}
    assert found(archive, "tags:region/*") == {"ru_treaty", "azerbaijan"}
    assert found(archive, "tags:region*") == {"ru_treaty", "azerbaijan", "cafe"}


@pytest.mark.parametrize(
    ("query", "name", "marked"),
    [
        ("договора", "ru_treaty", "договор"),
        ("Ёлка", "ru_tree", "елка"),
        ("ratifies", "sea", "ratified"),
        ("strasse", "street", "Straße"),
        ("Bakı", "baki_caps", "BAKI"),
        ("Ozbekiston", "uz1", "Oʻzbekiston"),
    ],
)
def test_snippets_mark_original_words(archive: tuple[Archive, dict[int, str]], query: str,
                                      name: str, marked: str) -> None:
    arch, names = archive
    hits = {names[hit.id]: hit for hit in arch.search(query, limit=100).hits}
    assert f"<b>{marked}</b>" in hits[name].snippet
