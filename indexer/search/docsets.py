"""The set of documents a query matches, from whole posting lists instead of a matcher walk.

Counting a result or its facets needs every match but no score: a term's documents decode a
block at a time (all_ids), and unions, intersections and differences are then set operations.
Queries that need positions (phrases) or "everything but" (a lone NOT) answer None, and the
caller walks a matcher instead.
"""
from __future__ import annotations

from whoosh import query as wq
from whoosh.reading import IndexReader, TermNotFound
from whoosh.searching import Searcher

from indexer.search.bestof import BestOf

MAX_TERMS = 4096  # a range or prefix expanding to more terms than this is walked instead


def doc_set(searcher: Searcher, q: wq.Query) -> set[int] | None:
    """Global docnums matching q, or None when q cannot be answered from posting lists."""
    out: set[int] = set()
    for sub, offset in searcher.leaf_searchers():
        found = segment_doc_set(sub.reader(), q)
        if found is None:
            return None
        out.update(d + offset for d in found) if offset else out.update(found)
    return out


def segment_doc_set(reader: IndexReader, q: wq.Query) -> set[int] | None:
    """The docnums q matches in one segment, or None as doc_set() answers it."""
    if isinstance(q, wq.Term):
        return _term(reader, q.fieldname, q.text)
    if isinstance(q, (wq.Or, BestOf, wq.DisjunctionMax)):
        return _combine(reader, q.subqueries, set.union)
    if isinstance(q, wq.And):
        return _combine(reader, q.subqueries, set.intersection)
    if isinstance(q, wq.AndNot):
        positive, negative = segment_doc_set(reader, q.a), segment_doc_set(reader, q.b)
        if positive is None or negative is None:
            return None
        return positive - negative
    if isinstance(q, wq.NumericRange):  # dates: ranges of trie terms (expanded_terms has none)
        return segment_doc_set(reader, q._compile_query(reader))
    if isinstance(q, wq.ConstantScoreQuery):
        return segment_doc_set(reader, q.child)
    if isinstance(q, (wq.Prefix, wq.TermRange)):
        terms = []
        for fieldname, text in q.expanded_terms(reader):
            terms.append((fieldname, text))
            if len(terms) > MAX_TERMS:
                return None
        out: set[int] = set()
        for fieldname, text in terms:
            out |= _term(reader, fieldname, text)
        return out
    return None


def _combine(reader: IndexReader, parts: list[wq.Query], how: object) -> set[int] | None:
    sets = []
    for part in parts:
        found = segment_doc_set(reader, part)
        if found is None:
            return None
        sets.append(found)
    if not sets:
        return set()
    if how is set.intersection:
        sets.sort(key=len)
        result = sets[0]
        for other in sets[1:]:
            result = result & other
        return result
    return set().union(*sets)


def _term(reader: IndexReader, fieldname: str, text: object) -> set[int]:
    try:
        return set(reader.postings(fieldname, text).all_ids())
    except (TermNotFound, KeyError):
        return set()
