"""Cross-script name keys: Cyrillic romanized, Latin spellings reduced to one comparable key.

A name is written `Мирзиёев`, `Mirziyoyev` or `Mirziyoev`; `Ташкент`, `Tashkent` or
`Toshkent`; `Алиев`, `Aliyev` or `Əliyev`. Cyrillic words are romanized (Uzbek Cyrillic to
the official Uzbek Latin alphabet, Russian to BGN/PCGN: both tables agree on the letters
they share), then every spelling is reduced to a *name key* that forgets the differences
between the romanization systems (kh/x, zh/j, sh/ş, yo/ye/e, o/a ...). The index holds the
key of every Cyrillic word and of every capitalised Latin word in a field of its own
(`xlat`); a query word matches the keys of the same name written in any script.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer

from indexer.analysis import WORD_PATTERN, Stateless, fold

__all__ = ["ENDINGS", "NameKeyTokenizer", "has_cyrillic", "name_key", "romanize", "word_keys"]

# Folded Cyrillic (ё is already е) to Latin: Russian BGN/PCGN with the Uzbek letters.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Uzbek
    "ў": "o", "қ": "q", "ғ": "g", "ҳ": "h",
    # Kazakh, Azerbaijani, Ukrainian and Belarusian letters met in the same texts
    "ә": "a", "ң": "ng", "ө": "o", "ү": "u", "ұ": "u", "і": "i", "ї": "yi", "є": "ye",
    "ґ": "g", "ҹ": "j", "һ": "h", "ј": "y",
}
_ROMAN_TABLE = str.maketrans({k: v for k, v in _CYRILLIC.items() if len(k) == 1})
# е is "ye" at the start of a word and after a vowel or a hard/soft sign (Ереван, Алиев).
_IOTATED_E = re.compile(r"(?:^|(?<=[аеёиоуыэюяъьўәөүі]))е")
_HAS_CYRILLIC = re.compile("[\u0400-\u04ff]").search

# Spelling differences the key forgets, applied in this order to folded Latin text.
_KEY_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"yo", "ye"),             # Мирзиёев is often printed Мирзиеев
        (r"shch", "s"),
        (r"dzh|dj", "j"),          # Джизак, Djizak, Jizzax
        (r"zh", "j"),              # Russian ж, Uzbek j
        (r"sh", "s"),              # ş folds to s: Şuşa, Shusha, Шуша
        (r"ch", "c"),              # ç folds to c
        (r"gh", "g"),
        (r"kh|h", "x"),            # Russian х as kh, Uzbek and Azerbaijani x
        (r"q", "k"),
        (r"w", "v"),
        (r"o", "a"),               # Uzbek o for Russian а: Toshkent, Ташкент
        (r"(?<=.)y", ""),          # Aliyev, Aliev, Алиев; only a leading y stays
        (r"(.)\1+", r"\1"),        # Jizzax, Джизак
    )
)
MIN_KEY = 3  # shorter keys match too much to be worth indexing


def has_cyrillic(word: str) -> bool:
    """True if word holds a Cyrillic letter."""
    return _HAS_CYRILLIC(word) is not None


def romanize(word: str) -> str:
    """Latin spelling of a folded Cyrillic word (other letters pass through)."""
    return _IOTATED_E.sub("ye", word).translate(_ROMAN_TABLE)


def name_key(word: str) -> str:
    """The comparable key of a folded word in any script: `Мирзиёев` and `Mirziyoev` agree."""
    if has_cyrillic(word):
        word = romanize(word)
    for pattern, replacement in _KEY_STEPS:
        word = pattern.sub(replacement, word)
    return word


def _ending_keys() -> frozenset[str]:
    """Keys of the inflectional endings a name takes in Russian, Uzbek and Azerbaijani."""
    russian = ("а я у ю е ом ем ой ей ою ею ы и ов ев ам ям ами ями ах ях ым им ыми "
               "ими ого его ому ему ую ая ий ые ых их ии ию ие ия ией")
    turkic = "ning nin nın in ın un ni ga ka qa da ta dan tan dagi lik lar ler a ya na de den"
    keys = {""}
    for ending in f"{russian} {turkic}".split():
        key = ending.translate(_ROMAN_TABLE) if has_cyrillic(ending) else fold(ending)
        for pattern, replacement in _KEY_STEPS:
            key = pattern.sub(replacement, "#" + key)[1:]  # "#": never word-initial
        keys.add(key)
    return frozenset(keys)


# A name's key followed by one of these is the same name inflected (Ташкенте, Toshkentda).
ENDINGS = _ending_keys()


def word_keys(word: str, stem: str) -> set[str]:
    """Keys a typed word may match under: its own, and its stem's when that is shorter."""
    keys = {name_key(word)}
    if stem and stem != word:
        keys.add(name_key(stem))
    return {k for k in keys if len(k) >= MIN_KEY}


class NameKeyTokenizer(Stateless, Tokenizer):
    """Emits the name key of every Cyrillic word and every capitalised Latin word.

    Lower-case Latin words are common words, not names: leaving them out keeps the field
    small in English texts. Character offsets point into the original text.
    """

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def key(self, word: str, query: bool = False) -> str:
        """The key of one word as written, "" when it is not indexed (query: always keyed)."""
        cached = self._cache.get(word)
        if cached is None:
            cached = ""
            if (query or has_cyrillic(word) or word[0].isupper()) and not word.isdigit():
                cached = name_key(fold(word))
                cached = cached if len(cached) >= MIN_KEY else ""
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def __call__(
        self, value: str, positions: bool = False, chars: bool = False,
        keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
        start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize or mode == "query":
            token.text = name_key(fold(value))
            token.pos, token.startchar, token.endchar = start_pos, start_char, start_char
            token.boost, token.stopped = 1.0, False
            yield token
            return
        for pos, match in enumerate(WORD_PATTERN.finditer(value), start_pos):
            text = self.key(match.group())
            if text:
                token.text, token.pos, token.boost, token.stopped = text, pos, 1.0, False
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                if keeporiginal:
                    token.original = match.group()
                yield token
