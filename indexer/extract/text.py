"""Plain text and Markdown files: encoding detection, title, author and date from their headers."""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

from charset_normalizer import from_bytes

from indexer.errors import CorruptFile, UnsupportedFile
from indexer.extract.types import TEXT_NONE, Extracted

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
MAX_TITLE_CHARS = 150
# Only this much of a text file is read and indexed: a 200 MB log or dump would otherwise
# take gigabytes in the indexer. The original is stored whole all the same.
MAX_TEXT_BYTES = 10 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE one.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Legacy Cyrillic code pages, most common first (the first wins a tie).
_CYRILLIC_CODECS = ("cp1251", "koi8_r", "cp866")
# Labels that mean "Western" and are better read as their superset cp1252 (as browsers do).
_WESTERN_ALIASES = frozenset({"ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1"})
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
# Keys of a "Title: ..." style header at the top of a text file, mapped to Extracted fields.
_HEADER_KEYS = {
    "title": "title", "headline": "title", "заголовок": "title",
    "author": "author", "by": "author", "автор": "author",
    "source": "source", "publisher": "source", "site": "source", "источник": "source",
    "date": "published", "published": "published", "дата": "published",
    "url": "url", "link": "url", "ссылка": "url",
}
_HEADER_LINE = re.compile(r"^\s*([^\W\d_][\w ]{0,20}?)\s*:\s*(.+?)\s*$")
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE
)
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT_H1 = re.compile(r"^ {0,3}=+[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the codec that was used, and whether bytes were replaced."""

    text: str
    encoding: str
    lossy: bool = False


def extract_text(path: Path) -> Extracted:
    """Read a .txt or .md/.markdown file: its text, pages split on form feeds, and a title."""
    data, size = _read_head(path, MAX_TEXT_BYTES)
    decoded = decode_bytes(data)
    del data  # the bytes are not needed once decoded: hold one copy of a big text only
    if decoded is None:
        raise UnsupportedFile(f"“{path.name}” looks like a binary file, not text.")
    text = normalize_text(decoded.text)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        result = _markdown(text)
    else:
        result = _plain(text)
    result.metadata["encoding"] = decoded.encoding
    if decoded.lossy:
        result.warnings.append(
            f"Some bytes of “{path.name}” were not valid {decoded.encoding} and were replaced."
        )
    if size > MAX_TEXT_BYTES:
        result.warnings.append(truncation_note(size, MAX_TEXT_BYTES))
    return result


def truncation_note(size: int, limit: int) -> str:
    """The warning kept with a document whose text was cut at limit bytes."""
    return (f"The file is {size / 2**20:.0f} MB: only the first {limit // 2**20} MB of text "
            "were indexed; the original is kept whole.")


def _read_head(path: Path, limit: int) -> tuple[bytes, int]:
    """At most limit bytes from the start of the file, ending at a line end when cut, and
    the file's size. Never reads more than limit + 1 bytes into memory."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            data = fh.read(limit + 1)
    except OSError as exc:
        raise CorruptFile(f"“{path.name}” could not be read: {exc.strerror or exc}.") from exc
    if len(data) <= limit:
        return data, max(size, len(data))
    return _cut_whole(data[:limit]), max(size, limit + 1)


def _cut_whole(data: bytes) -> bytes:
    """data without a character or a line cut in two at its end."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data.count(0, 0, 4096) > 64:
        return data[:len(data) - len(data) % 4]  # UTF-16 or UTF-32: whole code units
    line_end = data.rfind(b"\n", len(data) - 2**20)
    if line_end >= 0:
        return data[:line_end + 1]
    return data[:_utf8_whole(data)]


def _utf8_whole(data: bytes) -> int:
    """Where data ends without a UTF-8 character cut in two (a single-byte code page loses
    at most a few characters)."""
    start = len(data) - 1
    while start > len(data) - 4 and 0x80 <= data[start] < 0xC0:  # continuation bytes
        start -= 1
    lead = data[start] if start >= 0 else 0
    if lead < 0xC0:
        return len(data)
    needed = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return len(data) if len(data) - start == needed else start


# --- decoding -------------------------------------------------------------------------------


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded | None:
    """Decode text of unknown encoding; None when the bytes look binary.

    Order: BOM, UTF-16 without BOM, (NUL bytes mean binary), UTF-8, the declared charset,
    legacy Cyrillic code pages, cp1252, charset-normalizer, and cp1252 with replacement.
    """
    decoded = _decode_bom(data) or _decode_utf16_no_bom(data)
    if decoded is None:
        if b"\x00" in data:
            return None
        decoded = (
            _decode_utf8(data)
            or _decode_declared(data, declared)
            or _decode_legacy(data)
            or _decode_normalizer(data)
            or Decoded(data.decode("cp1252", errors="replace"), "cp1252", lossy=True)
        )
    if _looks_binary(decoded.text):
        return None
    return decoded


def _decode_bom(data: bytes) -> Decoded | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, lossy = _decode_lenient(data[len(bom):], codec)
            return Decoded(text, codec, lossy)
    return None


def _decode_lenient(data: bytes, codec: str) -> tuple[str, bool]:
    try:
        return data.decode(codec), False
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace"), True


def _decode_utf16_no_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: NUL bytes sit on one side of the code units only."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    units = len(data) // 2
    if odd_nuls >= units * 0.1 and even_nuls <= odd_nuls * 0.02:
        codec = "utf-16-le"
    elif even_nuls >= units * 0.1 and odd_nuls <= even_nuls * 0.02:
        codec = "utf-16-be"
    else:
        return None
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _decode_utf8(data: bytes) -> Decoded | None:
    """Strict UTF-8; also mostly-valid UTF-8 (a cut-off end, a few stray bytes), with a flag."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    if good >= 3 and bad <= max(2, good * 0.05):
        return Decoded(text, "utf-8", lossy=True)
    return None


def _decode_declared(data: bytes, declared: str | None) -> Decoded | None:
    if not declared:
        return None
    codec = "cp1252" if declared.strip().lower() in _WESTERN_ALIASES else declared.strip()
    try:
        return Decoded(data.decode(codec), codec)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_legacy(data: bytes) -> Decoded | None:
    """Legacy single-byte text: a Cyrillic code page if it reads as Russian-like words, else
    cp1252 if it reads as a Western language (few accented letters per word)."""
    best: tuple[float, str, str] | None = None
    for codec in _CYRILLIC_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _cyrillic_score(text)
        if score >= 0.8 and (best is None or score > best[0]):
            best = (score, codec, text)
    if best is not None:
        return Decoded(best[2], best[1])
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return Decoded(text, "cp1252") if _western_plausible(text) else None


def _cyrillic_score(text: str) -> float:
    """Share of words with non-ASCII letters that are well-formed Cyrillic words: one script,
    and lower, Title or UPPER case. 0 unless most letters are Cyrillic and most non-ASCII
    characters are letters (a wrong code page gives box-drawing signs and symbols)."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    letters = sum(len(w) for w in _WORD.findall(text))
    cyrillic = sum(len(_CYRILLIC.findall(w)) for w in words)
    non_ascii = len(_NON_ASCII.findall(text))
    if not words or cyrillic < letters * 0.5 or cyrillic < non_ascii * 0.9:
        return 0.0
    good = sum(1 for w in words if _is_cyrillic_word(w))
    return good / len(words)


def _is_cyrillic_word(word: str) -> bool:
    if len(_CYRILLIC.findall(word)) != len(word):
        return False
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def _western_plausible(text: str) -> bool:
    """Western European text has mostly ASCII letters; Cyrillic or Greek bytes read as cp1252
    turn into words made only of accented letters."""
    letters = "".join(_WORD.findall(text))
    if not letters:
        return True
    accented = sum(1 for ch in letters if not ch.isascii())
    return accented <= len(letters) * 0.3 and len(_LATIN.findall(letters)) == len(letters)


def _decode_normalizer(data: bytes) -> Decoded | None:
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return Decoded(str(best), best.encoding)


def _looks_binary(text: str) -> bool:
    """More than a few control characters other than tab, newlines and form feed."""
    return len(_BAD_CONTROLS.findall(text)) > max(2, len(text) * 0.01)


def normalize_text(text: str) -> str:
    """Unix newlines, NFC, no BOM character at the start."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


# --- plain text -----------------------------------------------------------------------------


def _plain(text: str) -> Extracted:
    result = _new("text", text)
    header, rest = parse_header(text)
    _apply_fields(result, header)
    if result.title is None:
        title, section = first_line_title(rest)
        result.title = title
        if section:
            result.metadata["section"] = section
    return result


def _new(kind: str, text: str) -> Extracted:
    if not text.strip():
        return Extracted(kind=kind, pages=[""], text_status=TEXT_NONE)
    return Extracted(kind=kind, pages=text.split("\f"))


def parse_header(text: str) -> tuple[dict[str, str], str]:
    """A "Title: …", "Source: …", "Date: …", "URL: …" block at the very top of a file, and
    the text after it.

    Taken only when the file starts with at least two lines of such known keys, so that an
    ordinary first sentence with a colon is not mistaken for a header.
    """
    lines = text.lstrip("\n").split("\n")
    fields: dict[str, str] = {}
    count = 0
    for line in lines:
        match = _HEADER_LINE.match(line)
        key = _HEADER_KEYS.get(match.group(1).strip().lower()) if match else None
        if match is None or key is None:
            break
        fields.setdefault(key, match.group(2))
        count += 1
    if count < 2:
        return {}, text
    return fields, "\n".join(lines[count:])


def _apply_fields(result: Extracted, fields: dict[str, str]) -> None:
    result.title = fields.get("title") or result.title
    result.author = fields.get("author") or result.author
    result.source = fields.get("source") or result.source
    if fields.get("url"):
        result.metadata["url"] = fields["url"]
    raw_date = fields.get("published")
    if raw_date:
        result.published = iso_date(raw_date)
        result.metadata["date"] = raw_date


def first_line_title(text: str) -> tuple[str | None, str | None]:
    """The first non-empty line if it is short (a headline), and a section label before it.

    A lone word on the first line followed by a headline ("Events", then the title, as in
    pages saved from news sites) is taken as the section and the next line as the title.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:2]
    if not lines or len(lines[0]) >= MAX_TITLE_CHARS:
        return None, None
    first = lines[0]
    if len(lines) == 2 and _is_label(first) and _is_headline(lines[1]):
        return lines[1], first
    return first, None


