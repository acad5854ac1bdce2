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
from indexer.translit import ENDINGS, word_keys
from indexer.turkic import TURKIC_LANGUAGES, shortest_stem, turkic_stems

STEMMED_FIELDS = frozenset({"title", "content", "notes", "annotations", "author", "source"})
EXACT_BOOST = 1.5  # the form the user typed ranks above its other forms
# The same name in another script or spelling (indexer.translit) ranks below the typed one.
NAME_KEY_BOOST = 0.35
NAME_FIELD = "xlat"
_MAX_FORMS = 200
_CACHE = "_dossier_expansions"  # attribute holding a reader's expansion cache
_CACHE_LIMIT = 5000


class _CachedExpansion(ExpandingTerm):
    """Expands once per index reader: the highlighter asks again for every hit, and the
    same words come back in later searches while the reader stays open (indexer.index)."""

    def _btexts(self, ixreader: IndexReader) -> Iterator[bytes]:
        cache: dict[object, list[bytes]] | None = getattr(ixreader, _CACHE, None)
        if cache is None:
            cache = {}
            setattr(ixreader, _CACHE, cache)
        key = (self.__class__.__name__, *self._identity()[:-1])  # the words, not the boost
        words = cache.get(key)
        if words is None:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            words = cache[key] = list(self._expand(ixreader))
        return iter(words)

    def _expand(self, ixreader: IndexReader) -> Iterator[bytes]:
        raise NotImplementedError

    def _identity(self) -> tuple[object, ...]:
        """What makes two of these the same query; the boost comes last."""
        return (self.fieldname, self.text, self.boost)

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}{self._identity()!r}"

    def __eq__(self, other: object) -> bool:
        return (other.__class__ is self.__class__
                and other._identity() == self._identity())  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, *self._identity()))

    def __str__(self) -> str:
        return f"{self.fieldname}:<{self.text}>"


