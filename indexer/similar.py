"""“Similar documents”: the documents that share a document's most telling words."""
from __future__ import annotations

from whoosh import query as wq
from whoosh.searching import Hit, Searcher

from indexer.stopwords import STOPWORDS

KEY_TERMS = 30
TEXT_CHARS = 100_000  # enough of a long document to find what it is about
MIN_TERM = 3


def similar_hits(docs: Searcher, doc_id: int, title: str, text: str, limit: int) -> list[Hit]:
    """Documents most like doc_id by the key terms of its title and text (itself excluded)."""
    docnum = docs.document_number(id=str(doc_id))
    if docnum is None:
        return []
    sample = f"{title}\n{title}\n{text[:TEXT_CHARS]}"
    terms = [(word, weight) for word, weight in docs.key_terms_from_text(
        "content", sample, numterms=KEY_TERMS * 2, normalize=True)
        if len(word) >= MIN_TERM and not word.isdigit() and word not in STOPWORDS]
    if not terms:
        return []
    q = wq.Or([wq.Term("content", word, boost=weight) for word, weight in terms[:KEY_TERMS]])
    return list(docs.search(q, limit=limit, mask={docnum}))
