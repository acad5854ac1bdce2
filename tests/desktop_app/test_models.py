"""Every item model passes Qt's model tester; the library table loads lazily and sorts in the core."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.library_data import load_sidebar, tag_tree
from desktop_app.models.document_table import DocumentTableModel
from desktop_app.models.facets import FacetModel
from desktop_app.models.mime import ids_from_mime
from desktop_app.models.results import SearchResultsModel
from desktop_app.models.sidebar import KindRole, Node, SidebarModel
from desktop_app.session import ArchiveSession
from indexer.archive import Archive

pytestmark = pytest.mark.gui


def _open(qtbot, session: ArchiveSession, root: Path) -> None:
    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.open(root)


def test_document_table_fetches_pages_lazily(qtbot, qtmodeltester, session: ArchiveSession,
                                             filled_archive: Path) -> None:
    _open(qtbot, session, filled_archive)
    model = DocumentTableModel(session, page_size=2)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    assert model.total == 3 and model.rowCount() == 2
    model.fetchMore(QModelIndex())  # the model tester may have asked already
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_document_table_sorts_through_the_core(qtbot, qtmodeltester, session: ArchiveSession,
                                               filled_archive: Path) -> None:
    _open(qtbot, session, filled_archive)
    model = DocumentTableModel(session)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold) or titles == sorted(titles)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    ids = ids_from_mime(model.mimeData([model.index(0, 0), model.index(1, 3)]))
    assert len(ids) == 2
    qtmodeltester.check(model)


def test_sidebar_model_shows_the_tag_tree_with_counts(qtmodeltester,
                                                      filled_archive: Path) -> None:
    with Archive.open(filled_archive) as archive:
        archive.save_search("Fish", "salmon OR dams")
        data = load_sidebar(archive)
    model = SidebarModel()
    model.populate(data)
    qtmodeltester.check(model)
    region = model.find(Node.TAG.value, "Region")
    asia = model.find(Node.TAG.value, "Region/Central Asia")
    energy = model.find(Node.TAG.value, "Energy")
    assert region.data() == "Region" and region.siblingAtColumn(1).data() == "2"
    assert asia.data() == "Central Asia" and asia.siblingAtColumn(1).data() == "2"
    assert asia.parent() == region
    assert energy.siblingAtColumn(1).data() == "1"
    assert model.find(Node.ALL.value).siblingAtColumn(1).data() == "3"
    assert model.find(Node.TAGS.value).data(KindRole) == Node.TAGS
    fish = model.find(Node.SEARCH.value, "salmon OR dams")
    assert (fish.data(), fish.siblingAtColumn(1).data()) == ("Fish", "2")  # counted live


def test_tag_tree_nests_names() -> None:
    roots = tag_tree([("Region/Central Asia", 2), ("Region/Caucasus", 1), ("Law", 4)])
    assert [r.name for r in roots] == ["Law", "Region"]
    assert [c.path for c in roots[1].children] == ["Region/Caucasus", "Region/Central Asia"]


def test_results_and_facet_models(qtbot, qtmodeltester, filled_archive: Path) -> None:
    with Archive.open(filled_archive) as archive:
        result = archive.search("salmon", 10, facets=True)
    results = SearchResultsModel()
    results.set_result(result)
    qtmodeltester.check(results)
    assert results.rowCount() == 1
    assert "<b>" in results.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    facets = FacetModel()
    facets.populate(result.facets)
    qtmodeltester.check(facets)
    with qtbot.waitSignal(facets.filtersChanged, timeout=1000):
        facets.toggle("kind", "pdf")
    assert facets.filters == {"kind": {"pdf"}}
