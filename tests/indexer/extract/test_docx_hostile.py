"""A DOCX with entity declarations (XXE): nothing is expanded and no text is lost."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from indexer.extract.docx import extract_docx

DOCTYPE = ('<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/hostname">'
           '<!ENTITY boom "BOOM"><!ENTITY lol2 "&boom;&boom;&boom;&boom;">]>')


def _with_doctype(xml: bytes, root: str, marker: str, replacement: str) -> bytes:
    head, rest = xml.decode("utf-8").split("?>", 1)
    return (head + "?>" + DOCTYPE.format(root=root) + rest.replace(marker, replacement)
            ).encode("utf-8")


def _hostile_docx(tmp_path: Path) -> Path:
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.core_properties.title = "TITLEMARK"
    document.add_paragraph("Before the entity.")
    document.add_paragraph("MARKER")
    document.add_paragraph("The closing paragraph stays.")
    document.save(str(plain))
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = _with_doctype(data, "w:document", "MARKER",
                                     "Start &xxe; middle &lol2; end of the line")
            elif item.filename == "docProps/core.xml":
                data = _with_doctype(data, "cp:coreProperties", "TITLEMARK",
                                     "Report &xxe;on water")
            out.writestr(item, data)
    return hostile


def test_entities_are_not_expanded_and_the_text_after_them_is_kept(tmp_path: Path) -> None:
    result = extract_docx(_hostile_docx(tmp_path))
    text = result.text
    assert "Start  middle  end of the line" in text
    assert "The closing paragraph stays." in text and text.startswith("Before the entity.")
    assert "BOOM" not in text
    hostname = Path("/etc/hostname")
    if hostname.is_file():
        assert f" {hostname.read_text().strip()} " not in text
    assert result.title == "Report on water"
