"""Stemming at query time: a word matches every indexed form that shares its stem.

The index keeps words unstemmed (only folded), as Recoll does: prefix, fuzzy and exact
queries then see real words, and a plain word is expanded here to its forms in the index
(`договора` finds `договор`, `договоры`; `treaties` finds `treaty`).
"""
from __future__ import annotations

import copy
from collections.abc import Iterator

from whoosh import query as wq
from whoosh.query.terms import ExpandingTerm
from whoosh.reading import IndexReader

from indexer.analysis import ScriptStemFilter

STEMMED_FIELDS = frozenset({"title", "content", "notes", "annotations", "author", "source"})
EXACT_BOOST = 1.5  # the form the user typed ranks above its other forms
_MAX_FORMS = 200


class StemVariations(ExpandingTerm):
    """Every indexed form of a word with the same stem; the typed form weighs more."""

    def __init__(self, fieldname: str, text: str, stemmer: ScriptStemFilter,
                 boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.text = text
        self.stemmer = stemmer
        self.boost = boost

    def __repr__(self) -> str:
        return f"StemVariations({self.fieldname!r}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, StemVariations) and self.fieldname == other.fieldname
                and self.text == other.text and self.boost == other.boost)

    def __hash__(self) -> int:
        return hash((self.fieldname, self.text, self.boost))

    def __str__(self) -> str:
        return f"{self.fieldname}:<{self.text}>"

    def _btexts(self, ixreader: IndexReader) -> Iterator[bytes]:
        stem = self.stemmer.stem(self.text)
        # English stems may end differently from the word (happy -> happi): search by
        # the stem less its last letter, then keep only forms with the same stem.
        prefix = stem[:-1] if len(stem) > 3 else stem
        found = 0
        for btext in ixreader.expand_prefix(self.fieldname, prefix):
            word = btext.decode("utf-8")
            if word == self.text or self.stemmer.stem(word) == stem:
                yield btext
                found += 1
                if found >= _MAX_FORMS:
                    return

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        """Score the typed form above the other forms of the word."""
        forms = [wq.Term(self.fieldname, b.decode("utf-8"),
                         boost=EXACT_BOOST if b.decode("utf-8") == self.text else 1.0)
                 for b in self._btexts(searcher.reader())]
        if not forms:
            return wq.NullQuery.matcher(searcher, context)
        q = forms[0] if len(forms) == 1 else wq.Or(forms)
        q.boost = self.boost * (q.boost if len(forms) == 1 else 1.0)
        return q.matcher(searcher, context)

    def replace(self, fieldname: str, oldtext: str, newtext: str) -> StemVariations:
        q = copy.copy(self)
        if q.fieldname == fieldname and q.text == oldtext:
            q.text = newtext
        return q


def expand_stems(q: wq.Query, stemmer: ScriptStemFilter) -> wq.Query:
    """q with plain words and phrases in text fields matching all forms of each word."""
    if isinstance(q, wq.Term) and type(q) is wq.Term and q.fieldname in STEMMED_FIELDS:
        return StemVariations(q.fieldname, q.text, stemmer, boost=q.boost)
    if isinstance(q, wq.Phrase) and q.fieldname in STEMMED_FIELDS:
        words = [StemVariations(q.fieldname, w, stemmer) for w in q.words]
        return wq.Sequence(words, slop=q.slop, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand_stems(child, stemmer))
