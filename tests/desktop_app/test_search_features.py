"""Search that finds what the reader means, driven like a user: the countries facet, "did you
mean", sorting, hits per page, similar documents and saved searches as live collections."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QStyleOptionViewItem

from desktop_app.models.facets import FacetModel, FacetRole, ValueRole
from desktop_app.models.sidebar import Node
from desktop_app.search_query import text_suggestion
from desktop_app.widgets.main_window import MainWindow
from indexer.archive import Archive
from indexer.collections import save_search
from tests.conftest import write_pdf
from tests.desktop_app.helpers import (
    WAIT_MS,
    drop_files,
    select_document,
    table_titles,
    type_search,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("no_dialogs")]

TEXTS = {
    "baku.txt": "Pipeline talks in Baku\n\n"
                "Negotiators from Azerbaijan met about the gas pipeline route.",
    "tashkent.txt": "Water sharing on the Amu Darya\n\n"
                    "The ministers of Uzbekistan discussed irrigation, dams and a pipeline.",
    "caviar.txt": "Sturgeon caviar quotas\n\n"
                  "The commission set sturgeon caviar quotas for the sturgeon fishery.",
    "caviar_trade.txt": "Caviar trade and sturgeon\n\n"
                        "Exporters of sturgeon caviar welcomed the quotas for sturgeon.",
    "railway.txt": "Railway timetable\n\nThe railway company published a timetable for trains.",
}


def _write_files(folder: Path) -> Path:
    folder.mkdir(parents=True)
    write_pdf(folder / "fisheries.pdf", [
        "Preamble. The parties to this convention on fisheries agree as follows.",
        "Article 1. Salmon stocks matter. Each party shall protect the migratory salmon "
        "and count the salmon every year.",
        "Article 2. Disputes about salmon go to arbitration.",
    ], title="Caspian Fisheries Convention")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def meaning_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: a three-page PDF and five short articles (two naming countries, two about
    caviar, one about railways), and a saved search whose query no longer parses."""
    base = tmp_path_factory.mktemp("meaning")
    root = base / "archive"
    with Archive.open(root) as archive:
        report = archive.import_paths([_write_files(base / "incoming")])
        assert not report.failed, report.failed
        with archive.sessions() as session, session.begin():
            # As an older version might have stored it: save_search() refuses it today.
            save_search(session, "Broken", "title:(")
    return root


@pytest.fixture
def meaning_archive(tmp_path: Path, meaning_template: Path) -> Path:
    """A private copy of the template archive."""
    root = tmp_path / "archive"
    shutil.copytree(meaning_template, root)
    return root


def _hit_titles(window: MainWindow) -> list[str]:
    model = window.ui.results.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _facet_item(window: MainWindow, facet: str, value: str) -> QModelIndex:
    model = window.ui.results.facets
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            if index.data(FacetRole) == facet and index.data(ValueRole) == value:
                return index
    return QModelIndex()


def test_countries_facet_shows_names_and_narrows(qtbot, make_window,
                                                 meaning_archive: Path) -> None:
    window = make_window(meaning_archive)
    found = type_search(qtbot, window, "pipeline")
    assert found.result.total == 2
    assert dict(found.facets["countries"]) == {"AZ": 1, "UZ": 1}
    azerbaijan = _facet_item(window, "countries", "AZ")
    assert azerbaijan.data() == "Azerbaijan"
    assert azerbaijan.parent().data() == "Countries"
    assert azerbaijan.siblingAtColumn(1).data() == "1"
    view = window.ui.results.facet_view
    view.setCurrentIndex(azerbaijan)
    with qtbot.waitSignal(window.searcher.searched, timeout=WAIT_MS) as narrowed:
        qtbot.keyClick(view, Qt.Key.Key_Space)   # ticks the value's box
    assert narrowed.args[0].query == "pipeline country:AZ"
    assert _hit_titles(window) == ["Pipeline talks in Baku"]
    # The other country stays offered, to widen the search again.
    assert _facet_item(window, "countries", "UZ").data() == "Uzbekistan"


def test_country_names_follow_the_interface_language(qapp, qtmodeltester) -> None:
    from desktop_app.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "ru")
    try:
        model = FacetModel()
        assert model.language == "ru"
        model.populate({"countries": [("AZ", 2), ("UZ", 1)], "kind": [("pdf", 3)]})
        qtmodeltester.check(model)
        group = model.index(1, 0)
        assert group.data() == "Страны"
        assert [model.index(r, 0, group).data() for r in range(2)] == ["Азербайджан",
                                                                       "Узбекистан"]
        assert model.index(0, 0, group).data(ValueRole) == "AZ"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert FacetModel(language="en").label("countries", "AZ") == "Azerbaijan"


def test_did_you_mean_runs_the_corrected_search(qtbot, make_window,
                                                meaning_archive: Path) -> None:
    window = make_window(meaning_archive)
    found = type_search(qtbot, window, "samlon")
    assert found.result.total == 0
    line = window.ui.search_bar.suggestion
    assert line.isVisible()
    assert "Did you mean:" in line.text() and "<i>salmon</i>" in line.text()
    with qtbot.waitSignal(window.searcher.searched, timeout=WAIT_MS) as corrected:
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert corrected.args[0].text == "salmon"
    assert window.ui.search_bar.text() == "salmon"
    assert _hit_titles(window) == ["Caspian Fisheries Convention"]
    assert not line.isVisible()


def test_suggestion_leaves_out_the_facet_filters() -> None:
    assert text_suggestion("salmon kind:pdf", "samlon", "samlon kind:pdf") == "salmon"
    assert text_suggestion("salmon", "samlon", "samlon") == "salmon"
    assert text_suggestion(None, "samlon", "samlon") is None


