"""The report: a self-contained HTML page and the same report as a PDF."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pymupdf
import pytest

from indexer.export import ExportSelection
from tests.indexer.export.conftest import Sample, pdftotext, squash

SELECTION = ExportSelection(collection="Briefing pack")


def _shown(text: str) -> str:
    """How the report shows a text: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


@pytest.fixture(scope="module")
def report_html(sample: Sample, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("report") / "pack.html"
    report = sample.archive.export(SELECTION, "report-html", out)
    assert report.written == [out] and report.documents == 3
    return out.read_text(encoding="utf-8")


def test_html_holds_every_quote_comment_and_page(report_html: str, sample: Sample) -> None:
    for doc_id in (sample.pdf, sample.text, sample.md):
        for mark in sample.archive.annotations(doc_id):
            assert _shown(mark.quote) in report_html
            if mark.comment:
                assert _shown(mark.comment) in report_html
    assert "key &lt;b&gt; &amp; “why”" in report_html and "<b> &" not in report_html
    assert "p. 3" in report_html and "p. 4" in report_html
    assert "orphaned (was p. 1)" in report_html
    assert "Region/Central Asia" in report_html and "Anna Smith; United Nations" in report_html
    assert "<b>key</b> &amp; &lt;important&gt;" in report_html  # the note's Markdown


def test_html_orders_marks_by_page_with_orphans_last(report_html: str) -> None:
    section = report_html[report_html.index("UNCLOS extract</h2>"):]
    order = [section.index(q) for q in ("seabed", "coastal State", "continental shelf",
                                        "legal status", "Use of terms")]
    assert order == sorted(order)


def test_html_has_a_linked_contents_and_no_external_resources(report_html: str) -> None:
    targets = re.findall(r'href="#([^"]+)"', report_html)
    assert len(targets) == 3
    for target in targets:
        assert f'id="{target}"' in report_html
    assert not re.search(r"<link|<script|<img|src=|@import|url\(", report_html)
    assert "<style>" in report_html and "Contents" in report_html


def test_pdf_report_holds_every_quote(sample: Sample, tmp_path: Path) -> None:
    report = sample.archive.export(SELECTION, "report-pdf", tmp_path / "pack.pdf")
    text = squash(pdftotext(report.written[0]))
    for doc_id in (sample.pdf, sample.text, sample.md):
        for mark in sample.archive.annotations(doc_id):
            assert squash(mark.quote) in text, mark.quote
    assert squash("Briefing pack") in text and squash("Contents") in text
    with pymupdf.open(report.written[0]) as doc:
        links = [link for page in doc for link in page.get_links()
                 if link["kind"] == pymupdf.LINK_GOTO]
        assert {link["page"] for link in links} >= {2}  # contents lead into the documents
