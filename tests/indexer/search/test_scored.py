"""Scoring a term at a time (indexer.search.scored) gives every match the score Whoosh's own
matchers give it, on compiled queries of every shape, over several segments with deletions."""
from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.archive import Archive
from indexer.search.rank import Budget, count
from indexer.search.scored import TermScorer, top
from indexer.search.service import SearchService

ENGLISH = ["treaty", "treaties", "fisheries", "fishing", "sea", "seas", "court", "ruling",
           "appeal", "oil", "gas", "prices", "minister", "election", "Geneva", "London",
           "bank", "rates", "council", "rights", "human", "shelf", "continental", "state"]
RUSSIAN = ["договор", "договоры", "море", "суд", "нефть", "газ", "цены", "выборы", "Москва",
           "Женева", "банк", "права", "человека", "совет", "министр"]
WORDS = ENGLISH + RUSSIAN
QUERIES = [
    "treaty", "seas", "Geneva", "Женева", "oil gas", "human rights council", "oil OR gas",
    "court AND (appeal OR ruling)", "bank NOT rates", "treat*", "fisher*", "sea~", "minstr~",
    '"human rights"', '"continental shelf"', "oil kind:text", "treaty kind:markdown",
    "sea tag:batch/a", "court tag:batch*", "bank year:2001", "rights year:[2000 TO 2002]",
    "date:2001", "cost date:2000", "договор", "цены AND нефть", "нефть OR газ -суд",
    "title:report", "+oil gas", "права человека",
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """Three imports (three segments) of 40 documents each, then a few deleted."""
    root = tmp_path_factory.mktemp("scored")
    arch = Archive.open(root / "archive")
    rng = random.Random(7)
    ids: list[int] = []
    for batch in "abc":
        src = root / f"src-{batch}"
        src.mkdir()
        for n in range(40):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 120)))
            if n % 3 == 0:
                year = 2000 + n % 4
                (src / f"{n}.md").write_text(
                    f"---\ntitle: Report {n}\ndate: {year}-0{1 + n % 9}-1{n % 10}\n---\n\n"
                    f"{words}\n", encoding="utf-8")
            else:
                (src / f"{n}.txt").write_text(f"Notes {batch} {n}\n\n{words}\n", encoding="utf-8")
        report = arch.import_paths([src], tags=[f"batch/{batch}"])
        assert not report.failed
        ids += [doc_id for _, doc_id in report.imported]
    arch.delete_documents(ids[5:60:11])
    yield arch
    arch.close()


def _reference(searcher: Searcher, q: wq.Query) -> dict[int, float]:
    """Every match of q and its score, walking Whoosh's own matchers (no skipping).

    Exclusions are applied here: Whoosh's AndNotMatcher keeps a segment's first match when
    the excluded side starts before it (its _find_first only checks equal ids)."""
    if type(q) is wq.AndNot:
        excluded = _reference(searcher, q.b)
        return {d: s for d, s in _reference(searcher, q.a).items() if d not in excluded}
    found = {}
    for sub, offset in searcher.leaf_searchers():
        matcher = q.matcher(sub, sub.context())
        while matcher.is_active():
            found[matcher.id() + offset] = matcher.score()
            matcher.next()
    return found


def _compiled(archive: Archive, text: str) -> list[wq.Query]:
    searcher = archive.index.searcher()
    compiled, _ = SearchService(archive.index, archive.sessions)._compile(searcher, text)
    return [q for q in (compiled.every, compiled.some) if q is not None]


def _check(archive: Archive, text: str) -> None:
    searcher = archive.index.searcher()
    for q in _compiled(archive, text):
        scores = TermScorer(searcher, lambda: None).scores(q)
        assert scores is not None, f"{text}: {q!r} not scored a term at a time"
        expected = _reference(searcher, q)
        assert scores.keys() == expected.keys(), text
        for docnum, score in expected.items():
            assert scores[docnum] == pytest.approx(score, rel=1e-9), (text, docnum)
        assert len(scores) == count(searcher, q, Budget())[0]


def test_the_archive_has_segments_with_deletions(archive: Archive) -> None:
    readers = [sub.reader() for sub, _ in archive.index.searcher().leaf_searchers()]
    assert len(readers) >= 2
    assert any(reader.has_deletions() for reader in readers)


@pytest.mark.parametrize("text", QUERIES)
def test_scores_are_those_of_whoosh_matchers(archive: Archive, text: str) -> None:
    _check(archive, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
       st.sampled_from([" ", " OR ", " AND ", " NOT "]))
def test_random_word_queries_score_as_whoosh(archive: Archive, words: list[str], joint: str
                                             ) -> None:
    text = joint.join(words)
    if text.startswith("NOT") or (joint == " NOT " and len(set(words)) < len(words)):
        return  # excluding a word also searched for finds nothing: nothing to compare
    _check(archive, text)


def test_top_breaks_ties_by_lower_docnum() -> None:
    scores = {9: 1.0, 3: 2.0, 5: 1.0, 7: 1.0}
    assert top(scores, 3) == [(3, 2.0), (5, 1.0), (7, 1.0)]


def test_a_lone_exclusion_is_left_to_whoosh(archive: Archive) -> None:
    searcher = archive.index.searcher()
    assert TermScorer(searcher, lambda: None).scores(wq.Not(wq.Term("body", "oil"))) is None


def test_search_results_match_the_collector_path(archive: Archive) -> None:
    """The archive's search (scored here) and the same search sorted by Whoosh's collector
    agree on the total and, ties aside, on the hits."""
    for text in ["treaty", "oil gas", "court AND (appeal OR ruling)", "rights year:2001",
                 "date:2001"]:
        by_terms = archive.search(text, limit=200)
        by_date = archive.search(text, limit=200, sort="date")
        assert by_terms.total == by_date.total
        assert {h.id for h in by_terms.hits} == {h.id for h in by_date.hits}


def test_the_time_budget_stops_scoring(archive: Archive) -> None:
    from indexer.errors import QueryError

    def spent() -> None:
        raise QueryError("spent")

    searcher = archive.index.searcher()
    with pytest.raises(QueryError):
        TermScorer(searcher, spent).scores(wq.Term("body", "oil"))
