"""Read a PDF with PyMuPDF: page texts, metadata, a sensible title and existing annotations."""
from __future__ import annotations

import math
import re
import stringprep
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from indexer.errors import CorruptFile, DossierError, ImportFailed, NeedsPassword
from indexer.extract.types import TEXT_GARBLED, TEXT_NONE, Extracted
from indexer.textquality import assess_text, garbled_share

# Plain text with ligatures split ("ﬁ" -> "fi") and text outside the page box dropped.
# Glyphs without a Unicode mapping keep their font code, so a broken font map stays
# recognisable (and repairable) instead of turning into U+FFFD. No de-hyphenation: every
# line-end hyphen in the treaty corpus belongs to a compound ("benefit-sharing",
# "capacity-building"), and MuPDF's TEXT_DEHYPHENATE does not change "text" output anyway.
TEXT_FLAGS = (pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
              | pymupdf.TEXT_USE_CID_FOR_UNKNOWN_UNICODE)
# For the layout ("dict") of the first pages: the same, without image data.
LAYOUT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
MAX_TITLE = 240
# Annotation types that are not a reader's marks: links, form fields, pop-up windows.
SKIPPED_ANNOTS = frozenset({"Link", "Widget", "Popup"})
# Text-markup annotations: their vertices are quads over the marked text.
MARKUP_ANNOTS = frozenset({"Highlight", "Underline", "StrikeOut", "Squiggly"})
# What a file that is not a PDF starts with, to say what it is.
MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
         (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive or Office document"),
         (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
         (b"{\\rtf", "an RTF document"), (b"<", "an HTML or XML file"))

_FILE_NAME = re.compile(
    r"\.(pdf|docx?|rtf|odt|txt|tex|dvi|ps|eps|indd|qxd|xlsx?|pptx?|html?|jpe?g|png|tiff?)$",
    re.IGNORECASE)
_APP_PREFIX = re.compile(r"^(microsoft (word|powerpoint|excel)|untitled|document\d*)\b",
                         re.IGNORECASE)
_GENERIC = re.compile(
    r"^(untitled( document)?(-\d+)?|document\d*|title|no title|none|null|unknown|default|"
    r"new document|presentation|slide \d+|book\d*|sheet\d*|draft|final|pdf|print|template|"
    r"united nations|general assembly|security council|economic and social council|"
    r"contents|table of contents|introduction|abstract|preface|foreword|summary|annex|"
    r"advance,? unedited version|distr\.?( general| limited)?|original: \w+|"
    r"resolution adopted by the general assembly( on .*)?)$", re.IGNORECASE)
_CODE_TOKEN = re.compile(r"^(\W*[A-Z]{1,4}\W*|.*\d.*|\W+)$")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "beyond", "by", "for", "from", "in", "into", "of", "on", "or",
    "over", "the", "to", "under", "upon", "with",  # English
    "de", "del", "des", "du", "en", "et", "la", "las", "le", "les", "los", "y", "à", "au", "aux",
    "al", "el", "sobre", "und", "der", "die", "das", "von", "zu", "im", "di", "e", "o", "da",
    "do", "dos", "na", "no",  # French, Spanish, German, Italian, Portuguese
    "в", "во", "и", "к", "на", "о", "об", "по", "при", "с", "со", "у", "за", "из", "от", "для",
    "до",  # Russian
})
# The first words of a heading that says what a diplomatic document is.
_TYPED_TITLE = re.compile(
    r"^(letter|note verbale|note|aide-m[ée]moire|memorandum|resolution|decision|report|"
    r"agreement|treaty|convention|declaration|protocol|statement|communiqu[ée]|lettre|"
    r"r[ée]solution|d[ée]cision|rapport|accord|trait[ée]|d[ée]claration|protocole|"
    r"письмо|нота|памятная записка|меморандум|резолюция|решение|доклад|соглашение|договор|"
    r"конвенция|декларация|протокол|заявление|коммюнике)\b", re.IGNORECASE)
