"""Index-time analysis: one pass over a document's words gives the postings of every field.

Each word is read once per document: folded (EXACT), stemmed by its script (BODY), keyed as a
name when it is Cyrillic or capitalised (NAMES, with its uninflected readings), and, on pages
in Uzbek or Azerbaijani, spelled in Latin and read as stem plus suffixes (TURKIC). A query word
then costs one or two term lookups instead of an expansion over the lexicon.
"""
from __future__ import annotations

import pickle
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import sub
from typing import Any

from whoosh.compat import dumps
from whoosh.system import pack_uint

from indexer.analysis import CACHE_LIMIT, WORD_PATTERN, ScriptStemmer, fold
from indexer.search import fields as F
from indexer.search.record import IndexRecord
from indexer.translit import is_name, key_readings, latin_forms, name_key
from indexer.turkic import TURKIC_LANGUAGES, turkic_stems

CHUNK_CHARS = 8192  # long texts are read (and anchored for snippets) in pieces of this size
_SPACE = re.compile(r"\s")
TITLE_WEIGHT = 3.0   # a title word counts this many times in BODY (BM25F field weight)
MIN_KEY = 3


def pack_fields(fields: dict[str, object]) -> bytes:
    """A document's analysed fields as one opaque blob: the importing process passes it from
    the worker that made it to the index writer without reading it (unpickling and pickling
    again some 900 postings a document took a third of its time)."""
    return pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL)


def unpack_fields(blob: bytes) -> dict[str, object]:
    """The fields pack_fields() packed."""
    fields: dict[str, object] = pickle.loads(blob)
    return fields


@dataclass
class Prepared:
    """A field's postings for one document, ready for the index writer: the field's length
    (its words) and, column by column, each term with its frequency, weight and value
    (columns pickle smaller and faster than a tuple per term, and the writer reads them
    without taking tuples apart)."""

    length: int
    terms: list[bytes]
    freqs: list[int]
    weights: list[float]
    values: list[bytes]

    @property
    def items(self) -> Iterator[tuple[bytes, int, float, bytes]]:
        """The postings as Whoosh's FieldType.index() gives them."""
        return zip(self.terms, self.freqs, self.weights, self.values)

    def __len__(self) -> int:
        return len(self.terms)


class _Postings:
    """Per term of one field: its summed weight and its positions (sorted). A term most often
    comes from one word, whose list of positions it then shares."""

    def __init__(self, positional: bool) -> None:
        self.positional = positional
        self.terms: dict[str, list[Any]] = {}  # term -> [weight, positions]

    def add(self, term: str, positions: list[int], weight: float) -> None:
        entry = self.terms.get(term)
        if entry is None:
            self.terms[term] = [weight, positions]
        else:  # another word with the same term (another case, an inflection)
            entry[0] += weight
            entry[1] = sorted(entry[1] + positions)

    def prepared(self) -> Prepared:
        entries = self.terms.values()
        freqs = [len(poses) for _, poses in entries]
        if not self.positional:
            values = list(map(pack_uint, freqs))
        else:
            values = []
            append, single = values.append, _SINGLE
            for _, poses in entries:
                if len(poses) == 1:  # most words of a document: one position, a cached value
                    append(single.get(poses[0]) or _single(poses[0]))
                else:
                    deltas = [poses[0], *map(sub, poses[1:], poses)]
                    append(pack_uint(len(deltas)) + dumps(deltas, 2))
        return Prepared(sum(freqs), [term.encode("utf-8") for term in self.terms],
                        freqs, [weight for weight, _ in entries], values)


_SINGLE: dict[int, bytes] = {}  # position -> the encoded value of a term found only there


def _single(position: int) -> bytes:
    value = pack_uint(1) + dumps([position], 2)
    if position < 1 << 16:
        _SINGLE[position] = value
    return value


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
        for word, positions in _positions([text]).items():
            postings.add(self.forms(word)[1], positions, len(positions))
        return postings.prepared()

    def _body_fields(self, record: IndexRecord) -> dict[str, object]:
        segments = list(_segments(record))
        layout = [0] * len(segments)
        anchors: dict[int, list[tuple[int, int]]] = {}
        by_word = _positions([text for text, _ in segments], layout, anchors)
        title_end = layout[1]
        turkic_spans = [(layout[n], layout[n + 1] if n + 1 < len(layout) else 1 << 60, lang)
                        for n, (_, lang) in enumerate(segments) if lang in TURKIC_LANGUAGES]
        body, exact, names, turkic = (_Postings(True), _Postings(False), _Postings(True),
                                      _Postings(True))
        known = self._forms.get  # the word cache, read here without a call per word
        add_body, add_exact = body.add, exact.add
        for word, positions in by_word.items():
            folded, stem, keys = known(word) or self.forms(word)
            in_title = bisect_left(positions, title_end) if positions[0] < title_end else 0
            weight = len(positions) + in_title * (TITLE_WEIGHT - 1)
            add_body(stem, positions, weight)
            add_exact(folded, positions, weight)
            for key in keys:
                names.add(key, positions, weight)
            for start, end, language in turkic_spans:
                inside = positions[bisect_left(positions, start):bisect_left(positions, end)]
                for reading in self.turkic(word, language or "") if inside else ():
                    turkic.add(reading, inside, len(inside))
        out: dict[str, object] = {F.LAYOUT: layout}
        if anchors:
            out[F.ANCHORS] = anchors
        for name, postings in ((F.BODY, body), (F.EXACT, exact), (F.NAMES, names),
                               (F.TURKIC, turkic)):
            if postings.terms:
                out[name] = postings.prepared()
        return out


def _positions(texts: list[str], layout: list[int] | None = None,
               anchors: dict[int, list[tuple[int, int]]] | None = None
               ) -> dict[str, list[int]]:
    """Each word as written -> its positions, the texts numbered on from one another (with
    a gap between them, so phrases never run from one page into the next); fills layout
    with where each text starts, and anchors with (word number, character offset) pairs
    every CHUNK_CHARS of the long texts (a snippet deep in one starts reading there)."""
    by_word: dict[str, list[int]] = defaultdict(list)
    pos = 0
    for number, text in enumerate(texts):
        if layout is not None:
            layout[number] = pos
        count = 0
        for char, chunk in _chunks(text):
            if anchors is not None and char:
                anchors.setdefault(number, []).append((count, char))
            words = WORD_PATTERN.findall(chunk)
            for offset, word in enumerate(words, pos + count):
                by_word[word].append(offset)
            count += len(words)
        pos += count + 1
    return by_word


def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """(offset, piece) of text in pieces of about CHUNK_CHARS, cut only at white space (no
    word spans white space, so the words of the pieces are the words of the text)."""
    if len(text) <= 2 * CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + CHUNK_CHARS)
        end = space.start() if space else len(text)
        yield start, text[start:end]
        start = end


def _segments(record: IndexRecord) -> Iterable[tuple[str, str | None]]:
    """(text, language) of the title, each page, then notes, marks, author, source.

    LAYOUT keeps where each starts: the title is segment 0, page n is segment n, the extras
    follow the last page.
    """
    yield record.title or "", record.language
    languages = record.page_languages or []
    for number, text in enumerate(record.pages):
        page_language = languages[number] if number < len(languages) else None
        yield text, page_language or record.language
    extras = [*record.notes, *record.annotations, record.author or "", record.source or ""]
    yield "\n".join(e for e in extras if e), record.language
