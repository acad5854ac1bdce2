"""Paints one hit: its title, the snippet with matched words in bold (QTextDocument), a facts
line whose pages open the hit there."""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from desktop_app.models.results import HitRole, SnippetRole, page_counts
from desktop_app.names import kind_name, language_name
from desktop_app.widgets.facts_line import (
    FactsWords,
    Piece,
    facts_pieces,
    lay_out,
    more_at,
    page_at,
)
from indexer.search import SearchHit

SNIPPET_LINES = 2
PADDING = 4


class SnippetDelegate(QStyledItemDelegate):
    """Draws the first column of the results table: title, marked snippet, kind · language ·
    pages · matches; pageClicked(hit, page) when a page on that line is clicked."""

    pageClicked = Signal(object, int)
    morePagesClicked = Signal(object, QPoint)   # hit, where (global): list every page

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
            self._facts(painter, opt, hit, selected)
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

    # --- the facts line ------------------------------------------------------------
    @staticmethod
    def _facts_font(opt: QStyleOptionViewItem) -> QFont:
        font = QFont(opt.font)
        font.setPointSizeF(max(opt.font.pointSizeF() * 0.9, 7.0))
        return font

    def facts_layout(self, opt: QStyleOptionViewItem, hit: SearchHit
                     ) -> list[tuple[QRect, Piece]]:
        """Where each piece of a hit's facts line goes in the cell opt.rect."""
        line = opt.fontMetrics.lineSpacing()
        area = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        top = area.top() + line * (SNIPPET_LINES + 1) + PADDING
        words = FactsWords(self.tr("p."),
                           self.tr("%n match(es)", "", hit.matches) if hit.matches else "",
                           self.tr("all %n…", "", len(page_counts(hit))),
                           kind_name(hit.kind), language_name(hit.language))
        metrics = QFontMetrics(self._facts_font(opt))
        return lay_out(facts_pieces(hit, words), metrics,
                       QRect(area.left(), top, area.width(), line))

    def _facts(self, painter: QPainter, opt: QStyleOptionViewItem, hit: SearchHit,
               selected: bool) -> None:
        font = self._facts_font(opt)
        link = QFont(font)
        link.setUnderline(True)
        plain = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.PlaceholderText)
        linked = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Link)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for rect, piece in self.facts_layout(opt, hit):
            is_link = piece.page is not None or piece.more
            painter.setFont(link if is_link else font)
            painter.setPen(linked if is_link else plain)
            painter.drawText(rect, flags, piece.text)

    def _placed(self, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex
                ) -> tuple[SearchHit, list[tuple[QRect, Piece]]] | None:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            return None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return hit, self.facts_layout(opt, hit)

    def _page_under(self, pos: QPoint, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> tuple[SearchHit, int] | None:
        placed = self._placed(option, index)
        page = page_at(placed[1], pos) if placed else None
        return (placed[0], page) if placed and page is not None else None

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            pos = event.position().toPoint()
            found = self._page_under(pos, option, index)
            if found is not None:
                self.pageClicked.emit(*found)
                return True
            placed = self._placed(option, index)
            if placed is not None and more_at(placed[1], pos):
                self.morePagesClicked.emit(placed[0], event.globalPosition().toPoint())
                return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = self._page_under(event.pos(), option, index)
            if found is not None:
                QToolTip.showText(event.globalPos(),
                                  self.tr("Open at page %1").replace("%1", str(found[1])), view)
                return True
        return super().helpEvent(event, view, option, index)
