"""Tests for indexer.analysis: folding, tokenizing, stemming, and a real Whoosh index."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh import index
from whoosh.analysis import RegexTokenizer
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from indexer.analysis import (
    ANALYZER_VERSION,
    FoldFilter,
    ScriptStemFilter,
    TagTokenizer,
    WordTokenizer,
    content_analyzer,
    exact_analyzer,
    fold,
    keyword_analyzer,
)

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


# tokenizer ----------------------------------------------------------------------------------


def test_offsets_point_into_original_text() -> None:
    text = "Die Straße, O‘zbekiston's non-governmental café"
    tokens = [(t.text, t.startchar, t.endchar) for t in exact_analyzer()(text, chars=True)]
    assert [text[start:end] for _, start, end in tokens] == [
        "Die",
        "Straße",
        "O‘zbekiston's",
        "non",
        "governmental",
        "café",
    ]
    assert [term for term, _, _ in tokens] == [
        "die",
        "strasse",
        "ozbekiston",
        "non",
        "governmental",
        "cafe",
    ]


def test_positions_start_char_and_start_pos() -> None:
    stream = exact_analyzer()("a b", positions=True, chars=True, start_pos=5, start_char=10)
    tokens = [(t.text, t.pos, t.startchar) for t in stream]
    assert tokens == [("a", 5, 10), ("b", 6, 12)]


def test_apostrophes_only_inside_words() -> None:
    assert terms(exact_analyzer(), "'hello' ʻworldʼ rock'n'roll") == ["hello", "world", "rocknroll"]


def test_hyphens_and_underscores_split_words() -> None:
    assert terms(exact_analyzer(), "non-governmental under_score 3.14") == [
        "non",
        "governmental",
        "under",
        "score",
        "3",
        "14",
    ]


def test_uzbek_cyrillic_words_stay_intact() -> None:
    assert terms(exact_analyzer(), "Ўзбекистон Республикаси ҳамда қишлоқ ғалла") == [
        "ўзбекистон",
        "республикаси",
        "ҳамда",
        "қишлоқ",
        "ғалла",
    ]


def test_combining_marks_and_soft_hyphens_stay_inside_words() -> None:
    assert terms(exact_analyzer(), "مُبرم inter\u00adnational ко́шка") == [
        "مبرم",
        "international",
        "кошка",
    ]


def test_keeporiginal() -> None:
    tokens = [(t.text, t.original) for t in content_analyzer()("Договоры", keeporiginal=True)]
    assert tokens == [("договор", "Договоры")]


def test_untokenized_value_is_folded_not_stemmed() -> None:
    assert terms(content_analyzer(), "Ratifica*", tokenize=False) == ["ratifica*"]
    assert terms(content_analyzer(), "O'zbek*", tokenize=False) == ["ozbek*"]


def test_no_morph_skips_stemming() -> None:
    assert terms(content_analyzer(), "ratified treaties", no_morph=True) == ["ratified", "treaties"]


def test_query_mode_gives_index_terms() -> None:
    text = "Договоры ratified İstanbul"
    ana = content_analyzer()
    assert terms(ana, text, mode="query") == terms(ana, text, mode="index", positions=True)


# stemming -----------------------------------------------------------------------------------


def test_russian_case_forms_share_a_stem() -> None:
    stems = set(terms(content_analyzer(), "договора договор договоры договоров Договору"))
    assert stems == {"договор"}


def test_english_stems() -> None:
    ratified, ratifies, ratification = terms(content_analyzer(), "ratified ratifies ratification")
    # Snowball gives ratifi, ratifi, ratif: the noun's stem is a prefix of the verb's.
    assert ratified == ratifies
    assert ratified.startswith(ratification)
    assert terms(content_analyzer(), "nations governmental") == ["nation", "government"]


def test_digits_and_other_scripts_are_not_stemmed() -> None:
    assert terms(content_analyzer(), "1990 2024s 中华人民共和国 مبرم") == [
        "1990",
        "2024s",
        "中华人民共和国",
        "مبرم",
    ]


def test_exact_analyzer_keeps_forms_apart() -> None:
    assert terms(exact_analyzer(), "мой мои") == ["мой", "мои"]
    assert terms(content_analyzer(), "мой мои") == ["мо", "мо"]


def test_stem_filter_composes_with_whoosh_tokenizers() -> None:
    chain = RegexTokenizer() | FoldFilter() | ScriptStemFilter()
    assert terms(chain, "Договоры RATIFIED Bakı") == ["договор", "ratifi", "baki"]
    assert chain.has_morph()
    assert content_analyzer().has_morph() and not exact_analyzer().has_morph()


# tags ---------------------------------------------------------------------------------------


def test_tag_tokens_include_ancestors_at_index_time() -> None:
    value = "Region / Central  Asia, Topic/Law of the Sea\nregion"
    assert terms(keyword_analyzer(), value, mode="index") == [
        "region/central asia",
        "region",
        "topic/law of the sea",
        "topic",
    ]


def test_untokenized_tag_keeps_its_slashes() -> None:
    assert terms(keyword_analyzer(), "Region / ", tokenize=False) == ["region/"]


def test_tag_tokens_at_query_time_are_the_tag_only() -> None:
    assert terms(keyword_analyzer(), "Region/Central Asia", mode="query") == ["region/central asia"]
    assert terms(keyword_analyzer(), "Oʻzbekiston/Toshkent", mode="query") == [
        "ozbekiston/toshkent"
    ]


# pickling -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "factory", [content_analyzer, exact_analyzer, keyword_analyzer, ScriptStemFilter, FoldFilter]
)
def test_analyzers_pickle(factory: type) -> None:
    original = factory()
    if isinstance(original, WordTokenizer):
        terms(original, "warm the cache: договора ratified")  # the cache must not be pickled
    clone = pickle.loads(pickle.dumps(original))
    assert clone == original
    assert type(clone).__module__ == "indexer.analysis"
    if isinstance(clone, (WordTokenizer, TagTokenizer)):
        assert terms(clone, "Договоры, Bakı") == terms(factory(), "Договоры, Bakı")


def test_pickled_state_is_small() -> None:
    ana = content_analyzer()
    terms(ana, " ".join(f"word{i}" for i in range(1000)))
    assert len(pickle.dumps(ana)) < 200


# a real Whoosh index ------------------------------------------------------------------------

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
    "ru_treaty": "Region/Central Asia, Topic/Treaties",
    "azerbaijan": "Region/Caucasus",
    "sea": "Topic/Law of the Sea",
    "cafe": "Regional studies",
}
UZ_DOCS = {f"uz{i}" for i in range(len(UZBEKISTAN_FORMS))}


def make_schema() -> Schema:
    """Return a schema using all three analyzers."""
    return Schema(
        id=ID(stored=True, unique=True),
        content=TEXT(analyzer=content_analyzer(), stored=True),
        exact=TEXT(analyzer=exact_analyzer()),
        tags=KEYWORD(analyzer=keyword_analyzer(), scorable=True),
    )


def fill(ix: index.Index) -> None:
    """Add DOCS and TAGS to the index."""
    with ix.writer() as writer:
        for doc_id, text in DOCS.items():
            writer.add_document(id=doc_id, content=text, exact=text, tags=TAGS.get(doc_id, ""))


@pytest.fixture(scope="module")
def searcher() -> Iterator[Searcher]:
    ix = RamStorage().create_index(make_schema())
    fill(ix)
    with ix.searcher() as s:
        yield s


def found(searcher: Searcher, query: str, field: str = "content") -> set[str]:
    """Return the ids of the documents matching the query."""
    parsed = QueryParser(field, searcher.schema).parse(query)
    return {hit["id"] for hit in searcher.search(parsed, limit=None)}


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
        ("Ўзбекистон", {"uz_cyrillic"}),
        ('"law of the sea"', {"sea"}),
        ('"sea of the law"', set()),
        ("ratifies", {"sea"}),
        ("ratif*", {"sea", "ratification"}),
        ("O'zbek*", UZ_DOCS),
        ("content:1982", {"sea"}),
    ],
)
def test_search(searcher: Searcher, query: str, expected: set[str]) -> None:
    assert found(searcher, query) == expected


@pytest.mark.parametrize("form", UZBEKISTAN_FORMS)
def test_uzbek_apostrophe_forms_find_each_other(searcher: Searcher, form: str) -> None:
    assert found(searcher, form) == UZ_DOCS
    assert found(searcher, form, field="exact") == UZ_DOCS


def test_exact_field_does_not_stem(searcher: Searcher) -> None:
    assert found(searcher, "мой", field="exact") == {"mine"}
    assert found(searcher, "мой") == {"mine", "mine_plural"}
    assert found(searcher, "договора", field="exact") == set()


def test_tag_queries(searcher: Searcher) -> None:
    assert found(searcher, "tags:region") == {"ru_treaty", "azerbaijan"}
    assert found(searcher, 'tags:"Region/Central Asia"') == {"ru_treaty"}
    assert found(searcher, "tags:topic") == {"ru_treaty", "sea"}
    assert found(searcher, 'tags:"topic/law of the sea"') == {"sea"}
    assert found(searcher, "tags:region/*") == {"ru_treaty", "azerbaijan"}
    assert found(searcher, "tags:region*") == {"ru_treaty", "azerbaijan", "cafe"}


@pytest.mark.parametrize(
    ("query", "doc_id", "marked"),
    [
        ("договора", "ru_treaty", "договор"),
        ("Ёлка", "ru_tree", "елка"),
        ("ratifies", "sea", "ratified"),
        ("strasse", "street", "Straße"),
        ("Bakı", "baki_caps", "BAKI"),
        ("Ozbekiston", "uz1", "Oʻzbekiston"),
    ],
)
def test_highlights_mark_original_words(
    searcher: Searcher, query: str, doc_id: str, marked: str
) -> None:
    parsed = QueryParser("content", searcher.schema).parse(query)
    hits = {hit["id"]: hit for hit in searcher.search(parsed, limit=None)}
    assert f'<b class="match term0">{marked}</b>' in hits[doc_id].highlights("content")


def test_schema_survives_a_file_index(tmp_path: Path) -> None:
    ix = index.create_in(str(tmp_path), make_schema())
    fill(ix)
    reopened = index.open_dir(str(tmp_path))
    assert isinstance(reopened.schema["content"].analyzer, WordTokenizer)
    with reopened.searcher() as s:
        assert found(s, "договоров") == {"ru_treaty"}
        assert found(s, "tags:region") == {"ru_treaty", "azerbaijan"}
