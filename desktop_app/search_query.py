"""Queries with facet filters, and the faceted search the results view runs (no Qt here)."""
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from indexer.archive import Archive
from indexer.search import SearchResult

# Facet names as the core reports them, in the order the panel shows them.
FACETS = ("kind", "lang", "year", "countries", "tags")
QUERY_FIELD = {"kind": "kind", "lang": "lang", "year": "year", "countries": "country",
               "tags": "tag"}
# How results can be ordered (Archive.search's sort=), the first being the default.
SORTS = ("relevance", "date", "title")

Filters = Mapping[str, AbstractSet[str]]


def filter_term(facet: str, value: str) -> str:
    """The query clause selecting one facet value: kind:pdf, country:AZ, tag:"Region/Asia"."""
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
    sort: str = SORTS[0]

    @property
    def suggestion(self) -> str | None:
        """The corrected text ("did you mean"), without the filter clauses the core saw."""
        return text_suggestion(self.result.suggestion, self.text, self.query)


def text_suggestion(suggestion: str | None, text: str, query: str) -> str | None:
    """The part of suggestion (a corrected query) that corrects text (query without filters)."""
    if not suggestion:
        return None
    filters = query[len(text.strip()):]
    if not suggestion.endswith(filters):
        return None
    corrected = suggestion[:len(suggestion) - len(filters)].strip()
    return corrected if corrected and corrected != text.strip() else None


def faceted_search(archive: Archive, text: str, filters: Filters, limit: int,
                   sort: str = SORTS[0]) -> FacetedResult:
    """Search text with filters, ordered by sort. A filtered facet is counted without its own
    filter, so its other values stay offered. Raises QueryError for a malformed query."""
    query = compose(text, filters)
    # facets=True also makes the core count every match (its total needs that).
    result = archive.search(query, limit, facets=True, sort=sort)
    facets = dict(result.facets)
    for facet in FACETS:
        if filters.get(facet):
            others = {k: v for k, v in filters.items() if k != facet}
            wider = archive.search(compose(text, others), 1, facets=True)
            facets[facet] = wider.facets.get(facet, [])
    return FacetedResult(text, query, result, facets, sort)
