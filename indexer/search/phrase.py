"""Phrases checked by position arithmetic on the rarest word, not span objects.

Whoosh's Phrase builds a Span object for every position of every word in every candidate
document: with "of" and "the" in a long treaty, hundreds of thousands per search. Here the
positions of the word that occurs least in the document are the candidates, and each other
word is looked up by binary search at the place the phrase needs it.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from whoosh import matching
from whoosh import query as wq
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.util import make_binary_tree


class FastPhrase(wq.Phrase):  # type: ignore[misc]
    """wq.Phrase with a faster matcher (same meaning: slop 1 is adjacent words). Words in
    unchecked (function words inside the phrase: "of", "the") must be in the document but
    their positions are not read: in "law of the sea", "sea" three words after "law" is
    enough."""

    def __init__(self, fieldname: str, words: list[str], slop: int = 1, boost: float = 1.0,
                 char_ranges: Any = None, unchecked: frozenset[int] = frozenset()) -> None:
        super().__init__(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.unchecked = unchecked

    def normalize(self) -> FastPhrase:
        return self  # built whole by the compiler (Whoosh's would drop unchecked)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader = searcher.reader()
        if self.fieldname not in searcher.schema:
            return matching.NullMatcher()
        terms = []
        for word in self.words:
            if (self.fieldname, word) not in reader:
                return matching.NullMatcher()
            terms.append(wq.Term(self.fieldname, word))
        ms = [t.matcher(searcher, context) for t in terms]
        checked = [i for i in range(len(ms)) if i not in self.unchecked]
        if self.slop != 1 or len(checked) < 2:
            checked = list(range(len(ms)))
        m: Any = PhraseMatcher(ms, self.slop, checked)
        if self.boost != 1.0:
            m = WrappingMatcher(m, boost=self.boost)
        return m


class PhraseMatcher(WrappingMatcher):  # type: ignore[misc]
    """The intersection of the words' matchers, keeping documents where they form the phrase."""

    def __init__(self, ms: list[Any], slop: int, checked: list[int] | None = None) -> None:
        self.ms = ms
        self.slop = max(slop, 1)
        self.checked = checked if checked is not None else list(range(len(ms)))
        super().__init__(make_binary_tree(matching.IntersectionMatcher, ms))
        self._find_next()

    def copy(self) -> PhraseMatcher:
        return self.__class__([m.copy() for m in self.ms], self.slop, self.checked)

    def replace(self, minquality: float = 0) -> Any:
        return self if self.is_active() else matching.NullMatcher()

    def _found(self) -> bool:
        if self.slop > 1:  # words may have others between them: walk from each first word
            positions = [m.value_as("positions") for m in self.ms]
            return any(self._chain(positions, first) for first in positions[0])
        # Adjacent words: each checked word at its offset from the rarest one.
        at = {i: self.ms[i].value_as("positions") for i in self.checked}
        rarest = min(at, key=lambda i: len(at[i]))
        return any(all(_has(p, pos - rarest + i) for i, p in at.items())
                   for pos in at[rarest])

    def _chain(self, positions: list[list[int]], first: int) -> bool:
        at = first
        for following in positions[1:]:
            j = bisect_left(following, at + 1)
            if j == len(following) or following[j] > at + self.slop:
                return False
            at = following[j]
        return True

    def _find_next(self) -> None:
        child = self.child
        while child.is_active() and not self._found():
            child.next()

    def next(self) -> None:
        self.child.next()
        self._find_next()

    def skip_to(self, id: int) -> None:
        self.child.skip_to(id)
        self._find_next()

    def skip_to_quality(self, minquality: float) -> int:
        skipped = int(self.child.skip_to_quality(minquality))
        self._find_next()
        return skipped

    def all_ids(self) -> Iterator[int]:
        while self.is_active():
            yield self.id()
            self.next()


def _has(sorted_positions: list[int], value: int) -> bool:
    j = bisect_left(sorted_positions, value)
    return j < len(sorted_positions) and sorted_positions[j] == value
