"""Queries with facet filters, and the faceted search the results view runs (no Qt here)."""
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from indexer.archive import Archive
from indexer.search import SearchResult

# Facet names as the core reports them, in the order the panel shows them.
FACETS = ("kind", "lang", "year", "tags")
QUERY_FIELD = {"kind": "kind", "lang": "lang", "year": "year", "tags": "tag"}

Filters = Mapping[str, AbstractSet[str]]


def filter_term(facet: str, value: str) -> str:
    """The query clause selecting one facet value, e.g. kind:pdf or tag:"Region/Central Asia"."""
    name = QUERY_FIELD[facet]
    if facet != "tags" and value.isalnum():
        return f"{name}:{value}"
    # Quoted, a tag path keeps its spaces and slashes (single quotes: one literal term).
    return f'{name}:"{value}"' if '"' not in value else f"{name}:'{value}'"


def compose(text: str, filters: Filters) -> str:
    """text with the filters appended: values of one facet are alternatives (OR)."""
    parts = [text.strip()]
    for facet in FACETS:
        terms = [filter_term(facet, v) for v in sorted(filters.get(facet, ()))]
        if len(terms) == 1:
            parts.append(terms[0])
        elif terms:
            parts.append("(" + " OR ".join(terms) + ")")
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class FacetedResult:
    """Hits for text narrowed by filters, with facet counts to narrow further."""

    text: str
    query: str
    result: SearchResult
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def faceted_search(archive: Archive, text: str, filters: Filters, limit: int) -> FacetedResult:
    """Search text with filters. A filtered facet is counted without its own filter, so its
    other values stay offered. Raises QueryError for a malformed query."""
    query = compose(text, filters)
    # facets=True also makes the core count every match (its total needs that).
    result = archive.search(query, limit, facets=True)
    facets = dict(result.facets)
    for facet in FACETS:
        if filters.get(facet):
            others = {k: v for k, v in filters.items() if k != facet}
            wider = archive.search(compose(text, others), 1, facets=True)
            facets[facet] = wider.facets.get(facet, [])
    return FacetedResult(text, query, result, facets)