def _is_label(line: str) -> bool:
    return len(line) <= 30 and len(line.split()) == 1 and line.isalpha()


def _is_headline(line: str) -> bool:
    return len(line) < MAX_TITLE_CHARS and len(line.split()) >= 2


# --- Markdown -------------------------------------------------------------------------------


def _markdown(text: str) -> Extracted:
    front, body = split_front_matter(text)
    result = _new("markdown", body)
    _apply_front_matter(result, front)
    if result.title is None:
        result.title = markdown_heading(body)
    if result.title is None:
        result.title = first_line_title(body)[0]
    return result


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter (`---` … `---`) as flat key/value strings, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group(1).split("\n"):
        pair = _FRONT_LINE.match(line)
        if pair and pair.group(2) and not pair.group(2).startswith(("|", ">")):
            fields[pair.group(1).lower()] = _unquote(pair.group(2))
    if not fields:  # a thematic break (---), not front matter
        return {}, text
    return fields, text[match.end():]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _apply_front_matter(result: Extracted, front: dict[str, str]) -> None:
    fields = {_HEADER_KEYS[k]: v for k, v in front.items() if k in _HEADER_KEYS}
    _apply_fields(result, fields)
    for key, value in front.items():
        if key not in _HEADER_KEYS:
            result.metadata[key] = value


