"""A document's own date, found in its text: the signature line, the adoption line, the title
page; written with digits or (in English) in words, in English, Russian, French or Spanish."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

# Month names, January first, as each language writes them in a date.
_MONTH_LISTS = {
    "en": "January February March April May June July August September October November "
          "December",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru-nominative": "январь февраль март апрель май июнь июль август сентябрь октябрь "
                     "ноябрь декабрь",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "abbreviated": "jan feb mar apr may jun jul aug sep oct nov dec",
}
_MONTH_LIST = {lang: names.split() for lang, names in _MONTH_LISTS.items()}
_MONTHS = {name.lower(): number for names in _MONTH_LIST.values()
           for number, name in enumerate(names, start=1)}
_MONTHS |= {"sept": 9, "fevrier": 2, "aout": 8, "decembre": 12, "setiembre": 9}
_MONTH = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + ")"

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBERS = {word: n for n, word in enumerate(_UNITS)} | _TENS
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
_NUMBER_WORD = "(?:" + "|".join(sorted([*_NUMBERS, "hundred", "thousand"], key=len,
                                       reverse=True)) + ")"
_YEAR_WORDS = rf"{_NUMBER_WORD}(?:(?:[\s,-]+and[\s-]+|[\s-]+){_NUMBER_WORD})*"
_ORDINAL = (r"(?:(?:twenty|thirty)[\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh"
            r"|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
            r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_S = r"[\s\u00a0]+"  # spaces, line breaks and no-break spaces between the parts

# One date expression; the first alternative that matches at a position wins.
_DATE = re.compile(
    rf"(?:the{_S})?(?P<dw>{_ORDINAL}|\.\.\.|…|_+){_S}day{_S}of{_S}(?P<mw>{_MONTH}),?{_S}"
    rf"(?:in{_S}the{_S}year{_S}(?:of{_S})?)?(?P<yw>{_YEAR_WORDS}|\d{{4}})\b"
    rf"|(?<![\d.])[«\"]?(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|-?го)?[»\"]?{_S}(?:de{_S})?"
    rf"(?P<m>{_MONTH})\.?,?{_S}(?:de{_S}|del{_S})?(?P<y>\d{{4}})(?!\d)"
    rf"|\b(?P<m2>{_MONTH})\.?{_S}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?{_S}(?P<y2>\d{{4}})(?!\d)"
    rf"|(?<![\d.-])(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?![\d-])"
    rf"|(?<![\d.])(?P<nd>\d{{1,2}})\.(?P<nm>\d{{1,2}})\.(?P<ny>\d{{4}})(?![\d.]\d)"
    rf"|\b(?P<m3>{_MONTH})\.?,?{_S}(?:de{_S}|del{_S})?(?P<y3>\d{{4}})(?!\d)",
    re.IGNORECASE)

# Words that open a signature line ("Done at Montego Bay, this tenth day of ...").
_SIGNATURE = re.compile(
    r"\b(?:done|opened\s+for\s+signature|signed)\s+(?:at|in)\b|\bсовершено\s+в\b"
    r"|\bfait\s+à\b|\bhecho\s+en\b", re.IGNORECASE)
# Lower-case pieces of those words: a page without any is not searched (most pages).
_SIGNATURE_HINTS = ("done", "opened", "signed", "совершено", "fait", "hecho")
# Words after which a date is the one a text was adopted on.
_ADOPTION = re.compile(
    r"\b(?:adopted|proclaimed|plenary\s+meeting|принят[аоы]?|пленарное\s+заседание"
    r"|adopté(?:e|s|es)?|séance\s+plénière|aprobad[ao]s?|adoptad[ao]s?|sesión\s+plenaria)\b",
    re.IGNORECASE)
_ADOPTION_HINTS = ("adopt", "proclaim", "plenary", "принят", "пленарн", "plénière",
                   "aprobad", "plenaria")
# A date right after these words is another text's ("the Convention of 10 December 1982").
_REFERENCE = re.compile(r"(?:\bof|\bот|\bdu|\bdel|\bde|\bsince|\buntil)\s*$", re.IGNORECASE)
# A year alone on a line of a title page ("UNITED NATIONS\n2023").
_YEAR_LINE = re.compile(r"^[ \t\u00a0]*(?P<y>1[5-9]\d\d|20\d\d)[ \t\u00a0]*"
                        r"(?:г\.|года?|год)?[ \t\u00a0]*$", re.MULTILINE | re.IGNORECASE)

SIGNATURE_REACH = 300   # characters after "Done at" within which its date must begin
ADOPTION_REACH = 200    # characters after "adopted" within which its date must begin
EDGE_PAGES = 3          # adoption dates are looked for in the first and last pages
TITLE_REACH = 1500      # characters of a title page in which its date is looked for
HEAD_LINES = 3          # lines of a flowing text (an article) that are its heading

# Why a date was chosen, strongest first.
KINDS = ("signature", "adoption", "title")


@dataclass(frozen=True)
class FoundDate:
    """A date found in a document's text: ISO ("1982-12-10", "1994-07" or "2023"), the
    1-based page it is on, and the kind of line it came from (one of KINDS)."""

    iso: str
    page: int
    kind: str


def parse_date(text: str) -> str | None:
    """The first date written in text, as ISO "YYYY-MM-DD" or "YYYY-MM"; None if none."""
    for _start, _end, iso in find_dates(text):
        return iso
    return None


def find_dates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, ISO date) of every valid date expression in text, in order."""
    for match in _DATE.finditer(text):
        iso = _iso(match)
        if iso is not None:
            yield match.start(), match.end(), iso


