"""Page thumbnails sidebar: lazily rendered in the background, following the current page."""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.reader.render import MAX_RENDER_SCALE, THUMB, RenderService

THUMB_WIDTH = 96        # logical pixels
MAX_THUMB_HEIGHT = 160
MAX_THUMBS = 400        # pixmaps kept in memory

_Index = QModelIndex | QPersistentModelIndex


class PageListModel(QAbstractListModel):
    """One row per page: its number and a thumbnail (a white placeholder until rendered)."""

    def __init__(self, service: RenderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._sizes: list[tuple[float, float]] = []
        self._thumbs: dict[int, QPixmap] = {}
        self._placeholders: dict[tuple[int, int], QPixmap] = {}
        self.ratio = 1.0
        service.thumbRendered.connect(self.adopt)

    def set_pages(self, sizes: list[tuple[float, float]], ratio: float) -> None:
        """Show these page sizes (points) at this device pixel ratio."""
        self.beginResetModel()
        self._sizes, self.ratio = list(sizes), ratio
        self._thumbs.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._sizes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._sizes):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbs.get(row) or self._placeholder(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Page {0}").format(row + 1)
        return None

    def thumb_key(self, row: int) -> tuple[int, float]:
        """The (page, scale) render key of a row's thumbnail."""
        width = self._sizes[row][0] or 1.0
        return row, round(min(THUMB_WIDTH * self.ratio / width, MAX_RENDER_SCALE), 3)

    def has_thumb(self, row: int) -> bool:
        """Whether the row shows its rendered thumbnail."""
        return row in self._thumbs

    def thumb_size(self, row: int) -> QSize:
        """Logical size of a row's thumbnail."""
        width, height = self._sizes[row]
        return QSize(THUMB_WIDTH, min(round(THUMB_WIDTH * height / (width or 1.0)),
                                      MAX_THUMB_HEIGHT))

    def _placeholder(self, row: int) -> QPixmap:
        size = self.thumb_size(row)
        key = (size.width(), size.height())
        if key not in self._placeholders:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.white)
            painter = QPainter(pixmap)
            painter.setPen(QColor(0, 0, 0, 60))
            painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
            painter.end()
            self._placeholders[key] = pixmap
        return self._placeholders[key]

    def adopt(self, page: int, scale: float) -> None:
        """Take a rendered thumbnail from the render cache."""
        if not 0 <= page < len(self._sizes) or self.thumb_key(page)[1] != scale:
            return
        image = self._service.cache.get((page, scale))
        if image is None or image.isNull():
            return
        image = image.scaled(self.thumb_size(page) * self.ratio,
                             Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(image)
        painter.setPen(QColor(0, 0, 0, 90))
        painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
        painter.end()
        image.setDevicePixelRatio(self.ratio)
        if len(self._thumbs) >= MAX_THUMBS:
            self._thumbs.pop(next(iter(self._thumbs)))
        self._thumbs[page] = QPixmap.fromImage(image)
        index = self.index(page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class _ThumbDelegate(QStyledItemDelegate):
    """Thumbnail above its centred page number."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Top
        option.decorationAlignment = Qt.AlignmentFlag.AlignHCenter
        option.displayAlignment = Qt.AlignmentFlag.AlignHCenter


class PageList(QListView):
    """The thumbnails list; clicking or moving through it asks for that page."""

    pageActivated = Signal(int)    # 1-based

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._model = PageListModel(service, self)
        self._syncing = False
        self.setModel(self._model)
        self.setItemDelegate(_ThumbDelegate(self))
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(THUMB_WIDTH, MAX_THUMB_HEIGHT))
        self.setSpacing(4)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._timer = QTimer(self, singleShot=True, interval=50)
        self._timer.timeout.connect(self._request_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def set_pages(self, sizes: list[tuple[float, float]]) -> None:
        """Show thumbnails for pages of these sizes (points)."""
        self._model.set_pages(sizes, self.devicePixelRatioF())
        height = max((self._model.thumb_size(row).height() for row in range(len(sizes))),
                     default=THUMB_WIDTH)
        self.setIconSize(QSize(THUMB_WIDTH, height))
        self._timer.start()

    def clear(self) -> None:
        """Show no pages."""
        self._model.set_pages([], self.devicePixelRatioF())
        self._service.want(THUMB, [])

    def set_current(self, page: int) -> None:
        """Select the 1-based page and scroll to it, without emitting pageActivated."""
        index = self._model.index(page - 1)
        if not index.isValid():
            return
        self._syncing = True
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._syncing = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.pageActivated.emit(current.row() + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._timer.start()

    def _visible_rows(self) -> range:
        """Rows on screen plus one after (uniform item sizes make this arithmetic)."""
        count = self._model.rowCount()
        if count == 0 or not self.isVisible():
            return range(0)
        first_rect = self.visualRect(self._model.index(0))
        stride = first_rect.height() + 2 * self.spacing()
        first = max(0, -first_rect.top() // max(stride, 1))
        shown = self.viewport().height() // max(stride, 1) + 2
        return range(first, min(count, first + shown + 1))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def _request_visible(self) -> None:
        keys = []
        for row in self._visible_rows():
            key = self._model.thumb_key(row)
            if self._model.has_thumb(row):
                continue
            if self._service.cache.get(key) is not None:
                self._model.adopt(*key)
            else:
                keys.append(key)
        self._service.want(THUMB, keys)
