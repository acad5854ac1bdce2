"""The reader pane on PDFs: opening at a page, term highlights, find, zoom, keys, errors."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from desktop_app.reader import ReaderDocument, ReaderPane

pytestmark = pytest.mark.gui

PAGES = [
    "Page one speaks of the territorial sea and baselines.",
    "Page two: the shelf of a library is not a legal term.",
    "Page three covers the exclusive economic zone.",
    "Page four: the continental shelf of a coastal State.\nThe shelf extends far.",
    "Page five closes with final provisions.",
]
WAIT_MS = 10_000


def make_pdf(path: Path, pages: list[str] = PAGES) -> Path:
    """A PDF with one text block per page."""
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(72, 72, 540, 770), text, fontsize=12)
    doc.save(path)
    doc.close()
    return path


def pdf_document(path: Path, page: int | None = None,
                 terms: frozenset[str] = frozenset()) -> ReaderDocument:
    return ReaderDocument(id=1, title="Test", kind="pdf", stored_path=path,
                          page_texts=list(PAGES), page=page, terms=terms)


@pytest.fixture
def pane(qtbot) -> Iterator[ReaderPane]:
    # A plain host window without a layout: the offscreen platform warns when a
    # top-level window's size hints change, which a top-level layout would do.
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 700)
    widget = ReaderPane(host)
    widget.resize(900, 700)
    host.show()
    qtbot.waitExposed(host)
    yield widget


def open_at(qtbot, pane: ReaderPane, doc: ReaderDocument, page: int) -> None:
    """Show doc and wait until the page is rendered."""
    with qtbot.waitSignals([pane.documentReady, pane.pdf_view.pageRendered],
                           check_params_cbs=[None, lambda shown: shown == page],
                           timeout=WAIT_MS):
        pane.show_document(doc)


def test_opens_at_page_with_terms_highlighted(qtbot, pane, tmp_path):
    path = make_pdf(tmp_path / "a.pdf")
    open_at(qtbot, pane, pdf_document(path, page=4, terms=frozenset({"continental", "shelf"})), 4)
    assert pane.current_page() == 4
    assert pane.page_spin.value() == 4
    assert pane.page_list.currentIndex().row() == 3
    rects = pane.highlight_rects(4)
    with pymupdf.open(path) as doc:
        expected = [*doc[3].search_for("continental"), *doc[3].search_for("shelf")]
    assert len(rects) == len(expected) == 3
    for want in expected:
        assert any(abs(r.x() - want.x0) < 2 and abs(r.y() - want.y0) < 2 for r in rects)
    assert pane.highlight_rects(1) == []


def test_find_counts_hits_and_enter_steps(qtbot, pane, tmp_path):
    open_at(qtbot, pane, pdf_document(make_pdf(tmp_path / "a.pdf")), 1)
    assert pane.find_text("SHELF") == 3
    assert pane.find_status() == (1, 3)
    assert pane.find_bar.label.text() == "1 of 3"
    qtbot.keyClick(pane.find_bar.edit, Qt.Key.Key_Return)
    assert pane.find_bar.label.text() == "2 of 3"
    assert pane.current_page() == 4
    qtbot.keyClick(pane.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert pane.find_bar.label.text() == "1 of 3"
    assert pane.find_text("nowhere to be found") == 0
    assert pane.find_bar.label.text() == "No matches"


def test_find_starts_at_the_current_page(qtbot, pane, tmp_path):
    open_at(qtbot, pane, pdf_document(make_pdf(tmp_path / "a.pdf"), page=4), 4)
    assert pane.find_text("shelf") == 3
    assert pane.find_status() == (2, 3)
    assert pane.current_page() == 4


def test_typing_in_find_field_searches_in_background(qtbot, pane, tmp_path):
    open_at(qtbot, pane, pdf_document(make_pdf(tmp_path / "a.pdf")), 1)
    with qtbot.waitSignal(pane.service.searchFinished, timeout=WAIT_MS):
        qtbot.keyClicks(pane.find_bar.edit, "page")
    assert pane.find_status() == (1, 5)
    assert pane.find_bar.label.text() == "1 of 5"


def test_zoom_in_renders_wider(qtbot, pane, tmp_path):
    open_at(qtbot, pane, pdf_document(make_pdf(tmp_path / "a.pdf")), 1)
    before = pane.pdf_view.image_size(1).width()
    with qtbot.waitSignal(pane.pdf_view.pageRendered, check_params_cb=lambda p: p == 1,
                          timeout=WAIT_MS):
        pane.zoom_in_action.trigger()
    assert pane.pdf_view.image_size(1).width() > before
    assert not pane.fit_width_action.isChecked()
    assert pane.current_page() == 1
    fit_width = pane.pdf_view.zoom() / 1.2
    pane.fit_page_action.trigger()
    assert pane.fit_page_action.isChecked()
    assert pane.pdf_view.zoom() < fit_width          # a tall page: height is the limit
    pane.fit_width_action.trigger()
    assert pane.pdf_view.zoom() == pytest.approx(fit_width)
    assert pane.zoom_label.text() == f"{round(fit_width * 100)}%"


def test_keyboard_page_navigation(qtbot, pane, tmp_path):
    open_at(qtbot, pane, pdf_document(make_pdf(tmp_path / "a.pdf")), 1)
    with qtbot.waitSignal(pane.pageChanged, check_params_cb=lambda p: p == 2, timeout=WAIT_MS):
        qtbot.keyClick(pane.pdf_view, Qt.Key.Key_PageDown)
    assert pane.current_page() == 2
    qtbot.keyClick(pane.pdf_view, Qt.Key.Key_End)
    assert pane.current_page() == 5
    qtbot.keyClick(pane.pdf_view, Qt.Key.Key_PageUp)
    assert pane.current_page() == 4
    qtbot.keyClick(pane.pdf_view, Qt.Key.Key_Home)
    assert pane.current_page() == 1


def test_go_to_page_before_and_after_loading(qtbot, pane, tmp_path):
    doc = pdf_document(make_pdf(tmp_path / "a.pdf"))
    with qtbot.waitSignal(pane.documentReady, timeout=WAIT_MS):
        pane.show_document(doc)
        pane.go_to_page(3)
        assert pane.current_page() == 3
    assert pane.current_page() == 3
    with qtbot.waitSignal(pane.pageChanged, check_params_cb=lambda p: p == 5, timeout=WAIT_MS):
        pane.page_spin.setValue(5)
    assert pane.page_list.currentIndex().row() == 4


def test_thumbnails_render_in_background(qtbot, pane, tmp_path):
    open_at(qtbot, pane, pdf_document(make_pdf(tmp_path / "a.pdf")), 1)
    model = pane.page_list.model()
    assert model.rowCount() == 5
    with qtbot.waitSignal(pane.service.thumbRendered, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: model.has_thumb(0), timeout=WAIT_MS)


def test_encrypted_pdf_shows_message(qtbot, pane, tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret")
    path = tmp_path / "locked.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="user", owner_pw="owner")
    doc.close()
    with qtbot.waitSignal(pane.service.failed, timeout=WAIT_MS):
        pane.show_document(pdf_document(path))
    assert pane.stack.currentWidget() is pane.message
    assert pane.message.isVisible()
    assert "password" in pane.message.text()
    assert pane.open_action.isEnabled()


@pytest.mark.parametrize("content", [b"%PDF-1.4 this is not really a PDF", b""])
def test_corrupt_pdf_shows_message(qtbot, pane, tmp_path, content):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with qtbot.waitSignal(pane.service.failed, timeout=WAIT_MS):
        pane.show_document(pdf_document(path))
    assert pane.message.isVisible()
    assert "could not be read" in pane.message.text()
    assert pane.current_page() == 1
    assert pane.find_text("anything") == 0


def test_missing_file_shows_message(qtbot, pane, tmp_path):
    with qtbot.waitSignal(pane.service.failed, timeout=WAIT_MS):
        pane.show_document(pdf_document(tmp_path / "gone.pdf"))
    assert "missing" in pane.message.text()


def test_open_original_button_emits_stored_path(qtbot, pane, tmp_path):
    path = make_pdf(tmp_path / "a.pdf")
    open_at(qtbot, pane, pdf_document(path), 1)
    button = pane.findChild(QToolButton, "readerOpenOriginal")
    assert button is not None
    with qtbot.waitSignal(pane.openOriginalRequested, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [path]


def test_switching_documents_keeps_only_the_last(qtbot, pane, tmp_path):
    first = make_pdf(tmp_path / "a.pdf")
    second = make_pdf(tmp_path / "b.pdf", ["Only", "two pages"])
    pane.show_document(pdf_document(first, page=4))
    open_at(qtbot, pane, pdf_document(second), 1)
    assert pane.pdf_view.page_count() == 2
    assert pane.page_spin.maximum() == 2
    assert pane.current_page() == 1


def test_clear_shows_no_document(qtbot, pane, tmp_path):
    open_at(qtbot, pane, pdf_document(make_pdf(tmp_path / "a.pdf")), 1)
    pane.clear()
    assert pane.document() is None
    assert pane.current_page() == 0
    assert pane.pdf_view.page_count() == 0
    assert pane.stack.currentWidget() is pane.message
    assert not pane.open_action.isEnabled()


@pytest.mark.corpus
def test_real_treaty_opens_at_page(qtbot, pane, corpus):
    path = corpus / "treaties" / "pdf" / "unclos-1982-en.pdf"
    if not path.is_file():
        pytest.skip("UNCLOS PDF not in the corpus")
    doc = pdf_document(path, page=39, terms=frozenset({"continental", "shelf"}))
    open_at(qtbot, pane, doc, 39)
    assert pane.current_page() == 39
    assert len(pane.highlight_rects(39)) == 2
