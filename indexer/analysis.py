"""Words as Dossier reads them: tokenizing, Latin/Turkic folding, Russian/English stemming."""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Any

import Stemmer

__all__ = [
    "ANALYZER_VERSION",
    "APOSTROPHES",
    "WORD_PATTERN",
    "ScriptStemmer",
    "fold",
    "normalize_tag",
    "tag_paths",
    "term_spans",
]

# Bump whenever any analyzer emits different terms for the same text: the index
# stores this number and is rebuilt when it changes.
ANALYZER_VERSION = 2

# Largest number of entries a per-instance cache holds before it is emptied.
CACHE_LIMIT = 200_000

# Every character Uzbek, English, French... texts use as an in-word apostrophe.
APOSTROPHES = "'\u02bb\u02bc\u2018\u2019`\u00b4\u02b9\u2032"

# A letter or digit: Unicode \w without "_" and without the modifier-letter
# apostrophes (U+02B9, U+02BB, U+02BC are category Lm, so \w would take them).
_LETTER = r"[^\W_\u02b9\u02bb\u02bc]"
# Soft hyphen and zero-width (non-)joiners occur inside words, mostly from PDFs.
_JOINERS = "\u00ad\u200c\u200d"
_APOS_CLASS = "[" + re.escape(APOSTROPHES) + "]"


def _mark_class() -> str:
    """Return a regex class of the combining marks (Mn, Mc, Me) of the BMP."""
    ranges: list[list[int]] = []
    # CJK ideographs and Hangul syllables hold no marks: skip them for speed.
    for code in [*range(0x300, 0x3400), *range(0xA000, 0xAC00), *range(0xF900, 0x10000)]:
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    parts = (f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)
    return "[" + "".join(parts) + _JOINERS + "]"


# A word: letters/digits, combining marks and joiners after its first letter, and
# apostrophes only between letters. Hyphens, underscores and all else split words.
WORD_PATTERN = re.compile(f"{_LETTER}+(?:{_mark_class()}+{_LETTER}*|{_APOS_CLASS}{_LETTER}+)*")
_POSSESSIVE = re.compile(f"(?<={_LETTER}){_APOS_CLASS}[sS](?!{_LETTER})")
_INNER_APOSTROPHE = re.compile(f"(?<={_LETTER}){_APOS_CLASS}(?={_LETTER})")
_SPACES = re.compile(r"\s+")

# Letters whose folded form Unicode decomposition does not give.
_SPECIAL_FOLDS = {
    "\u0130": "i",  # İ: "İ".lower() would give i + combining dot
    "\u0131": "i",  # ı
    "\u018f": "a",  # Ə
    "\u0259": "a",  # ə (IPA block, outside the Latin ranges)
    "\u00df": "ss",
    "\u1e9e": "ss",
    "\u00c6": "ae",
    "\u00e6": "ae",
    "\u0152": "oe",
    "\u0153": "oe",
    "\u00d0": "d",
    "\u00f0": "d",
    "\u00de": "th",
    "\u00fe": "th",
    "\u0401": "\u0435",  # Ё
    "\u0451": "\u0435",  # ё
}
_LETTER_WITH = re.compile(r"^LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) WITH ")
# Removed by fold: stray combining diacritics (after NFC composition), Arabic
# harakat and tatweel, soft hyphen, zero-width (non-)joiners.
_DELETED = [*range(0x300, 0x370), *range(0x64B, 0x660), 0x670, 0x640, 0xAD, 0x200C, 0x200D]


def _latin_fold(char: str) -> str | None:
    """Return the plain lowercase ASCII form of a Latin letter, or None to keep it."""
    if char in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[char]
    if not unicodedata.category(char).startswith("L"):
        return None
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base.isascii() and base.isalpha():
        return base.lower()
    match = _LETTER_WITH.match(unicodedata.name(char, ""))
    return match.group(1).lower() if match else None


def _build_fold_table() -> dict[int, str | None]:
    """Build the str.translate table of fold() once, at import."""
    table: dict[int, str | None] = dict.fromkeys(_DELETED)
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        folded = _latin_fold(chr(code))
        if folded is not None and folded != chr(code):
            table[code] = folded
    table.update({ord(k): v for k, v in _SPECIAL_FOLDS.items()})
    return table


_FOLD_TABLE = _build_fold_table()
# Cheap tests that skip work most words do not need (translate is the slow step).
_FOLDABLE_SEARCH = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_TABLE) + "]").search
_APOSTROPHE_SEARCH = re.compile(_APOS_CLASS).search


def fold(text: str) -> str:
    """Normalise text for matching, the same at index and query time.

    Drops apostrophes between letters (and a possessive 's), applies NFKC
    (ligatures, full-width forms), maps İ/ı to i and Ə/ə to a, strips accents
    from Latin letters only (ß→ss, æ→ae, ø→o...), lowercases and maps ё to е.
    Cyrillic letters such as й, ў, қ are never decomposed.
    """
    if text.isascii():
        if "'" in text or "`" in text:
            text = _drop_apostrophes(text)
        return text.lower()
    if _APOSTROPHE_SEARCH(text):
        text = _drop_apostrophes(text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _FOLDABLE_SEARCH(text):
        text = text.translate(_FOLD_TABLE)
    return text.lower()


def _drop_apostrophes(text: str) -> str:
    """Remove a possessive 's and every apostrophe between two letters."""
    return _INNER_APOSTROPHE.sub("", _POSSESSIVE.sub("", text))


_RUSSIAN_CHARS = frozenset("абвгдежзийклмнопрстуфхцчшщъыьэюя0123456789")


class ScriptStemmer:
    """Stems folded words by script: Cyrillic (Russian letters only) with Russian Snowball,
    ASCII Latin with English Snowball; numbers and other scripts stay as they are."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}
        self._local = threading.local()

    def _stemmer(self, algorithm: str) -> Any:
        """Return this thread's PyStemmer object for the algorithm (they are not thread-safe)."""
        stemmer = getattr(self._local, algorithm, None)
        if stemmer is None:
            stemmer = Stemmer.Stemmer(algorithm, 0)  # 0: no internal cache, ours is faster
            setattr(self._local, algorithm, stemmer)
        return stemmer

    def _compute(self, word: str) -> str:
        if word.isascii():
            if word.isdigit():
                return word
            return str(self._stemmer("english").stemWord(word))
        if _RUSSIAN_CHARS.issuperset(word):
            return str(self._stemmer("russian").stemWord(word))
        return word

    def stem(self, word: str) -> str:
        """Return the stem of a folded word, from the cache when possible."""
        result = self._cache.get(word)
        if result is None:
            result = self._compute(word)
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = result
        return result


# A tag: anything between commas and newlines.
_TAG = re.compile(r"[^,\n]+")


def normalize_tag(tag: str) -> str:
    """Return the folded form of one tag: spaces collapsed, none around '/'."""
    return "/".join(_SPACES.sub(" ", part).strip() for part in fold(tag).split("/"))


def tag_paths(tag: str) -> list[str]:
    """Return a normalized hierarchical tag and all its ancestors, longest first."""
    parts = [part for part in normalize_tag(tag).split("/") if part]
    return ["/".join(parts[:n]) for n in range(len(parts), 0, -1)]


def term_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word of text, as the index sees it (for highlighting)."""
    return [(m.start(), m.end(), fold(m.group())) for m in WORD_PATTERN.finditer(text)]