_ROMAN = re.compile(r"^[IVXLCDM]+[.,:;]?$")


@dataclass
class _Line:
    """One text line of a page's layout."""

    text: str
    size: float
    bold: bool
    top: float
    bottom: float


def extract_pdf(path: Path, password: str | None = None) -> Extracted:
    """Read one PDF; raise NeedsPassword or CorruptFile with a sentence a user can read."""
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    pymupdf.TOOLS.reset_mupdf_warnings()
    name = path.name
    doc = _open(path, password)
    try:
        return _read(doc, name)
    except DossierError:
        raise
    except Exception as exc:  # MuPDF raises plain RuntimeError/ValueError on broken files
        raise CorruptFile(f"“{name}” is not a readable PDF: it is damaged ({_reason(exc)}).") \
            from exc
    finally:
        doc.close()


def _open(path: Path, password: str | None) -> pymupdf.Document:
    """Open path as a PDF and unlock it; every failure becomes a DossierError."""
    name = path.name
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (FileNotFoundError, pymupdf.FileNotFoundError) as exc:
        raise ImportFailed(f"“{name}” could not be found.") from exc
    except Exception as exc:
        raise CorruptFile(f"“{name}” is not a readable PDF: {_open_reason(path, exc)}") from exc
    if not doc.is_pdf:  # MuPDF sniffs the content and happily opens images and e-books
        doc.close()
        raise CorruptFile(f"“{name}” is not a readable PDF: {_open_reason(path, None)}")
    try:
        _unlock(doc, name, password)
        if doc.page_count < 1:
            damaged = " (it is damaged and no page could be recovered)" if doc.is_repaired else ""
            raise CorruptFile(f"“{name}” is not a readable PDF: it has no pages{damaged}.")
    except DossierError:
        doc.close()
        raise
    except Exception as exc:
        doc.close()
        raise CorruptFile(f"“{name}” is not a readable PDF: it is damaged ({_reason(exc)}).") \
            from exc
    return doc


def _unlock(doc: pymupdf.Document, name: str, password: str | None) -> None:
    """Authenticate an encrypted document (an empty user password needs nothing)."""
    if not doc.needs_pass:
        return
    if password is None:
        raise NeedsPassword(f"“{name}” is encrypted and needs a password.")
    if not any(doc.authenticate(variant) for variant in _password_variants(password)):
        raise NeedsPassword(f"The password for “{name}” is wrong.")


def _password_variants(password: str) -> list[str]:
    """The password as typed, then SASLprep-ed (RFC 4013), which AES-256 (R6) PDFs expect
    and MuPDF does not apply: "SªSL\u00adprep" -> "SaSLprep"."""
    mapped = "".join(" " if stringprep.in_table_c12(c) else c for c in password
                     if not stringprep.in_table_b1(c))
    prepared = unicodedata.normalize("NFKC", mapped)
    return [password] if prepared == password else [password, prepared]


