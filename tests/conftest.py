"""Shared fixtures: a fresh archive per test, the shared corpus, small generated files."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture
def corpus() -> Path:
    """The shared corpus folder; the test is skipped when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:  # noqa: F821
    """An empty archive in a temporary folder, closed afterwards."""
    from indexer.archive import Archive

    arch = Archive.open(tmp_path / "archive")
    yield arch
    arch.close()


def write_pdf(path: Path, pages: list[str], title: str | None = None) -> Path:
    """A small PDF with one text block per page."""
    import pymupdf

    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(72, 72, 540, 770), text, fontsize=11)
    if title:
        doc.set_metadata({"title": title})
    doc.save(path)
    doc.close()
    return path


def _tesseract_installed() -> bool:
    from indexer.extract.ocr import ocr_available

    return ocr_available()


# Tests that run Tesseract skip cleanly on a machine without it (CI installs it).
needs_tesseract = pytest.mark.skipif(not _tesseract_installed(),
                                     reason="Tesseract (tesseract-ocr) is not installed")


def write_scan(path: Path, pages: list[str], dpi: int = 150) -> Path:
    """A PDF of page images with no text layer: each text set on a page (its first line as a
    heading), photographed."""
    import pymupdf

    scan = pymupdf.open()
    for text in pages:
        source = pymupdf.open()
        page = source.new_page()
        heading, *lines = text.split("\n")
        page.insert_htmlbox(pymupdf.Rect(72, 72, 540, 770),
                            f"<p style='font-size:20pt'><b>{heading}</b></p>"
                            + "".join(f"<p style='font-size:13pt'>{line}</p>" for line in lines))
        image = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        target = scan.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, pixmap=image)
        source.close()
    scan.save(path)
    scan.close()
    return path
