"""Search marks are not highlights: an orange outline the user can hide (remembered)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage

from desktop_app.widgets.main_window import MainWindow
from tests.desktop_app.helpers import WAIT_MS, type_search

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def _orange(colour: QColor) -> bool:
    """Orange (hue about 30°), not the yellow (60°) of a highlight."""
    return 15 <= colour.hsvHue() <= 45 and colour.hsvSaturation() > 60


def _term_box(window: MainWindow, page: int) -> QRect:
    view = window.ui.reader.pdf_view
    item = view.page_item(page)
    rect = item.mapRectToScene(window.ui.reader.highlight_rects(page)[0])
    return view.mapFromScene(rect).boundingRect().adjusted(-3, -3, 3, 3)


def _orange_pixels(window: MainWindow, box: QRect) -> int:
    image: QImage = window.ui.reader.pdf_view.viewport().grab().toImage()
    return sum(_orange(image.pixelColor(x, y)) for x in range(box.left(), box.right())
               for y in range(box.top(), box.bottom()))


def _open_hit(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "arbitration")
    table = window.ui.results.table
    table.setFocus()
    reader = window.ui.reader
    with qtbot.waitSignal(reader.pdf_view.pageRendered, timeout=WAIT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(reader.highlight_rects(3)), timeout=WAIT_MS)
    qtbot.wait(200)


def test_search_words_are_outlined_in_orange_and_can_be_hidden(
        qtbot, make_window, filled_archive: Path, settings) -> None:
    window = make_window(filled_archive)
    _open_hit(qtbot, window)
    box = _term_box(window, 3)
    assert _orange_pixels(window, box) > 10
    toggle = window.actions_.search_marks
    assert toggle in window.actions_.view_menu.actions() and toggle.isChecked()
    toggle.trigger()
    qtbot.wait(100)
    assert _orange_pixels(window, box) == 0
    assert settings.search_marks is False
    window.close()

    again = make_window(filled_archive)
    assert not again.actions_.search_marks.isChecked()
    _open_hit(qtbot, again)
    assert _orange_pixels(again, _term_box(again, 3)) == 0
    again.actions_.search_marks.trigger()
    qtbot.wait(100)
    assert _orange_pixels(again, _term_box(again, 3)) > 10


def test_the_find_colour_is_not_a_highlight_colour() -> None:
    from desktop_app.reader.find_colours import TERM_FILL, TERM_OUTLINE
    from desktop_app.reader.selection_bar import BAR_COLORS

    for name in BAR_COLORS:
        colour = QColor(name)
        assert abs(colour.hue() - TERM_OUTLINE.hue()) > 15 or colour.saturation() < 60
        assert colour != TERM_FILL
