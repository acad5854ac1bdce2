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
