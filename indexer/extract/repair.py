"""Repair, exactly, a PDF text layer garbled by a reversible code shift (no recognition needed).

Two breakages are reversible. A font's ToUnicode map may be off by a constant: the Russian
BBNJ PDF reads `ɋɈȽɅȺɒȿɇɂȿ` (U+024B...) for `СОГЛАШЕНИЕ` (U+0421...), an offset of −0x1D6. And
glyphs without any Unicode mapping come out as their glyph ids (MuPDF's
TEXT_USE_CID_FOR_UNKNOWN_UNICODE); in a TrueType font such as Times New Roman the first 258
glyphs follow the standard Macintosh order, so id 3 is a space, id 0x27 a "D" and 0xA9 a "«".
Each garbled line of a page is decoded both ways and keeps whichever reads as real text.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pymupdf

from indexer.textquality import garbled_share

# Glyph index -> character in the standard Macintosh glyph order (TrueType 'post' format 1)
# as Microsoft's core fonts (Times New Roman, Arial) keep it, without the no-break space
# (they draw it with the space glyph): 0-2 .notdef, .null and CR, 3-97 printable ASCII,
# then the Mac Roman extras. Measured on the BBNJ PDFs: 0xA9 is «, 0xB3 “ and 0xB6 ’.
MAC_ORDER = ("\0\0\0" + "".join(chr(c) for c in range(0x20, 0x7F))
             + "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…"
             + "ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄¤‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇŁłŠšŽž¦ÐðÝýÞþ−×¹²³½¼¾₣"
             + "ĞğİŞşĆćČčđ")
# The letters a shifted font map is decoded into, and the commonest of them in running text
# (a wrong shift lands on letters too, but on rare ones).
SCRIPTS: dict[str, tuple[range, str]] = {
    "cyrillic": (range(0x0400, 0x0460), "оеаинтсрвл"),
    "greek": (range(0x0386, 0x03CF), "αοιετσνηυρ"),
    "latin": (range(0x0041, 0x007B), "eaitnosrlu"),
}
# A line is considered for repair from this garbled share on.
LINE_GARBLED = 0.3
MIN_SHIFT_LETTERS = 20
# The right shift puts about half of the letters among the ten commonest; a wrong one far fewer.
MIN_PROFILE = 0.35
_WORDLIKE = re.compile(r"[^\W\d_]+(?:[-'’‘.·][^\W\d_]+)*\.?|[\d.,:/%()-]+|[^\w\s]*|"
                       r"[^\W\d_]?\d+[^\W\d_]?|[^\W\d_]{1,3}\)")
# Three letters or more without a vowel: glyph ids read as capitals ("VLWX" for "situ").
_VOWELLESS = re.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZбвгджзйклмнпрстфхцчшщБВГДЖЗЙКЛМНПРСТФХЦЧШЩ]"
                        r"{3,}")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])‘(?=[^\W\d_])")
_EDGES = "\"'«»“”„‘’()[],.;:!?–—-*•…"


@dataclass
class Repaired:
    """A page's repaired text (as PyMuPDF's "text" output would read) and its word boxes."""

    text: str
    words: list[list[Any]] = field(default_factory=list)  # [x0, y0, x1, y1, word, block, line]
    lines_repaired: int = 0


def document_shift(doc: pymupdf.Document, flags: int, sample: int = 8) -> int | None:
    """find_shift over the garbled lines of up to `sample` pages spread over the document
    (one page alone can mislead: a title page in capitals fits two offsets)."""
    step = max(1, doc.page_count // sample)
    texts = []
    for number in range(0, doc.page_count, step)[:sample]:
        for _, _, chars in _lines(doc[number], flags):
            text = "".join(c["c"] for c in chars)
            if _is_garbled(text):
                texts.append(text)
    return find_shift("".join(texts))


def repair_page(page: pymupdf.Page, flags: int, shift: int | None = None) -> Repaired | None:
    """The page's text with its garbled lines decoded (letters moved by shift, glyph ids
    read), or None when no line reads better: the layer is good, or garbled in a way no
    shift explains (then only OCR helps)."""
    lines = _lines(page, flags)
    texts = ["".join(c["c"] for c in chars) for _, _, chars in lines]
    garbled = [i for i, text in enumerate(texts) if _is_garbled(text)]
    if not garbled:
        return None
    if shift is None:
        shift = find_shift("".join(texts[i] for i in garbled))
    repaired = 0
    for i in garbled:
        better = _best_decoding(texts[i], shift)
        if better is not None:
            texts[i], repaired = better, repaired + 1
    if not repaired:
        return None
    return _assemble(lines, texts, repaired)


_LineChars = tuple[int, int, list[dict[str, Any]]]


def _lines(page: pymupdf.Page, flags: int) -> list[_LineChars]:
    """(block, line, chars) of every text line, in PyMuPDF's reading order."""
    found = []
    raw = page.get_text("rawdict", flags=flags)
    for b, block in enumerate(raw["blocks"]):
        for n, line in enumerate(block.get("lines", [])):
            found.append((b, n, [c for span in line["spans"] for c in span["chars"]]))
    return found


