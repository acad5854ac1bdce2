"""Full-text search over an archive: parse, compile, rank, locate, dress."""
from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from whoosh import query as wq
from whoosh.reading import ReaderClosed
from whoosh.searching import Searcher

from indexer.analysis import WORD_PATTERN, fold
from indexer.errors import ArchiveError, QueryError
from indexer.models import Document, Page, Tag
from indexer.search import fields as F
from indexer.search.compile import Compiled, Compiler
from indexer.search.dress import dress
from indexer.search.expand import Expander
from indexer.search.facets import facet_counts
from indexer.search.facets import warm as warm_facets
from indexer.search.locate import locate
from indexer.search.rank import SORTS, Budget, count, rank
from indexer.search.results import SearchHit, SearchResult
from indexer.search.similar import similar_docnums
from indexer.search.store import SearchIndex
from indexer.search.suggest import suggest
from indexer.search.syntax import parse

FACET_CACHE = 64  # facet counts kept for the latest queries (per index generation)
REBUILDING = "The search index is being rebuilt; search again in a moment."
T = TypeVar("T")


def _guarded(method: Callable[..., T]) -> Callable[..., T]:
    """A search that meets an index closed under it (a rebuild) gets a sentence."""
    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return method(*args, **kwargs)
        except ReaderClosed as exc:
            raise ArchiveError(REBUILDING) from exc
    return run


