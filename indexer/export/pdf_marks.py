"""Write Dossier marks and notes into a PDF as standard annotations other readers show."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pymupdf

from indexer.export.gather import MarkData, NoteData

AUTHOR = "Dossier"
NOTE_COLOR = (1.0, 0.83, 0.0)
_NON_WORD = re.compile(r"\W+")
_ICON_STEP = 24.0


def hex_rgb(color: str) -> tuple[float, float, float]:
    """#rrggbb as PDF colour components in 0..1 (yellow when unreadable)."""
    try:
        return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]
    except (ValueError, IndexError):
        return NOTE_COLOR


def pdf_date(moment: datetime) -> str:
    """A PDF date string for a naive UTC datetime."""
    return moment.strftime("D:%Y%m%d%H%M%SZ")


def _squash(text: str) -> str:
    return _NON_WORD.sub("", text).casefold()


def count_quote(text: str, quote: str) -> int:
    """How many times quote occurs in text, ignoring case, spacing and punctuation between
    words (as PDF text search does): the rank of the next occurrence."""
    words = [re.escape(w) for w in _NON_WORD.split(quote) if w]
    if not words:
        return 0
    return len(re.findall(r"\W*".join(words), text, re.IGNORECASE))


def add_text_layer(doc: pymupdf.Document, page_words: dict[int, list[list[Any]]]) -> int:
    """Write recognised words invisibly over their place on the page (as OCR programs do),
    so the copy is searchable and selectable in any reader; returns the words written."""
    fonts = (pymupdf.Font("tiro"), pymupdf.Font("cjk"))  # Latin, Greek, Cyrillic; then CJK
    written = 0
    for number, words in sorted(page_words.items()):
        if not 1 <= number <= doc.page_count or not words:
            continue
        page = doc[number - 1]
        writer = pymupdf.TextWriter(page.rect)
        for x0, y0, x1, y1, text, *_ in words:
            font = next((f for f in fonts if all(f.has_glyph(ord(c)) for c in str(text))),
                        fonts[1])
            size = max(1.0, (float(y1) - float(y0)) * 0.9)
            width = font.text_length(str(text), fontsize=size) or 1.0
            size = min(size, size * (float(x1) - float(x0)) / width)  # no wider than the word
            writer.append((float(x0), float(y1) - 0.2 * (float(y1) - float(y0))), str(text),
                          font=font, fontsize=size)
            written += 1
        writer.write_text(page, render_mode=3)  # 3: neither filled nor stroked: invisible
    if written:
        doc.subset_fonts()
    return written


class _PageText:
    """A page's text layer, searched and measured again and again for one export."""

    def __init__(self, page: pymupdf.Page) -> None:
        self.page = page  # the text page needs its page kept alive
        self.textpage = page.get_textpage(flags=pymupdf.TEXT_DEHYPHENATE
                                          | pymupdf.TEXT_MEDIABOX_CLIP)
        self.words = page.get_text("words", textpage=self.textpage)
        self.last_word: dict[tuple[int, int], int] = {}
        for word in self.words:
            key = (word[5], word[6])
            self.last_word[key] = max(self.last_word.get(key, 0), word[7])

    def words_in(self, rect: pymupdf.Rect) -> list[tuple]:  # type: ignore[type-arg]
        """The words whose centre lies in rect, in reading order."""
        return [w for w in self.words
                if rect.x0 <= (w[0] + w[2]) / 2 <= rect.x1 and rect.y0 <= (w[1] + w[3]) / 2
                <= rect.y1]

    def ends_line(self, word: tuple) -> bool:  # type: ignore[type-arg]
        """Whether word is the last of its line."""
        return bool(word[7] == self.last_word.get((word[5], word[6]), -1))


