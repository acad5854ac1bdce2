"""“Did you mean”: the query with each unknown word replaced by the likeliest indexed word."""
from __future__ import annotations

from collections.abc import Callable

from whoosh.reading import IndexReader

from indexer.analysis import WORD_PATTERN, fold
from indexer.translit import name_key
from indexer.variations import within_distance

FIELD = "content"
MIN_WORD = 3  # shorter words are too often meant as typed
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


def suggest(text: str, reader: IndexReader, has_hits: Callable[[str], bool]) -> str | None:
    """A corrected query, or None when no word is unknown or the correction finds nothing."""
    corrected, changed = text, False
    for match in reversed(list(WORD_PATTERN.finditer(text))):
        word = match.group()
        if not _plain_word(text, match.start(), match.end(), word):
            continue
        better = correct(fold(word), reader)
        if better is not None:
            corrected = corrected[:match.start()] + better + corrected[match.end():]
            changed = True
    if not changed or not has_hits(corrected):
        return None
    return corrected


def _plain_word(text: str, start: int, end: int, word: str) -> bool:
    """A word the user typed to be searched as is (not a field, operator, prefix or fuzzy)."""
    before, after = text[start - 1:start], text[end:end + 1]
    return (len(word) >= MIN_WORD and not word.isdigit() and word not in _OPERATORS
            and before not in (":", "-") and after not in (":", "*", "~", "?"))


def correct(word: str, reader: IndexReader) -> str | None:
    """The most frequent indexed word within edit distance 1 (2 for long words) of an unknown
    word; None if the word is indexed or nothing is close."""
    if reader.doc_frequency(FIELD, word) > 0 or reader.doc_frequency("xlat", name_key(word)) > 0:
        return None  # known, maybe in another script
    for maxdist in (1, 2) if len(word) >= 6 else (1,):
        best, best_df = None, 0
        for btext in reader.expand_prefix(FIELD, word[:1]):
            candidate = btext.decode("utf-8")
            if abs(len(candidate) - len(word)) > maxdist or candidate.isdigit():
                continue
            if within_distance(candidate, word, maxdist):
                df = reader.doc_frequency(FIELD, candidate)
                if df > best_df:
                    best, best_df = candidate, df
        if best is not None:
            return best
    return None
