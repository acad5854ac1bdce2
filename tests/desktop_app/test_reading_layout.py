"""The reader gets the room: reading mode, usable minimum widths, reader controls that stay
visible, every panel in the View menu, library columns that give way to the title."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.widgets.main_window import MainWindow
from tests.desktop_app.helpers import WAIT_MS, type_search

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def _open_hit(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "arbitration")
    table = window.ui.results.table
    table.setFocus()
    with qtbot.waitSignal(window.ui.reader.documentReady, timeout=WAIT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.wait(50)


def _page_width_on_screen(window: MainWindow) -> int:
    view = window.ui.reader.pdf_view
    item = view.page_item(1)
    return view.mapFromScene(item.mapRectToScene(item.rect)).boundingRect().width()


@pytest.mark.parametrize("size", [(1280, 800), (1600, 960)])
def test_an_opened_hit_gets_the_window_and_f11_brings_the_library_back(
        qtbot, make_window, filled_archive: Path, size: tuple[int, int]) -> None:
    window = make_window(filled_archive)
    window.resize(*size)
    _open_hit(qtbot, window)
    reader = window.ui.reader
    assert window.actions_.reading.isChecked()
    assert not window.ui.library.isVisible() and not window.side_panel.isVisible()
    assert reader.width() >= 0.8 * size[0]
    qtbot.waitUntil(lambda: _page_width_on_screen(window) >= 0.6 * size[0], timeout=WAIT_MS)
    # Leave reading mode by the shortcut: the library and the details come back.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(reader.pdf_view, Qt.Key.Key_F11)
    assert window.ui.library.isVisible() and window.side_panel.isVisible()
    assert not window.actions_.reading.isChecked()
    qtbot.keyClick(reader.pdf_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.actions_.reading.isChecked() and not window.ui.library.isVisible()


def test_opening_in_reading_mode_is_a_remembered_choice(qtbot, make_window,
                                                        filled_archive: Path,
                                                        settings) -> None:
    window = make_window(filled_archive)
    assert window.actions_.read_on_open in window.actions_.view_menu.actions()
    window.actions_.read_on_open.trigger()
    assert settings.focus_mode is False
    window.close()
    again = make_window(filled_archive)
    assert not again.actions_.read_on_open.isChecked()
    _open_hit(qtbot, again)
    assert again.ui.library.isVisible() and not again.actions_.reading.isChecked()


def test_reader_controls_stay_visible_at_its_narrowest(qtbot, make_window,
                                                       filled_archive: Path) -> None:
    window = make_window(filled_archive)
    window.resize(1280, 800)
    _open_hit(qtbot, window)
    window.actions_.reading.setChecked(False)
    reader = window.ui.reader
    others = window.width() - reader.minimumWidth()
    window.ui.main.setSizes([others, reader.minimumWidth(), 0])
    qtbot.waitUntil(lambda: reader.width() <= reader.minimumWidth() + 2, timeout=WAIT_MS)
    bar = reader.toolbar
    wanted = [reader.pages_action, reader.zoom_out_action, reader.zoom_in_action,
              reader.fit_width_action, reader.open_action,
              window.annotating.dock.toggleViewAction(), window.actions_.reading]
    for action in wanted:
        widget = bar.widgetForAction(action)
        assert widget is not None and widget.isVisible(), action.text()
        assert bar.rect().contains(widget.geometry()), action.text()
    spin, field = reader.page_spin, reader.find_bar.edit
    assert spin.isVisible() and spin.width() >= spin.sizeHint().width()
    assert field.isVisible() and field.width() >= 100


def test_every_panel_is_in_the_view_menu_and_comes_back(qtbot, make_window,
                                                        filled_archive: Path) -> None:
    window = make_window(filled_archive)
    menu = window.actions_.view_menu.actions()
    dock = window.annotating.dock
    for toggle in (dock.toggleViewAction(), window.import_dock.toggleViewAction(),
                   window.actions_.show_library, window.actions_.show_details):
        assert toggle in menu
    dock.toggleViewAction().trigger()
    assert dock.isVisible()
    dock.close()
    assert not dock.isVisible()
    dock.toggleViewAction().trigger()
    assert dock.isVisible()
    window.actions_.show_details.trigger()
    assert not window.side_panel.isVisible()
    window.actions_.show_details.trigger()
    assert window.side_panel.isVisible()


def test_library_columns_give_way_to_the_title(qtbot, make_window,
                                               filled_archive: Path) -> None:
    window = make_window(filled_archive)
    table = window.ui.table
    char = table.fontMetrics().averageCharWidth()
    window.ui.main.setSizes([200, 1000, 200])
    window.ui.library.setSizes([150, 50])
    qtbot.waitUntil(lambda: bool(table.yielded_columns()), timeout=WAIT_MS)
    assert table.yielded_columns()[0] == 7              # "added" gives way first
    assert table.columnWidth(0) >= 20 * char
    assert not table.isColumnHidden(0)
    window.actions_.show_details.trigger()
    window.resize(1800, 900)
    window.ui.main.setSizes([1300, 500, 0])
    window.ui.library.setSizes([150, 1150])
    qtbot.waitUntil(lambda: not table.yielded_columns(), timeout=WAIT_MS)
    assert not table.isColumnHidden(7)
