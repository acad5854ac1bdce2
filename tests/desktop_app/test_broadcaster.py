"""What archive writes changed reaches the views through one broadcaster, from any thread."""
from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from desktop_app.broadcaster import ChangeBroadcaster
from desktop_app.models.sidebar import Node
from indexer.changes import Changes
from indexer.rows import DocumentRow
from tests.desktop_app.helpers import WAIT_MS, select_document, table_titles

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

DESKTOP_APP = Path(__file__).resolve().parents[2] / "desktop_app"
VIEW_SIGNALS = re.compile(r"\b(documentsChanged|documentEdited|libraryChanged|failuresChanged)"
                          r"(\.emit\(|\))")   # emitted, or connected to a task's end


def _heard(broadcaster: ChangeBroadcaster) -> list[str]:
    heard: list[str] = []
    for name in ("documentsChanged", "libraryChanged", "failuresChanged"):
        getattr(broadcaster, name).connect(lambda name=name: heard.append(name))
    broadcaster.documentEdited.connect(lambda row: heard.append(f"edited {row.id}"))
    return heard


def _row(doc_id: int) -> DocumentRow:
    from datetime import datetime

    return DocumentRow(doc_id, "u", "T", "pdf", None, None, None, None, None, 1, 1, "ok",
                       datetime(2026, 1, 1), "t.pdf")


def test_each_change_calls_for_its_signals(qtbot) -> None:
    broadcaster = ChangeBroadcaster()
    heard = _heard(broadcaster)
    broadcaster.broadcast(Changes(edited=(_row(7),)))
    assert heard == ["edited 7"]
    heard.clear()
    broadcaster.broadcast(Changes(tags=True, edited=(_row(7), _row(8))))
    assert heard == ["edited 7", "edited 8", "libraryChanged"]
    heard.clear()
    broadcaster.broadcast(Changes(removed=frozenset({3})))
    assert heard == ["documentsChanged", "libraryChanged"]
    heard.clear()
    broadcaster.broadcast(Changes(failures=True))
    assert heard == ["libraryChanged", "failuresChanged"]
    heard.clear()
    broadcaster.broadcast(Changes())
    assert heard == []


def test_changes_told_in_a_worker_thread_arrive_in_the_gui_thread(qtbot) -> None:
    broadcaster = ChangeBroadcaster()
    threads: list[threading.Thread] = []
    broadcaster.documentsChanged.connect(lambda: threads.append(threading.current_thread()))
    worker = threading.Thread(target=broadcaster.receive, args=(Changes(added=True),))
    with qtbot.waitSignal(broadcaster.changed, timeout=WAIT_MS):
        worker.start()
        worker.join()
    assert threads == [threading.main_thread()]


def test_no_controller_emits_view_signals_by_hand() -> None:
    emitters = sorted(str(path.relative_to(DESKTOP_APP))
                      for path in DESKTOP_APP.rglob("*.py")
                      if VIEW_SIGNALS.search(path.read_text(encoding="utf-8")))
    assert emitters == ["broadcaster.py"]


def test_any_write_refreshes_the_views(qtbot, make_window, filled_archive: Path) -> None:
    window = make_window(filled_archive)
    doc_id = select_document(qtbot, window, "Gas pipeline talks")
    session = window.session
    # A write no controller knows about: the table, the side panel and the sidebar follow.
    with qtbot.waitSignal(window.sidebar.loaded, timeout=WAIT_MS):
        session.write(lambda a: a.add_tags(doc_id, ["Topic/Pipelines"]), "tag")
    row = window.table_model.row_at(table_titles(window).index("Gas pipeline talks"))
    assert row is not None and "Topic/Pipelines" in row.tags
    assert "Topic/Pipelines" in window.side_panel.tags.tags()
    assert window.sidebar.sidebar.find(Node.TAG.value, "Topic/Pipelines").isValid()
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        session.write(lambda a: a.delete_documents([doc_id]), "delete")
    assert "Gas pipeline talks" not in table_titles(window)
