"""Which pages of the documents found hold the query's words, and how many times each."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.reading import IndexReader
from whoosh.searching import Hit, Searcher

from indexer.query import as_disjunction, restrict_to_fields

MAX_PAGES_LISTED = 1000
PAGE_FIELDS = frozenset({"content", "xlat"})  # what the pages index holds of a query


@dataclass
class PageHit:
    """One page with matches: its number, score, match count and Whoosh hit (for snippets)."""

    number: int
    score: float
    count: int
    hit: Hit


def page_query(q: wq.Query) -> wq.Query:
    """The part of a document query that pages answer: its words, any of them."""
    return as_disjunction(restrict_to_fields(q, PAGE_FIELDS))


def find_pages(pages: Searcher, q: wq.Query, doc_ids: list[int]) -> dict[int, list[PageHit]]:
    """For multi-page documents among doc_ids: the pages that hold query words."""
    content_q = page_query(q)
    if content_q is wq.NullQuery or not doc_ids:
        return {}
    # An intersection, not a filter: the matcher then skips straight to these documents'
    # pages instead of visiting every page that holds a common word.
    only = wq.Or([wq.Term("doc", str(i)) for i in doc_ids])
    results = pages.search(wq.And([content_q, only]), limit=MAX_PAGES_LISTED)
    counts = match_counts(pages.reader(), content_q, [hit.docnum for hit in results])
    found: dict[int, list[PageHit]] = defaultdict(list)
    for hit in results:
        found[int(hit["doc"])].append(
            PageHit(hit["page"], hit.score, counts.get(hit.docnum, 0), hit))
    return found


def match_counts(reader: IndexReader, q: wq.Query, docnums: list[int]) -> dict[int, int]:
    """How many times the words of q occur in each of these index documents.

    Name keys (another script) count only where the words as typed do not occur: a Latin
    page's capitalised names are in both fields.
    """
    wanted = sorted(set(docnums))
    by_field: dict[str, dict[int, int]] = {name: defaultdict(int) for name in PAGE_FIELDS}
    for fieldname, text in _terms(reader, q):
        counts = by_field[fieldname]
        postings = reader.postings(fieldname, text)
        for docnum in wanted:
            if not postings.is_active():
                break
            postings.skip_to(docnum)
            if postings.is_active() and postings.id() == docnum:
                counts[docnum] += int(postings.weight())
    exact, names = by_field["content"], by_field["xlat"]
    return {d: exact.get(d) or names.get(d, 0) for d in wanted}


def _terms(reader: IndexReader, q: wq.Query) -> list[tuple[str, bytes]]:
    """The indexed (field, term) pairs q's leaves expand to."""
    terms: set[tuple[str, bytes]] = set()
    for leaf in q.leaves():
        if leaf.field() not in PAGE_FIELDS:
            continue
        for fieldname, text in leaf.expanded_terms(reader):
            if fieldname not in PAGE_FIELDS:
                continue
            btext = text if isinstance(text, bytes) else str(text).encode("utf-8")
            if (fieldname, btext) in reader:
                terms.add((fieldname, btext))
    return sorted(terms)
