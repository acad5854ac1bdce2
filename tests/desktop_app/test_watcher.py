"""An open window notices another process's import and shows it."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.session import ArchiveSession
from indexer.archive import Archive


@pytest.mark.gui
def test_an_import_by_another_process_reaches_the_open_window(
        session: ArchiveSession, qtbot: object, tmp_path: Path) -> None:
    root = tmp_path / "arch"
    with qtbot.waitSignal(session.opened, timeout=20000):  # type: ignore[attr-defined]
        session.open(root)
    note = tmp_path / "memo.txt"
    note.write_text("Aral basin water sharing memorandum")
    qtbot.wait(1500)  # type: ignore[attr-defined]  # the watcher has seen the archive as it was
    with Archive.open(root) as command_line:  # another process, as far as the window knows
        command_line.import_paths([note])
    with qtbot.waitSignal(session.documentsChanged, timeout=8000):  # type: ignore[attr-defined]
        pass
    found = session.read(lambda archive: archive.search("aral").total)
    with qtbot.waitSignal(found.finished, timeout=8000) as answer:  # type: ignore[attr-defined]
        pass
    assert answer.args == [1]
