"""From the parsed query to Whoosh queries over the prepared fields, with plain term matchers.

A word is its stem in BODY, its exact form in EXACT (a small bonus), its name keys in NAMES
(the same name in another script, at a lower weight) and its Uzbek/Azerbaijani readings in
TURKIC; terms absent from the index are left out. Prefixes, patterns and fuzzy words expand
over EXACT with a cap. Two queries come out: every word required, and (for several words)
any of them, with filters, +required words and exclusions kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.analysis import ScriptStemmer, fold, normalize_tag
from indexer.countries import country_code
from indexer.errors import QueryError
from indexer.search import fields as F
from indexer.search.bestof import BestOf
from indexer.search.expand import Expander
from indexer.search.phrase import FastPhrase
from indexer.search.syntax import Group, Node, Not, Phrase, Range, Required, Word
from indexer.stopwords import STOPWORDS
from indexer.translit import has_cyrillic, latin_forms, word_keys
from indexer.turkic import turkic_stems

EXACT_BOOST = 0.3       # the form typed ranks above its other forms
NAME_BOOST = 0.35       # the same name in another script or spelling ranks below
TURKIC_BOOST = 0.8


@dataclass
class Unit:
    """A word or phrase of the query as index terms: what page hits and snippets look for.

    alternatives holds, per word of the unit, the (field, term) pairs that stand for it.
    """

    alternatives: list[list[tuple[str, str]]]
    slop: int = 0


@dataclass
class Compiled:
    """The Whoosh queries for one parsed query, and its units for locating hits."""

    every: wq.Query
    some: wq.Query | None          # None when "every word" is all there is
    units: list[Unit] = field(default_factory=list)
    words: list[str] = field(default_factory=list)   # folded forms the user typed


class Compiler:
    """Compiles parsed queries against one searcher (expansions depend on its lexicon)."""

    def __init__(self, searcher: Searcher, stemmer: ScriptStemmer, expander: Expander) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.stemmer = stemmer
        self.expander = expander
        self.units: list[Unit] = []
        self.words: list[str] = []
        self.has_turkic = self._has_terms(F.TURKIC)
        self.has_names = self._has_terms(F.NAMES)

    def _has_terms(self, fieldname: str) -> bool:
        try:
            return fieldname in self.reader.indexed_field_names() and any(
                True for _ in self.reader.lexicon(fieldname))
        except Exception:  # an empty segment set has no lexicon
            return False

    def compile(self, tree: Node) -> Compiled:
        """Both queries of a parsed tree. Raises QueryError for an unknown country name."""
        tree = _drop_stopwords(tree)
        every = self._node(tree).normalize()
        some = self._relaxed(tree)
        return Compiled(every, some, self.units, self.words)

    def _relaxed(self, tree: Node) -> wq.Query | None:
        """The top-level implicit group with its plain words optional, or None."""
        if not isinstance(tree, Group) or tree.op != "and" or not tree.implicit:
            return None
        optional = [c for c in tree.children if isinstance(c, (Word, Phrase))
                    and c.field not in F.FILTER_FIELDS]
        if len(optional) < 2:
            return None
        required = [self._node(c) for c in tree.children if c not in optional]
        # No coordination bonus: measured on Cranfield and CISI it did not help, and Whoosh's
        # CoordMatcher cannot skip blocks.
        words = wq.Or([self._node(c) for c in optional])
        return (wq.And([*required, words]) if required else words).normalize()

    def _node(self, node: Node) -> wq.Query:
        if isinstance(node, Word):
            return self._word(node)
        if isinstance(node, Phrase):
            return self._phrase(node)
        if isinstance(node, Range):
            return _range(node)
        if isinstance(node, Required):
            return self._node(node.child)
        if isinstance(node, Not):
            return wq.Not(self._node(node.child))
        children = [self._node(c) for c in node.children]
        return wq.Or(children) if node.op == "or" else _conjunction(children)

    # --- words -------------------------------------------------------------------------
    def _word(self, word: Word) -> wq.Query:
        if word.field in F.FILTER_FIELDS:
            return _filter(word)
        if word.prefix or word.pattern or word.edits:
            return self._expanded(word)
        folded = fold(word.text)
        stem = self.stemmer.stem(folded)
        self.words.append(folded)
        if word.field != F.CONTENT:
            self.units.append(Unit([[]]))
            return wq.Term(word.field, stem, boost=word.boost)
        weighted = self._weighted(word.text, folded, stem)
        self.units.append(Unit([[(f, t) for f, t, _ in weighted if f != F.EXACT]]))
        present = [(f, wq.Term(f, t, boost=word.boost * b)) for f, t, b in weighted
                   if (f, t) in self.reader]
        primary = [q for f, q in present if f in (F.BODY, F.EXACT)]
        others = [q for f, q in present if f not in (F.BODY, F.EXACT)]
        if not present:
            return wq.Term(F.BODY, stem)  # matches nothing, keeps the query's shape
        parts = ([primary[0] if len(primary) == 1 else wq.Or(primary)] if primary else [])
        parts += others
        # The best reading counts, not their sum: a document found by the word itself is
        # not scored again for its name key or its Turkic reading.
        return parts[0] if len(parts) == 1 else BestOf(parts)

    def _weighted(self, text: str, folded: str, stem: str) -> list[tuple[str, str, float]]:
        """(field, term, weight) of every index term standing for one typed word."""
        out = [(F.BODY, stem, 1.0)]
        if folded != stem:
            out.append((F.EXACT, folded, EXACT_BOOST))
        if self.has_names and not folded.isdigit():
            out += [(F.NAMES, key, NAME_BOOST) for key in sorted(word_keys(folded, stem))]
        if self.has_turkic:
            readings = {r for latin in latin_forms(text) for r in turkic_stems(latin)}
            out += [(F.TURKIC, r, TURKIC_BOOST) for r in sorted(readings)]
        return out

    def _expanded(self, word: Word) -> wq.Query:
        folded = fold(word.text)
        if word.prefix:
            forms = self.expander.prefix(folded)
        elif word.pattern:
            forms = self.expander.pattern(folded)
        else:
            forms = self.expander.fuzzy(folded, word.edits)
        self.words.extend(forms)
        # The forms' stems: fewer terms than forms (политика, политики, политику share one),
        # scored like any word.
        stems = sorted({self.stemmer.stem(f) for f in forms})
        self.units.append(Unit([[(F.BODY, s) for s in stems]]))
        target = F.BODY if word.field == F.CONTENT else word.field
        terms = [wq.Term(target, s, boost=word.boost) for s in stems]
        if not terms:
            return wq.Term(F.EXACT, folded)  # matches nothing
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    # --- phrases -----------------------------------------------------------------------
    def _phrase(self, phrase: Phrase) -> wq.Query:
        folded = [fold(w) for w in phrase.words]
        stems = [self.stemmer.stem(w) for w in folded]
        self.words.extend(folded)
        target = F.BODY if phrase.field == F.CONTENT else phrase.field
        # Function words inside the phrase ("of the" in "law of the sea") are not checked by
        # position; at its ends they are, or "shelf the" would be "shelf".
        function_words = frozenset(i for i, w in enumerate(folded)
                                   if w in STOPWORDS and 0 < i < len(folded) - 1)
        exact = FastPhrase(target, stems, slop=max(phrase.slop, 1), boost=phrase.boost,
                           unchecked=function_words)
        if phrase.field != F.CONTENT:
            self.units.append(Unit([[]]))
            return exact
        self.units.append(Unit([[(F.BODY, s)] for s in stems], phrase.slop))
        if not self.has_names or not any(has_cyrillic(w) or w[:1].isupper()
                                         for w in phrase.words):
            return exact
        # Name keys carry positions, but a name in another script may be inflected
        # differently: every word of the phrase will do, at a lower weight.
        names = [wq.Or([wq.Term(F.NAMES, k, boost=NAME_BOOST) for k in sorted(
            word_keys(f, s))] or [wq.Term(F.NAMES, f)]) for f, s in zip(folded, stems)]
        for unit_words, (f, s) in zip(self.units[-1].alternatives, zip(folded, stems)):
            unit_words += [(F.NAMES, k) for k in sorted(word_keys(f, s))]
        return wq.Or([exact, wq.And(names)])


def _conjunction(children: list[wq.Query]) -> wq.Query:
    """And of the children, exclusions applied as AndNot (Whoosh's Not alone is slow)."""
    positive = [c for c in children if not isinstance(c, wq.Not)]
    negative = [c.query for c in children if isinstance(c, wq.Not)]
    if not positive:
        raise QueryError("The query only excludes words; add a word to search for.")
    q = positive[0] if len(positive) == 1 else wq.And(positive)
    if negative:
        q = wq.AndNot(q, negative[0] if len(negative) == 1 else wq.Or(negative))
    return q


def _drop_stopwords(node: Node) -> Node:
    """Implicit groups lose their stopwords, unless nothing else is left."""
    if not isinstance(node, Group):
        return node
    children = [_drop_stopwords(c) for c in node.children]
    if node.implicit:
        kept = [c for c in children if not (isinstance(c, Word) and c.field == F.CONTENT
                                             and not (c.prefix or c.pattern or c.edits)
                                             and fold(c.text) in STOPWORDS)]
        if kept:
            children = kept
    if len(children) == 1:
        return children[0]
    return Group(node.op, children, node.implicit)


def _filter(word: Word) -> wq.Query:
    value = word.text.strip()
    if word.field == F.TAGS:
        if value.endswith("*") and value.strip("*"):  # tag:region* and tag:region/*
            return wq.Prefix(F.TAGS, normalize_tag(value.rstrip("*")))
        return wq.Term(F.TAGS, normalize_tag(value))
    if word.field == F.COUNTRIES:
        code = country_code(value)
        if code is None:
            raise QueryError(f"“{value}” is not a country Dossier knows; try its English name "
                             "or its two-letter code.")
        return wq.Term(F.COUNTRIES, code.lower())
    return wq.Term(word.field, value.lower())


def _range(node: Range) -> wq.Query:
    if node.field == F.YEAR:
        low = node.low[:4] if node.low else None
        high = node.high[:4] if node.high else None
        return wq.TermRange(F.YEAR, low, high, constantscore=True)
    start = _date(node.low, end=False) if node.low else None
    end = _date(node.high, end=True) if node.high else None
    return wq.DateRange(F.DATE, start, end, constantscore=True)


def _date(text: str, end: bool) -> datetime:
    parts = [int(p) for p in text.split("-")]
    try:
        if len(parts) == 1:
            return datetime(parts[0], 12, 31, 23, 59, 59) if end else datetime(parts[0], 1, 1)
        if len(parts) == 2:
            if not end:
                return datetime(parts[0], parts[1], 1)
            following = datetime(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return following - timedelta(seconds=1)
        day = datetime(parts[0], parts[1], parts[2])
        return day + timedelta(days=1, seconds=-1) if end else day
    except ValueError as exc:
        raise QueryError(f"“{text}” is not a real date.") from exc
