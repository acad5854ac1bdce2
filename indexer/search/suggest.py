"""“Did you mean”: the query with each unknown word replaced by the likeliest indexed word."""
from __future__ import annotations

from collections.abc import Callable

from indexer.analysis import WORD_PATTERN, ScriptStemmer, fold
from indexer.search import fields as F
from indexer.search.expand import Expander
from indexer.translit import name_key

MIN_WORD = 3  # shorter words are too often meant as typed
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO"})


def suggest(text: str, expander: Expander, stemmer: ScriptStemmer,
            has_hits: Callable[[str], bool]) -> str | None:
    """A corrected query, or None when no word is unknown or the correction finds nothing."""
    corrected, changed = text, False
    for match in reversed(list(WORD_PATTERN.finditer(text))):
        word = match.group()
        if not _plain_word(text, match.start(), match.end(), word):
            continue
        better = correct(fold(word), expander, stemmer)
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


def correct(word: str, expander: Expander, stemmer: ScriptStemmer) -> str | None:
    """The most frequent indexed word within edit distance 1 (2 for long words) of an unknown
    word; None if the word is indexed (in any form or script) or nothing is close."""
    reader = expander.reader
    if expander.known(word) or (F.BODY, stemmer.stem(word)) in reader or (
            F.NAMES, name_key(word)) in reader:
        return None
    for edits in (1, 2) if len(word) >= 6 else (1,):
        close = [w for w in expander.fuzzy(word, edits) if w != word and not w.isdigit()]
        if close:
            return max(close, key=expander.frequency)
    return None
