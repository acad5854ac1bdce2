"""Scoring a query word as one BM25F term: all its forms, in the title and the text, pooled.

Whoosh scores each indexed form of a word in each field as a separate term and adds the
scores, so a word with many forms, or found in both title and text, counts several times
over, each saturating alone. Real BM25F pools the (field-weighted, length-normalised)
frequencies of every form in every field first, saturates once, and weighs the word by
one idf (documents holding any form). Measured on Cranfield (tests/benchmarks/
bench_relevance.py) this raised MAP by about 0.03 and made queries faster.
"""
from __future__ import annotations

import math
from collections.abc import Iterator

from whoosh import matching, scoring
from whoosh import query as wq
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from indexer.variations import EXACT_BOOST, StemVariations

K1 = 2.0    # term frequency saturation (Whoosh's default 1.2), chosen on Cranfield
B = 0.75    # length normalisation


def weighting() -> scoring.WeightingModel:
    """The weighting model of Dossier's searchers."""
    return scoring.BM25F(B=B, K1=K1)


class PooledWord(wq.Query):
    """One query word scored by BM25F over title and content, all its forms pooled."""

    def __init__(self, parts: list[StemVariations], boost: float = 1.0) -> None:
        self.parts = parts
        self.text = parts[-1].text
        self.fieldname = "content"
        self.boost = boost

    def __repr__(self) -> str:
        return f"PooledWord({self.text!r}, {[p.fieldname for p in self.parts]})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, PooledWord) and self.text == other.text
                and self.boost == other.boost
                and [p.fieldname for p in self.parts] == [p.fieldname for p in other.parts])

    def __hash__(self) -> int:
        return hash(("PooledWord", self.text, self.boost))

    def is_leaf(self) -> bool:
        return True

    def field(self) -> str:
        return self.fieldname

    def terms(self, phrases: bool = False) -> Iterator[tuple[str, str]]:
        for part in self.parts:
            yield from part.terms(phrases)

    def expanded_terms(self, ixreader: IndexReader, phrases: bool = False
                       ) -> Iterator[tuple[str, bytes]]:
        for part in self.parts:
            if part.fieldname in ixreader.schema:  # the pages index has no title
                yield from part.expanded_terms(ixreader, phrases)

    def estimate_size(self, ixreader: IndexReader) -> int:
        return sum(part.estimate_size(ixreader) for part in self.parts
                   if part.fieldname in ixreader.schema)

    def matcher(self, searcher: Searcher, context=None):  # type: ignore[no-untyped-def]
        top = searcher.get_parent()
        model = context.weighting if context is not None else searcher.weighting
        forms = [(part.fieldname, list(part._btexts(top.reader())), part.text.encode("utf-8"))
                 for part in self.parts if part.fieldname in searcher.schema]
        if model is None:  # only which documents match (counting, filters)
            ids = sorted(_holders(searcher.reader(), forms))
            return matching.ListMatcher(ids) if ids else matching.NullMatcher()
        pooled = _pooled_frequencies(searcher, top, model, forms)
        if not pooled:
            return matching.NullMatcher()
        idf = _idf(top, forms)
        k1 = getattr(model, "K1", K1)
        ids = sorted(pooled)
        scores = [self.boost * idf * pooled[d] * (k1 + 1) / (pooled[d] + k1) for d in ids]
        return matching.ListMatcher(ids, weights=scores, term=(self.fieldname,
                                                               self.text.encode("utf-8")))


def _pooled_frequencies(searcher: Searcher, top: Searcher, model: scoring.WeightingModel,
                        forms: list[tuple[str, list[bytes], bytes]]) -> dict[int, float]:
    """Per document of this segment: the length-normalised frequencies of every form in
    every field, summed (the typed form counting EXACT_BOOST times)."""
    reader = searcher.reader()
    pooled: dict[int, float] = {}
    for fieldname, words, exact in forms:
        b = model._field_B.get(fieldname, getattr(model, "B", B))  # type: ignore[attr-defined]
        average = top.avg_field_length(fieldname) or 1.0
        for word in words:
            if (fieldname, word) not in reader:
                continue
            weight = EXACT_BOOST if word == exact else 1.0
            postings = reader.postings(fieldname, word)
            while postings.is_active():
                doc = postings.id()
                norm = 1 - b + b * reader.doc_field_length(doc, fieldname, 0) / average
                pooled[doc] = pooled.get(doc, 0.0) + postings.weight() * weight / norm
                postings.next()
    return pooled


def _idf(top: Searcher, forms: list[tuple[str, list[bytes], bytes]]) -> float:
    """Whoosh's idf, with df = documents holding any form in any field (whole index)."""
    df = sum(len(_holders(sub.reader(), forms)) for sub, _ in top.subsearchers or [(top, 0)])
    return math.log(top.doc_count_all() / (df + 1)) + 1


def _holders(reader: IndexReader, forms: list[tuple[str, list[bytes], bytes]]) -> set[int]:
    """The documents of reader (a segment) holding any of the forms."""
    holders: set[int] = set()
    for fieldname, words, _exact in forms:
        for word in words:
            if (fieldname, word) in reader:
                holders.update(reader.postings(fieldname, word).all_ids())
    return holders


def pool_fields(q: wq.Query) -> wq.Query:
    """q with each word's title and content forms turned into one PooledWord (phrases and
    words asked in one field only stay as they are)."""
    leaves = [leaf for leaf in q.leaves() if type(leaf) is StemVariations]
    contents = {leaf.text for leaf in leaves if leaf.fieldname == "content"}
    titles = {leaf.text: leaf for leaf in leaves if leaf.fieldname == "title"}

    def rewrite(node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Sequence):
            return node  # positions matter there
        if type(node) is StemVariations:
            if node.fieldname == "title" and node.text in contents:
                return wq.NullQuery
            if node.fieldname == "content":
                title = titles.get(node.text) or StemVariations("title", node.text, node.stemmer)
                return PooledWord([title, node], boost=node.boost)
            return node
        if node.is_leaf():
            return node
        return node.apply(rewrite).normalize()

    return rewrite(q)
