"""Annotations: anchored by quote and position, re-anchored after re-extraction, searchable."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest

from indexer.anchoring import find_quote, reanchor
from indexer.archive import Archive
from indexer.cli import main
from indexer.errors import DossierError, NotFound
from tests.conftest import write_pdf

PAGES = ["Article 1. Use of terms. The Area means the seabed.",
         "Article 76. The continental shelf of a coastal State comprises the seabed.",
         "Article 77. The coastal State exercises over the continental shelf sovereign rights."]


@pytest.fixture
def pdf_doc(archive: Archive, tmp_path: Path) -> int:
    path = write_pdf(tmp_path / "unclos.pdf", PAGES)
    return archive.import_paths([path]).imported[0][1]


def test_highlight_by_quote_has_anchor_and_rects(archive: Archive, pdf_doc: int) -> None:
    mark = archive.add_annotation(pdf_doc, 3, quote="continental shelf", comment="key",
                                  color="green")
    text = archive.page_texts(pdf_doc)[2]
    assert text[mark.start:mark.end] == "continental shelf" == mark.quote
    assert mark.prefix.endswith("over the ") and mark.suffix.startswith(" sovereign")
    assert mark.color == "#5fb236" and mark.page == 3
    assert len(mark.rects) == 1 and mark.rects[0][2] > mark.rects[0][0]
    assert [m.id for m in archive.annotations(pdf_doc)] == [mark.id]


def test_quote_not_on_page_is_a_clear_error(archive: Archive, pdf_doc: int) -> None:
    with pytest.raises(DossierError, match="not on page 1"):
        archive.add_annotation(pdf_doc, 1, quote="continental shelf")
    with pytest.raises(NotFound, match="no page 9"):
        archive.add_annotation(pdf_doc, 9, quote="seabed")
    with pytest.raises(DossierError, match="not a colour"):
        archive.add_annotation(pdf_doc, 1, quote="seabed", color="mauve-ish")


def test_annotation_text_is_searchable(archive: Archive, pdf_doc: int) -> None:
    archive.add_annotation(pdf_doc, 2, quote="coastal State", comment="ask the legal adviser")
    assert [h.id for h in archive.search("annotation:adviser").hits] == [pdf_doc]
    assert [h.id for h in archive.search("legal adviser").hits] == [pdf_doc]
    assert archive.search("annotation:seabed").total == 0


def test_edit_and_delete(archive: Archive, pdf_doc: int) -> None:
    mark = archive.add_annotation(pdf_doc, 1, quote="seabed")
    changed = archive.update_annotation(pdf_doc, mark.id, color="red", comment="check",
                                        kind="underline")
    assert (changed.color, changed.comment, changed.kind) == ("#ff6666", "check", "underline")
    archive.delete_annotation(pdf_doc, mark.id)
    assert archive.annotations(pdf_doc) == []


def test_reextraction_reanchors_by_text(archive: Archive, pdf_doc: int, tmp_path: Path) -> None:
    kept = archive.add_annotation(pdf_doc, 3, quote="sovereign rights")
    lost = archive.add_annotation(pdf_doc, 1, quote="Use of terms")
    stored = Path(archive.document(pdf_doc).stored_path)
    # Simulate a new reader that inserts a preface page and reads page 1 differently.
    with archive.sessions() as session, session.begin():
        from indexer.models import Page
        pages = session.query(Page).filter_by(document_id=pdf_doc).order_by(Page.number).all()
        pages[0].text = "Preface added by OCR.\n" + pages[0].text.replace("Use of terms", "")
    marks = {m.id: m for m in archive.annotations(pdf_doc)}
    assert marks[kept.id].page == 3
    # Re-extracting from the untouched original restores the text: marks follow it.
    orphans = archive.reextract(pdf_doc)
    assert orphans == 0
    again = {m.id: m for m in archive.annotations(pdf_doc)}
    assert again[lost.id].quote == "Use of terms" and not again[lost.id].orphaned
    assert stored.read_bytes() == Path(archive.document(pdf_doc).stored_path).read_bytes()


def test_reanchor_moves_and_orphans() -> None:
    old = ["alpha beta gamma", "delta continental shelf epsilon"]
    new = ["new first page", "alpha beta gamma", "delta continental\nshelf epsilon"]
    found = reanchor(new, "continental shelf", 2, 6, "delta ", " epsilon")
    assert found is not None and found.page == 3
    assert new[2][found.start:found.end] == "continental\nshelf"
    assert reanchor(new, "vanished words", 1, 0) is None
    assert find_quote(old[1], "CONTINENTAL SHELF") == (6, 23)


def test_existing_pdf_annotations_are_imported(archive: Archive, tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "marked.pdf", PAGES)
    doc = pymupdf.open(path)
    page = doc[1]
    quads = page.search_for("continental shelf", quads=True)
    annot = page.add_highlight_annot(quads)
    annot.set_info(content="Okular comment")
    annot.update()
    marked = tmp_path / "marked-annot.pdf"
    doc.save(marked)
    doc_id = archive.import_paths([marked]).imported[0][1]
    mark, = archive.annotations(doc_id)
    assert (mark.page, mark.kind, mark.comment) == (2, "highlight", "Okular comment")
    assert mark.quote == "continental shelf" and mark.start is not None
    assert archive.search("annotation:okular").hits[0].id == doc_id


def test_cli_annotate_and_list(tmp_path: Path) -> None:
    arch = tmp_path / "arch"
    path = write_pdf(tmp_path / "t.pdf", PAGES)

    def run(*args: str) -> tuple[int, str]:
        out = io.StringIO()
        return main(["--archive", str(arch), *args], out=out), out.getvalue()

    doc = json.loads(run("import", str(path), "--json")[1])["imported"][0]["id"]
    code, out = run("annotate", str(doc), "--page", "2", "--quote", "coastal State",
                    "--comment", "who?", "--color", "blue", "--json")
    assert code == 0 and json.loads(out)["quote"] == "coastal State"
    assert run("annotate", str(doc), "--page", "1", "--quote", "not there")[0] == 1
    listed = json.loads(run("annotations", str(doc), "--json")[1])
    assert [(m["page"], m["comment"], m["color"]) for m in listed] == [(2, "who?", "#2ea8e5")]


def test_reextraction_with_different_text_moves_marks(tmp_path: Path) -> None:
    from indexer.extract.sandbox import ExtractionPool

    path = write_pdf(tmp_path / "t.pdf", PAGES)
    root = tmp_path / "arch"
    with Archive.open(root) as archive:
        doc = archive.import_paths([path]).imported[0][1]
        mark = archive.add_annotation(doc, 3, quote="sovereign rights", comment="key")
    newer = "tests.indexer.extract.fake_extractors:with_preface"
    with Archive.open(root, pool_factory=lambda: ExtractionPool(extractor=newer)) as archive:
        assert archive.reextract(doc) == 0
        moved, = archive.annotations(doc)
        text = archive.page_texts(doc)[moved.page - 1]
        assert (moved.id, moved.page, moved.orphaned) == (mark.id, 4, False)
        assert text[moved.start:moved.end] == "sovereign rights"
        assert [h.id for h in archive.search("annotation:key").hits] == [doc]