def _open_reason(path: Path, exc: Exception | None) -> str:
    """Why a file would not open as a PDF, in a few words."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as error:
        return f"it cannot be read ({error.strerror or error})."
    if not head:
        return "the file is empty."
    if b"%PDF" not in head:
        for magic, kind in MAGIC:
            if head.lstrip().startswith(magic):
                return f"it is {kind}, not a PDF."
        return "it is not a PDF file."
    return f"it is damaged ({_reason(exc)})." if exc else "it is not a PDF file."


def _reason(exc: BaseException) -> str:
    """What went wrong, in a few words: the exception's message or MuPDF's last complaint."""
    if isinstance(exc, MemoryError):
        return "it needs too much memory"
    detail = re.sub(r"^code=\d+:\s*", "", str(exc).strip())
    if not detail or detail.startswith(("Failed to open", "cannot open")):
        complaints = [line.split(":", 1)[1].strip()
                      for line in pymupdf.TOOLS.mupdf_warnings().splitlines()
                      if line.startswith(("format error:", "syntax error:", "error:"))]
        detail = complaints[-1] if complaints else detail or type(exc).__name__
    detail = detail.rstrip(".")
    return detail if len(detail) <= 120 else detail[:117] + "..."


def _read(doc: pymupdf.Document, name: str) -> Extracted:
    """Everything Dossier takes from an opened, unlocked PDF."""
    warnings: list[str] = []
    pages, failed = _page_texts(doc, warnings)
    if len(failed) == len(pages):
        raise CorruptFile(f"“{name}” is not a readable PDF: none of its pages can be read "
                          f"({failed[min(failed)]}).")
    status = assess_text(pages)
    metadata = _raw_metadata(doc)
    if doc.is_repaired:
        warnings.append(f"“{name}” is damaged; MuPDF repaired it while reading, so some text "
                        "may be missing.")
    return Extracted(
        kind="pdf",
        pages=pages,
        title=_title(doc, metadata.get("title", ""), status, warnings),
        author=_clean_author(metadata.get("author", "")),
        published=pdf_date(metadata.get("creationDate", "")),
        language=_language(doc),
        text_status=status,
        metadata=metadata,
        warnings=warnings,
        annotations=_annotations(doc, failed, warnings),
    )


def _page_texts(doc: pymupdf.Document,
                warnings: list[str]) -> tuple[list[str], dict[int, str]]:
    """The text of every page, and why pages failed, by page index (their text is "")."""
    pages: list[str] = []
    failed: dict[int, str] = {}
    for number in range(doc.page_count):
        try:
            pages.append(doc[number].get_text("text", flags=TEXT_FLAGS))
        except Exception as exc:  # noqa: BLE001 - MuPDF fails in many ways; keep the rest
            pages.append("")
            failed[number] = _reason(exc)
            warnings.append(f"Page {number + 1} could not be read ({failed[number]}).")
    return pages, failed


def _raw_metadata(doc: pymupdf.Document) -> dict[str, str]:
    """The document information dictionary as non-empty strings."""
    raw = doc.metadata or {}
    return {key: str(value).strip() for key, value in raw.items()
            if value is not None and str(value).strip()}


def pdf_date(value: str) -> str | None:
    """A PDF date ("D:20240809144620Z", "20010115") as ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not 1000 < int(year) < 2200:
        return None
    if month is None or not 1 <= int(month) <= 12:
        return year
    if day is None or not 1 <= int(day) <= 31:
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def _fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1/Windows-1252 ("Ð¡Ð¾Ð³Ð»" -> "Согл"), common in metadata."""
    if text.isascii():
        return text
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in text)
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _clean_author(author: str) -> str | None:
    """The author from the metadata, unless it is an empty or placeholder value."""
    author = " ".join(_fix_mojibake(author).split())
    if author.lower() in {"", "unknown", "administrator", "admin", "user", "owner", "author"}:
        return None
    return author


def _language(doc: pymupdf.Document) -> str | None:
    """The two-letter code of the catalog's /Lang entry ("en-US" -> "en"), if any."""
    try:
        kind, value = doc.xref_get_key(doc.pdf_catalog(), "Lang")
    except Exception:  # noqa: BLE001 - a broken catalog only costs the language
        return None
    if kind != "string":
        return None
    code = value.strip().split("-")[0].split("_")[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def is_junk_title(title: str) -> bool:
    """True if title says nothing about the document: empty, a file name, an id, boilerplate."""
    text = " ".join(title.split()).strip(" .,:;-_*")
    letters = sum(char.isalpha() for char in text)
    if letters < 3 or letters < 0.5 * len(text.replace(" ", "")):
        return True
    if _FILE_NAME.search(text) or _APP_PREFIX.match(text) or _GENERIC.match(text):
        return True
    if " " not in text and (re.search(r"[\d_+=/\\]", text) or len(text) > 30):
        return True  # "UNCLOS+ANNEXES+RES.+AGREEMENT", "A_L.632", "doc_2023_final"
    if all(_CODE_TOKEN.match(token) for token in text.split()):
        return True  # "XXI-10 CTC", "A/RES/77/321"
    return garbled_share(text) > 0.2


def _title(doc: pymupdf.Document, meta_title: str, status: str,
           warnings: list[str]) -> str | None:
    """The metadata title if it is real, else the first page's heading, else None."""
    meta_title = _fix_mojibake(meta_title)
    if meta_title and not is_junk_title(meta_title):
        return _tidy_title(meta_title)
    if status in (TEXT_GARBLED, TEXT_NONE):
        return None
    try:
        return _heading_title(doc)
    except Exception as exc:  # noqa: BLE001 - a broken first page only costs the title
        warnings.append(f"No title could be read from the first page ({_reason(exc)}).")
        return None


def _heading_title(doc: pymupdf.Document) -> str | None:
    """The title printed on page 1: its biggest heading, else an emphasised line, else the
    first meaningful line."""
    page = doc[0]
    lines = _layout_lines(page)
    body = _body_size(doc, lines)
    cutoff = page.rect.y0 + 0.75 * page.rect.height
    groups = [g for g in _group_lines(lines) if g[0].top < cutoff]
    for pick in (_biggest_heading, _emphasised_heading, _first_meaningful):
        found = pick(groups, body)
        if found:
            return _tidy_title(found)
    return None


def title_from_words(words: list[list[object]], page_height: float) -> str | None:
    """The title printed on a page, found in recognised or repaired word boxes
    ([x0, y0, x1, y1, word, block, line]) the way _heading_title finds it in a text layer."""
    lines: dict[tuple[object, object], list[list[object]]] = {}
    for word in words:
        lines.setdefault((word[5], word[6]), []).append(word)
    layout = []
    for found in lines.values():
        heights = sorted(float(w[3]) - float(w[1]) for w in found)  # type: ignore[arg-type]
        layout.append(_Line(" ".join(str(w[4]) for w in found), round(heights[len(heights) // 2], 1),
                            False, min(float(w[1]) for w in found),  # type: ignore[arg-type]
                            max(float(w[3]) for w in found)))  # type: ignore[arg-type]
    sizes: Counter[float] = Counter()
    for line in layout:
        sizes[round(line.size * 2) / 2] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    top = [line for line in layout if line.top < 0.75 * page_height]
    typed = _typed_heading(top)
    if typed:
        return _tidy_title(typed)
    # A heading starts with a capital or a number; body text is no title for a scan.
    groups = [g for g in _group_lines(top) if g[0].text[:1].isupper() or g[0].text[:1].isdigit()]
    for pick in (_biggest_heading, _emphasised_heading):
        found_title = pick(groups, body)
        if found_title:
            return _tidy_title(found_title)
    return None


def _typed_heading(lines: list[_Line]) -> str | None:
    """A heading that names what the document is ("Letter dated ... from ...", "Note
    verbale", "Резолюция ..."), with the lines that continue it: on a scan, recognised line
    heights are too uneven to find headings by size."""
    for i, line in enumerate(lines):
        if not _TYPED_TITLE.match(line.text) or len(line.text.split()) < 3:
            continue
        if i and _close_below(lines[i - 1], line) and _is_caps(lines[i - 1].text) \
                == _is_caps(line.text):
            continue  # the middle of a paragraph or of a list of agenda items
        group = [line]
        for following in lines[i + 1:i + 7]:
            last = group[-1]
            tokens = following.text.split()
            if (not _close_below(last, following)
                    or _is_caps(following.text) != _is_caps(line.text)
                    or sum(len(t) == 1 for t in tokens) * 2 >= len(tokens)):
                break
            group.append(following)
        text = _group_text(group)
        if _usable(text, 4):
            return text
    return None


def _close_below(above: _Line, line: _Line) -> bool:
    """True if line follows above with no more than a normal line gap."""
    return line.top - above.bottom <= 0.8 * max(above.bottom - above.top, 1.0)


def _layout_lines(page: pymupdf.Page) -> list[_Line]:
    """The page's text lines in content-stream order (which keeps columns together)."""
    lines: list[_Line] = []
    for block in page.get_text("dict", flags=LAYOUT_FLAGS)["blocks"]:
        for line in block.get("lines", []):
            spans = [span for span in line["spans"] if span["text"].strip()]
            if not spans:
                continue
            sizes: Counter[float] = Counter()
            for span in spans:
                sizes[round(span["size"], 1)] += len(span["text"].strip())
            bold = any(span["flags"] & pymupdf.TEXT_FONT_BOLD or "Bold" in span["font"]
                       for span in spans)
            text = "".join(span["text"] for span in line["spans"])
            top, bottom = line["bbox"][1], line["bbox"][3]
            lines.append(_Line(" ".join(text.split()), sizes.most_common(1)[0][0], bold, top,
                               bottom))
    return lines


def _body_size(doc: pymupdf.Document, first: list[_Line]) -> float:
    """The commonest font size (by characters) on the first three pages."""
    sizes: Counter[float] = Counter()
    pages = [first]
    for number in range(1, min(doc.page_count, 3)):
        try:
            pages.append(_layout_lines(doc[number]))
        except Exception:  # noqa: BLE001, S112 - a broken page only drops out of the count
            continue
    for lines in pages:
        for line in lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _group_lines(lines: list[_Line]) -> list[list[_Line]]:
    """Consecutive lines of one size, close together and of one case, form a group."""
    groups: list[list[_Line]] = []
    for line in lines:
        last = groups[-1][-1] if groups else None
        if last and abs(line.top - last.top) < 2 and line.text == last.text:
            continue  # text drawn twice for a bold effect
        if last and _continues(last, line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _continues(last: _Line, line: _Line) -> bool:
    """True if line belongs to the same heading or paragraph as last."""
    if abs(line.size - last.size) > 0.5:
        return False
    if abs(line.top - last.top) < 2:
        return True
    if line.top - last.bottom > 0.8 * line.size:
        return False
    return _is_caps(line.text) == _is_caps(last.text)


def _is_caps(text: str) -> bool:
    """True if text has letters and all of them are capitals."""
    return any(char.isalpha() for char in text) and text == text.upper()


def _group_text(group: list[_Line]) -> str:
    """The group's lines as one string; a line ending in a hyphen joins the next directly."""
    text = ""
    for line in group:
        joiner = "" if text.endswith("-") and line.text[:1].islower() else " "
        text = f"{text}{joiner}{line.text}" if text else line.text
    return text


def _stats(text: str) -> tuple[int, int]:
    """(letters, words of two letters or more) in text."""
    letters = sum(char.isalpha() for char in text)
    words = sum(1 for token in text.split() if sum(c.isalpha() for c in token) >= 2)
    return letters, words


def _usable(text: str, min_words: int) -> bool:
    """True if text could be a title: enough words and letters, not junk or garbage."""
    letters, words = _stats(text)
    if letters < 4 or words < min_words or (words < 2 and letters < 8):
        return False
    if text.startswith(("[", "(")) or letters < 0.6 * len(text.replace(" ", "")):
        return False
    return not is_junk_title(text)


def _biggest_heading(groups: list[list[_Line]], body: float) -> str | None:
    """The best group set at least 15 % larger than the body text: big and not too short."""
    scored = []
    for group in groups:
        text = _group_text(group)
        if group[0].size >= 1.15 * body and _usable(text, 1):
            letters = _stats(text)[0]
            scored.append((group[0].size * math.sqrt(min(letters, 40)), -group[0].top, text))
    return max(scored)[2] if scored else None


def _emphasised_heading(groups: list[list[_Line]], body: float) -> str | None:
    """The longest bold or all-capitals group of three words or more."""
    scored = []
    for group in groups:
        text = _group_text(group)
        if (group[0].bold or _is_caps(text)) and len(group) <= 6 and _usable(text, 3):
            scored.append((math.sqrt(min(_stats(text)[0], 120)), -group[0].top, text))
    return max(scored)[2] if scored else None


def _first_meaningful(groups: list[list[_Line]], body: float) -> str | None:
    """The first group of six words or more (its first line if it is a long paragraph)."""
    for group in groups:
        text = _group_text(group) if len(group) <= 4 else group[0].text
        if _usable(text, 6):
            return text
    return None


def _tidy_title(text: str) -> str:
    """Normalise spaces, drop trailing punctuation, soften ALL CAPS, cut at MAX_TITLE."""
    text = " ".join(text.split()).strip(" ,;:-_")
    if _is_caps(text):
        text = _title_case(text)
    if len(text) > MAX_TITLE:
        text = text[:MAX_TITLE].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
    return text


def _title_case(text: str) -> str:
    """ "AGREEMENT ON THE LAW OF THE SEA" -> "Agreement on the Law of the Sea"."""
    words = []
    for index, word in enumerate(text.split()):
        lower = word.lower()
        if _ROMAN.match(word) or not re.search(r"[AEIOUYÀ-ÝА-Я]", word):
            words.append(word)  # "XI", "BBNJ": keep
        elif index and lower in _SMALL_WORDS:
            words.append(lower)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(words)


def _annotations(doc: pymupdf.Document, failed: dict[int, str],
                 warnings: list[str]) -> list[dict[str, object]]:
    """The reader's marks already in the file (highlights, notes, ...), page by page."""
    found: list[dict[str, object]] = []
    for number in range(doc.page_count):
        if number in failed:
            continue
        try:
            found.extend(_page_annotations(doc[number], number + 1))
        except Exception as exc:  # noqa: BLE001 - one page's broken annotations only
            warnings.append(f"The annotations of page {number + 1} could not be read "
                            f"({_reason(exc)}).")
    return found


def _page_annotations(page: pymupdf.Page, number: int) -> Iterator[dict[str, object]]:
    """One dict per annotation of page (links, form fields and pop-ups skipped)."""
    for annot in page.annots():
        kind = annot.type[1]
        if kind in SKIPPED_ANNOTS:
            continue
        rects = _annot_rects(annot, kind)
        info = annot.info or {}
        quote = ""
        if kind in MARKUP_ANNOTS:
            quote = " ".join(" ".join(page.get_textbox(pymupdf.Rect(r)).split()) for r in rects)
        yield {
            "page": number,
            "type": kind,
            "rects": rects,
            "quote": quote.strip(),
            "comment": info.get("content", ""),
            "color": _hex_color(annot.colors),
            "author": info.get("title", ""),
            "created": info.get("creationDate") or None,
        }


def _annot_rects(annot: pymupdf.Annot, kind: str) -> list[list[float]]:
    """The marked areas: one rectangle per quad for text markup, else the annotation rect."""
    vertices = annot.vertices if kind in MARKUP_ANNOTS else None
    if vertices and len(vertices) >= 4:
        quads = [pymupdf.Quad(vertices[i:i + 4]) for i in range(0, len(vertices) - 3, 4)]
        return [[round(v, 2) for v in quad.rect] for quad in quads]
    return [[round(v, 2) for v in annot.rect]]


def _hex_color(colors: dict[str, object] | None) -> str | None:
    """The stroke (else fill) colour as "#rrggbb"; None when the annotation has none."""
    for key in ("stroke", "fill"):
        value = (colors or {}).get(key)
        if isinstance(value, (list, tuple)) and len(value) in (1, 3, 4):
            return "#" + "".join(f"{round(c * 255):02x}" for c in _rgb([float(v) for v in value]))
    return None


def _rgb(components: list[float]) -> list[float]:
    """Gray, RGB or CMYK components (0..1) as RGB."""
    if len(components) == 1:
        return components * 3
    if len(components) == 4:
        c, m, y, k = components
        return [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    return components
