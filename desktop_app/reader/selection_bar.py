"""What can be done with selected text: the actions, a floating bar and a menu offering them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QToolButton, QWidget

from indexer.annotations import COLORS

# The highlight colours offered, in this order (names the core knows).
BAR_COLORS = ("yellow", "green", "blue", "red", "purple")


def color_label(name: str) -> str:
    """A colour name as the user reads it."""
    labels = {"yellow": QCoreApplication.translate("MarkActions", "Yellow"),
              "green": QCoreApplication.translate("MarkActions", "Green"),
              "blue": QCoreApplication.translate("MarkActions", "Blue"),
              "red": QCoreApplication.translate("MarkActions", "Red"),
              "purple": QCoreApplication.translate("MarkActions", "Purple")}
    return labels.get(name, name)


def swatch(color: str, size: int = 14) -> QIcon:
    """A round colour swatch icon."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(COLORS.get(color, color))
    painter.setPen(fill.darker(140))
    painter.setBrush(fill)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def glyph(text: str, underline: bool = False, strike: bool = False, size: int = 16) -> QIcon:
    """An icon showing a letter or sign (the theme may have no icons for these actions)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont(QGuiApplication.font())
    font.setPixelSize(size - 3)
    font.setBold(True)
    font.setUnderline(underline)
    font.setStrikeOut(strike)
    painter.setFont(font)
    painter.setPen(QGuiApplication.palette().color(QPalette.ColorRole.WindowText))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def copy_icon(size: int = 16) -> QIcon:
    """Two overlapping sheets, for themes without an edit-copy icon."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    painter.setPen(colour)
    painter.setBrush(QGuiApplication.palette().color(QPalette.ColorRole.Base))
    side = size * 9 // 16
    painter.drawRect(2, 2, side, side)
    painter.drawRect(size - side - 3, size - side - 3, side, side)
    painter.end()
    return QIcon(pixmap)


class MarkActions(QObject):
    """Highlight in a colour, underline, strike, comment, copy, copy as quotation."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.highlights: dict[str, QAction] = {}
        for name in BAR_COLORS:
            action = QAction(swatch(name), self.tr("Highlight %1").replace(
                "%1", color_label(name).lower()), parent)
            action.setData(name)
            self.highlights[name] = action
        self.underline = QAction(glyph("U", underline=True), self.tr("Underline"), parent)
        self.strike = QAction(glyph("S", strike=True), self.tr("Strike Through"), parent)
        self.comment = QAction(glyph("\u270e"), self.tr("Comment…"), parent)
        self.comment.setToolTip(self.tr("Highlight and add a comment"))
        self.copy = QAction(QIcon.fromTheme("edit-copy", copy_icon()), self.tr("Copy"),
                            parent)
        self.copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.quote = QAction(glyph("\u201c\u201d"), self.tr("Copy as Quotation"), parent)
        self.quote.setToolTip(self.tr("Copy in quotation marks with the title and page"))
        parent.addAction(self.copy)

    def marking(self) -> list[QAction]:
        """The actions that make a mark (after the colour actions)."""
        return [self.underline, self.strike, self.comment]

    def fill_menu(self, menu: QMenu) -> None:
        """Add every action to a menu, colours in a submenu."""
        colours = menu.addMenu(swatch("yellow"), self.tr("Highlight"))
        colours.addActions(list(self.highlights.values()))
        menu.addActions(self.marking())
        menu.addSeparator()
        menu.addActions([self.copy, self.quote])


class SelectionBar(QFrame):
    """A small bar floating under the selection with the mark actions."""

    def __init__(self, actions: MarkActions, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 2)
        layout.setSpacing(1)
        self.buttons: dict[QAction, QToolButton] = {}
        groups = [list(actions.highlights.values()), actions.marking(),
                  [actions.copy, actions.quote]]
        for number, group in enumerate(groups):
            if number:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
            for action in group:
                button = QToolButton(self)
                button.setDefaultAction(action)
                button.setAutoRaise(True)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                layout.addWidget(button)
                self.buttons[action] = button
        self.hide()

    def show_at(self, anchor: QRect) -> None:
        """Show just under anchor (or above it near the bottom), inside the parent."""
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        size, room = self.size(), parent.rect()
        y = anchor.bottom() + 6
        if y + size.height() > room.bottom():
            y = anchor.top() - size.height() - 6
        x = anchor.left()
        x = max(room.left() + 4, min(x, room.right() - size.width() - 4))
        y = max(room.top() + 4, min(y, room.bottom() - size.height() - 4))
        self.move(x, y)
        self.show()
        self.raise_()
