"""Needs attention says why each document is there and offers what fixes it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.models.sidebar import Node
from indexer.archive import Archive
from tests.conftest import write_pdf
from tests.desktop_app.helpers import WAIT_MS, select_document, table_titles

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_dialogs"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def _scan(path: Path) -> Path:
    """A PDF whose only page is a drawing: no text layer, like a scan."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(72, 72, 400, 300), color=(0, 0, 0), fill=(0.8, 0.8, 0.8))
    doc.set_metadata({"title": "Scanned letter"})
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def attention_archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        report = archive.import_paths([
            _scan(tmp_path / "letter.pdf"),
            write_pdf(tmp_path / "treaty.pdf", ["Article 1. The parties shall protect the "
                      "migratory salmon of the Caspian basin and count them every year."],
                      title="Salmon Treaty")])
        assert not report.failed
    return root


def test_needs_attention_says_why_and_offers_the_fix(qtbot, make_window,
                                                    attention_archive: Path) -> None:
    window = make_window(attention_archive)
    with qtbot.waitSignal(window.table_model.loaded, timeout=WAIT_MS):
        window.sidebar.select_view(Node.ATTENTION.value)
        window.sidebar.choose(window.sidebar.currentIndex())
    assert table_titles(window) == ["Scanned letter — no text"]
    tip = window.table_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "no text: a scan or an empty file" in tip and "Recognise its text (OCR)" in tip

    doc_id = select_document(qtbot, window, table_titles(window)[0])
    bar = window.attention
    assert bar.isVisible() and "no text" in bar.message.text()
    assert bar.reextract.isVisible() and bar.ocr.isVisible()   # the window offers OCR

    asked: list[int] = []
    bar.set_ocr_handler(asked.append)      # the hook an OCR feature plugs into
    assert bar.ocr.isVisible()
    qtbot.mouseClick(bar.ocr, Qt.MouseButton.LeftButton)
    assert asked == [doc_id]

    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS):
        qtbot.mouseClick(bar.reextract, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "The document was read again."
    assert bar.isVisible()                 # still no text: still needs attention

    window.actions_.reading.setChecked(False)
    window.sidebar.select_view(Node.ALL.value)
    window.sidebar.choose(window.sidebar.currentIndex())
    qtbot.waitUntil(lambda: "Salmon Treaty" in table_titles(window), timeout=WAIT_MS)
    select_document(qtbot, window, "Salmon Treaty")
    assert not bar.isVisible()
