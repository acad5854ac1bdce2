"""Index-time analysis: one pass over a document's words gives the postings of every field.

Each word is read once per document: folded (EXACT), stemmed by its script (BODY), keyed as a
name when it is Cyrillic or capitalised (NAMES, with its uninflected readings), and, on pages
in Uzbek or Azerbaijani, spelled in Latin and read as stem plus suffixes (TURKIC). A query word
then costs one or two term lookups instead of an expansion over the lexicon.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from whoosh.compat import dumps
from whoosh.system import pack_uint

from indexer.analysis import CACHE_LIMIT, WORD_PATTERN, ScriptStemmer, fold
from indexer.search import fields as F
from indexer.search.record import IndexRecord
from indexer.translit import is_name, key_readings, latin_forms, name_key
from indexer.turkic import TURKIC_LANGUAGES, turkic_stems

TITLE_WEIGHT = 3.0   # a title word counts this many times in BODY (BM25F field weight)
MIN_KEY = 3


@dataclass
class Prepared:
    """A field's postings for one document, ready for Whoosh's writer."""

    items: list[tuple[bytes, int, float, bytes]]

    def __len__(self) -> int:
        return len(self.items)


@dataclass
class _Postings:
    """Positions (or counts) and weights per term of one field, built up word by word."""

    positional: bool
    positions: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    weights: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, term: str, pos: int, weight: float) -> None:
        self.positions[term].append(pos)
        self.weights[term] += weight

    def prepared(self) -> Prepared:
        items = []
        for term, poses in self.positions.items():
            if self.positional:
                deltas = [poses[0]] + [b - a for a, b in zip(poses, poses[1:])]
                value = pack_uint(len(deltas)) + dumps(deltas, 2)
            else:
                value = pack_uint(len(poses))
            items.append((term.encode("utf-8"), len(poses), self.weights[term], value))
        return Prepared(items)


class Preparer:
    """Turns index records into Whoosh field values; keeps a cache of word forms."""

    def __init__(self) -> None:
        self.stemmer = ScriptStemmer()
        self._forms: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        self._turkic: dict[tuple[str, str], frozenset[str]] = {}

    def forms(self, word: str) -> tuple[str, str, tuple[str, ...]]:
        """(folded, stem, name-key readings) of one word as written."""
        found = self._forms.get(word)
        if found is None:
            exact = fold(word)
            keys: tuple[str, ...] = ()
            if is_name(word):
                key = name_key(exact)
                if len(key) >= MIN_KEY:
                    keys = tuple(key_readings(key))
            found = (exact, self.stemmer.stem(exact), keys)
            if len(self._forms) >= CACHE_LIMIT:
                self._forms.clear()
            self._forms[word] = found
        return found

    def turkic(self, word: str, language: str) -> frozenset[str]:
        """Stem readings of an Uzbek/Azerbaijani word, in Latin spelling."""
        found = self._turkic.get((word, language))
        if found is None:
            found = frozenset(r for latin in latin_forms(word, language)
                              for r in turkic_stems(latin))
            if len(self._turkic) >= CACHE_LIMIT:
                self._turkic.clear()
            self._turkic[(word, language)] = found
        return found

    def fields(self, record: IndexRecord) -> dict[str, object]:
        """The keyword arguments of Whoosh's add_document for one record."""
        out = self._body_fields(record)
        for name, text in ((F.TITLE, record.title), (F.NOTES, "\n".join(record.notes)),
                           (F.ANNOTATIONS, "\n".join(record.annotations)),
                           (F.AUTHOR, record.author or ""), (F.SOURCE, record.source or "")):
            if text.strip():
                out[name] = self._stems(text)
        return out

    def _stems(self, text: str) -> Prepared:
        postings = _Postings(True)
        for pos, word in enumerate(WORD_PATTERN.findall(text)):
            postings.add(self.forms(word)[1], pos, 1.0)
        return postings.prepared()

    def _body_fields(self, record: IndexRecord) -> dict[str, object]:
        body, exact, names, turkic = (_Postings(True), _Postings(False), _Postings(True),
                                      _Postings(True))
        layout: list[int] = []
        pos = 0
        for text, weight, language in _segments(record):
            layout.append(pos)
            is_turkic = language in TURKIC_LANGUAGES
            for word in WORD_PATTERN.findall(text):
                folded, stem, keys = self.forms(word)
                body.add(stem, pos, weight)
                exact.add(folded, pos, weight)
                for key in keys:
                    names.add(key, pos, weight)
                if is_turkic:
                    for reading in self.turkic(word, language or ""):
                        turkic.add(reading, pos, weight)
                pos += 1
            pos += 1  # a gap: phrases never run from one page into the next
        out: dict[str, object] = {F.LAYOUT: layout}
        for name, postings in ((F.BODY, body), (F.EXACT, exact), (F.NAMES, names),
                               (F.TURKIC, turkic)):
            if postings.positions:
                out[name] = postings.prepared()
        return out


def _segments(record: IndexRecord) -> Iterable[tuple[str, float, str | None]]:
    """(text, weight, language) of the title, each page, then notes, marks, author, source.

    LAYOUT keeps where each starts: the title is segment 0, page n is segment n, the extras
    follow the last page.
    """
    yield record.title or "", TITLE_WEIGHT, record.language
    languages = record.page_languages or []
    for number, text in enumerate(record.pages):
        page_language = languages[number] if number < len(languages) else None
        yield text, 1.0, page_language or record.language
    extras = [*record.notes, *record.annotations, record.author or "", record.source or ""]
    yield "\n".join(e for e in extras if e), 1.0, record.language
