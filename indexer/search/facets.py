"""Facet counts over a search's matches: tags, kind, year, language, countries.

The values of each document are read once per index segment, from the facet fields' postings,
and kept on the segment reader; counting a search's matches is then one pass over them.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from indexer.analysis import normalize_tag
from indexer.search import fields as F
from indexer.search.segments import segment_id

FacetCache = dict[str, list[tuple[tuple[str, str], ...]]]  # segment id -> values per doc


def _values(reader: IndexReader, cache: FacetCache) -> list[tuple[tuple[str, str], ...]]:
    """Per document of one segment: its (facet, value) pairs (a segment never changes its
    documents' values: they are kept for as long as the segment lives)."""
    segment = segment_id(reader)
    cached = cache.get(segment) if segment is not None else None
    if cached is not None:
        return cached
    per_doc: list[list[tuple[str, str]]] = [[] for _ in range(reader.doc_count_all())]
    names = set(reader.indexed_field_names())
    for facet in F.FACETS:
        if facet not in names:
            continue
        for btext in reader.lexicon(facet):
            value = btext.decode("utf-8")
            for docnum in reader.postings(facet, btext).all_ids():
                per_doc[docnum].append((facet, value))
    values = [tuple(pairs) for pairs in per_doc]
    if segment is not None:
        cache[segment] = values
    return values


def warm(searcher: Searcher, cache: FacetCache) -> None:
    """Read the facet values of every segment now (the first faceted search is then quick)."""
    for sub, _ in searcher.leaf_searchers():
        _values(sub.reader(), cache)


def facet_counts(searcher: Searcher, docnums: Iterable[int], tag_names: list[str],
                 cache: FacetCache) -> dict[str, list[tuple[str, int]]]:
    """{facet: [(value, count), ...]} most frequent first, over these global docnums; tags
    shown as the user wrote them, countries as upper-case codes."""
    leaves = searcher.leaf_searchers()
    offsets = [offset for _, offset in leaves]
    tables = [_values(sub.reader(), cache) for sub, _ in leaves]
    counts: Counter[tuple[str, str]] = Counter()
    for docnum in docnums:
        leaf = bisect_right(offsets, docnum) - 1
        counts.update(tables[leaf][docnum - offsets[leaf]])
    display = _tag_display(tag_names)
    out: dict[str, list[tuple[str, int]]] = {name: [] for name in F.FACETS}
    for (facet, value), n in counts.items():
        out[facet].append((_label(facet, value, display), n))
    return {k: sorted(v, key=lambda kv: (-kv[1], kv[0])) for k, v in out.items()}


def _label(facet: str, key: str, tags: dict[str, str]) -> str:
    if facet == F.TAGS:
        return tags.get(key, key)
    if facet == F.COUNTRIES:  # ISO codes; indexer.countries.country_name() names them
        return key.upper()
    return key


def _tag_display(names: list[str]) -> dict[str, str]:
    """Indexed (folded) tag path -> the name as written, ancestors included."""
    display: dict[str, str] = {}
    for name in names:
        levels = name.split("/")
        for depth in range(1, len(levels) + 1):
            written = "/".join(levels[:depth])
            display.setdefault(normalize_tag(written), written)
    return display
