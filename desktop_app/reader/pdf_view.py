"""Continuous-scroll PDF view: a placeholder item per page, filled by background renders."""
from __future__ import annotations

from bisect import bisect_right
from enum import Enum

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from desktop_app.reader.marks import PageMark
from desktop_app.reader.page_item import PageItem
from desktop_app.reader.render import MAX_RENDER_SCALE, VIEW, Hit, RenderService

PAGE_GAP = 12.0       # points between pages
MARGIN = 12.0         # points around the pages
ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class Fit(Enum):
    """How the zoom follows the view size."""

    NONE = 0
    WIDTH = 1
    PAGE = 2


class PdfView(QGraphicsView):
    """All pages stacked vertically; zoom, fit, page navigation and lazy rendering."""

    pageChanged = Signal(int)      # 1-based page at the top of the view
    zoomChanged = Signal(float)
    pageRendered = Signal(int)     # 1-based page now shows an image at the current zoom

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setScene(QGraphicsScene(self))
        self._items: list[PageItem] = []
        self._tops: list[float] = []
        self._zoom = 1.0
        self._fit = Fit.WIDTH
        self._shown: set[int] = set()
        self._pinned: tuple[int, int | None] | None = None
        self._last_page = 0
        self._hits: list[Hit] = []
        self._show_terms = True
        self._refresh = QTimer(self, singleShot=True, interval=0)
        self._refresh.timeout.connect(self._refresh_visible)
        self._setup()
        service.pageRendered.connect(self._on_rendered)
        service.termRects.connect(self._on_term_rects)
        service.pageWords.connect(self._on_page_words)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.horizontalScrollBar().valueChanged.connect(lambda _value: self._schedule())

    def _setup(self) -> None:
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Window).darker(125))

    # --- pages -------------------------------------------------------------------
    def set_pages(self, sizes: list[tuple[float, float]]) -> None:
        """Lay out placeholders for pages of these sizes (points), at the current fit."""
        self.clear_pages()
        y = MARGIN
        for index, (width, height) in enumerate(sizes):
            item = PageItem(index, width, height)
            item.show_terms = self._show_terms
            item.setPos(-width / 2, y)
            self.scene().addItem(item)
            self._items.append(item)
            self._tops.append(y)
            y += height + PAGE_GAP
        widest = max((w for w, _ in sizes), default=0.0)
        self.scene().setSceneRect(-widest / 2 - MARGIN, 0, widest + 2 * MARGIN,
                                  y - PAGE_GAP + MARGIN)
        self._apply_fit()
        self._schedule()

    def clear_pages(self) -> None:
        """Remove every page."""
        self._items, self._tops, self._hits = [], [], []
        self._shown.clear()
        self._pinned, self._last_page = None, 0
        self.scene().clear()
        self.scene().setSceneRect(QRectF())

    def page_count(self) -> int:
        """Number of pages laid out."""
        return len(self._items)

    def highlight_rects(self, page: int) -> list[QRectF]:
        """Search-term boxes on a 1-based page, in PDF points (read-only copy)."""
        return list(self._items[page - 1].terms) if 0 < page <= len(self._items) else []

    def set_terms_shown(self, on: bool) -> None:
        """Mark the search's words (True) or leave the page as it is."""
        self._show_terms = on
        for item in self._items:
            item.show_terms = on
            item.update()

    def page_item(self, page: int) -> PageItem | None:
        """The item of a 1-based page, if laid out."""
        return self._items[page - 1] if 0 < page <= len(self._items) else None

    def page_at(self, pos: QPoint, page: int | None = None) -> tuple[int, QPointF] | None:
        """(1-based page, point in its PDF points) under a viewport position; with page, the
        point is given on that page even outside it. None off the pages."""
        scene = self.mapToScene(pos)
        if page is None:
            index = bisect_right(self._tops, scene.y()) - 1
            if not 0 <= index < len(self._items):
                return None
            if not self._items[index].sceneBoundingRect().contains(scene):
                return None
            page = index + 1
        item = self.page_item(page)
        return (page, item.mapFromScene(scene)) if item is not None else None

    def set_marks(self, marks: dict[int, list[PageMark]]) -> None:
        """Draw marks, by 0-based page, replacing those drawn before."""
        for item in self._items:
            item.set_marks(marks.get(item.index, []))

    def reveal_rect(self, page: int, rect: QRectF) -> None:
        """Scroll a rectangle (PDF points) of a 1-based page into view; that page becomes
        the current one until the user scrolls."""
        item = self.page_item(page)
        if item is not None:
            self._pinned = (page - 1, None)
            self._reveal(item.mapRectToScene(rect))
            self._pinned = (page - 1, self.verticalScrollBar().value())
            self._update_current()
            self._schedule()

    def image_size(self, page: int) -> QSize:
        """Pixel size of the image a 1-based page shows (empty if none)."""
        item = self._items[page - 1] if 0 < page <= len(self._items) else None
        return item.image.size() if item is not None and item.image is not None else QSize()

    # --- navigation --------------------------------------------------------------
    def current_page(self) -> int:
        """1-based page being read (0 when empty): the one at a third of the view's height,
        or half a page below its top when pages are small, or the page last gone to."""
        if not self._items:
            return 0
        if self._pinned is not None:
            return self._pinned[0] + 1
        reach = min(self.viewport().height() / 3 / self._zoom, self._items[0].rect.height() / 2)
        probe = self.mapToScene(0, 0).y() + reach
        return max(0, min(bisect_right(self._tops, probe) - 1, len(self._items) - 1)) + 1

    def go_to_page(self, page: int) -> None:
        """Scroll so the 1-based page is at the top."""
        if not self._items:
            return
        index = max(0, min(page - 1, len(self._items) - 1))
        self._pinned = (index, None)
        self._scroll_to_y(self._tops[index] - PAGE_GAP / 2)
        self._pinned = (index, self.verticalScrollBar().value())
        self._update_current()
        self._schedule()

    def _scroll_to_y(self, y: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round((y - self.mapToScene(0, 0).y()) * self._zoom))

    def _on_scrolled(self, value: int) -> None:
        if self._pinned is not None and self._pinned[1] is not None and value != self._pinned[1]:
            self._pinned = None
        self._update_current()
        self._schedule()

    def _update_current(self) -> None:
        page = self.current_page()
        if page != self._last_page:
            self._last_page = page
            self.pageChanged.emit(page)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        key, page = Qt.Key(event.key()), self.current_page()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
        elif key in steps:
            self.go_to_page(page + steps[key])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.go_to_page(1 if key == Qt.Key.Key_Home else self.page_count())
        else:
            super().keyPressEvent(event)

    # --- zoom --------------------------------------------------------------------
    def zoom(self) -> float:
        """Scale from PDF points to logical pixels."""
        return self._zoom

    def fit(self) -> Fit:
        """The current fit mode."""
        return self._fit

    def set_zoom(self, zoom: float, fit: Fit = Fit.NONE) -> None:
        """Zoom, keeping the page at the top in place."""
        self._fit = fit
        zoom = max(MIN_ZOOM, min(zoom, MAX_ZOOM))
        pinned = self._pinned[0] + 1 if self._pinned is not None else None
        anchor = self._anchor()
        self._zoom = zoom
        self.setTransform(QTransform.fromScale(zoom, zoom))
        if pinned is not None:
            self.go_to_page(pinned)
        elif anchor is not None:
            self._scroll_to_y(self._tops[anchor[0]] + anchor[1])
        bar = self.horizontalScrollBar()
        bar.setValue((bar.minimum() + bar.maximum()) // 2)
        self.zoomChanged.emit(zoom)
        self._schedule()

    def zoom_in(self) -> None:
        """Enlarge one step."""
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Shrink one step."""
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        """Zoom so the widest page fills the width, and keep doing so on resize."""
        self._fit = Fit.WIDTH
        self._apply_fit()

    def fit_page(self) -> None:
        """Zoom so a whole page is visible, and keep doing so on resize."""
        self._fit = Fit.PAGE
        self._apply_fit()

    def _apply_fit(self) -> None:
        if not self._items or self._fit is Fit.NONE:
            return
        view = self.viewport().size()
        widest = max(item.rect.width() for item in self._items)
        zoom = view.width() / (widest + 2 * MARGIN)
        if self._fit is Fit.PAGE:
            page = self._items[max(self.current_page(), 1) - 1]
            zoom = min(zoom, view.height() / (page.rect.height() + PAGE_GAP))
        self.set_zoom(zoom, self._fit)

    def _anchor(self) -> tuple[int, float] | None:
        if not self._items:
            return None
        top = self.mapToScene(0, 0).y()
        index = max(0, min(bisect_right(self._tops, top) - 1, len(self._items) - 1))
        return index, top - self._tops[index]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fit()
        self._schedule()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and delta:
            self.set_zoom(self._zoom * ZOOM_STEP ** (delta / 120))
            event.accept()
        else:
            super().wheelEvent(event)

    # --- rendering ---------------------------------------------------------------
    def render_scale(self) -> float:
        """Device pixels per PDF point of the images wanted now."""
        return round(min(self._zoom * self.devicePixelRatioF(), MAX_RENDER_SCALE), 3)

    def _schedule(self) -> None:
        self._refresh.start()

    def _visible_pages(self) -> list[int]:
        """Visible page indexes top to bottom, then one ahead and one behind."""
        top = self.mapToScene(0, 0).y()
        bottom = self.mapToScene(0, self.viewport().height()).y()
        last = len(self._items) - 1
        first = max(0, min(bisect_right(self._tops, top) - 1, last))
        end = max(first, min(bisect_right(self._tops, bottom) - 1, last))
        extra = [i for i in (end + 1, first - 1) if 0 <= i <= last]
        return list(range(first, end + 1)) + extra

    def _refresh_visible(self) -> None:
        if not self._items:
            return
        pages, scale, wanted = self._visible_pages(), self.render_scale(), []
        cache = self._service.cache
        for index in pages:
            item = self._items[index]
            image = cache.get((index, scale))
            if image is None:
                wanted.append((index, scale))
                image = item.image if item.image is not None else cache.best(index)
            item.set_image(image)
        for index in self._shown.difference(pages):
            self._items[index].set_image(None)
        self._shown = set(pages)
        self._service.want(VIEW, wanted)

    def _on_rendered(self, page: int, scale: float) -> None:
        if page in self._shown and scale == self.render_scale():
            self._items[page].set_image(self._service.cache.get((page, scale)))
            self.pageRendered.emit(page + 1)

    def _on_term_rects(self, page: int, rects: list) -> None:
        if 0 <= page < len(self._items):
            self._items[page].terms = list(rects)
            self._items[page].update()

    def _on_page_words(self, page: int, words: list) -> None:
        if 0 <= page < len(self._items):
            self._items[page].words = list(words)

    # --- find hits ---------------------------------------------------------------
    def set_hits(self, hits: list[Hit]) -> None:
        """Mark every find hit (none selected yet)."""
        self._hits = list(hits)
        for item in self._items:
            item.hits, item.current = [], None
            item.update()
        for page, rect in self._hits:
            if 0 <= page < len(self._items):
                self._items[page].hits.append(rect)

    def set_current_hit(self, index: int) -> None:
        """Show the hit at index in the strong colour and scroll it into view."""
        for item in self._items:
            if item.current is not None:
                item.current = None
                item.update()
        if not 0 <= index < len(self._hits) or not self._items:
            return
        page, rect = self._hits[index]
        item = self._items[page]
        item.current = rect
        item.update()
        self._reveal(item.mapRectToScene(rect))

    def _reveal(self, rect: QRectF) -> None:
        """Scroll a scene rectangle into view: unless well inside, its top goes to a third of
        the height (where current_page looks)."""
        height = self.viewport().height() / self._zoom
        top = self.mapToScene(0, 0).y()
        if not top + 0.1 * height <= rect.top() <= rect.bottom() <= top + 0.9 * height:
            self._scroll_to_y(rect.top() - height / 3)
        self.ensureVisible(rect, 40, 0)
