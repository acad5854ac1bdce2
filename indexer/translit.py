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

from indexer.analysis import fold

__all__ = ["ENDINGS", "has_cyrillic", "key_readings", "latin_forms", "name_key", "romanize",
           "word_keys"]

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


def key_readings(key: str) -> list[str]:
    """The key of an indexed word and the keys it has without each inflectional ending it may
    carry: looking a typed name's key up among these finds the name inflected."""
    out = [key]
    for ending in ENDINGS:
        if ending and key.endswith(ending) and len(key) - len(ending) >= MIN_KEY:
            out.append(key[: -len(ending)])
    return out


def is_name(word: str) -> bool:
    """True for a word indexed under a name key: a capitalised one, in either script (a
    lower-case word is not a name; keying every Cyrillic word made a third of the index)."""
    return word[:1].isupper()


# Uzbek Cyrillic to the official Uzbek Latin alphabet (apostrophes fold away later).
_UZBEK = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "o",
    "қ": "q", "ғ": "g", "ҳ": "h",
})
# Azerbaijani Cyrillic (used until 1991) to the Azerbaijani Latin alphabet.
_AZERBAIJANI = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "q", "ғ": "ğ", "д": "d", "е": "e", "ә": "ə", "ж": "j",
    "з": "z", "и": "i", "ы": "ı", "ј": "y", "й": "y", "к": "k", "ҝ": "g", "л": "l", "м": "m",
    "н": "n", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü",
    "ф": "f", "х": "x", "һ": "h", "ч": "ç", "ҹ": "c", "ш": "ş", "ю": "yu", "я": "ya",
    "ц": "ts", "ъ": "", "ь": "", "э": "e", "ё": "yo",
})
_UZBEK_ONLY = frozenset("ўқғҳ")
_AZERBAIJANI_ONLY = frozenset("әөүҝҹјһ")
_UZ_IOTATED_E = re.compile(r"(?:^|(?<=[аеёиоуэюяўъь]))е")


def latin_forms(word: str, language: str | None = None) -> list[str]:
    """The folded Latin spellings of a word in Uzbek or Azerbaijani: itself when Latin; when
    Cyrillic, its official Latin spelling in language ("uz" or "az"), or in both when the
    language is not known and the letters allow either."""
    lower = word.lower()
    if not has_cyrillic(lower):
        return [fold(word)]
    letters = set(lower)
    languages = [language] if language in ("uz", "az") else [
        code for code, only, other in (("uz", _UZBEK_ONLY, _AZERBAIJANI_ONLY),
                                       ("az", _AZERBAIJANI_ONLY, _UZBEK_ONLY))
        if not letters & other or letters & only]
    out = []
    for code in languages or ["uz"]:
        if code == "uz":
            latin = _UZ_IOTATED_E.sub("ye", lower).translate(_UZBEK)
        else:
            latin = lower.translate(_AZERBAIJANI)
        out.append(fold(latin))
    return list(dict.fromkeys(out))
