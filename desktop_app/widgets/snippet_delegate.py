"""Paints one hit: its title, the snippet with matched words in bold (QTextDocument), a facts line."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.models.results import HitRole, SnippetRole, pages_text
from indexer.search import SearchHit

SNIPPET_LINES = 2
PADDING = 4


class SnippetDelegate(QStyledItemDelegate):
    """Draws the first column of the results table: title, marked snippet, kind · language · pages."""

    def row_height(self, option: QStyleOptionViewItem) -> int:
        """Height of one result: title, SNIPPET_LINES of snippet and the facts line."""
        return option.fontMetrics.lineSpacing() * (SNIPPET_LINES + 2) + 3 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(400, self.row_height(option))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        line = opt.fontMetrics.lineSpacing()
        area = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        self._title(painter, opt, title, QRect(area.left(), area.top(), area.width(), line),
                    selected)
        snippet = QRect(area.left(), area.top() + line, area.width(), line * SNIPPET_LINES)
        self._snippet(painter, opt, str(index.data(SnippetRole) or ""), snippet, text_role)
        hit = index.data(HitRole)
        if isinstance(hit, SearchHit):
            facts = QRect(area.left(), snippet.bottom() + PADDING, area.width(), line)
            self._facts(painter, opt, hit, facts, selected)
        painter.restore()

    @staticmethod
    def _title(painter: QPainter, opt: QStyleOptionViewItem, title: str, rect: QRect,
               selected: bool) -> None:
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link
        painter.setPen(opt.palette.color(role))
        elided = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         elided)

    @staticmethod
    def _snippet(painter: QPainter, opt: QStyleOptionViewItem, html: str, rect: QRect,
                 role: QPalette.ColorRole) -> None:
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)  # escaped text whose only tags are <b>…</b>
        doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def _facts(self, painter: QPainter, opt: QStyleOptionViewItem, hit: SearchHit, rect: QRect,
               selected: bool) -> None:
        parts = [hit.kind.upper(), hit.language or ""]
        if hit.pages:
            parts.append(self.tr("p. %1").replace("%1", pages_text(hit.pages)))
        parts.append(", ".join(hit.tags))
        font = QFont(opt.font)
        font.setPointSizeF(max(opt.font.pointSizeF() * 0.9, 7.0))
        painter.setFont(font)
        role = (QPalette.ColorRole.HighlightedText if selected
                else QPalette.ColorRole.PlaceholderText)
        painter.setPen(opt.palette.color(role))
        text = QFontMetrics(font).elidedText("  ·  ".join(p for p in parts if p),
                                             Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)
