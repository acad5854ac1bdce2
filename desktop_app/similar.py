"""Similar documents as the results view shows them (plain Python, run in a task)."""
from __future__ import annotations

from dataclasses import dataclass

from indexer.archive import Archive
from indexer.search import SearchHit

LIMIT = 20


@dataclass(frozen=True)
class SimilarResult:
    """The documents most like one document, best first."""

    doc_id: int
    title: str
    hits: list[SearchHit]


def similar_documents(archive: Archive, doc_id: int, limit: int = LIMIT) -> SimilarResult:
    """The documents most like doc_id. Raises NotFound when it is gone."""
    title = archive.document(doc_id).row.title
    return SimilarResult(doc_id, title, archive.similar(doc_id, limit))
