"""Running compiled queries: the top hits (every word first, then some), the total, under a
time budget.

Top hits and the exact total come from scoring the query a term at a time
(indexer.search.scored) when it is sorted by relevance. Otherwise they come from Whoosh's
collector, and the total is counted by walking the matches until the budget for counting is
spent, then estimated from how far the walk got ("about N").
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh import sorting
from whoosh.collectors import TimeLimit, WrappingCollector
from whoosh.searching import Searcher

from indexer.errors import QueryError
from indexer.search import fields as F
from indexer.search.compile import Compiled
from indexer.search.docsets import doc_set
from indexer.search.scored import TermScorer, top

# How results may be ordered: sort field and whether largest comes first; ties (and
# documents without a date) in order of relevance.
SORTS = {"relevance": None, "date": (F.DATE, True), "title": (F.SORT_TITLE, False)}
SEARCH_BUDGET_S = 3.0      # a search that takes longer stops with a sentence
COUNT_BUDGET_S = 0.025     # counting past this estimates the total
SPENT = ("This search took too long and was stopped; try fewer or less common words, or a "
         "longer prefix.")


class Budget:
    """A deadline for one search."""

    def __init__(self, seconds: float = SEARCH_BUDGET_S) -> None:
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def check(self) -> None:
        """Raise QueryError when the time is spent."""
        if self.left() <= 0:
            raise QueryError(SPENT)


@dataclass
class Ranked:
    """Top hits as (global docnum, score), and what the total counts."""

    hits: list[tuple[int, float]]
    total: int
    exact: bool = True
    all_words: bool = True
    matches: list[int] = field(default_factory=list)  # every match, when asked for
    every_word_hits: int = 0  # the first hits hold every word; those after, some of them


def rank(searcher: Searcher, compiled: Compiled, limit: int, sort: str, budget: Budget,
         keep_matches: bool = False) -> Ranked:
    """The top limit documents: those with every word first, then those with some."""
    scorer = TermScorer(searcher, budget.check) if SORTS[sort] is None else None
    hits, total, exact, matches = _ranked(searcher, compiled.every, limit, sort, budget,
                                          scorer, keep_matches)
    all_words, every_word_hits = True, len(hits)
    if compiled.some is not None and len(hits) < limit:
        seen = {d for d, _ in hits}
        more, some_total, some_exact, some_matches = _ranked(
            searcher, compiled.some, limit + len(hits), sort, budget, scorer,
            keep_matches, counted=total == 0)
        hits += [(d, s) for d, s in more if d not in seen][: limit - len(hits)]
        if total == 0:
            total, exact, matches, all_words = some_total, some_exact, some_matches, False
    return Ranked(hits, total, exact, all_words, matches, every_word_hits)


def _ranked(searcher: Searcher, q: wq.Query, limit: int, sort: str, budget: Budget,
            scorer: TermScorer | None, keep: bool, counted: bool = True
            ) -> tuple[list[tuple[int, float]], int, bool, list[int]]:
    """(top hits, total, exact?, every match if keep): scored a term at a time when the
    query allows, else by Whoosh's collector and counted apart (when counted)."""
    scores = scorer.scores(q) if scorer is not None else None
    if scores is not None:
        hits = [(d, _score(s)) for d, s in top(scores, limit)]
        return hits, len(scores), True, sorted(scores) if keep else []
    hits = _top(searcher, q, limit, sort, budget)
    if not counted:
        return hits, 0, True, []
    return (hits, *count(searcher, q, budget, keep))


def _top(searcher: Searcher, q: wq.Query, limit: int, sort: str, budget: Budget
         ) -> list[tuple[int, float]]:
    order = SORTS[sort]
    sortedby = None
    if order is not None:
        sortedby = sorting.MultiFacet([sorting.FieldFacet(order[0], reverse=order[1]),
                                       sorting.ScoreFacet()])
    collector = _BudgetCollector(searcher.collector(limit=limit, sortedby=sortedby), budget)
    try:
        searcher.search_with_collector(q, collector)
    except TimeLimit as exc:
        raise QueryError(SPENT) from exc
    results = collector.results()
    return [(hit.docnum, _score(hit.score)) for hit in results]


class _BudgetCollector(WrappingCollector):  # type: ignore[misc]
    """Stops the search when its budget is spent (checking the clock every few hundred
    documents: Whoosh's TimeLimitCollector starts a timer thread per search)."""

    def __init__(self, child: object, budget: Budget) -> None:
        super().__init__(child)
        self.budget = budget
        self.seen = 0

    def collect(self, sub_docnum: int) -> object:
        self.seen += 1
        if not self.seen % 256 and self.budget.left() <= 0:
            raise TimeLimit
        return self.child.collect(sub_docnum)

    def collect_matches(self) -> None:
        for sub_docnum in self.matches():
            self.collect(sub_docnum)


def _score(value: object) -> float:
    """The relevance score (0 when results are sorted by a field: Whoosh gives the key)."""
    return round(float(value), 4) if isinstance(value, (int, float)) else 0.0


def count(searcher: Searcher, q: wq.Query, budget: Budget, keep: bool = False
          ) -> tuple[int, bool, list[int]]:
    """(number of matches, exact?, the matches if keep). From posting lists when the query
    allows (indexer.search.docsets); else by walking a matcher, estimated from the part
    walked when that takes longer than COUNT_BUDGET_S (or, keeping the matches, the budget)."""
    found_set = doc_set(searcher, q)
    if found_set is not None:
        return len(found_set), True, sorted(found_set) if keep else []
    stop = time.monotonic() + min(budget.left() if keep else COUNT_BUDGET_S, budget.left())
    found = 0
    kept: list[int] = []
    total_docs = searcher.doc_count_all() or 1
    for sub, offset in searcher.leaf_searchers():
        for docnum in q.matcher(sub, sub.boolean_context()).all_ids():
            found += 1
            if keep:
                kept.append(offset + docnum)
            if not found % 512 and time.monotonic() > stop:
                return _estimate(found, offset + docnum, total_docs), False, kept
    return found, True, kept


def _estimate(found: int, reached: int, total_docs: int) -> int:
    """The total if matches go on as densely as in the part counted."""
    return max(found, round(found * total_docs / max(reached + 1, 1)))
