"""Any query gets an answer: random strings, punctuation sprinkled into real queries, the
regression cases of issue 10 and `search --batch`, all through the Archive facade and the CLI."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from indexer.archive import Archive
from indexer.errors import DossierError, QueryError

REPO = Path(__file__).resolve().parents[2]
LIMIT = 100  # more than the archive holds: every match is returned

# (tag, year, title, text): English, Russian, Uzbek Latin and Uzbek Cyrillic sentences.
ENGLISH = [
    "Mr Blair said the economy grew faster than expected this year.",
    "Oil and gas prices rose after the election in Iraq.",
    "The football club won the cup final against its old rival.",
    "Mr Brown promised to cut taxes for working families.",
    "Shares in the mobile phone maker fell on weak sales.",
    "The court heard an appeal against the ruling on fisheries.",
    "A Q&A session with the minister followed the film award.",
    "Parliament debated the budget and the economy for hours.",
    "Police said Mr Smith was arrested after the match in London.",
    "The music festival drew record crowds despite the rain.",
    "Tony Blair met the president to discuss oil supplies.",
    "Internet security firms warned of a new computer virus.",
]
RUSSIAN = [
    "Президент подписал закон об экономике и налогах.",
    "Цены на нефть и газ выросли после выборов.",
    "Правительство обсудило бюджет на следующий год.",
    "Суд отклонил апелляцию компании по делу о рыболовстве.",
    "Футбольный клуб выиграл кубок страны.",
    "Министр экономики рассказал о санкциях и нефти.",
    "В Москве открылась новая станция метро.",
    "Выборы в Государственную думу пройдут осенью.",
    "Депутаты обсудили права человека и свободу слова.",
    "Банк снизил ставку из-за кризиса.",
]
UZBEK_LATIN = [
    "Oʻzbekiston Respublikasi iqtisodiyoti tez oʻsmoqda.",
    "Neft va gaz narxlari saylovdan keyin oshdi.",
    "Hukumat kelgusi yil byudjetini muhokama qildi.",
    "Barcha odamlar erkin, qadr-qimmat va huquqlarda teng boʻlib tugʻiladilar.",
    "Prezident Mirziyoyev Toshkentda mehmonlarni kutib oldi.",
    "Futbol klubi mamlakat kubogini yutdi.",
    "Har bir inson ajralmas huquqlarga ega.",
    "Maktab oʻquvchilari sanʼat koʻrgazmasiga bordilar.",
    "Sudʼya apellyatsiyani rad etdi.",
]
UZBEK_CYRILLIC = [
    "Ўзбекистон Республикаси иқтисодиёти тез ўсмоқда.",
    "Нефт ва газ нархлари сайловдан кейин ошди.",
    "Ҳукумат келгуси йил бюджетини муҳокама қилди.",
    "Барча одамлар эркин, қадр-қиммат ва ҳуқуқларда тенг бўлиб туғиладилар.",
    "Президент Мирзиёев Тошкентда меҳмонларни кутиб олди.",
    "Футбол клуби мамлакат кубогини ютди.",
    "Ҳар бир инсон ажралмас ҳуқуқларга эга.",
    "Мактаб ўқувчилари санъат кўргазмасига бордилар.",
    "Суд апелляцияни рад этди.",
]
GROUPS = [("en", ENGLISH), ("ru", RUSSIAN), ("uz-latn", UZBEK_LATIN), ("uz-cyrl", UZBEK_CYRILLIC)]

# Words that occur in the archive, per language (for the punctuation-sprinkling property).
KNOWN_WORDS = [
    "economy", "oil", "gas", "Blair", "election", "football", "court", "appeal", "music",
    "police", "shares", "taxes", "budget",
    "экономике", "нефть", "газ", "выборов", "суд", "закон", "бюджет", "метро",
    "iqtisodiyoti", "neft", "gaz", "hukumat", "futbol", "huquqlarga", "Toshkentda",
    "иқтисодиёти", "нефт", "газ", "ҳукумат", "футбол", "ҳуқуқларга", "Тошкентда",
]
# Tokens that analyse to nothing: adding one between words must not change the hits.
PUNCTUATION_TOKENS = [
    ".", ";", ":", "!", "-", "—", "&", "\\", "|", "{", "}", "'", "«", "»", "~", "^", "+", "=",
    "…", "–", "‘", "’", "“", "”", "ʻ", "ʼ", "#", "@", "$", "%", "_", "\u200b",
]
WHITESPACE = [" ", "  ", "   ", "\t", " \t "]
SPECIAL_CHARS = list("\"'()[]{}:*?~^+-!&|\\/<>=,.;@#$%_") + [
    "ʻ", "ʼ", "‘", "’", "\u200b", '""', " AND ", " OR ", " NOT ", " TO ", "title:", "year:"]


def _documents() -> list[tuple[str, int, str, str]]:
    """About 40 (tag, year, title, text) rows: each sentence plus a neighbour for context."""
    rows = []
    for tag, sentences in GROUPS:
        for i, sentence in enumerate(sentences):
            other = sentences[(i + 3) % len(sentences)]
            title = " ".join(sentence.split()[:4]).rstrip(".,")
            rows.append((tag, 2000 + (len(rows) * 7) % 25, title, f"{sentence}\n\n{other}"))
    return rows


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("robust") / "archive"


@pytest.fixture(scope="module")
def archive(archive_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """An archive of ~40 small documents in four languages/scripts, each with title, tag, year."""
    src = tmp_path_factory.mktemp("robust_src")
    folders: dict[str, Path] = {}
    for n, (tag, year, title, text) in enumerate(_documents()):
        folder = folders.setdefault(tag, src / tag)
        folder.mkdir(exist_ok=True)
        header = f"Title: {title}\nDate: {year}-0{1 + n % 9}-1{n % 10}\n\n"
        (folder / f"doc{n:02d}.txt").write_text(header + text + "\n", encoding="utf-8")
    arch = Archive.open(archive_dir)
    for tag, folder in folders.items():
        report = arch.import_paths([folder], tags=[tag])
        assert not report.failed, report.failed
    assert arch.count() == len(_documents())
    yield arch
    arch.close()


def _answer(archive: Archive, query: str) -> Any:
    """The SearchResult of query, or None when it raised a QueryError with a sentence.

    Any other exception propagates and fails the test."""
    try:
        result = archive.search(query, limit=LIMIT)
    except QueryError as exc:
        assert isinstance(exc, DossierError)
        assert str(exc).strip(), f"QueryError without a sentence for {query!r}"
        return None
    assert isinstance(result.total, int) and isinstance(result.hits, list), type(result)
    assert type(result).__name__ == "SearchResult"
    return result


def _ids(archive: Archive, query: str) -> set[int] | None:
    result = _answer(archive, query)
    return None if result is None else {h.id for h in result.hits}


# --- (a) random strings ----------------------------------------------------------------------
_chars = st.one_of(st.characters(), st.sampled_from(SPECIAL_CHARS),
                   st.sampled_from(KNOWN_WORDS))
_short = st.lists(_chars, max_size=40).map("".join)
_long = st.builds(lambda s, n: (s * n)[:10_000], st.text(min_size=1, max_size=40),
                  st.integers(min_value=50, max_value=2_000))


@settings(max_examples=100, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(query=st.one_of(st.text(max_size=60), _short, st.text(max_size=60), _short, _long))
@example(query='"" economy')
@example(query="(" * 5_000)
def test_random_strings_get_an_answer_or_a_sentence(archive: Archive, query: str) -> None:
    _answer(archive, query)


# --- (b) punctuation sprinkled into real queries ---------------------------------------------
@st.composite
def _sprinkled(draw: st.DrawFn) -> tuple[str, str]:
    """(clean query, the same words with punctuation-only tokens and extra whitespace)."""
    words = draw(st.lists(st.sampled_from(KNOWN_WORDS), min_size=1, max_size=3))
    parts: list[str] = []
    for word in words:
        parts.extend(draw(st.lists(st.sampled_from(PUNCTUATION_TOKENS), max_size=2)))
        parts.append(word)
    parts.extend(draw(st.lists(st.sampled_from(PUNCTUATION_TOKENS), max_size=2)))
    if parts == words:  # at least one punctuation token
        parts.insert(draw(st.integers(0, len(parts))), draw(st.sampled_from(PUNCTUATION_TOKENS)))
    noisy = draw(st.sampled_from(WHITESPACE)).lstrip()
    for part in parts:
        noisy += part + draw(st.sampled_from(WHITESPACE))
    return " ".join(words), noisy


def test_known_words_are_found(archive: Archive) -> None:
    """The property below compares hit lists: make sure the words do find documents."""
    missing = [w for w in KNOWN_WORDS if not _ids(archive, w)]
    assert not missing


@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.generate])  # no shrinking: examples are short already
@given(pair=_sprinkled())
def test_punctuation_tokens_do_not_change_the_hits(archive: Archive,
                                                   pair: tuple[str, str]) -> None:
    clean, noisy = pair
    expected = _ids(archive, clean)
    assert expected is not None, f"the clean query {clean!r} raised a QueryError"
    assert _ids(archive, noisy) == expected, f"{noisy!r} vs {clean!r}"


# --- (c) the regression cases of issue 10 ----------------------------------------------------
def _timed(archive: Archive, query: str) -> Any:
    start = time.perf_counter()
    result = _answer(archive, query)
    elapsed = (time.perf_counter() - start) * 1000
    shown = query if len(query) < 40 else f"{query[:20]}... ({len(query):,} chars)"
    total = "QueryError" if result is None else f"{result.total} hits"
    print(f"{shown!r}: {total} in {elapsed:.0f} ms")
    return result


@pytest.mark.parametrize(("noisy", "clean"), [("economy .", "economy"),
                                              ("oil & gas", "oil gas"),
                                              ('"" economy', "economy")])
def test_empty_tokens_are_ignored(archive: Archive, noisy: str, clean: str) -> None:
    expected = _ids(archive, clean)
    assert expected, f"{clean!r} finds nothing"
    result = _timed(archive, noisy)
    if noisy.startswith('""') and result is None:
        return  # an empty phrase may also be refused with a sentence
    assert result is not None, f"{noisy!r} raised a QueryError"
    assert {h.id for h in result.hits} == expected


@pytest.mark.parametrize("query", ["economy " * 1_250, "a" * 10_000, "(" * 5_000 + "x",
                                   '"' + "oil gas " * 1_249, "x:" * 5_000,
                                   " OR ".join(["oil"] * 2_500)[:10_000]])
def test_ten_thousand_character_queries(archive: Archive, query: str) -> None:
    _timed(archive, query[:10_000])


@pytest.mark.parametrize("query", ["*", "**", "?", "~~", "economy~99"])
def test_wildcards_alone_do_not_match_everything(archive: Archive, query: str) -> None:
    result = _timed(archive, query)
    if result is not None:
        assert result.total < archive.count(), f"{query!r} matched every document"


@pytest.mark.parametrize("query", ["Title:[a TO z]", "title:[a TO z]", "nosuchfield:economy",
                                   '"unbalanced quote', "(oil OR gas", "oil)", "[", "}",
                                   "economy^", "economy^^2", "year:", "kind:", ":", "AND",
                                   "NOT", "oil AND", "OR gas", "tag:", "lang:zz economy"])
def test_odd_syntax_gets_an_answer_or_a_sentence(archive: Archive, query: str) -> None:
    _timed(archive, query)


@pytest.mark.parametrize("query", ["Q&A", "Mr Blair", "oil gas", "economy"])
def test_total_counts_what_is_shown(archive: Archive, query: str) -> None:
    """With a limit above the archive's size, the total counts the documents with every word,
    listed first; documents with only some of the words may follow them."""
    result = _timed(archive, query)
    assert result is not None and result.all_words and result.exact
    every = archive.search(" AND ".join(query.split()), limit=1000)
    assert result.total == every.total <= len(result.hits), f"{query!r}: total {result.total}"
    assert {h.id for h in result.hits[: result.total]} == {h.id for h in every.hits}


def test_more_words_find_no_more_than_fewer(archive: Archive) -> None:
    blair, mr_blair = _timed(archive, "Blair"), _timed(archive, "Mr Blair")
    assert blair is not None and mr_blair is not None
    assert 0 < mr_blair.total <= blair.total


# --- (d) search --batch answers every line ---------------------------------------------------
BATCH_LINES = [
    "economy", '"" economy', "economy .", "oil & gas", '"unbalanced', "(((", "title:", "*",
    "?", "~~", "economy~99", "Title:[a TO z]", "Q&A", "Mr Blair", "x" * 10_000,
    "(" * 3_000, "нефть", "Oʻzbekiston", "\u200b", "nosuchfield:x", "oil",
]


def _run_batch(archive_dir: Path, batch: Path) -> tuple[list[Any], str]:
    """`dossier search --batch FILE --json`: the JSON answers and stderr (no traceback)."""
    proc = subprocess.run(
        [sys.executable, "-m", "indexer.cli", "--archive", str(archive_dir), "search",
         "--batch", str(batch), "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr[-2_000:]
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()], proc.stderr


def test_batch_answers_every_line(archive: Archive, archive_dir: Path,
                                  tmp_path: Path) -> None:
    batch = tmp_path / "queries.txt"
    batch.write_text("\n".join(BATCH_LINES) + "\n", encoding="utf-8")
    answers, stderr = _run_batch(archive_dir, batch)
    assert len(answers) == len(BATCH_LINES), (len(answers), stderr[-500:])
    for line, answer in zip(BATCH_LINES, answers):
        assert isinstance(answer, dict)
        assert answer.get("query") == line
        assert "hits" in answer or str(answer.get("error", "")).strip()


def test_batch_survives_bytes_that_are_not_utf8(archive: Archive, archive_dir: Path,
                                                tmp_path: Path) -> None:
    """A batch file with a line of Latin-1 bytes and a NUL: every line is still answered."""
    batch = tmp_path / "mixed.txt"
    batch.write_bytes(b"economy\n\xe9conomie \xff\xfe\nnul\x00byte\noil\n")
    answers, stderr = _run_batch(archive_dir, batch)
    assert len(answers) == 4, (answers, stderr[-500:])
    assert answers[0]["query"] == "economy" and answers[-1]["query"] == "oil"
    assert all("hits" in a or str(a.get("error", "")).strip() for a in answers)
