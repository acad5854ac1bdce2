"""What a search answers: ranked hits with pages and snippets, the total, facets."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class SearchHit:
    """One document found: its pages with hits and a snippet with <b>marked</b> words.

    The snippet is HTML-escaped text whose only tags are <b>…</b> around matches.
    page_hits pairs each page in pages with the number of matches on it.
    """

    id: int
    title: str
    score: float
    pages: list[int]
    snippet: str
    kind: str
    language: str | None
    tags: list[str] = field(default_factory=list)
    page_hits: list[tuple[int, int]] = field(default_factory=list)
    published: str | None = None
    # Holds only some of the query's words: listed after those holding every word, and not
    # in a total that counts those (see SearchResult)
    some_words: bool = False

    @property
    def matches(self) -> int:
        """Matches over every page."""
        return sum(count for _, count in self.page_hits)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query.

    total counts the documents holding every word of the query (with its filters); when
    none does, the documents holding some of the words, and all_words is False. A total
    that was estimated (counting would have taken too long) has exact False: "about N".
    When every document holding all the words fits in the hits, some of those holding some
    of them follow, marked some_words (not counted in total).
    """

    query: str
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None  # "did you mean": a corrected query that has hits
    exact: bool = True
    all_words: bool = True
    notice: str | None = None      # a part of the query left out, or the time budget spent

    def describe_total(self) -> str:
        """The total in words: "176 documents", "about 1,200 documents", …"""
        count = f"{self.total:,} document{'s' if self.total != 1 else ''}"
        if not self.exact:
            count = f"about {count}"
        if not self.all_words and self.total:
            count += " with some of the words"
        elif more := self.some_word_hits():
            count += f" (and {more:,} more with some of the words)"
        return count

    def some_word_hits(self) -> int:
        """How many hits hold only some of the words, after those counted in total."""
        return sum(hit.some_words for hit in self.hits) if self.all_words else 0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"query": self.query, "total": self.total,
                                "exact": self.exact, "all_words": self.all_words,
                                "hits": [h.to_json() for h in self.hits]}
        if self.suggestion:
            data["suggestion"] = self.suggestion
        if self.notice:
            data["notice"] = self.notice
        if self.facets:
            data["facets"] = {k: [list(kv) for kv in v] for k, v in self.facets.items()}
        return data