class SearchService:
    """Runs queries against the index and dresses hits with data from the database."""

    def __init__(self, index: SearchIndex, sessions: sessionmaker[Session]) -> None:
        self.index = index
        self.sessions = sessions
        self.preparer = index.preparer
        self.stemmer = index.preparer.stemmer
        self._facets: OrderedDict[tuple[int, str], dict[str, list[tuple[str, int]]]] = (
            OrderedDict())

    def _compile(self, searcher: Searcher, text: str) -> tuple[Compiled, str | None]:
        parsed = parse(text)
        compiler = Compiler(searcher, self.stemmer, Expander(searcher.reader()))
        return compiler.compile(parsed.tree), parsed.notice

    @_guarded
    def check(self, text: str) -> None:
        """Raise QueryError if text is not a valid query."""
        self._compile(self.index.searcher(), text)

    @_guarded
    def search(self, text: str, limit: int = 20, facets: bool = False,
               sort: str = "relevance") -> SearchResult:
        """Documents matching text: those holding all the words first, then some of them.

        With facets=True the result also counts tags, kinds, years, languages and countries
        over every match. sort is one of SORTS. A query with an unknown word carries a
        suggestion when the corrected query finds something.
        Raises QueryError for an empty or malformed query, an unknown sort, or a search that
        spent its time budget.
        """
        if sort not in SORTS:
            raise QueryError(f"Results can be sorted by {', '.join(SORTS)}; not by “{sort}”.")
        searcher = self.index.searcher()
        compiled, notice = self._compile(searcher, text)
        budget = Budget()
        key = (searcher.reader().generation(), text)
        cached = self._facets.get(key) if facets else None
        ranked = rank(searcher, compiled, max(1, limit), sort, budget,
                      keep_matches=facets and cached is None)
        stored = {d: searcher.stored_fields(d) for d, _ in ranked.hits}  # read once
        ids = {d: int(fields[F.ID]) for d, fields in stored.items()}
        located = {ids[d]: where for d, where in
                   locate(searcher, stored, compiled.units).items()}
        wanted = self._wanted(compiled)
        some_words = {ids[d] for d, _ in ranked.hits[ranked.every_word_hits:]}
        with self.sessions() as session:
            hits = dress(session, [(ids[d], s) for d, s in ranked.hits], located, wanted,
                         some_words)
            counts = cached or {}
            if facets and cached is None:
                counts = facet_counts(searcher, ranked.matches, _tag_names(session),
                                      self.index.facet_values)
                self._remember(key, counts)
        suggestion = suggest(text, Expander(searcher.reader()), self.stemmer,
                             lambda t: self._has_hits(searcher, t))
        return SearchResult(text, ranked.total, hits, counts, suggestion, ranked.exact,
                            ranked.all_words, notice)

    @_guarded
    def warm(self) -> None:
        """Open this thread's searcher and read what the first searches need (facet values,
        field lengths), so that they answer as fast as later ones."""
        searcher = self.index.searcher()
        warm_facets(searcher, self.index.facet_values)
        searcher.search(wq.Term(F.BODY, "a"), limit=1)  # loads the field lengths

    def _remember(self, key: tuple[int, str], counts: dict[str, list[tuple[str, int]]]) -> None:
        self._facets[key] = counts
        while len(self._facets) > FACET_CACHE:
            self._facets.popitem(last=False)

    def _has_hits(self, searcher: Searcher, text: str) -> bool:
        try:
            compiled, _ = self._compile(searcher, text)
        except QueryError:
            return False
        q = compiled.some if compiled.some is not None else compiled.every
        return not searcher.search(q, limit=1).is_empty()

    @_guarded
    def matching_ids(self, text: str) -> list[int]:
        """Ids of every document holding all the query's words (with its filters).

        Raises QueryError for a malformed query."""
        searcher = self.index.searcher()
        compiled, _ = self._compile(searcher, text)
        _, _, docnums = count(searcher, compiled.every, Budget(), keep=True)
        return [int(searcher.stored_fields(d)[F.ID]) for d in docnums]

    @_guarded
    def ranked_ids(self, text: str) -> list[int]:
        """Ids of every document the query finds, ranked: every word first, then some.

        Raises QueryError for a malformed query."""
        searcher = self.index.searcher()
        compiled, _ = self._compile(searcher, text)
        ids: dict[int, None] = {}
        for q in (compiled.every, compiled.some):
            if q is not None:
                for hit in searcher.search(q, limit=None):
                    ids.setdefault(int(hit[F.ID]), None)
        return list(ids)

    @_guarded
    def terms(self, text: str, pages: list[str] | None = None) -> frozenset[str]:
        """The folded words of a text (a document's pages) that the query matches — every
        form of its words, and its names in another script — for highlighting; without
        pages, the words as typed and their expansions."""
        compiled, _ = self._compile(self.index.searcher(), text)
        if not pages:
            return frozenset(compiled.words)
        wanted = self._wanted(compiled)
        return frozenset(compiled.words) | frozenset(
            fold(w) for page in pages for w in set(WORD_PATTERN.findall(page)) if wanted(w))

    def _wanted(self, compiled: Compiled) -> Callable[[str], bool]:
        """Whether a word as written is one the query matches (by stem, form or name key)."""
        terms = {pair for unit in compiled.units for word in unit.alternatives for pair in word}
        body = {t for f, t in terms if f == F.BODY}
        names = {t for f, t in terms if f == F.NAMES}
        typed = set(compiled.words)
        forms = self.preparer.forms

        def wanted(word: str) -> bool:
            folded, stem, keys = forms(word)
            return stem in body or folded in typed or any(k in names for k in keys)
        return wanted

    @_guarded
    def similar(self, doc_id: int, limit: int = 10) -> list[SearchHit]:
        """Documents most like doc_id, by the telling words of its title and text."""
        with self.sessions() as session:
            doc = session.get(Document, doc_id)
            if doc is None:
                return []
            title = doc.title
            text = "\n".join(session.scalars(select(Page.text).where(
                Page.document_id == doc_id).order_by(Page.number)))
        searcher = self.index.searcher()
        found = similar_docnums(searcher, self.stemmer, doc_id, title, text, limit)
        ranked = [(int(searcher.stored_fields(d)[F.ID]), s) for d, s in found]
        with self.sessions() as session:
            return dress(session, ranked, {}, lambda w: False)


def _tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name)))
