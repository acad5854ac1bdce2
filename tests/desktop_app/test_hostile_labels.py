"""Names and titles that look like HTML are shown as text by every label of the window."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.reader.comment_dialog import CommentDialog
from tests.desktop_app.helpers import WAIT_MS, drop_files, select_document

# Rendered as rich text, this would read red.png from the working folder and take 300 px.
HOSTILE = '<img src="red.png" width="400" height="300">'


def _rendered_as_html(label: QLabel) -> bool:
    return label.sizeHint().height() >= 250


@pytest.mark.gui
def test_no_label_renders_a_name_or_title_as_html(qtbot, make_window, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in"
    src.mkdir()
    (src / f"{HOSTILE}.txt").write_text(f"{HOSTILE} Hostile title\n\nA body about rivers.\n")
    (src / f"{HOSTILE}.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    window = make_window(tmp_path / "archive")
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        report = drop_files(qtbot, window, [src])
    assert len(report.imported) == 1 and len(report.failed) == 1
    select_document(qtbot, window, f"{HOSTILE} Hostile title")
    shown = [label for label in window.findChildren(QLabel) if "<img" in label.text()]
    assert shown  # the document's details at least (the import line names no file now)
    assert [label.objectName() or label.text() for label in shown
            if _rendered_as_html(label)] == []


@pytest.mark.gui
def test_comment_dialog_shows_a_quote_as_text(qtbot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    dialog = CommentDialog("Comment", f"{HOSTILE} quoted", "", host)
    assert HOSTILE in dialog.quote.text() and not _rendered_as_html(dialog.quote)
    dialog.close()
