"""Where in a document its hits are: positions read from the postings of the hits shown.

The BODY field keeps each word's position, and the document's LAYOUT keeps where its title,
each page and its extras (notes, marks, author, source) start. So the pages a hit is on, the
number of matches on each and the words to mark in a snippet come from a few postings of the
top hits only, with no text analysed again.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from whoosh.reading import TermNotFound
from whoosh.searching import Searcher

from indexer.search import fields as F
from indexer.search.compile import Unit


@dataclass
class Located:
    """One hit's matches: per page, the word positions (relative to the page) that match."""

    pages: dict[int, set[int]] = field(default_factory=dict)
    title: bool = False
    extras: bool = False
    anchors: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # long pages

    def page_hits(self) -> list[tuple[int, int]]:
        """(page, number of matches) for every page with matches, in page order."""
        return sorted((page, len(found)) for page, found in self.pages.items())

    def best_page(self) -> int | None:
        """The page with the most matches (the first of equals), None without any."""
        if not self.pages:
            return None
        return min(self.pages, key=lambda page: (-len(self.pages[page]), page))


def locate(searcher: Searcher, stored_fields: dict[int, dict[str, Any]], units: list[Unit]
           ) -> dict[int, Located]:
    """For each global docnum (the keys of stored_fields, the hits' stored fields), where
    the units match."""
    docnums = list(stored_fields)
    positions = _positions(searcher, docnums, units)
    out: dict[int, Located] = {}
    for docnum in docnums:
        stored = stored_fields[docnum]
        out[docnum] = _place(stored.get(F.LAYOUT) or [0],
                             _matched(positions.get(docnum, {}), units))
        out[docnum].anchors = stored.get(F.ANCHORS) or {}
    return out


def _positions(searcher: Searcher, docnums: list[int], units: list[Unit]
               ) -> dict[int, dict[tuple[str, str], list[int]]]:
    """docnum -> (field, term) -> positions, for every term any unit names."""
    terms = sorted({pair for unit in units for word in unit.alternatives for pair in word})
    found: dict[int, dict[tuple[str, str], list[int]]] = {d: {} for d in docnums}
    if not terms or not docnums:
        return found
    leaves = searcher.leaf_searchers()
    offsets = [offset for _, offset in leaves]
    by_leaf: dict[int, list[int]] = {}
    for docnum in sorted(docnums):
        by_leaf.setdefault(bisect_right(offsets, docnum) - 1, []).append(docnum)
    for leaf_no, wanted in by_leaf.items():
        sub, offset = leaves[leaf_no]
        reader = sub.reader()
        for fieldname, text in terms:
            try:
                postings = reader.postings(fieldname, text)
            except (TermNotFound, KeyError):
                continue
            for docnum in wanted:
                if not postings.is_active():
                    break
                postings.skip_to(docnum - offset)
                if postings.is_active() and postings.id() == docnum - offset:
                    found[docnum][(fieldname, text)] = list(postings.value_as("positions"))
    return found


def _matched(positions: dict[tuple[str, str], list[int]], units: list[Unit]) -> set[int]:
    """The positions of every word that is part of a match of some unit."""
    out: set[int] = set()
    for unit in units:
        per_word = [set().union(*(positions.get(pair, ()) for pair in word))
                    for word in unit.alternatives]
        if len(per_word) == 1:
            out |= per_word[0]
            continue
        out |= _phrase_positions(per_word, unit.slop)
    return out


def _phrase_positions(per_word: list[set[int]], slop: int) -> set[int]:
    """Positions of the words of each occurrence of a phrase (each word after the one
    before it, at most slop positions further)."""
    reach = max(slop, 1)
    out: set[int] = set()
    for start in per_word[0]:
        chain, at = [start], start
        for following in per_word[1:]:
            nxt = next((p for p in range(at + 1, at + reach + 1) if p in following), None)
            if nxt is None:
                break
            chain.append(nxt)
            at = nxt
        else:
            out.update(chain)
    return out


def _place(layout: list[int], positions: set[int]) -> Located:
    """Sort positions into the title, the pages (relative to each page) and the extras."""
    located = Located()
    last_page = len(layout) - 2  # layout: title, pages..., extras
    for pos in positions:
        segment = bisect_right(layout, pos) - 1
        if segment <= 0:
            located.title = True
        elif segment > last_page:
            located.extras = True
        else:
            located.pages.setdefault(segment, set()).add(pos - layout[segment])
    return located

