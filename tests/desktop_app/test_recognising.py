"""A scan dropped on the window becomes searchable: text recognition runs after the import."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import needs_tesseract, write_scan
from tests.desktop_app.helpers import WAIT_MS, drop_files


@pytest.mark.gui
@needs_tesseract
def test_a_dropped_scan_is_recognised_and_found(qtbot, make_window, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    scan = write_scan(tmp_path / "in" / "note-verbale.pdf",
                      ["Note verbale\nThe Embassy presents its compliments to the Ministry "
                       "concerning the pipeline agreement."])
    window = make_window(tmp_path / "archive")
    with qtbot.waitSignal(window.recovery.finished, timeout=120_000) as recovered:
        report = drop_files(qtbot, window, [scan])
    assert len(report.imported) == 1
    assert recovered.args[0] is not None and sum(recovered.args[0].pages.values()) == 1
    task = window.session.read(lambda archive: archive.search("pipeline").total)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS) as found:
        pass
    assert found.args == [1]
