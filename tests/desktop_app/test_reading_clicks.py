"""Every click lands where it should: the Pages button, a hit opening at its best page, a page
click that stays when the marks load, every page of a hit reachable best first."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop_app.widgets.main_window import MainWindow
from desktop_app.widgets.pages_popup import PagesPopup
from indexer.archive import Archive
from tests.conftest import write_pdf
from tests.desktop_app.helpers import WAIT_MS, select_document, type_search

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

# Matches of "sturgeon" per page: page 1 has one (and a mark quoting it), page 5 has the most.
COUNTS = [1, 2, 0, 3, 6, 1, 2, 1, 4, 1, 2, 1, 1]


def _page(number: int, count: int) -> str:
    words = " ".join(["sturgeon"] * count) if count else "nothing to find"
    return f"Article {number}. Caspian quotas. {words}. End of article {number}."


@pytest.fixture(scope="module")
def clicks_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive with one 13-page PDF; page 1 carries a highlight of "sturgeon"."""
    base = tmp_path_factory.mktemp("clicks")
    pdf = write_pdf(base / "caviar.pdf", [_page(n, c) for n, c in enumerate(COUNTS, 1)],
                    title="Caviar Agreement")
    root = base / "archive"
    with Archive.open(root) as archive:
        report = archive.import_paths([pdf])
        assert not report.failed
        doc_id = report.imported[0][1]
        archive.add_annotation(doc_id, 1, quote="sturgeon", comment="first sturgeon")
    return root


@pytest.fixture
def clicks_archive(tmp_path: Path, clicks_template: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(clicks_template, root)
    return root


def _facts(window: MainWindow):
    table = window.ui.results.table
    index = window.ui.results.model.index(0, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.delegate.initStyleOption(option, index)
    return table.delegate.facts_layout(option, window.ui.results.model.hit_at(0))


def test_pages_button_hides_and_shows_the_thumbnails(qtbot, make_window,
                                                     clicks_archive: Path) -> None:
    window = make_window(clicks_archive)
    reader = window.ui.reader
    with qtbot.waitSignal(reader.documentReady, timeout=WAIT_MS):
        select_document(qtbot, window, "Caviar Agreement")
    button = reader.toolbar.widgetForAction(reader.pages_action)
    assert button.isVisible() and reader.page_list.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not reader.page_list.isVisible() and not reader.pages_action.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert reader.page_list.isVisible()


def test_a_hit_opens_at_its_best_page_not_at_the_mark(qtbot, make_window,
                                                      clicks_archive: Path) -> None:
    window = make_window(clicks_archive)
    type_search(qtbot, window, "sturgeon")
    table = window.ui.results.table
    table.setFocus()
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    reader = window.ui.reader
    qtbot.waitUntil(lambda: reader.current_page() == 5, timeout=WAIT_MS)
    qtbot.wait(300)     # the marks are drawn: nothing moves the reader back to page 1
    assert reader.current_page() == 5
    # The mark matching the search is still picked out in the annotations panel.
    assert window.annotating.panel.current().comment == "first sturgeon"


def test_a_page_click_stays_when_the_marks_load(qtbot, make_window,
                                               clicks_archive: Path) -> None:
    window = make_window(clicks_archive)
    type_search(qtbot, window, "sturgeon")
    links = {piece.page: rect for rect, piece in _facts(window) if piece.page}
    assert list(links)[:2] == [5, 9]
    viewport = window.ui.results.table.viewport()
    with qtbot.waitSignal(window.annotating.changed, timeout=WAIT_MS):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=links[9].center())
    qtbot.waitUntil(lambda: window.ui.reader.current_page() == 9, timeout=WAIT_MS)
    qtbot.wait(300)
    assert window.ui.reader.current_page() == 9


def test_every_page_of_a_hit_is_reachable_best_first(qtbot, make_window,
                                                     clicks_archive: Path) -> None:
    window = make_window(clicks_archive)
    window.resize(1280, 800)
    found = type_search(qtbot, window, "sturgeon")
    hit = found.result.hits[0]
    best_first = [page for page, _ in sorted(
        ((n, c) for n, c in enumerate(COUNTS, 1) if c), key=lambda pc: (-pc[1], pc[0]))]
    placed = _facts(window)
    shown = [piece.page for _, piece in placed if piece.page]
    assert shown == best_first[:len(shown)] and shown[0] == 5
    assert "".join(piece.text for _, piece in placed).startswith("p. 5 (6), 9 (4), 4 (3)")
    more = [rect for rect, piece in placed if piece.more]
    assert more, "the link to every page is on the facts line"
    viewport = window.ui.results.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=more[0].center())
    popup = window.ui.results.pages_popup
    assert isinstance(popup, PagesPopup) and popup.isVisible()
    assert popup.pages() == best_first and len(best_first) == len(hit.pages)
    assert popup.item(0).text() == "p. 5 — 6 matches"
    last = popup.item(popup.count() - 1)
    popup.scrollToItem(last)
    rect = popup.visualItemRect(last)
    assert popup.viewport().rect().contains(rect.center())
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS):
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.ui.reader.current_page() == best_first[-1],
                    timeout=WAIT_MS)
