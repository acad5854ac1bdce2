"""Whoosh analyzers for Dossier: word tokenizing, Latin/Turkic folding, Russian/English stemming."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from typing import Any

import Stemmer
from whoosh.analysis import Filter, Token, Tokenizer

__all__ = [
    "ANALYZER_VERSION",
    "APOSTROPHES",
    "FoldFilter",
    "ScriptStemFilter",
    "TagTokenizer",
    "WordTokenizer",
    "content_analyzer",
    "exact_analyzer",
    "fold",
    "keyword_analyzer",
    "normalize_tag",
    "tag_paths",
]

# Bump whenever any analyzer emits different terms for the same text: the index
# stores this number and is rebuilt when it changes.
ANALYZER_VERSION = 1

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


class Stateless:
    """An analysis component without settings: equal to any other of its class, and pickled
    (into the index schema) without its caches, which are rebuilt on loading."""

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}()"


class ScriptStemFilter(Stateless, Filter):
    """Stems Cyrillic (Russian) words with Russian and Latin words with English Snowball."""

    is_morph = True

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
        """Stem an already folded word by its script; leave numbers and other scripts."""
        if word.isascii():
            if word.isdigit():
                return word
            return self._stemmer("english").stemWord(word)
        if _RUSSIAN_CHARS.issuperset(word):
            return self._stemmer("russian").stemWord(word)
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

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stem = self.stem
        for token in tokens:
            if not token.stopped:
                token.text = stem(token.text)
            yield token


class FoldFilter(Filter):
    """Applies fold() to each token, for composing with other Whoosh tokenizers."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


class WordTokenizer(Tokenizer):
    """Splits text into words and folds them, stemming too when stem=True, in one pass.

    Character offsets point into the original text. With tokenize=False the whole
    value is folded (never stemmed: it is a prefix, wildcard or range bound).
    Passing no_morph=True skips stemming for that call.
    """

    def __init__(self, stem: bool = False) -> None:
        self.stem = stem
        self.is_morph = stem
        self._stemmer = ScriptStemFilter() if stem else None
        self._caches: dict[bool, dict[str, str]] = {True: {}, False: {}}

    def __getstate__(self) -> dict[str, Any]:
        return {"stem": self.stem}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__ and other.stem == self.stem  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, self.stem))

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}(stem={self.stem})"

    def term(self, word: str, stem: bool = True) -> str:
        """Return the index term of one word: folded, and stemmed if asked and enabled."""
        stem = stem and self._stemmer is not None
        cache = self._caches[stem]
        result = cache.get(word)
        if result is None:
            result = fold(word)
            if stem:
                result = self._stemmer.stem(result)  # type: ignore[union-attr]
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            cache[word] = result
        return result

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        no_morph: bool = False,
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            return iter([_whole_value(token, value, fold(value), start_pos, start_char)])
        stem = self.stem and not no_morph
        if chars or keeporiginal:
            return self._spans(token, value, stem, keeporiginal, start_pos, start_char)
        return self._words(token, value, stem, start_pos)

    def _words(self, token: Token, value: str, stem: bool, start_pos: int) -> Iterator[Token]:
        """Yield terms (and positions) only: the indexing fast path, findall is cheapest."""
        lookup = self._caches[stem].get
        term = self.term
        for pos, word in enumerate(WORD_PATTERN.findall(value), start_pos):
            text = lookup(word) or term(word, stem)
            if text:
                token.text = text
                token.pos = pos
                token.boost = 1.0
                token.stopped = False
                yield token

    def _spans(
        self, token: Token, value: str, stem: bool, keep: bool, start_pos: int, start_char: int
    ) -> Iterator[Token]:
        """Yield terms with character offsets into value (and the original word if keep)."""
        lookup = self._caches[stem].get
        term = self.term
        for pos, match in enumerate(WORD_PATTERN.finditer(value), start_pos):
            word = match.group()
            text = lookup(word) or term(word, stem)
            if text:
                token.text = text
                token.pos = pos
                token.boost = 1.0
                token.stopped = False
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
                if keep:
                    token.original = word
                yield token


def _whole_value(token: Token, value: str, text: str, start_pos: int, start_char: int) -> Token:
    """Fill the token for an untokenized value (tokenize=False)."""
    token.original = value
    token.text = text
    token.boost = 1.0
    token.stopped = False
    if token.positions:
        token.pos = start_pos
    if token.chars:
        token.startchar = start_char
        token.endchar = start_char + len(value)
    return token


# A tag: anything between commas and newlines.
_TAG = re.compile(r"[^,\n]+")


def normalize_tag(tag: str) -> str:
    """Return the folded form of one tag: spaces collapsed, none around '/'."""
    return "/".join(_SPACES.sub(" ", part).strip() for part in fold(tag).split("/"))


def tag_paths(tag: str) -> list[str]:
    """Return a normalized hierarchical tag and all its ancestors, longest first."""
    parts = [part for part in normalize_tag(tag).split("/") if part]
    return ["/".join(parts[:n]) for n in range(len(parts), 0, -1)]


class TagTokenizer(Stateless, Tokenizer):
    """Tokenizes a tag field: tags separated by commas or newlines, each folded whole.

    At index time a hierarchical tag "Region/Central Asia" also yields its
    ancestors ("region/central asia", "region"), so tag:region finds every
    sub-tag. At query time only the tag itself is emitted.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            yield _whole_value(token, value, normalize_tag(value), start_pos, start_char)
            return
        pos = start_pos
        seen: set[str] = set()
        for match in _TAG.finditer(value):
            paths = tag_paths(match.group())
            for text in paths[:1] if mode == "query" else paths:
                if not text or text in seen:
                    continue
                seen.add(text)
                yield _whole_value(token, match.group(), text, pos, start_char + match.start())
                pos += 1


def content_analyzer() -> WordTokenizer:
    """Analyzer for body text: words folded and stemmed; no stop words are dropped."""
    return WordTokenizer(stem=True)


def exact_analyzer() -> WordTokenizer:
    """Analyzer for the unstemmed twin field used to boost exact word matches."""
    return WordTokenizer(stem=False)


def keyword_analyzer() -> TagTokenizer:
    """Analyzer for tags: comma/newline separated, folded, hierarchical ancestors indexed."""
    return TagTokenizer()


def term_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, index term) of each word of text, as the index sees it (for highlighting)."""
    return [(t.startchar, t.endchar, t.text)
            for t in exact_analyzer()(text, chars=True, removestops=False)]