def document_date(pages: Sequence[str], flowing: bool = False) -> FoundDate | None:
    """The date of a document from its page texts: a signature line anywhere ("Done at …"),
    else an adoption line, else the first date on its title page (or a year alone on a
    line there); a later line that tells the same date more precisely refines it. flowing:
    the text is one long page (an article), whose "title page" is its first lines only (a
    date further down is most often that of an event it reports).
    None when the text names no date of its own."""
    title = _title_dates(pages) if not flowing else _heading_dates(pages)
    found = [*_signature_dates(pages), *_adoption_dates(pages), *title]
    if not found:
        return None
    best = min(found, key=lambda f: KINDS.index(f.kind))
    finer = [f for f in found if f.iso.startswith(best.iso) and len(f.iso) > len(best.iso)]
    return max(finer, key=lambda f: len(f.iso)) if finer else best


# Kinds whose date field is the author's own (front matter, a page's meta date): it wins.
DECLARING_KINDS = frozenset({"html", "text", "markdown"})
NOT_FOUND = "none"  # the date_source of a document whose date was looked for and not found
_FILE_DATE = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")


def choose_date(kind: str, pages: Sequence[str], declared: str | None, file_name: str
                ) -> tuple[str | None, str]:
    """(ISO date, where it came from) for a newly read document; the source is "text:p<n>"
    (page n of its text), "file" (its file name), "metadata" (the file's own date field)
    or NOT_FOUND with no date. A signature or adoption line wins, then a date in the file name,
    then the title page, then the metadata (for a PDF or DOCX, when the file was made, not
    the document) — except that a web page's or text's declared date wins over all."""
    if declared and kind in DECLARING_KINDS:
        return declared, "metadata"
    found = document_date(pages, flowing=kind != "pdf")
    if found is not None and found.kind != "title":
        return found.iso, text_source(found.page)
    named = file_name_date(file_name)
    if named is not None:
        return named, "file"
    if found is not None:
        return found.iso, text_source(found.page)
    return (declared, "metadata") if declared else (None, NOT_FOUND)


def text_source(page: int) -> str:
    """The date_source of a date read on a page: "text:p12"."""
    return f"text:p{page}"


def source_page(source: str | None) -> int | None:
    """The page of a "text:p12" date_source, None for any other."""
    match = re.fullmatch(r"text:p(\d+)", source or "")
    return int(match[1]) if match else None


def file_name_date(name: str) -> str | None:
    """A full date written in a file name ("1971-10-25_GA_Resolution.pdf"), as ISO."""
    match = _FILE_DATE.search(name)
    return _valid(int(match[1]), int(match[2]), int(match[3]), True) if match else None


def format_date(day: date, style: str) -> str:
    """day written as documents write it; style is "en" (10 December 1982), "en-us"
    (December 10, 1982), "en-words" (this tenth day of December, one thousand nine hundred
    and eighty-two), "ru" (10 декабря 1982 года), "fr" (10 décembre 1982), "es"
    (10 de diciembre de 1982) or "iso"."""
    def month(lang: str) -> str:
        return _MONTH_LIST[lang][day.month - 1]

    if style == "en":
        return f"{day.day} {month('en')} {day.year}"
    if style == "en-us":
        return f"{month('en')} {day.day}, {day.year}"
    if style == "en-words":
        return f"this {_ordinal_words(day.day)} day of {month('en')}, {_number_words(day.year)}"
    if style == "ru":
        return f"{day.day} {month('ru')} {day.year} года"
    if style == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month('fr')} {day.year}"
    if style == "es":
        return f"{day.day} de {month('es')} de {day.year}"
    if style == "iso":
        return day.isoformat()
    raise ValueError(f"unknown date style {style!r}")


# --- finding the lines -----------------------------------------------------------------
def _signature_dates(pages: Sequence[str]) -> Iterator[FoundDate]:
    for number, text in enumerate(pages, start=1):
        if not _mentions(text, _SIGNATURE_HINTS):
            continue
        for keyword in _SIGNATURE.finditer(text):
            if not _opens_sentence(text, keyword.start()):
                continue  # "the Agreement was opened for signature in New York on …"
            iso = _first_date_after(text, keyword.end(), SIGNATURE_REACH)
            if iso is not None:
                yield FoundDate(iso, number, "signature")


def _adoption_dates(pages: Sequence[str]) -> Iterator[FoundDate]:
    for number in _edge_pages(len(pages)):
        text = pages[number - 1]
        if not _mentions(text, _ADOPTION_HINTS):
            continue
        for keyword in _ADOPTION.finditer(text):
            iso = _first_date_after(text, keyword.end(), ADOPTION_REACH)
            if iso is not None:
                yield FoundDate(iso, number, "adoption")


