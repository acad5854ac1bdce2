"""“Best of” queries: a document scores by its best-scoring alternative, not their sum.

Whoosh's DisjunctionMax does this in principle, but its matcher scores a document with the
other side's score when only one side is on it, and its quality pruning drops a side that
is still active: both wrong. This keeps Whoosh's union matching and fixes those two.
"""
from __future__ import annotations

from typing import Any

from whoosh import query as wq
from whoosh.matching import NullMatcher, UnionMatcher


class BestOfMatcher(UnionMatcher):  # type: ignore[misc]
    """The union of two matchers, scored by the better one on the current document."""

    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return float(b.score())
        if not b.is_active():
            return float(a.score())
        ida, idb = a.id(), b.id()
        if ida < idb:
            return float(a.score())
        if idb < ida:
            return float(b.score())
        return float(max(a.score(), b.score()))

    def replace(self, minquality: float = 0) -> Any:
        a, b = self.a, self.b
        if not a.is_active() and not b.is_active():
            return NullMatcher()
        if not a.is_active():
            return b.replace(minquality)
        if not b.is_active():
            return a.replace(minquality)
        if minquality and max(a.max_quality(), b.max_quality()) < minquality:
            return NullMatcher()  # neither side can reach the top any more
        if minquality and b.max_quality() < minquality:
            return a.replace(minquality)
        if minquality and a.max_quality() < minquality:
            return b.replace(minquality)
        new_a, new_b = a.replace(minquality), b.replace(minquality)
        if new_a is not a or new_b is not b:
            return self.__class__(new_a, new_b)
        return self

    def max_quality(self) -> float:
        return float(max(self.a.max_quality(), self.b.max_quality()))

    def block_quality(self) -> float:
        return float(max(self.a.block_quality(), self.b.block_quality()))

    def skip_to_quality(self, minquality: float) -> int:
        a, b = self.a, self.b
        if not a.is_active():
            return int(b.skip_to_quality(minquality))
        if not b.is_active():
            return int(a.skip_to_quality(minquality))
        skipped = 0
        while (a.is_active() and b.is_active()
               and max(a.block_quality(), b.block_quality()) < minquality):
            if a.block_quality() < minquality:
                skipped += a.skip_to_quality(minquality)
            if b.is_active() and b.block_quality() < minquality:
                skipped += b.skip_to_quality(minquality)
        return skipped


class BestOf(wq.DisjunctionMax):  # type: ignore[misc]
    """A query whose documents score by their best-scoring subquery."""

    def _matcher(self, subs: list[wq.Query], searcher: Any, context: Any) -> Any:
        reader = searcher.reader()
        return self._tree_matcher(subs, BestOfMatcher, searcher, context,
                                  lambda q: q.estimate_size(reader))