def test_sort_by_title_is_remembered(qtbot, make_window, meaning_archive: Path,
                                     settings) -> None:
    window = make_window(meaning_archive)
    type_search(qtbot, window, "sturgeon OR pipeline OR salmon")
    box = window.ui.results.sort_box
    assert window.ui.results.sort() == "relevance"
    with qtbot.waitSignal(window.searcher.searched, timeout=WAIT_MS) as resorted:
        qtbot.keyClick(box, Qt.Key.Key_End)     # the last choice: Title
    assert resorted.args[0].sort == "title"
    titles = _hit_titles(window)
    assert len(titles) == 5
    assert titles == sorted(titles, key=str.casefold)
    assert settings.result_sort == "title"
    window.close()

    again = make_window(meaning_archive)
    assert again.ui.results.sort() == "title"


def test_pages_show_their_hit_counts_and_open_there(qtbot, make_window,
                                                   meaning_archive: Path) -> None:
    window = make_window(meaning_archive)
    found = type_search(qtbot, window, "salmon")
    hit = found.result.hits[0]
    assert hit.page_hits == [(2, 3), (3, 1)]
    model, table = window.ui.results.model, window.ui.results.table
    assert model.index(0, 1).data() == "2 (3), 3"
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.delegate.initStyleOption(option, index)
    placed = table.delegate.facts_layout(option, hit)
    line = "".join(piece.text for _, piece in placed)
    assert "p. 2 (3), 3" in line and "4 matches" in line
    links = {piece.text: (rect, piece.page) for rect, piece in placed if piece.page}
    assert [page for _, page in links.values()] == [2, 3]
    rect, _ = links["3"]
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.ui.reader.current_page() == 3, timeout=WAIT_MS)


def test_similar_documents_from_the_side_panel_and_the_menu(qtbot, make_window,
                                                            meaning_archive: Path) -> None:
    window = make_window(meaning_archive)
    doc_id = select_document(qtbot, window, "Sturgeon caviar quotas")
    with qtbot.waitSignal(window.searcher.similarShown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(window.side_panel.similar, Qt.MouseButton.LeftButton)
    assert shown.args[0].doc_id == doc_id
    assert window.ui.showing_results()
    titles = _hit_titles(window)
    assert titles[0] == "Caviar trade and sturgeon"
    assert "Railway timetable" not in titles and "Sturgeon caviar quotas" not in titles
    summary = window.ui.results.summary.text()
    assert summary.startswith("Similar to “Sturgeon caviar quotas”")
    table = window.ui.results.table
    table.setFocus()
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args[0] != doc_id
    qtbot.keyClick(window.ui.search_bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.ui.showing_results(), timeout=WAIT_MS)

    select_document(qtbot, window, "Caviar trade and sturgeon")
    menu = window.menus[0].menu_for(window.ui.table.selected_ids())
    with qtbot.waitSignal(window.searcher.similarShown, timeout=WAIT_MS) as again:
        menu.findChild(QAction, "similarDocuments").trigger()
    assert "Sturgeon caviar quotas" in _hit_titles(window)
    assert again.args[0].title == "Caviar trade and sturgeon"

    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        window.sidebar.select_view(Node.RECENT.value)
    assert not window.ui.showing_results()


def test_saved_search_is_a_live_collection(qtbot, make_window, meaning_archive: Path,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Caviar", True)))
    window = make_window(meaning_archive)
    sidebar, model = window.sidebar, window.sidebar.sidebar
    type_search(qtbot, window, "caviar")
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        window.ui.search_bar.save_button.click()
    saved = model.find(Node.SEARCH.value, "caviar")
    assert (saved.data(), saved.siblingAtColumn(1).data()) == ("Caviar", "2")

    sidebar.expandAll()
    rect = sidebar.visualRect(saved)
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center() + QPoint(0, 0))
    assert not window.ui.showing_results() and not window.ui.search_bar.text()
    assert sorted(table_titles(window)) == ["Caviar trade and sturgeon",
                                            "Sturgeon caviar quotas"]

    new = tmp_path / "beluga.txt"
    new.write_text("Beluga caviar\n\nThe beluga sturgeon gives the rarest caviar.",
                   encoding="utf-8")
    with qtbot.waitSignal(sidebar.loaded, timeout=WAIT_MS):
        drop_files(qtbot, window, [new])
    qtbot.waitUntil(lambda: "Beluga caviar" in table_titles(window), timeout=WAIT_MS)
    assert len(table_titles(window)) == 3
    assert model.find(Node.SEARCH.value, "caviar").siblingAtColumn(1).data() == "3"


def test_malformed_saved_query_shows_the_reason(qtbot, make_window,
                                                meaning_archive: Path) -> None:
    window = make_window(meaning_archive)
    sidebar, model = window.sidebar, window.sidebar.sidebar
    broken = model.find(Node.SEARCH.value, "title:(")
    assert broken.data() == "Broken"
    count = broken.siblingAtColumn(1)
    assert count.data() == "!"
    assert "parenthesis" in count.data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(window.table_model.failed, timeout=WAIT_MS) as failed:
        sidebar.setCurrentIndex(broken)
    message = failed.args[0]
    assert message.endswith(".") and "Traceback" not in message
    assert window.table_model.problem == message
    assert window.statusBar().currentMessage() == message
    assert table_titles(window) == []
    window.ui.table.grab()  # paints the reason in place of the empty table's hint
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        sidebar.select_view(Node.ALL.value)
    assert window.table_model.problem == "" and len(table_titles(window)) == 6
