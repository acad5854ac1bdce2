"""Fast dependency-free language detection from script counts and stop words."""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

__all__ = ["MIN_LETTERS", "detect_language", "detect_page_languages"]

# Fewer letters than this (a Han or Hangul character counts as three) is too little text.
MIN_LETTERS = 20
# Long texts are judged on this many characters, taken from spread positions.
SAMPLE_CHARS = 6_000
SAMPLE_PIECES = 6
# A page with fewer letters than this takes its document's language.
SHORT_PAGE_LETTERS = 200
# A Latin-script guess needs at least this much evidence (stop words + letter bonus).
MIN_EVIDENCE = 2

_SCRIPTS = {
    "latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0259\u1e00-\u1eff",
    "cyrillic": "\u0400-\u052f",
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "kana": "\u3040-\u30ff",
    "hangul": "\uac00-\ud7af\u1100-\u11ff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
}
# Deleting everything outside a script leaves that script's letters to count.
_NOT_SCRIPT = {name: re.compile(f"[^{chars}]+") for name, chars in _SCRIPTS.items()}
_SCRIPT_LANGUAGE = {"arabic": "ar", "hangul": "ko"}

_APOSTROPHE = re.compile("[\u02bb\u02bc\u2018\u2019`\u00b4\u02b9\u2032]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# Uzbek Latin oʻ / gʻ (any apostrophe), but not English "o's", "g's", "o't".
_UZ_LATIN_MARK = re.compile(r"[og]'(?![st]\b)[a-z]")
# Uzbek plural + case endings with plain i/a (Turkish writes -ları, Azerbaijani -ları/-ləri),
# inside a word (_suffixes: a pattern opening with \B is tried at every character, 15 times
# slower than one opening with its letters).
_UZ_LATIN_SUFFIX = re.compile(r"lar(?:i|ni|ga|da|dan|ini|ning|ining|idan)\b")
_UZ_CYRILLIC = re.compile("[ўқғҳЎҚҒҲ]")
# Letters of Cyrillic languages other than Russian and Uzbek (uk, be, kk, tg, sr, mk...).
_OTHER_CYRILLIC = re.compile("[іїєґәөүұңһјљњћџђѓќѕӣӯҷӏІЇЄҐӘӨҮҰҢҺЈЉЊЋЏЂЃЌЅӢӮҶ]")

_STOPWORDS = {
    "en": "the no of and to in is that for it with as was on be by are this at from or an have"
    " has not but which were their been will would its they he she his her we you there can",
    "fr": "le la les de des du et est un une que qui dans pour pas sur au aux ce il elle ne se"
    " sont par avec plus ou été cette leur ses en",
    "es": "el la los las de del y en que es un una por con para se no al lo su sus como más"
    " pero fue ha son está entre",
    "de": "der die das und ist nicht ein eine zu den dem des mit von sich auf für im auch es"
    " wird werden wurde sind bei aus nach oder",
    "uz": "va bu bilan uchun ham bir har yoki deb esa emas edi bo'lib bo'lgan qilish kerak hamda"
    " barcha o'z uning ularning bo'yicha lekin",
    "az": "və bu ilə üçün bir hər olan da də ki kimi onun öz olunur edir deyil isə ya yaxud"
    " hüququ olaraq bütün",
    "tr": "ve bir bu için ile da de ki olan gibi daha çok en ne ama olarak değil kadar sonra her",
    "ru": "и в не что на с по как это он она они я к у же из за от для о а но бы его ее был"
    " было при до или также",
    "uz_cyrillic": "ва бу учун билан ҳам эса бир ҳар ёки деб бўлиб экан қилиш ҳамда барча ўз унинг"
    " бўйича лекин",
}
_STOPS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_LATIN_LANGUAGES = ("en", "fr", "es", "de", "uz", "az", "tr")


def _sample(text: str) -> str:
    """Return text, or for a long text SAMPLE_PIECES slices from spread positions."""
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // SAMPLE_PIECES
    step = (len(text) - size) // (SAMPLE_PIECES - 1)
    return "\n".join(text[i * step : i * step + size] for i in range(SAMPLE_PIECES))


def _count(script: str, sample: str) -> int:
    """Count the letters of one script in the sample."""
    return len(_NOT_SCRIPT[script].sub("", sample))


def _script_counts(sample: str, letters: int) -> dict[str, int]:
    """Count letters per script; the rarer scripts only when Latin and Cyrillic are a minority."""
    counts = {"latin": _count("latin", sample), "cyrillic": _count("cyrillic", sample)}
    if 2 * (counts["latin"] + counts["cyrillic"]) < letters:
        counts.update({name: _count(name, sample) for name in ("han", "kana", "hangul", "arabic")})
    return counts


def _normalize(sample: str) -> str:
    """Lowercase the sample, with İ as i and every apostrophe variant as '."""
    return _APOSTROPHE.sub("'", sample.replace("İ", "i")).lower()


def _hits(words: Counter[str], lang: str) -> int:
    """Return how many words of the sample are stop words of lang."""
    return sum(map(words.get, _STOPS[lang], repeat(0)))


def _cyrillic_language(sample: str, words: Counter[str], letters: int) -> str | None:
    """Tell Russian from Uzbek (Cyrillic); None for other Cyrillic languages."""
    uz_letters = len(_UZ_CYRILLIC.findall(sample))
    other_letters = len(_OTHER_CYRILLIC.findall(sample))
    ru_hits, uz_hits = _hits(words, "ru"), _hits(words, "uz_cyrillic")
    threshold = max(2, letters // 200)
    if uz_letters >= threshold and uz_letters > other_letters and uz_hits >= ru_hits:
        return "uz"
    if other_letters >= threshold:
        return None
    return "ru"


def _latin_language(sample: str, words: Counter[str]) -> str | None:
    """Pick the Latin-script language with the most stop words and telltale letters."""
    schwa = sample.count("ə")
    scores = {lang: _hits(words, lang) for lang in _LATIN_LANGUAGES}
    scores["az"] += schwa
    scores["uz"] += len(_UZ_LATIN_MARK.findall(sample)) + _suffixes(sample)
    if not schwa:
        scores["tr"] += sample.count("ı")
    best = max(scores, key=scores.__getitem__)  # ties go to the earlier language
    return best if scores[best] >= MIN_EVIDENCE else None


def _suffixes(sample: str) -> int:
    """How many Uzbek plural + case endings end a longer word of the sample."""
    return sum(1 for match in _UZ_LATIN_SUFFIX.finditer(sample)
               if match.start() and _is_word_char(sample[match.start() - 1]))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _main_script(counts: dict[str, int]) -> str | None:
    """Return the script with most letters, Han and kana counted together as "cjk"."""
    counts["cjk"] = counts.get("han", 0) + counts.get("kana", 0)
    scripts = [name for name in counts if name not in ("han", "kana")]
    best = max(scripts, key=counts.__getitem__)
    return best if counts[best] else None


def _han_language(counts: dict[str, int]) -> str:
    """Japanese when kana is a real share of the CJK text, else Chinese."""
    return "ja" if counts["kana"] * 5 >= counts["han"] else "zh"


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's main language, or None if unsure.

    Knows en, ru, uz (Latin or Cyrillic), az, tr, fr, es, de by stop words and
    letters, and zh, ja, ko, ar by script. Long texts are sampled (~6k chars).
    """
    sample = _normalize(_sample(text))
    words = _WORD.findall(sample)
    letters = sum(map(len, words))
    if letters < MIN_LETTERS // 3:
        return None
    counts = _script_counts(sample, letters)
    if letters + 2 * (counts.get("han", 0) + counts.get("hangul", 0)) < MIN_LETTERS:
        return None
    script = _main_script(counts)
    if script is None or 2 * counts[script] < letters:
        return None  # mostly a script this module does not know
    if script == "cjk":
        return _han_language(counts)
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    if script == "cyrillic":
        return _cyrillic_language(sample, Counter(words), counts["cyrillic"])
    return _latin_language(sample, Counter(words))


def detect_page_languages(pages: list[str]) -> list[str | None]:
    """Detect each page's language; a page with some letters but too few to judge
    (under SHORT_PAGE_LETTERS) takes the language of the whole document."""
    found = [detect_language(page) for page in pages]
    if all(lang is not None for lang in found):
        return found
    whole = detect_language("\n".join(pages))
    return [
        whole if lang is None and _is_short(page) else lang
        for lang, page in zip(found, pages, strict=True)
    ]


def _is_short(page: str) -> bool:
    """True if the page holds some letters, but fewer than SHORT_PAGE_LETTERS."""
    letters = sum(map(len, _WORD.findall(page[: SHORT_PAGE_LETTERS * 20])))
    return 0 < letters < SHORT_PAGE_LETTERS
