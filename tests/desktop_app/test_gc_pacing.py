"""Full garbage collections wait while an import runs (they stalled the window 55–90 ms)."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from desktop_app.gc_pacing import CollectorPacing
from tests.desktop_app.helpers import WAIT_MS

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def test_pacing_holds_full_collections_and_gives_them_back(qtbot) -> None:
    assert gc.isenabled()
    pacing = CollectorPacing()
    young: list[int] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "stop":
            young.append(info["generation"])

    gc.callbacks.append(watch)
    try:
        pacing.begin()
        pacing.begin()                       # nested: one more write
        assert not gc.isenabled() and gc.get_freeze_count() > 0
        qtbot.waitUntil(lambda: bool(young), timeout=2000)
        assert max(young) <= 1               # only the young generations were collected
        pacing.end()
        assert not gc.isenabled() and pacing.active()
        pacing.end()
        assert gc.isenabled() and not pacing.active()
        pacing.end()                         # an extra end changes nothing
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(watch)


def test_an_import_holds_full_collections_while_it_runs(qtbot, make_window,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(30):
        (folder / f"memo{n}.txt").write_text(f"Memo {n}\n\nOn fishing rights.", encoding="utf-8")
    window = make_window(tmp_path / "archive")
    seen: list[bool] = []
    window.importer.started.connect(lambda: seen.append(gc.isenabled()))
    with qtbot.waitSignal(window.importer.finished, timeout=WAIT_MS):
        window.importer.import_paths([folder])
    assert seen == [False]
    qtbot.waitUntil(lambda: gc.isenabled(), timeout=WAIT_MS)


def test_the_long_lived_core_is_frozen_once_the_search_is_warm(qtbot, make_window,
                                                             tmp_path: Path) -> None:
    """After start-up, full collections skip what lives then; garbage of that moment is
    collected first, not frozen."""
    import weakref

    class Cyclic:
        pass

    gc.unfreeze()
    garbage = Cyclic()
    garbage.me = garbage  # type: ignore[attr-defined]
    gone = weakref.ref(garbage)
    del garbage
    window = make_window(tmp_path / "archive")
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=WAIT_MS)
    assert gone() is None
    assert window.isVisible()
    gc.unfreeze()
