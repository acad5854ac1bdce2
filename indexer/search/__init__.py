"""Everything that knows Whoosh: schema, analysis at import time, query parsing, scoring,
snippets, page hits, facets, suggestions and similar documents. Nothing outside this package
imports whoosh (tests/indexer/test_no_whoosh.py)."""
from __future__ import annotations

from indexer.search.record import IndexRecord, parse_published
from indexer.search.results import SearchHit, SearchResult
from indexer.search.service import SearchService
from indexer.search.store import VERSION_FILE, IndexBatch, SearchIndex

__all__ = ["VERSION_FILE", "IndexBatch", "IndexRecord", "SearchHit", "SearchIndex",
           "SearchResult", "SearchService", "parse_published"]
