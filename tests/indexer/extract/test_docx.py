"""Tests of the DOCX extractor: text in reading order, tables, properties, titles, bad files."""
from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from indexer.errors import CorruptFile, UnsupportedFile
from indexer.extract.docx import extract_docx
from indexer.extract.types import TEXT_NONE, TEXT_OK


def _report(path: Path, *, properties: bool = True, title_style: bool = True) -> Path:
    document = docx.Document()
    if title_style:
        document.add_heading("Agreement on Marine Biodiversity", level=0)
    document.add_paragraph("The Parties to this Agreement,")
    document.add_heading("Article 1. Use of terms", level=1)
    document.add_paragraph("For the purposes of this Agreement:")
    document.add_paragraph("")
    table = document.add_table(rows=3, cols=3)
    for col, label in enumerate(("State", "Signed", "Ratified")):
        table.cell(0, col).text = label
    table.cell(1, 0).text = "Uzbekistan"
    table.cell(1, 1).text = "2023-09-20"
    table.cell(1, 2).text = "no"
    merged = table.cell(2, 1).merge(table.cell(2, 2))
    table.cell(2, 0).text = "Azerbaijan"
    merged.text = "not yet"
    document.add_heading("Article 2. Objective", level=1)
    document.add_paragraph("The objective of this Agreement is to ensure conservation.")
    if properties:
        core = document.core_properties
        core.title = "BBNJ Agreement (draft)"
        core.author = "Intergovernmental Conference"
        core.created = datetime(2023, 6, 19, 10, 30)
        core.language = "en-US"
        core.keywords = "high seas; biodiversity"
        core.subject = "Law of the sea"
    document.save(str(path))
    return path


def test_text_in_reading_order_with_tables(tmp_path: Path) -> None:
    result = extract_docx(_report(tmp_path / "a.docx"))
    assert result.kind == "docx"
    assert result.text_status == TEXT_OK
    assert len(result.pages) == 1
    lines = result.text.split("\n")
    assert lines == [
        "Agreement on Marine Biodiversity",
        "The Parties to this Agreement,",
        "Article 1. Use of terms",
        "For the purposes of this Agreement:",
        "State\tSigned\tRatified",
        "Uzbekistan\t2023-09-20\tno",
        "Azerbaijan\tnot yet",  # a merged cell is read once
        "Article 2. Objective",
        "The objective of this Agreement is to ensure conservation.",
    ]


def test_core_properties(tmp_path: Path) -> None:
    result = extract_docx(_report(tmp_path / "a.docx"))
    assert result.title == "BBNJ Agreement (draft)"
    assert result.author == "Intergovernmental Conference"
    assert result.published == "2023-06-19"
    assert result.language == "en"
    assert result.metadata["keywords"] == "high seas; biodiversity"
    assert result.metadata["subject"] == "Law of the sea"


def test_title_falls_back_to_title_style_paragraph(tmp_path: Path) -> None:
    result = extract_docx(_report(tmp_path / "a.docx", properties=False))
    assert result.title == "Agreement on Marine Biodiversity"


def test_title_falls_back_to_first_heading(tmp_path: Path) -> None:
    path = _report(tmp_path / "a.docx", properties=False, title_style=False)
    assert extract_docx(path).title == "Article 1. Use of terms"


def test_python_docx_template_properties_are_ignored(tmp_path: Path) -> None:
    result = extract_docx(_report(tmp_path / "a.docx", properties=False))
    assert result.author is None  # the template says "python-docx"
    assert result.published is None  # the template says 2013-12-23
    assert "description" not in result.metadata


def test_content_control_text_is_included(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before the control.")
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Inside a content control"
        "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.insert(1, control)
    path = tmp_path / "sdt.docx"
    document.save(str(path))
    assert extract_docx(path).text == "Before the control.\nInside a content control"


def test_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    result = extract_docx(path)
    assert result.pages == [""]
    assert result.text_status == TEXT_NONE
    assert result.title is None


def _truncated(path: Path) -> None:
    data = _report(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _not_a_zip(path: Path) -> None:
    path.write_bytes(b"This is plain text with a .docx name.\n" * 10)


def _zip_without_word_parts(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")


def _broken_document_xml(path: Path) -> None:
    source = _report(path.with_name("source.docx"))
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as broken:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            broken.writestr(item, data)


@pytest.mark.parametrize(
    "make", [_truncated, _not_a_zip, _zip_without_word_parts, _broken_document_xml]
)
def test_corrupt_docx_raises_corrupt_file(
    tmp_path: Path, make: Callable[[Path], None]
) -> None:
    path = tmp_path / "bad.docx"
    make(path)
    with pytest.raises(CorruptFile) as caught:
        extract_docx(path)
    assert "“bad.docx”" in str(caught.value)


def test_old_doc_file_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnsupportedFile, match=r"old-style Word document \(\.doc\)"):
        extract_docx(path)


def test_encrypted_docx_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    stream = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + stream + b"\x00" * 50)
    with pytest.raises(UnsupportedFile, match="password-protected"):
        extract_docx(path)
