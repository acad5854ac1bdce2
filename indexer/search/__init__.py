"""Everything that knows Whoosh: schema, analysis at import time, query parsing, scoring,
snippets, page hits, facets, suggestions and similar documents. Nothing outside this package
imports whoosh (tests/indexer/test_no_whoosh.py).

The names below load on first use, so that an import's worker and writer processes, which
need only the analysis and the writer, never load the search service (and SQLAlchemy)."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from indexer.search.record import IndexRecord, parse_published
    from indexer.search.results import SearchHit, SearchResult
    from indexer.search.service import SearchService
    from indexer.search.store import VERSION_FILE, IndexBatch, SearchIndex

_HOMES = {"IndexRecord": "record", "parse_published": "record", "SearchHit": "results",
          "SearchResult": "results", "SearchService": "service", "VERSION_FILE": "store",
          "IndexBatch": "store", "SearchIndex": "store"}

__all__ = ["VERSION_FILE", "IndexBatch", "IndexRecord", "SearchHit", "SearchIndex",
           "SearchResult", "SearchService", "parse_published"]


def __getattr__(name: str) -> Any:
    """The package's names, imported from their modules when first asked for."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
