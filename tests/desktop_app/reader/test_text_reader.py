"""The reader pane on flowing text: formatting, term highlights, accent-blind find, pages."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.reader import ReaderDocument, ReaderPane
from desktop_app.reader.find_colours import TERM_FILL
from desktop_app.reader.text_view import (
    CURRENT_COLOUR,
    HIT_COLOUR,
    fold_chars,
    paragraphs_html,
)

ARTICLE = ("The Continental Shelf of a coastal State comprises the seabed.\n"
           "L’État côtier exerce des droits sur le plateau continental.\n"
           "Markup such as <b>bold</b> & <script>x</script> stays literal.")


def text_document(text: str | list[str] = ARTICLE, kind: str = "html", page: int | None = None,
                  terms: frozenset[str] = frozenset()) -> ReaderDocument:
    pages = [text] if isinstance(text, str) else text
    return ReaderDocument(id=7, title="Article", kind=kind, stored_path=Path("/nowhere/a.html"),
                          page_texts=pages, page=page, terms=terms)


@pytest.fixture
def pane(qtbot) -> Iterator[ReaderPane]:
    host = QWidget()  # no top-level layout: the offscreen platform warns about size hints
    qtbot.addWidget(host)
    host.resize(900, 600)
    widget = ReaderPane(host)
    widget.resize(900, 600)
    host.show()
    qtbot.waitExposed(host)
    yield widget


def plain(pane: ReaderPane) -> str:
    return pane.text_view.document().toPlainText()


@pytest.mark.gui
def test_terms_are_highlighted_at_their_words(qtbot, pane):
    with qtbot.waitSignal(pane.documentReady):
        pane.show_document(text_document(terms=frozenset({"continental", "shelf", "letat"})))
    assert pane.stack.currentWidget() is pane.text_view
    text = plain(pane)
    words = sorted(text[start:end] for start, end in pane.highlight_ranges())
    assert words == ["Continental", "L’État", "Shelf", "continental"]
    view = pane.text_view
    start = text.index("Shelf")
    assert view.selection_colour_at(start) == TERM_FILL
    assert view.selection_colour_at(start + 4) == TERM_FILL
    assert view.selection_colour_at(text.index("coastal")) is None


@pytest.mark.gui
def test_plain_text_is_escaped_and_paragraphs_kept(qtbot, pane):
    pane.show_document(text_document())
    text = plain(pane)
    assert "<b>bold</b> & <script>x</script>" in text
    assert pane.text_view.document().blockCount() >= 3
    assert pane.current_page() == 1
    assert not pane.page_list.isVisible()


@pytest.mark.gui
def test_markdown_is_rendered(qtbot, pane):
    pane.show_document(text_document("# Heading\n\nSome *emphasis* here.", kind="markdown"))
    text = plain(pane)
    assert "#" not in text and "*" not in text
    block = pane.text_view.document().begin()
    assert block.text() == "Heading"
    assert block.blockFormat().headingLevel() == 1


@pytest.mark.gui
def test_find_ignores_case_and_accents_and_steps(qtbot, pane):
    pane.show_document(text_document())
    assert pane.find_text("etat") == 1
    text = plain(pane)
    assert pane.find_text("CONTINENTAL") == 2
    assert pane.find_bar.label.text() == "1 of 2"
    view = pane.text_view
    first, second = text.index("Continental"), text.index("continental.")
    assert view.selection_colour_at(first) == CURRENT_COLOUR
    assert view.selection_colour_at(second) == HIT_COLOUR
    qtbot.keyClick(pane.find_bar.edit, Qt.Key.Key_Return)
    assert pane.find_bar.label.text() == "2 of 2"
    assert view.selection_colour_at(second) == CURRENT_COLOUR
    assert view.textCursor().position() == second
    qtbot.keyClick(pane.find_bar.edit, Qt.Key.Key_Escape)
    assert pane.find_status() == (0, 0)
    assert view.selection_colour_at(second) is None


@pytest.mark.gui
def test_typing_in_find_field_finds(qtbot, pane):
    pane.show_document(text_document())
    qtbot.keyClicks(pane.find_bar.edit, "COTIER")  # QTest types ASCII only
    qtbot.waitUntil(lambda: pane.find_status() == (1, 1))
    assert pane.find_bar.label.text() == "1 of 1"


@pytest.mark.gui
def test_multi_page_text_has_markers_and_navigation(qtbot, pane):
    pages = ["\n\n".join(f"Paragraph {p}.{n} " + "words " * 40 for n in range(12))
             for p in range(1, 4)]
    with qtbot.waitSignal(pane.pageChanged, check_params_cb=lambda p: p == 2):
        pane.show_document(text_document(pages, kind="text", page=2))
    assert pane.current_page() == 2
    assert "\u2014 Page 2 \u2014" in plain(pane)
    assert pane.page_spin.maximum() == 3
    pane.go_to_page(3)
    assert pane.current_page() == 3
    block = pane.text_view.document().findBlock(pane.text_view._page_starts[1] + 1)
    assert block.next().blockFormat().alignment() != Qt.AlignmentFlag.AlignHCenter


@pytest.mark.gui
def test_open_original_for_text(qtbot, pane):
    pane.show_document(text_document())
    with qtbot.waitSignal(pane.openOriginalRequested) as blocker:
        pane.open_action.trigger()
    assert blocker.args == [Path("/nowhere/a.html")]


def test_paragraphs_html_splits_on_blank_lines_or_lines():
    assert paragraphs_html("a\nb\n\nc") == "<p>a<br>b</p><p>c</p>"
    assert paragraphs_html("a\nb\n") == "<p>a</p><p>b</p>"
    assert paragraphs_html("x < y & z") == "<p>x &lt; y &amp; z</p>"


def test_fold_chars_maps_back_to_source():
    folded, origin = fold_chars("Straße ﬁn É")
    assert folded == "strasse fin e"
    assert len(origin) == len(folded)
    assert origin[folded.index("fin")] == 7
    assert origin[folded.index("e", 12)] == 10


@pytest.mark.gui
def test_a_latin_query_highlights_the_name_in_cyrillic(qtbot, pane, tmp_path):
    from desktop_app.operations import open_document
    from indexer.archive import Archive

    text = "Делегация прибыла в Ташкент. Переговоры в Ташкенте продолжились."
    (tmp_path / "ru.txt").write_text(text, encoding="utf-8")
    with Archive.open(tmp_path / "archive") as archive:
        doc_id = archive.import_paths([tmp_path / "ru.txt"]).imported[0][1]
        opened = open_document(archive, doc_id, "Tashkent")
    with qtbot.waitSignal(pane.documentReady):
        pane.show_document(text_document(opened.page_texts, kind="text", terms=opened.terms))
    shown = plain(pane)
    assert sorted(shown[s:e] for s, e in pane.highlight_ranges()) == ["Ташкент", "Ташкенте"]
