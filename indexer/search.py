"""Full-text search over an archive: ranked hits with pages and highlighted snippets."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker
from whoosh import query as wq
from whoosh import sorting
from whoosh.searching import Hit, Results, Searcher

from indexer.analysis import WORD_PATTERN, exact_analyzer, fold
from indexer.errors import QueryError
from indexer.facets import facet_counts, facet_set
from indexer.index import SearchIndex
from indexer.models import Document, Note, Page, Tag, document_tags
from indexer.pagehits import PageHit, find_pages, match_counts, page_query
from indexer.query import QueryBuilder
from indexer.similar import similar_hits
from indexer.snippets import focus, mark, plain
from indexer.suggest import suggest
from indexer.translit import NameKeyTokenizer

WORDS = exact_analyzer()        # how the index reads words (to find them in snippets)
NAMES = NameKeyTokenizer()      # and names in any script

# How results may be ordered: Whoosh sort field and whether largest comes first; ties (and
# documents without a date) in order of relevance.
SORTS = {"relevance": None, "date": ("date", True), "title": ("sort_title", False)}


@dataclass(frozen=True)
class SearchHit:
    """One document found: its pages with hits and a snippet with <b>marked</b> words.

    The snippet is HTML-escaped text whose only tags are <b>…</b> around matches.
    page_hits pairs each page in pages with the number of matches on it.
    """

    id: int
    title: str
    score: float
    pages: list[int]
    snippet: str
    kind: str
    language: str | None
    tags: list[str] = field(default_factory=list)
    page_hits: list[tuple[int, int]] = field(default_factory=list)
    published: str | None = None

    @property
    def matches(self) -> int:
        """Matches over every page."""
        return sum(count for _, count in self.page_hits)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query."""

    query: str
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None  # "did you mean": a corrected query that has hits

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"query": self.query, "total": self.total,
                                "hits": [h.to_json() for h in self.hits]}
        if self.suggestion:
            data["suggestion"] = self.suggestion
        if self.facets:
            data["facets"] = {k: [list(kv) for kv in v] for k, v in self.facets.items()}
        return data


class SearchService:
    """Runs queries against the index and dresses hits with data from the database."""

    def __init__(self, index: SearchIndex, sessions: sessionmaker[Session]) -> None:
        self.index = index
        self.sessions = sessions
        self._queries = QueryBuilder(index.docs.schema)

    def check(self, text: str) -> None:
        """Raise QueryError if text is not a valid query."""
        self._queries.build(text)

    def terms(self, text: str, pages: list[str] | None = None) -> frozenset[str]:
        """The indexed words a query matches (all forms of each word), for highlighting;
        with a document's pages, also its words that are the query's names in another
        script."""
        _, q_any = self._queries.build(text)
        with self.index.searchers() as (docs, _):
            words = _content_terms(q_any, docs, ("content", "title"))
            names = _content_terms(q_any, docs, ("xlat",))
        if not pages or not names:
            return words
        return words | {fold(w) for page in pages for w in WORD_PATTERN.findall(page)
                        if NAMES.key(w) in names}

    def search(self, text: str, limit: int = 20, facets: bool = False,
               sort: str = "relevance") -> SearchResult:
        """Documents matching text: those holding all the words first, then most of them.

        With facets=True the result also counts tags, kinds, years, languages and countries
        over every matching document. sort is one of SORTS. A query with an unknown word
        carries a suggestion when the corrected query finds something.
        Raises QueryError for an empty or malformed query or an unknown sort.
        """
        if sort not in SORTS:
            raise QueryError(f"Results can be sorted by {', '.join(SORTS)}; not by “{sort}”.")
        q_all, q_any = self._queries.build(text)
        with self.index.searchers() as (docs, pages):
            ranked, total, widest = _rank(docs, q_all, q_any, max(1, limit), facets, sort)
            page_hits = find_pages(pages, q_any, [int(h["id"]) for h in ranked])
            single = match_counts(docs.reader(), page_query(q_any), [h.docnum for h in ranked])
            with self.sessions() as session:
                hits = _dress(session, ranked, page_hits, single, _Marks.of(q_any, docs))
                counts = facet_counts(widest, _tag_names(session)) if widest and facets else {}
            suggestion = suggest(text, docs.reader(), lambda t: self._has_hits(docs, t))
        return SearchResult(text, total, hits, counts, suggestion)

    def matching_ids(self, text: str) -> list[int]:
        """Ids of every document holding all the query's words (with its filters)."""
        q_all, _ = self._queries.build(text)
        with self.index.searchers() as (docs, _):
            return [int(docs.stored_fields(n)["id"]) for n in docs.docs_for_query(q_all)]

    def _has_hits(self, docs: Searcher, text: str) -> bool:
        try:
            _, q_any = self._queries.build(text)
        except QueryError:
            return False
        return any(True for _ in docs.docs_for_query(q_any))

    def similar(self, doc_id: int, limit: int = 10) -> list[SearchHit]:
        """Documents most like doc_id, by the key terms of its title and text."""
        with self.sessions() as session:
            doc = session.get(Document, doc_id)
            if doc is None:
                return []
            title = doc.title
            text = "\n".join(session.scalars(select(Page.text).where(
                Page.document_id == doc_id).order_by(Page.number)))
        with self.index.searchers() as (docs, _):
            ranked = similar_hits(docs, doc_id, title, text, limit)
            with self.sessions() as session:
                return _dress(session, ranked, {}, {}, _Marks(frozenset(), frozenset(),
                                                                 frozenset()))


