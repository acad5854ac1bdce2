"""“Similar documents”: the documents that share a document's most telling words."""
from __future__ import annotations

import math
from collections import Counter

from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.analysis import WORD_PATTERN, ScriptStemmer, fold
from indexer.search import fields as F
from indexer.stopwords import STOPWORDS

KEY_TERMS = 30
TEXT_CHARS = 100_000  # enough of a long document to find what it is about
MIN_TERM = 3


def similar_docnums(searcher: Searcher, stemmer: ScriptStemmer, doc_id: int, title: str,
                    text: str, limit: int) -> list[tuple[int, float]]:
    """(docnum, score) of the documents most like doc_id (itself excluded), by the stems of
    its title and text weighed by tf·idf."""
    docnum = searcher.document_number(**{F.ID: str(doc_id)})
    if docnum is None:
        return []
    reader = searcher.reader()
    counts: Counter[str] = Counter()
    for word in WORD_PATTERN.findall(f"{title}\n{title}\n{text[:TEXT_CHARS]}"):
        folded = fold(word)
        if len(folded) >= MIN_TERM and not folded.isdigit() and folded not in STOPWORDS:
            counts[stemmer.stem(folded)] += 1
    n = max(searcher.doc_count_all(), 1)
    weights = []
    for stem, tf in counts.items():
        df = reader.doc_frequency(F.BODY, stem)
        if 1 < df < n:
            weights.append((tf * math.log(n / df), stem))
    top = sorted(weights, reverse=True)[:KEY_TERMS]
    if not top:
        return []
    scale = top[0][0]
    q = wq.Or([wq.Term(F.BODY, stem, boost=w / scale) for w, stem in top])
    results = searcher.search(q, limit=limit, mask={docnum})
    return [(hit.docnum, round(float(hit.score), 4)) for hit in results]