@dataclass
class MarkWriter:
    """Adds annotations to one open PDF, finding quotes by text where marks have no boxes."""

    doc: pymupdf.Document
    written: int = 0
    unplaced: list[MarkData] = field(default_factory=list)
    _pages: dict[int, _PageText] = field(default_factory=dict)

    # --- locating quotes ---------------------------------------------------------------
    def _page(self, number: int) -> _PageText:
        if number not in self._pages:
            self._pages[number] = _PageText(self.doc[number])
        return self._pages[number]

    def occurrences(self, number: int, quote: str) -> list[list[pymupdf.Rect]]:
        """Each occurrence of quote on page number (0-based) as its line rectangles."""
        text = self._page(number)
        needle = " ".join(quote.split())
        hits = text.page.search_for(needle, textpage=text.textpage)
        want = len(_squash(needle))
        groups: list[list[pymupdf.Rect]] = []
        current: list[pymupdf.Rect] = []
        covered, ends_line = 0, False
        for rect in hits:  # a quote broken over lines comes back as one rectangle a line
            inside = text.words_in(rect)
            goes_on = ends_line and bool(inside) and inside[0][7] == 0 and covered < want
            if current and not goes_on:
                groups.append(current)
                current, covered = [], 0
            current.append(rect)
            covered += sum(len(_squash(w[4])) for w in inside)
            ends_line = bool(inside) and text.ends_line(inside[-1])
        if current:
            groups.append(current)
        return groups

    def locate(self, quote: str, hint: int | None, rank: int = 0
               ) -> tuple[int, list[pymupdf.Rect]] | None:
        """(page, rectangles) of the rank-th occurrence of quote, on page hint (0-based) if
        it is there, else the nearest page that has it; None when it is nowhere."""
        if not quote.strip():
            return None
        count = self.doc.page_count
        if hint is not None and 0 <= hint < count:
            groups = self.occurrences(hint, quote)
            if groups:
                return hint, groups[min(rank, len(groups) - 1)]
            others = (n for n in range(count) if n != hint)
            order, rank = sorted(others, key=lambda n: (abs(n - hint), n)), 0
        else:
            order = list(range(count))
        last: tuple[int, list[pymupdf.Rect]] | None = None
        for number in order:
            for group in self.occurrences(number, quote):
                if rank == 0:
                    return number, group
                rank -= 1
                last = number, group
        return last

    # --- writing -----------------------------------------------------------------------
    def add_mark(self, mark: MarkData, place: tuple[int, list[pymupdf.Rect]] | None) -> None:
        """Write one mark where place says; a mark with no place is listed on page 1 later."""
        if place is None:
            if mark.kind == "note" and not mark.quote and mark.page:
                number = min(max(mark.page, 1), self.doc.page_count) - 1
                self._note(self.doc[number], self._corner(self.doc[number], 0),
                           mark.comment, mark, mark.color)
                return
            self.unplaced.append(mark)
            return
        number, rects = place
        page = self.doc[number]
        if mark.kind == "note":
            self._note(page, rects[0].tl, mark.comment or mark.quote, mark, mark.color)
            return
        adders = {"underline": page.add_underline_annot, "strike": page.add_strikeout_annot}
        annot = adders.get(mark.kind, page.add_highlight_annot)(quads=[r.quad for r in rects])
        self._finish(annot, mark.comment, mark, mark.color)

    def place_of(self, mark: MarkData, rank: int = 0, use_rects: bool = True
                 ) -> tuple[int, list[pymupdf.Rect]] | None:
        """Where a mark goes: its stored boxes when it has them, else its quote found by text."""
        hint = mark.page - 1 if mark.page else None
        if (use_rects and mark.rects and not mark.orphaned and hint is not None
                and 0 <= hint < self.doc.page_count):
            return hint, [pymupdf.Rect(r) for r in mark.rects]
        return self.locate(mark.quote, hint, rank)

    def add_notes(self, notes: Sequence[NoteData]) -> None:
        """Document notes, then the marks that could not be placed, as icons on page 1."""
        if self.doc.page_count == 0:
            return
        page = self.doc[0]
        for i, note in enumerate(notes):
            self._note(page, self._corner(page, i), note.text, note, None)
        if self.unplaced:
            lines = ["Marks Dossier could not place in this file:"]
            lines += [_listed(m) for m in self.unplaced]
            annot = page.add_text_annot(self._corner(page, len(notes)), "\n".join(lines))
            self._finish(annot, "\n".join(lines), None, None)

    @staticmethod
    def _corner(page: pymupdf.Page, slot: int) -> pymupdf.Point:
        rect = page.rect
        return pymupdf.Point(rect.x0 + 8, rect.y0 + 8 + _ICON_STEP * slot)

    def _note(self, page: pymupdf.Page, point: pymupdf.Point, text: str,
              record: MarkData | NoteData, color: str | None) -> None:
        annot = page.add_text_annot(point, text)
        self._finish(annot, text, record, color)

    def _finish(self, annot: pymupdf.Annot, content: str, record: MarkData | NoteData | None,
                color: str | None) -> None:
        author = getattr(record, "author", None) or AUTHOR
        info: dict[str, str] = {"content": content, "title": author}
        if record is not None:
            info["creationDate"] = pdf_date(record.created_at)
            info["modDate"] = pdf_date(record.modified_at)
        annot.set_info(**info)
        annot.set_colors(stroke=hex_rgb(color) if color else NOTE_COLOR)
        annot.update()
        if record is not None:  # NM: the annotation's identity, as Zotero and others keep it
            self.doc.xref_set_key(annot.xref, "NM", pymupdf.get_pdf_str(f"urn:uuid:{record.uuid}"))
        self.written += 1


def _listed(mark: MarkData) -> str:
    where = f"p. {mark.page}" if mark.page else "no page"
    comment = f" — {mark.comment}" if mark.comment else ""
    state = ", orphaned" if mark.orphaned else ""
    return f"• “{mark.quote}” ({where}{state}){comment}"