def _rank(docs: Searcher, q_all: wq.Query, q_any: wq.Query, limit: int, facets: bool,
          sort: str = "relevance") -> tuple[list[Hit], int, Results | None]:
    """Top hits (every-word matches first, then the best partial ones), the number of
    documents matching at least some words, and the widest results when facets are asked.
    """
    grouped = facet_set() if facets else None
    order = SORTS[sort]
    by = {"sortedby": sorting.MultiFacet([sorting.FieldFacet(order[0], reverse=order[1]),
                                          sorting.ScoreFacet()])} if order else {}
    if q_all == q_any:
        results = docs.search(q_all, limit=limit, groupedby=grouped, **by)
        # With facets Whoosh may keep every match: only the top ones are dressed.
        return list(results)[:limit], len(results), results
    all_words = docs.search(q_all, limit=limit, **by)
    ranked = list(all_words)
    if len(ranked) >= limit and not facets:  # no partial matches shown: only count them
        return ranked, sum(1 for _ in docs.docs_for_query(q_any)), None
    any_word = docs.search(q_any, limit=limit + len(ranked), groupedby=grouped, **by)
    seen = {h["id"] for h in ranked}
    ranked.extend(h for h in any_word if h["id"] not in seen)
    return ranked[:limit], len(any_word), any_word


def _content_terms(q: wq.Query, docs: Searcher, fields: tuple[str, ...] = ("content",)
                   ) -> frozenset[str]:
    # Not Query.existing_terms: Whoosh 2.7 rebinds its fieldname argument inside its loop
    # and so skips the leaves after the first field it meets.
    reader = docs.reader()
    words: set[str] = set()
    for leaf in q.leaves():
        if leaf.field() in fields:
            for _, text in leaf.expanded_terms(reader):
                words.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return frozenset(words)


def _tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name)))


def _dress(session: Session, ranked: list[Hit], page_hits: dict[int, list[PageHit]],
           single: dict[int, int], marks: _Marks) -> list[SearchHit]:
    ids = [int(h["id"]) for h in ranked]
    rows = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(ids)))}
    tags = _tags_of(session, ids)
    texts = _snippet_texts(session, ids, page_hits)
    out: list[SearchHit] = []
    for hit in ranked:
        doc_id = int(hit["id"])
        doc = rows.get(doc_id)
        if doc is None:  # deleted since the index was written
            continue
        counted = sorted((p.number, p.count) for p in page_hits.get(doc_id, []))
        if not counted and doc.page_count == 1:
            counted = [(1, single.get(hit.docnum, 0))]
        out.append(SearchHit(
            id=doc_id, title=doc.title, score=_score(hit),
            pages=[number for number, _ in counted],
            snippet=_snippet(session, doc_id, page_hits, texts, marks),
            kind=doc.kind, language=doc.language, tags=tags.get(doc_id, []),
            page_hits=counted, published=doc.published,
        ))
    return out


def _score(hit: Hit) -> float:
    """The relevance score (0 when results are sorted by a field: Whoosh gives the key)."""
    return round(float(hit.score), 4) if isinstance(hit.score, (int, float)) else 0.0


def _tags_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(document_tags.c.document_id, Tag.name)
        .join(Tag, Tag.id == document_tags.c.tag_id)
        .where(document_tags.c.document_id.in_(ids)).order_by(Tag.name)
    )
    for doc_id, name in rows:
        tags[doc_id].append(name)
    return tags


def _snippet_texts(session: Session, ids: list[int], page_hits: dict[int, list[PageHit]]
                   ) -> dict[tuple[int, int], str]:
    """The text of the best page of each hit (page 1 for single-page documents)."""
    wanted = [(i, max(page_hits[i], key=lambda p: p.score).number if i in page_hits else 1)
              for i in ids]
    if not wanted:
        return {}
    # One (document, page) condition each: SQLite uses the pages index for these, while a
    # row-value IN scans every page of the archive.
    rows = session.execute(
        select(Page.document_id, Page.number, Page.text)
        .where(or_(*(and_(Page.document_id == d, Page.number == n) for d, n in wanted)))
    )
    return {(d, n): t for d, n, t in rows}


@dataclass(frozen=True)
class _Marks:
    """What a search marks in snippets: its words, their name keys, its words in notes."""

    words: frozenset[str]
    names: frozenset[str]
    notes: frozenset[str]

    @classmethod
    def of(cls, q: wq.Query, docs: Searcher) -> _Marks:
        return cls(_content_terms(q, docs), _content_terms(q, docs, ("xlat",)),
                   _content_terms(q, docs, ("notes", "content")))


def _snippet(session: Session, doc_id: int, page_hits: dict[int, list[PageHit]],
             texts: dict[tuple[int, int], str], marks: _Marks) -> str:
    """The best passage of the best page; failing the words, the same names in another
    script; failing those, the notes; else the opening of the text."""
    number = max(page_hits[doc_id], key=lambda p: p.score).number if doc_id in page_hits else 1
    text = texts.get((doc_id, number), "")
    window = focus(text, marks.words)
    marked = (mark(window, marks.words, WORDS) or mark(window, marks.names, NAMES))
    if marked:
        return marked
    notes = " ".join(session.scalars(select(Note.text).where(Note.document_id == doc_id)))
    return mark(notes, marks.notes, WORDS, top=1) or plain(text)
