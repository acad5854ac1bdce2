"""Judge an extracted text layer: real text, no text (a scan) or garbage (a broken font map)."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from indexer.extract.types import TEXT_GARBLED, TEXT_NONE, TEXT_OK

# Below this many letters per page on average the file is treated as having no text layer.
MIN_LETTERS_PER_PAGE = 20
# A document whose garbled share reaches this is garbled. Clean PDFs of the treaty corpus
# measure < 0.1 %, Russian newspaper text (Latin letters slipped into Cyrillic words) < 1 %;
# the broken Russian, Chinese and Arabic PDFs measure 70-99 %.
GARBLED_THRESHOLD = 0.02
# One page this garbled (with at least PAGE_MIN_CHARS of words) proves a broken font map even
# when the rest reads well: the French BBNJ PDF has a garbage title page and broken headings.
PAGE_GARBLED = 0.5
PAGE_MIN_CHARS = 200
# A single page is recovered (repaired or recognised) from this garbled share on: below it a
# few odd glyphs do not justify replacing a text layer.
PAGE_RECOVER = 0.1
# Garbled share is measured on at most this many characters, spread over the whole document.
SAMPLE_CHARS = 40_000

# (first code point, script) — each range runs up to the next start. None: not a script.
# "latx" is the rare end of Latin Extended-B / IPA: broken Cyrillic fonts land there.
# "cjkx" is CJK Extension A and the radical blocks: broken Chinese fonts land there.
_RANGES: tuple[tuple[int, str | None], ...] = (
    (0x0000, None), (0x0041, "latin"), (0x005B, None), (0x0061, "latin"), (0x007B, None),
    (0x00AA, "latin"), (0x00AB, None), (0x00B5, "latin"), (0x00B6, None), (0x00BA, "latin"),
    (0x00BB, None), (0x00C0, "latin"), (0x023A, "latx"), (0x02B0, None), (0x0300, None),
    (0x0370, "greek"), (0x0400, "cyrillic"), (0x0530, "armenian"), (0x0590, "hebrew"),
    (0x0600, "arabic"), (0x0700, "syriac"), (0x0750, "arabic"), (0x0780, "thaana"),
    (0x07C0, "nko"), (0x0800, "other"), (0x08A0, "arabic"), (0x0900, "devanagari"),
    (0x0980, "bengali"), (0x0A00, "gurmukhi"), (0x0A80, "gujarati"), (0x0B00, "oriya"),
    (0x0B80, "tamil"), (0x0C00, "telugu"), (0x0C80, "kannada"), (0x0D00, "malayalam"),
    (0x0D80, "sinhala"), (0x0E00, "thai"), (0x0E80, "lao"), (0x0F00, "tibetan"),
    (0x1000, "myanmar"), (0x10A0, "georgian"), (0x1100, "hangul"), (0x1200, "ethiopic"),
    (0x13A0, "cherokee"), (0x1400, "canadian"), (0x1680, "ogham"), (0x16A0, "runic"),
    (0x1700, "other"), (0x1780, "khmer"), (0x1800, "mongolian"), (0x18B0, "canadian"),
    (0x1900, "other"), (0x1AB0, None), (0x1B00, "other"), (0x1C80, "cyrillic"),
    (0x1C90, "georgian"), (0x1CC0, "other"), (0x1D00, "latx"), (0x1DC0, None),
    (0x1E00, "latin"), (0x1F00, "greek"), (0x2000, None), (0x2C00, "other"),
    (0x2C60, "latx"), (0x2C80, "other"), (0x2D00, "georgian"), (0x2D30, "other"),
    (0x2DE0, "cyrillic"), (0x2E00, None), (0x2E80, "cjkx"), (0x2FE0, None), (0x3040, "kana"),
    (0x3100, "bopomofo"), (0x3130, "hangul"), (0x3190, None), (0x31A0, "bopomofo"),
    (0x31C0, None), (0x31F0, "kana"), (0x3200, None), (0x3400, "cjkx"), (0x4DC0, None),
    (0x4E00, "han"), (0xA000, "yi"), (0xA4D0, "other"), (0xA640, "cyrillic"),
    (0xA6A0, "other"), (0xA720, "latx"), (0xA800, "other"), (0xAB30, "latx"),
    (0xAB70, "cherokee"), (0xABC0, "other"), (0xAC00, "hangul"), (0xD7B0, "other"),
    (0xF900, "han"), (0xFB00, "latin"), (0xFB13, "armenian"), (0xFB1D, "hebrew"),
    (0xFB50, "arabic"), (0xFE00, None), (0xFE70, "arabic"), (0xFF00, None),
    (0xFF21, "latin"), (0xFF3B, None), (0xFF41, "latin"), (0xFF5B, None), (0xFF66, "kana"),
    (0xFFA0, "hangul"), (0xFFE0, None), (0x10000, "other"), (0x20000, "cjkx"),
    (0x30000, "other"),
)
_STARTS = tuple(start for start, _ in _RANGES)
# Letters of the "latx" range that real languages use (Azerbaijani, Hausa, Akan, Ewe).
_COMMON_LATX = frozenset("əƏɛƐɔƆɓƁɗƊ")
# Scripts that really do share one word: Latin with its IPA/extension letters, and the
# CJK scripts with each other and with Latin ("BBNJ协定", "漢字かな").
_COMPATIBLE = (frozenset({"latin", "latx"}),
               frozenset({"latin", "han", "kana", "hangul", "bopomofo"}))
# Characters no real text layer contains: controls, unassigned, private use, surrogates.
_BAD_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
# Character classes besides script names.
_SEPARATOR = ""      # digits, punctuation, symbols: end a run of letters
_JOIN = "join"       # combining marks and modifier letters (ʻ ʼ): belong to the run
_BAD = "bad"         # a character that proves a broken font map
_TOKEN = re.compile(r"\S+")
# Fast path: a token made of punctuation, digits and the letters of one common script (an
# ordinary word) needs no character-by-character look. Anything else takes the slow path.
_PUNCT = (r"!-@\[-`{-~\u00a0-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7"
          r"\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u214f\u2190-\u21ff\u2200-\u22ff"
          r"\u3000-\u303f\uff01-\uff20\uf000-\uf0ff")
_MARKS = r"\u0300-\u036f"
_ONE_SCRIPT = re.compile("|".join(f"[{_PUNCT}{_MARKS}{letters}]+" for letters in (
    (r"A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u0239\u0259\u025b\u0254"
     r"\u02bb\u02bc\u1e00-\u1eff\ufb00-\ufb06"),                                 # Latin
    r"\u0400-\u052f",                                                              # Cyrillic
    r"\u0370-\u03ff\u1f00-\u1fff",                                                 # Greek
    r"\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc",         # Arabic
    r"\u0590-\u05ff\ufb1d-\ufb4f",                                                 # Hebrew
    r"\u0900-\u097f",                                                              # Devanagari
    (r"A-Za-z\u4e00-\u9fff\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\uf900-\ufaff"
     r"\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f"),                                  # CJK
)))
_LETTER = re.compile(r"[^\W\d_]")
# A symbol standing for a letter between two letters ("DURA%LE", "TEC+NOLO*IES", "L¶UTILISATION").
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][%*+¶$][^\W\d_]")
_URLISH = re.compile(r"://|www\.|@")


def assess_text(pages: list[str]) -> str:
    """Return TEXT_OK, TEXT_NONE (no or almost no text, e.g. a scan) or TEXT_GARBLED."""
    if not _has_letters(pages, MIN_LETTERS_PER_PAGE * max(len(pages), 1)):
        return TEXT_NONE
    judge = _Judge()
    sample = _sample(pages, SAMPLE_CHARS)
    shares = [judge.share(page) for page in sample]
    sizes = [len(page) for page in sample]
    overall = sum(s * n for s, n in zip(shares, sizes)) / max(sum(sizes), 1)
    broken_page = any(s >= PAGE_GARBLED and n >= PAGE_MIN_CHARS for s, n in zip(shares, sizes))
    return TEXT_GARBLED if overall >= GARBLED_THRESHOLD or broken_page else TEXT_OK


def page_status(text: str) -> str:
    """One page's verdict: TEXT_NONE (under MIN_LETTERS_PER_PAGE letters), TEXT_GARBLED (a
    garbled share of PAGE_RECOVER or more) or TEXT_OK."""
    if not _has_letters([text], MIN_LETTERS_PER_PAGE):
        return TEXT_NONE
    return TEXT_GARBLED if garbled_share(text) >= PAGE_RECOVER else TEXT_OK


def garbled_share(text: str) -> float:
    """Share (0..1, by characters) of the words in text that are not plausible real words."""
    return _Judge().share(text)


def _has_letters(pages: list[str], needed: int) -> bool:
    """True once the pages hold at least `needed` letters (stops counting early)."""
    found = 0
    for page in pages:
        for start in range(0, len(page), 10_000):
            found += len(_LETTER.findall(page, start, start + 10_000))
            if found >= needed:
                return True
    return False


def _sample(pages: list[str], budget: int) -> list[str]:
    """The first page plus pages spread evenly over the document, about budget characters
    (a single huge page is cut to budget)."""
    size = sum(len(page) for page in pages)
    if size <= budget:
        return list(pages)
    picked = [pages[0][:budget]]
    taken = len(picked[0])
    stride = size / budget
    due = stride * taken
    seen = len(pages[0])
    for page in pages[1:]:
        seen += len(page)
        if seen >= due and taken < budget:
            picked.append(page[:budget - taken])
            taken += len(picked[-1])
            due = seen + stride * len(page)
    return picked


class _Judge:
    """Judges tokens; caches per character and per token (texts repeat both a lot)."""

    def __init__(self) -> None:
        """Start with empty caches."""
        self.classes: dict[str, str] = {}
        self.verdicts: dict[str, bool | None] = {}

    def share(self, text: str) -> float:
        """Share by characters of the letter-bearing tokens of text that are garbage."""
        total = bad = 0
        verdicts = self.verdicts
        for token in _TOKEN.findall(text):
            if token in verdicts:
                verdict = verdicts[token]
            else:
                verdict = verdicts[token] = self.judge(token)
            if verdict is None:
                continue
            total += len(token)
            if verdict:
                bad += len(token)
        return bad / total if total else 0.0

    def judge(self, token: str) -> bool | None:
        """True if token is garbage, False if plausible, None if it holds no letters."""
        if token.isascii() and not token.isprintable():
            return True  # an ASCII control character: a glyph id leaking from a font
        if token.isascii() or _ONE_SCRIPT.fullmatch(token):
            if not _LETTER.search(token):
                return None
            return _has_symbol_in_word(token)
        return self.judge_unicode(token)

    def judge_unicode(self, token: str) -> bool | None:
        """Judge a token with non-ASCII characters, run of letters by run of letters."""
        run: list[str] = []
        letters = False
        for char in token:
            kind = self.classes.get(char)
            if kind is None:
                kind = self.classes[char] = _classify(char)
            if kind == _BAD:
                return True
            if kind == _JOIN:
                continue
            if kind == _SEPARATOR:
                if run and _bad_run(run):
                    return True
                run = []
                continue
            letters = True
            run.append(kind)
        if run and _bad_run(run):
            return True
        return _has_symbol_in_word(token) if letters else None


def _classify(char: str) -> str:
    """A letter's script ("latin", "latx", "cyrillic", ...), or _JOIN, _BAD or _SEPARATOR."""
    if "\uf000" <= char <= "\uf0ff":
        return _SEPARATOR  # Symbol-font bullets and signs that Word maps to private use
    category = unicodedata.category(char)
    if category in _BAD_CATEGORIES or char == "\ufffd":
        return _BAD
    if category[0] == "M" or category == "Lm":
        return _JOIN
    if category[0] != "L":
        return _SEPARATOR
    if char in _COMMON_LATX:
        return "latin"
    return _RANGES[bisect_right(_STARTS, ord(char)) - 1][1] or "other"


def _has_symbol_in_word(token: str) -> bool:
    """True for "DURA%LE"-style words: a symbol between letters, outside URLs and e-mail."""
    return bool(_SYMBOL_IN_WORD.search(token)) and not _URLISH.search(token)


def _bad_run(run: list[str]) -> bool:
    """True if a run of letters mixes incompatible scripts or is mostly rare Latin letters."""
    rare = run.count("latx")
    if rare >= 2 and rare * 2 >= len(run):
        return True
    scripts = set(run)
    return len(scripts) > 1 and not any(scripts <= group for group in _COMPATIBLE)