def markdown_heading(text: str) -> str | None:
    """The first level-1 heading (ATX `# x` or Setext `x` over `===`), else the first heading
    of any level; code blocks are skipped."""
    first_any: str | None = None
    in_fence = False
    previous = ""
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            continue
        atx = _ATX_HEADING.match(line)
        if atx and len(atx.group(1)) == 1:
            return _plain_inline(atx.group(2))
        if _SETEXT_H1.match(line) and previous.strip():
            return _plain_inline(previous.strip())
        if atx and first_any is None:
            first_any = _plain_inline(atx.group(2))
        previous = line
    return first_any


def _plain_inline(text: str) -> str:
    """Heading text without links, emphasis and code marks."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]+", "", text).strip()


# --- dates ----------------------------------------------------------------------------------


def iso_date(raw: str) -> str | None:
    """An ISO 8601 date ("2023-06-19", "2023-06" or "2023") from common written forms."""
    value = raw.strip()
    for parse in (_iso_like, _numeric_date, _named_month_date, _rfc2822_date):
        found = parse(value)
        if found:
            return found
    return None


def _valid(year: int, month: int, day: int | None = None) -> str | None:
    try:
        if day is None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_like(value: str) -> str | None:
    match = re.match(r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:$|[T\s])", value)
    if not match:
        return None
    year, month, day = match.groups()
    if month is None:
        return year if 1000 <= int(year) <= 2999 else None
    return _valid(int(year), int(month), int(day) if day else None)


def _numeric_date(value: str) -> str | None:
    """Day first, as written in Europe and Russia: 19.06.2023, 19/06/2023."""
    match = re.match(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})\b", value)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    return _valid(year, month, day)


def _named_month_date(value: str) -> str | None:
    """"19 June 2023", "June 19, 2023", "19 июля 2025 года", "June 2023"."""
    words = re.findall(r"[^\W\d_]+|\d+", value.lower())
    months = [_MONTHS[w[:3]] for w in words if not w.isdigit() and w[:3] in _MONTHS]
    numbers = [int(w) for w in words if w.isdigit()]
    years = [n for n in numbers if 1000 <= n <= 2999]
    days = [n for n in numbers if 1 <= n <= 31]
    if not months or not years:
        return None
    return _valid(years[0], months[0], days[0] if days else None)


def _rfc2822_date(value: str) -> str | None:
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
