"""Annotated PDFs, read back by PyMuPDF and by poppler: marks as standard annotations."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

from indexer.export import ExportSelection
from tests.indexer.export.conftest import LONG_QUOTE, Sample, pdftotext, squash


@dataclass(frozen=True)
class Seen:
    """One annotation as PyMuPDF reads it back (copied out while its page is alive)."""

    page: int
    type: str
    info: dict[str, str]
    stroke: list[float]
    rect: pymupdf.Rect
    under: str  # the text under its quads


def _annots(path: Path) -> list[Seen]:
    seen = []
    with pymupdf.open(path) as doc:
        for page in doc:
            for a in page.annots():
                points = a.vertices or []
                quads = [pymupdf.Quad(points[i:i + 4]) for i in range(0, len(points), 4)]
                under = " ".join(page.get_textbox(q.rect) for q in quads)
                seen.append(Seen(page.number + 1, a.type[1], dict(a.info),
                                 list(a.colors["stroke"] or []), pymupdf.Rect(a.rect), under))
    return seen


@pytest.fixture(scope="module")
def exported(sample: Sample, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf")
    report = sample.archive.export(ExportSelection(ids=(sample.pdf,)), "pdf", out)
    assert report.skipped == [] and len(report.written) == 1
    return report.written[0]


def test_marks_become_annotations_of_their_kind(exported: Path, sample: Sample) -> None:
    kinds = sorted(a.type for a in _annots(exported))
    # 3 highlights (green, long, the orphan found again by its text), 1 underline,
    # 1 strike-out; text notes: the sticky note, the document note, the unplaced list.
    assert kinds == ["Highlight"] * 3 + ["StrikeOut", "Text", "Text", "Text", "Underline"]
    expected = {"Highlight": ["continental shelf", LONG_QUOTE, "Use of terms"],
                "Underline": ["coastal State"], "StrikeOut": ["seabed"]}
    for annot in _annots(exported):
        if annot.type != "Text":
            assert any(squash(q) in squash(annot.under) for q in expected[annot.type]), annot


def test_colour_comment_author_and_identity(exported: Path, sample: Sample) -> None:
    marks = {m.id: m for m in sample.archive.annotations(sample.pdf)}
    green = marks[sample.marks["green"]]
    found = {a.info["id"]: a for a in _annots(exported)}
    annot = found[f"urn:uuid:{green.uuid}"]
    assert annot.page == 3 and annot.type == "Highlight"
    assert annot.info["content"] == "key <b> & “why”" and annot.info["title"] == "Dossier"
    assert [round(c, 2) for c in annot.stroke] == [0.37, 0.7, 0.21]
    sticky = found[f"urn:uuid:{marks[sample.marks['sticky']].uuid}"]
    assert sticky.page == 2 and sticky.type == "Text" and sticky.info["content"] == "sticky note"
    texts = [a.info["content"] for a in _annots(exported) if a.page == 1 and a.type == "Text"]
    assert any("**key**" in t for t in texts)  # the document note
    assert any("a passage that is nowhere" in t and "gone" in t for t in texts)  # unplaced


def test_original_stays_byte_identical(exported: Path, sample: Sample) -> None:
    detail = sample.archive.document(sample.pdf)
    original = Path(detail.stored_path).read_bytes()
    assert hashlib.sha256(original).hexdigest() == detail.checksum
    # The marks are appended as an incremental update: the original bytes come first.
    assert exported.read_bytes().startswith(original)


def test_poppler_reads_the_file_and_the_text_under_each_mark(exported: Path) -> None:
    assert "continental shelf" in pdftotext(exported)
    for annot in _annots(exported):
        if annot.type == "Text":
            continue
        box = annot.rect
        area = pdftotext(exported, "-f", str(annot.page), "-l", str(annot.page),
                         "-x", str(int(box.x0)), "-y", str(int(box.y0)),
                         "-W", str(int(box.width) + 2), "-H", str(int(box.height) + 2))
        assert squash(annot.under)[:12] in squash(area), (annot, area)


def test_text_document_rendition_with_cyrillic_and_highlights(sample: Sample,
                                                             tmp_path: Path) -> None:
    report = sample.archive.export(ExportSelection(ids=(sample.text, sample.md)), "pdf",
                                   tmp_path)
    assert report.skipped == [] and len(report.written) == 2
    rendition = next(p for p in report.written if "Соглашение" in p.name)
    poppler = pdftotext(rendition)
    assert "Стороны договорились о морском праве" in " ".join(poppler.split())
    assert "The parties agreed on the law of the sea" in " ".join(poppler.split())
    annots = _annots(rendition)
    assert sorted(a.type for a in annots) == ["Highlight", "Highlight"]
    texts = {a.info["content"]: squash(a.under) for a in annots}
    assert "морскомправе" in texts["по-русски"]
    # The mark is on the second "sea" of the text: the second hit of a search in the PDF.
    sea = next(a for a in annots if a.info["content"] == "")
    with pymupdf.open(rendition) as doc:
        hits = doc[sea.page - 1].search_for("sea")
    assert len(hits) == 2 and sea.rect.contains(hits[1]) and not sea.rect.intersects(hits[0])


def test_encrypted_original_is_skipped_with_a_reason(sample: Sample, tmp_path: Path) -> None:
    report = sample.archive.export(ExportSelection(ids=(sample.locked, sample.pdf)), "pdf",
                                   tmp_path)
    assert [s.id for s in report.skipped] == [sample.locked]
    assert "encrypted" in report.skipped[0].reason
    assert len(report.written) == 1 and report.written[0].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [report.written[0].name]