def _heading_dates(pages: Sequence[str]) -> Iterator[FoundDate]:
    """A date in the first lines of a flowing text that are short enough to be its heading
    or dateline, not the start of its story."""
    if pages:
        lines = [line for line in pages[0].splitlines() if line.strip()][:HEAD_LINES]
        yield from _title_dates(["\n".join(line for line in lines if len(line) <= 80)])


def _title_dates(pages: Sequence[str]) -> Iterator[FoundDate]:
    """The first date of the first page that has one (of the first two, in its first
    TITLE_REACH characters), not one that names another text ("the Convention of
    10 December 1982"); else a lone year line."""
    for number, page in enumerate(pages[:2], start=1):
        text = page[:TITLE_REACH]
        for start, _end, iso in find_dates(text):
            if not _REFERENCE.search(text[max(0, start - 8):start]):
                yield FoundDate(iso, number, "title")
                return
    if pages:
        year = _YEAR_LINE.search(pages[0])
        if year is not None:
            yield FoundDate(year["y"], 1, "title")


def _mentions(text: str, hints: tuple[str, ...]) -> bool:
    """Whether text holds any of hints, ignoring case (much faster than the regex)."""
    lowered = text.lower()
    return any(hint in lowered for hint in hints)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at start is capitalised and opens a line or a sentence."""
    before = text[max(0, start - 20):start].rstrip(" \t\u00a0")
    return text[start].isupper() and (not before or before[-1] in "\n.;:")


def _edge_pages(count: int) -> list[int]:
    return sorted({*range(1, min(count, EDGE_PAGES) + 1),
                   *range(max(1, count - EDGE_PAGES + 1), count + 1)})


def _first_date_after(text: str, start: int, reach: int) -> str | None:
    """The date that begins within reach characters after start (its end may lie beyond)."""
    window = text[start:start + reach + 120]
    for begin, _end, iso in find_dates(window):
        return iso if begin <= reach else None
    return None


# --- reading one expression ------------------------------------------------------------
def _iso(match: re.Match[str]) -> str | None:
    """The ISO date of a _DATE match, None when it names no real day."""
    parts = match.groupdict()
    if parts["mw"] is not None:
        year = _year_of(parts["yw"])
        day = _ORDINAL_VALUES.get(_squash(parts["dw"]))
        return _valid(year, _MONTHS[parts["mw"].lower()], day)
    for d, m, y in (("d", "m", "y"), ("d2", "m2", "y2")):
        if parts[m] is not None:
            return _valid(int(parts[y]), _MONTHS[parts[m].lower()], int(parts[d]), True)
    if parts["iy"] is not None:
        return _valid(int(parts["iy"]), int(parts["im"]), int(parts["id"]), True)
    if parts["ny"] is not None:
        return _valid(int(parts["ny"]), int(parts["nm"]), int(parts["nd"]), True)
    return _valid(int(parts["y3"]), _MONTHS[parts["m3"].lower()], None)


def _valid(year: int | None, month: int, day: int | None, need_day: bool = False
           ) -> str | None:
    if year is None or not 1000 <= year <= 2999:
        return None
    try:
        if day is None:
            return None if need_day else date(year, month, 1).isoformat()[:7]
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _squash(words: str) -> str:
    return re.sub(r"[\s-]+", "-", words.strip().lower())


def _ordinal_values() -> dict[str, int]:
    values = dict(_ORDINALS)
    for tens_word, tens in (("twenty", 20), ("thirty", 30)):
        for unit_word, unit in list(_ORDINALS.items())[:9]:
            if tens + unit <= 31:
                values[f"{tens_word}-{unit_word}"] = tens + unit
    return values


_ORDINAL_VALUES = _ordinal_values()


def _year_of(text: str) -> int | None:
    """1982 from "1982", "one thousand nine hundred and eighty-two" or "nineteen hundred
    and eighty-two"; None when the words are no number."""
    if text.isdigit():
        return int(text)
    total = current = 0
    for word in re.split(r"[\s,-]+", text.lower()):
        if word in ("", "and"):
            continue
        if word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _NUMBERS:
            current += _NUMBERS[word]
        else:
            return None
    return total + current


def _number_words(n: int) -> str:
    """1982 as "one thousand nine hundred and eighty-two" (0 < n < 10000)."""
    thousands, rest = divmod(n, 1000)
    hundreds, below = divmod(rest, 100)
    parts = [f"{_UNITS[thousands]} thousand"] if thousands else []
    if hundreds:
        parts.append(f"{_UNITS[hundreds]} hundred")
    if below:
        words = _UNITS[below] if below < 20 else _tens_words(below)
        parts.append(f"and {words}" if parts else words)
    return " ".join(parts)


def _tens_words(n: int) -> str:
    tens = next(word for word, value in _TENS.items() if value == n // 10 * 10)
    return tens if n % 10 == 0 else f"{tens}-{_UNITS[n % 10]}"


def _ordinal_words(n: int) -> str:
    return next(word for word, value in _ORDINAL_VALUES.items() if value == n)