def _is_garbled(text: str) -> bool:
    return any(ord(c) < 0x20 for c in text) or badness(text) >= LINE_GARBLED


def find_shift(text: str) -> int | None:
    """The constant that moves text's out-of-script letters onto one script's letters, chosen
    so that the commonest letters come out commonest; None when no offset does."""
    strays = Counter(c for c in text if c.isalpha() and ord(c) >= 0x100)
    total = sum(strays.values())
    if total < MIN_SHIFT_LETTERS:
        return None
    votes: Counter[tuple[str, int]] = Counter()
    for char, count in strays.items():
        for script, (letters, _) in SCRIPTS.items():
            for target in letters:
                votes[script, target - ord(char)] += count
    covering = [(script, shift) for (script, shift), count in votes.items()
                if count >= 0.9 * total]
    for fold in (False, True):  # running text is mostly small letters; a title page is not
        best = max(((_profile(strays, shift, script, fold), shift)
                    for script, shift in covering), default=(0.0, None))
        if best[0] >= MIN_PROFILE:
            return best[1]
    return None


def _profile(strays: Counter[str], shift: int, script: str, fold: bool) -> float:
    """Share of the shifted letters that are among the script's ten commonest (small)."""
    letters, common = SCRIPTS[script]
    hits = 0
    for char, count in strays.items():
        target = chr(ord(char) + shift)
        if ord(target) in letters and (target.lower() if fold else target) in common:
            hits += count
    return hits / max(sum(strays.values()), 1)


def _best_decoding(text: str, shift: int | None) -> str | None:
    """The decoding of a garbled line that reads best, if it reads better than the line: the
    best for the whole line, with runs of words taken from another decoding where that
    reads better (a Russian line of shifted letters with "in situ" in glyph ids)."""
    decoders: list[Callable[[str], str]] = [_strays, _glyph_ids]
    if shift is not None:
        decoders.insert(0, lambda part: _shifted(part, shift))
    # Every decoder maps one character to one, so a word is the same slice of each decoding.
    decoded = [decode(text) for decode in decoders]
    chosen = min(decoded, key=badness)
    out = list(chosen)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", chosen)]
    for other in decoded:
        if other is not chosen:
            _take_better_runs(out, other, words)
    best = _APOSTROPHE.sub("’", "".join(out))
    return best if badness(best) < badness(text) else None


def _take_better_runs(out: list[str], other: str, words: list[tuple[int, int]]) -> None:
    """Replace in out each run of words that other decodes no worse, and somewhere better."""
    i = 0
    while i < len(words):
        j, better = i, False
        while j < len(words):
            start, end = words[j]
            mine, theirs = badness("".join(out[start:end])), badness(other[start:end])
            if theirs > mine:
                break
            better, j = better or theirs < mine, j + 1
        if better:
            for start, end in words[i:j]:
                out[start:end] = other[start:end]
        i = max(j, i + 1)


