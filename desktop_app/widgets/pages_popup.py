"""Every page of a hit, best first with its number of matches, in a scrolling popup list."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop_app.models.results import page_counts
from indexer.search import SearchHit

VISIBLE_ROWS = 14


class PagesPopup(QListWidget):
    """pageChosen(hit, page) when a page is clicked or chosen with Enter; then it closes."""

    pageChosen = Signal(object, int)

    def __init__(self, hit: SearchHit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setObjectName("hitPagesPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hit = hit
        for page, count in page_counts(hit):
            text = (self.tr("p. %1 — %n match(es)", "", count) if count
                    else self.tr("p. %1")).replace("%1", str(page))
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, page)
        self.setCurrentRow(0)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        rows = min(self.count(), VISIBLE_ROWS)
        height = self.sizeHintForRow(0) * rows + 2 * self.frameWidth() if rows else 40
        self.resize(max(self.sizeHintForColumn(0) + 40, 180), height)

    def pages(self) -> list[int]:
        """The pages listed, top to bottom."""
        return [int(self.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.count())]

    def choose(self, page: int) -> None:
        """Choose a page as a click on it would."""
        row = self.pages().index(page)
        self._chosen(self.item(row))

    def show_at(self, where: QPoint) -> None:
        """Pop up with its top left corner at where (global)."""
        self.move(where)
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QListWidgetItem)
    def _chosen(self, item: QListWidgetItem) -> None:
        page = int(item.data(Qt.ItemDataRole.UserRole))
        self.close()
        self.pageChosen.emit(self.hit, page)
