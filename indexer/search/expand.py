"""Prefix, pattern and fuzzy words: the indexed forms they stand for, capped and cached.

Each looks at the EXACT field's lexicon once per index reader (the answer is kept on the
reader), stops after a fixed number of lexicon entries, and keeps the most frequent forms.
"""
from __future__ import annotations

import fnmatch
import heapq
import re
from collections.abc import Callable, Iterator

from whoosh.reading import IndexReader

from indexer.search import fields as F

MAX_FORMS = 48          # forms one prefix, pattern or fuzzy word may stand for
SHORT_FORMS = (8, 16)   # fewer for a prefix of one or two letters (a* is too vague to be worth more)
MAX_SCANNED = 60_000    # lexicon entries looked at for one of them
_CACHE = "_dossier_expansions"
_CACHE_LIMIT = 2000


class Expander:
    """Expands words against one reader's lexicon."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        cache = getattr(reader, _CACHE, None)
        if cache is None:
            cache = {}
            setattr(reader, _CACHE, cache)
        self._cache: dict[tuple[str, str, int], list[str]] = cache

    def prefix(self, text: str) -> list[str]:
        """The most frequent indexed words starting with text."""
        cap = SHORT_FORMS[len(text) - 1] if len(text) <= len(SHORT_FORMS) else MAX_FORMS
        return self._cached(("prefix", text, 0), lambda: self._scan(text, lambda w: True, cap))

    def pattern(self, text: str) -> list[str]:
        """The most frequent indexed words matching a pattern with * and ?."""
        head = re.split(r"[*?]", text, maxsplit=1)[0]
        matches = re.compile(fnmatch.translate(text)).match
        return self._cached(("pattern", text, 0), lambda: self._scan(head, matches))

    def fuzzy(self, text: str, edits: int) -> list[str]:
        """The most frequent indexed words within edits of text (same first letter)."""
        def close(word: str) -> bool:
            return abs(len(word) - len(text)) <= edits and within_distance(word, text, edits)
        return self._cached(("fuzzy", text, edits), lambda: self._scan(text[:1], close))

    def known(self, word: str) -> bool:
        """True if the word occurs in the index as written."""
        return (F.EXACT, word) in self.reader

    def frequency(self, word: str) -> int:
        """Documents holding the word as written."""
        return int(self.reader.doc_frequency(F.EXACT, word))

    def _cached(self, key: tuple[str, str, int], compute: Callable[[], list[str]]
                ) -> list[str]:
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[key] = compute()
        return found

    def _scan(self, prefix: str, keep: Callable[[str], object], cap: int = MAX_FORMS
              ) -> list[str]:
        """Up to cap words starting with prefix that keep() accepts, most frequent first."""
        best: list[tuple[int, str]] = []
        for word in self._words(prefix):
            if keep(word):
                df = self.reader.doc_frequency(F.EXACT, word)
                if len(best) < cap:
                    heapq.heappush(best, (df, word))
                elif df > best[0][0]:
                    heapq.heapreplace(best, (df, word))
        return [w for _, w in sorted(best, reverse=True)]

    def _words(self, prefix: str) -> Iterator[str]:
        if F.EXACT not in self.reader.indexed_field_names():
            return
        for scanned, btext in enumerate(self.reader.expand_prefix(F.EXACT, prefix)):
            if scanned >= MAX_SCANNED:
                return
            yield btext.decode("utf-8")


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