def badness(text: str) -> float:
    """How far text is from real words: garbled share, plus undecoded glyph ids (control
    characters) and tokens that are neither words nor numbers ("`lkpbos^qflk")."""
    controls = sum(ord(c) < 0x20 for c in text)
    tokens = text.split()
    odd = sum(len(t) for t in tokens if not _WORDLIKE.fullmatch(core := t.strip(_EDGES))
              or _VOWELLESS.fullmatch(core))
    size = max(sum(len(t) for t in tokens), 1)
    return garbled_share(text) + controls / max(len(text), 1) + odd / size


def _decode(char: str) -> str:
    """A glyph id as its character (.notdef and friends as a space: one glyph, one char)."""
    return MAC_ORDER[ord(char)].replace("\0", " ")


def _shifted(text: str, shift: int) -> str:
    """Out-of-script letters moved by shift; glyph ids (controls, Latin-1 signs) decoded."""
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 or (0x80 <= code < 0x100 and not char.isalpha()) or char == "ª":
            out.append(_decode(char))
        elif code >= 0x100 and char.isalpha() and 0x20 < code + shift < 0x10000 \
                and chr(code + shift).isalpha():
            out.append(chr(code + shift))
        else:
            out.append(char)
    return "".join(out)


def _glyph_ids(text: str) -> str:
    """Every character read as a glyph id in the Macintosh order (a space MuPDF inserted
    stays one); a mark beyond it (a glyph outside the order, e.g. a thin space) is a space."""
    out = []
    for char in text:
        if char != " " and ord(char) < len(MAC_ORDER):
            out.append(_decode(char))
        elif ord(char) >= len(MAC_ORDER) and unicodedata.category(char)[0] == "M":
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def _strays(text: str) -> str:
    """Good letters with stray glyph ids among them ("DURA%LE", "%IOLO*I4UE", "DESௗNATIONS"):
    controls decoded, a sign between letters decoded when it decodes to a letter or an
    apostrophe, marks outside the glyph order read as spaces."""
    out = list(text)
    for i, char in enumerate(text):
        code = ord(char)
        if code < 0x20:
            out[i] = _decode(char)
        elif code >= len(MAC_ORDER) and unicodedata.category(char)[0] == "M":
            out[i] = " "
        elif not char.isalpha() and code < len(MAC_ORDER) and _between_letters(text, i):
            decoded = _decode(char)
            if decoded.isalpha() or decoded in "‘’":
                out[i] = "’" if decoded == "‘" else decoded
    return "".join(out)


def _between_letters(text: str, i: int) -> bool:
    before = i > 0 and text[i - 1].isalpha()
    after = i + 1 < len(text) and text[i + 1].isalpha()
    return (before and after) or (after and (i == 0 or text[i - 1].isspace())) \
        or (before and (i + 1 == len(text) or text[i + 1].isspace()))


def _assemble(lines: list[_LineChars], texts: list[str],
              repaired: int) -> Repaired:
    """The page text (one line a line, as PyMuPDF writes it) and the words with boxes."""
    words: list[list[Any]] = []
    for (block, number, chars), text in zip(lines, texts, strict=True):
        words.extend(_line_words(block, number, chars, text))
    return Repaired("".join(text + "\n" for text in texts), words, repaired)


def _line_words(block: int, number: int, chars: list[dict[str, Any]], text: str
                ) -> list[list[Any]]:
    """Word boxes of one line: decoding keeps one character per glyph, so character i of
    text still sits in glyph i's box."""
    if len(text) != len(chars) or not chars:
        ends = [chars[0]["bbox"], chars[-1]["bbox"]] if chars else []
        return [_word(ends, text.strip(), block, number)] if text.strip() and ends else []
    found: list[list[Any]] = []
    current: list[str] = []
    boxes: list[Any] = []
    for char, glyph in zip(text, chars, strict=True):
        if char.isspace():
            if current:
                found.append(_word(boxes, "".join(current), block, number))
            current, boxes = [], []
        else:
            current.append(char)
            boxes.append(glyph["bbox"])
    if current:
        found.append(_word(boxes, "".join(current), block, number))
    return found


def _word(boxes: list[Any], text: str, block: int, line: int) -> list[Any]:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    return [round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2), text, block, line]