class StemVariations(_CachedExpansion):
    """Every indexed form of a word with the same stem; the typed form weighs more."""

    def __init__(self, fieldname: str, text: str, stemmer: ScriptStemFilter,
                 boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.text = text
        self.stemmer = stemmer
        self.boost = boost

    def _expand(self, ixreader: IndexReader) -> Iterator[bytes]:
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
        return _forms_matcher(self, searcher, context, exact=self.text)

    def replace(self, fieldname: str, oldtext: str, newtext: str) -> StemVariations:
        q = copy.copy(self)
        if q.fieldname == fieldname and q.text == oldtext:
            q.text = newtext
        return q


def _forms_matcher(q: _CachedExpansion, searcher, context, exact: str = ""):  # type: ignore[no-untyped-def]
    """An Or of the expanded terms carrying q's boost (Whoosh drops it for a single term).

    The words are looked up once in the whole index (the parent searcher's reader), not
    again in each segment Whoosh asks for a matcher.
    """
    top = searcher.get_parent() if searcher.has_parent() else searcher
    forms = [wq.Term(q.fieldname, b.decode("utf-8"),
                     boost=EXACT_BOOST if b.decode("utf-8") == exact else 1.0)
             for b in q._btexts(top.reader())]
    if not forms:
        return wq.NullQuery.matcher(searcher, context)
    either = forms[0] if len(forms) == 1 else wq.Or(forms)
    either.boost = q.boost * (either.boost if len(forms) == 1 else 1.0)
    return either.matcher(searcher, context)


class NameVariations(_CachedExpansion):
    """The name keys (indexer.translit) of a word: the same name in any script or spelling,
    inflected too (`Mirziyoyev` finds `Мирзиёева`, `Ташкенте` finds `Tashkent`)."""

    def __init__(self, text: str, stemmer: ScriptStemFilter, boost: float = NAME_KEY_BOOST
                 ) -> None:
        self.fieldname = NAME_FIELD
        self.text = text
        self.stemmer = stemmer
        self.boost = boost

    def _expand(self, ixreader: IndexReader) -> Iterator[bytes]:
        seen: set[bytes] = set()
        for key in sorted(word_keys(self.text, self.stemmer.stem(self.text))):
            for btext in ixreader.expand_prefix(NAME_FIELD, key):
                if btext not in seen and btext.decode("utf-8")[len(key):] in ENDINGS:
                    seen.add(btext)
                    yield btext

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        return _forms_matcher(self, searcher, context)


class TurkicVariations(_CachedExpansion):
    """Forms of an Uzbek or Azerbaijani word (indexer.turkic): `Azərbaycan` finds
    `Azərbaycanın`. Searched only in documents in those languages (see expand_stems)."""

    def __init__(self, fieldname: str, text: str, boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.text = text
        self.boost = boost

    def _expand(self, ixreader: IndexReader) -> Iterator[bytes]:
        stems = turkic_stems(self.text)
        for btext in ixreader.expand_prefix(self.fieldname, shortest_stem(self.text)):
            word = btext.decode("utf-8")
            if word != self.text and stems & turkic_stems(word):
                yield btext

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        return _forms_matcher(self, searcher, context)


def turkic_forms(fieldname: str, text: str, boost: float) -> wq.Query:
    """The Uzbek/Azerbaijani forms of a word, in documents in those languages only."""
    languages = wq.Or([wq.Term("lang", code) for code in TURKIC_LANGUAGES])
    return wq.And([TurkicVariations(fieldname, text, boost), languages])


class QuickFuzzy(_CachedExpansion):
    """Words within an edit distance, found by a prefix scan and a banded Levenshtein check.

    Whoosh's own FuzzyTerm walks the lexicon with a pure-Python automaton: seconds per
    query on a large index.
    """

    def __init__(self, fieldname: str, text: str, maxdist: int = 1, prefixlength: int = 1,
                 boost: float = 1.0) -> None:
        self.fieldname = fieldname
        self.text = text
        self.maxdist = maxdist
        self.prefixlength = prefixlength
        self.boost = boost

    def _identity(self) -> tuple[object, ...]:
        return (self.fieldname, self.text, self.maxdist, self.prefixlength, self.boost)

    def _expand(self, ixreader: IndexReader) -> Iterator[bytes]:
        text, maxdist = self.text, self.maxdist
        for btext in ixreader.expand_prefix(self.fieldname, text[:self.prefixlength]):
            word = btext.decode("utf-8")
            if abs(len(word) - len(text)) <= maxdist and within_distance(word, text, maxdist):
                yield btext

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        return _forms_matcher(self, searcher, context)


def within_distance(a: str, b: str, maxdist: int) -> bool:
    """True if the Levenshtein distance of a and b is at most maxdist (stops early)."""
    if maxdist == 1:
        return _within_one(a, b)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > maxdist:
            return False
        previous = current
    return previous[-1] <= maxdist


def _within_one(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]  # one substitution (or equal)
    return a[i:] == b[i + 1:]  # one insertion


def expand_stems(q: wq.Query, stemmer: ScriptStemFilter) -> wq.Query:
    """q with plain words and phrases in text fields matching all forms of each word,
    and fuzzy words looked up quickly."""
    if isinstance(q, wq.FuzzyTerm):
        return QuickFuzzy(q.fieldname, q.text, q.maxdist, q.prefixlength, q.boost)
    if isinstance(q, wq.Term) and type(q) is wq.Term and q.fieldname in STEMMED_FIELDS:
        forms = StemVariations(q.fieldname, q.text, stemmer, boost=q.boost)
        if q.fieldname != "content" or q.text.isdigit():
            return forms
        return wq.Or([forms, turkic_forms(q.fieldname, q.text, q.boost),
                      NameVariations(q.text, stemmer, boost=q.boost * NAME_KEY_BOOST)])
    if isinstance(q, wq.Phrase) and q.fieldname in STEMMED_FIELDS:
        words = [StemVariations(q.fieldname, w, stemmer) for w in q.words]
        phrase = wq.Sequence(words, slop=q.slop, boost=q.boost)
        if q.fieldname != "content":
            return phrase
        # Name keys have no positions: in another script, every word of the phrase will do.
        names = wq.And([NameVariations(w, stemmer, q.boost * NAME_KEY_BOOST) for w in q.words])
        return wq.Or([phrase, names])
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand_stems(child, stemmer))
