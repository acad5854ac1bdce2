"""Flowing-text reader: a centred reading column, page markers, term and find highlights."""
from __future__ import annotations

import html
import re
from bisect import bisect_right

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextTable,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop_app.offline_text import OfflineBrowser, insert_markdown, set_markdown
from desktop_app.reader.find_colours import TERM_FILL
from indexer.analysis import fold, term_spans

READING_WIDTH_EM = 42
LINE_HEIGHT_PERCENT = 140
MIN_SIDE_MARGIN = 24
HIT_COLOUR = QColor(255, 190, 120)
CURRENT_COLOUR = QColor(255, 140, 40)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

Range = tuple[int, int]      # (start, end) character positions in the QTextDocument
TextMark = tuple[Range, str, QColor]   # where, kind (highlight, underline, strike), colour
MARK_ALPHA = 110             # of 255: a highlight lets the text's own colour through


def fold_chars(text: str) -> tuple[str, list[int]]:
    """Fold text character by character; also return each folded character's source index."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def paragraphs_html(text: str) -> str:
    """Plain text as escaped HTML paragraphs: blank lines separate paragraphs when present,
    otherwise every line is one (extracted web pages); other line breaks are kept."""
    text = text.replace("\r\n", "\n").strip("\n")
    if _BLANK_LINE.search(text):
        blocks = [block.strip("\n") for block in _BLANK_LINE.split(text)]
        return "".join(f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>"
                       for block in blocks if block.strip())
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


def _mark_format(kind: str, colour: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == "underline":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colour)
    elif kind == "strike":
        fmt.setFontStrikeOut(True)
    else:
        fill = QColor(colour)
        fill.setAlpha(MARK_ALPHA)
        fmt.setBackground(fill)
    return fmt


def _selection(cursor: QTextCursor, colour: QColor) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    fmt.setForeground(QColor(Qt.GlobalColor.black))
    selection.format = fmt
    return selection


class TextView(OfflineBrowser):
    """Read-only formatted text of html, text, markdown and docx documents; loads nothing
    a document names (images, style sheets) and opens only web and mail links."""

    pageChanged = Signal(int)    # 1-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerTextView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._page_starts: list[int] = [0]
        self._terms: list[Range] = []
        self._hits: list[Range] = []
        self._marks: list[TextMark] = []
        self._current = -1
        self._last_page = 0
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- content -----------------------------------------------------------------
    def set_document(self, kind: str, pages: list[str], terms: frozenset[str]) -> None:
        """Show the page texts; markdown is rendered, other kinds are plain paragraphs."""
        self.clear_document()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.document().setDefaultFont(font)
        if kind == "markdown" and len(pages) == 1:
            set_markdown(self.document(), pages[0])   # tables come out right only this way
        else:
            self._insert_pages(kind, pages)
        self._finish_layout()
        self._terms = self._term_ranges(terms)
        self._apply_selections()
        self.setTextCursor(QTextCursor(self.document()))
        self.verticalScrollBar().setValue(0)
        self._on_scrolled()

    def _insert_pages(self, kind: str, pages: list[str]) -> None:
        """Insert each page, after a page marker when there are several."""
        cursor = QTextCursor(self.document())
        self._page_starts = []
        for number, text in enumerate(pages or [""], 1):
            start = self._insert_marker(cursor, number) if len(pages) > 1 else 0
            self._page_starts.append(start)
            if kind == "markdown":
                insert_markdown(cursor, text)
            else:
                cursor.insertHtml(paragraphs_html(text))

    def _insert_marker(self, cursor: QTextCursor, number: int) -> int:
        """Insert a centred "— Page n —" paragraph; return its position."""
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block.setTopMargin(18)
        block.setBottomMargin(12)
        char = QTextCharFormat()
        char.setForeground(self.palette().placeholderText())
        if number > 1:
            cursor.insertBlock(block, char)
        else:
            cursor.setBlockFormat(block)
            cursor.setCharFormat(char)
        text = QCoreApplication.translate("TextView", "\u2014 Page {0} \u2014").format(number)
        start = cursor.block().position()
        cursor.insertText(text, char)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        return start

    def _finish_layout(self) -> None:
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT_PERCENT,
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(fmt)
        for frame in self.document().rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                table = frame.format()
                table.setCellPadding(4)
                table.setCellSpacing(0)
                table.setBorderCollapse(True)
                frame.setFormat(table)
        self._center()

    def clear_document(self) -> None:
        """Show nothing."""
        self._terms, self._hits, self._marks, self._current = [], [], [], -1
        self._page_starts, self._last_page = [0], 0
        self.setExtraSelections([])
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._center()

    def _center(self) -> None:
        """Centre a column at most READING_WIDTH_EM wide with side margins of the root frame."""
        em = QFontInfo(self.document().defaultFont()).pixelSize()
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - READING_WIDTH_EM * em) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side or fmt.topMargin() != MIN_SIDE_MARGIN:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(MIN_SIDE_MARGIN)
            fmt.setBottomMargin(MIN_SIDE_MARGIN)
            frame.setFrameFormat(fmt)

    # --- pages -------------------------------------------------------------------
    def page_count(self) -> int:
        """Number of pages shown."""
        return len(self._page_starts)

    def current_page(self) -> int:
        """1-based page at the top of the view."""
        return max(1, bisect_right(self._page_starts, self.top_position()))

    def top_position(self) -> int:
        """Document position at the top left of the view."""
        return self.cursorForPosition(QPoint(0, 4)).position()

    def page_range(self, page: int) -> Range:
        """Document positions of a 1-based page's text (after its page marker)."""
        index = max(0, min(page - 1, len(self._page_starts) - 1))
        start = self._page_starts[index]
        if len(self._page_starts) > 1:
            start = self.document().findBlock(start).next().position()
        end = self._page_starts[index + 1] if index + 1 < len(self._page_starts) \
            else self.document().characterCount() - 1
        return start, max(start, end)

    def go_to_page(self, page: int) -> None:
        """Scroll so the 1-based page starts at the top."""
        index = max(0, min(page - 1, len(self._page_starts) - 1))
        block = self.document().findBlock(self._page_starts[index])
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(int(top))
        self._on_scrolled()

    def _on_scrolled(self, _value: int = 0) -> None:
        page = self.current_page()
        if page != self._last_page:
            self._last_page = page
            self.pageChanged.emit(page)

    # --- highlights --------------------------------------------------------------
    def _term_ranges(self, terms: frozenset[str]) -> list[Range]:
        ranges: list[Range] = []
        block = self.document().begin()
        while terms and block.isValid():
            base = block.position()
            ranges += [(base + start, base + end) for start, end, term in
                       term_spans(block.text()) if term in terms]
            block = block.next()
        return ranges

    def highlight_ranges(self) -> list[Range]:
        """Character ranges of the highlighted search terms (read-only copy)."""
        return list(self._terms)

    def find_hits(self, text: str) -> list[Range]:
        """Ranges matching text, ignoring case and accents (within a paragraph)."""
        needle = fold_chars(text)[0]
        hits: list[Range] = []
        block = self.document().begin()
        while needle and block.isValid():
            folded, origin = fold_chars(block.text())
            base, start = block.position(), folded.find(needle)
            while start >= 0:
                end = start + len(needle)
                hits.append((base + origin[start], base + origin[end - 1] + 1))
                start = folded.find(needle, end)
            block = block.next()
        return hits

    def set_hits(self, hits: list[Range]) -> None:
        """Mark every find hit (none current yet)."""
        self._hits, self._current = list(hits), -1
        self._apply_selections()

    def set_current_hit(self, index: int) -> None:
        """Show the hit at index in the strong colour and scroll it into view."""
        self._current = index if 0 <= index < len(self._hits) else -1
        self._apply_selections()
        if self._current < 0:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._hits[self._current][0])
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def set_marks(self, marks: list[TextMark]) -> None:
        """Show the document's marks under the search highlights."""
        self._marks = list(marks)
        self._apply_selections()

    def reveal_range(self, span: Range) -> None:
        """Select a range and scroll it to a third of the height."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        self._on_scrolled()

    def _apply_selections(self) -> None:
        selections = []
        for (start, end), kind, colour in self._marks:
            selection = self._select((start, end), colour)
            selection.format = _mark_format(kind, colour)
            selections.append(selection)
        selections += [self._select(r, TERM_FILL) for r in self._terms]
        selections += [self._select(r, CURRENT_COLOUR if i == self._current else HIT_COLOUR)
                       for i, r in enumerate(self._hits)]
        self.setExtraSelections(selections)

    def _select(self, span: Range, colour: QColor) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        return _selection(cursor, colour)

    def selection_colour_at(self, position: int) -> QColor | None:
        """Background of the last extra selection covering position (for tests)."""
        colour = None
        for selection in self.extraSelections():
            cursor = selection.cursor
            background = selection.format.hasProperty(QTextFormat.Property.BackgroundBrush)
            if background and cursor.selectionStart() <= position < cursor.selectionEnd():
                colour = selection.format.property(QTextFormat.Property.BackgroundBrush).color()
        return colour
