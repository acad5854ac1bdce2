"""Markdown, CSV, W3C JSON, RIS, BibTeX and CSL-JSON exports, parsed back."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from indexer.export import ExportError, ExportSelection
from indexer.export.naming import UniqueNames, safe_stem
from tests.indexer.export.conftest import Sample

ALL = ExportSelection(collection="Briefing pack")


def _marks(sample: Sample) -> list[Any]:
    return [m for d in (sample.pdf, sample.text, sample.md) for m in sample.archive.annotations(d)]


def test_csv_has_one_row_per_annotation(sample: Sample, tmp_path: Path) -> None:
    out = sample.archive.export(ALL, "csv", tmp_path / "marks.csv").written[0]
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(_marks(sample)) == 10
    assert list(rows[0])[:14] == ["document_id", "uuid", "title", "page", "kind", "color",
                                  "quote", "comment", "prefix", "suffix", "start", "end",
                                  "created", "modified"]
    green = next(r for r in rows if r["comment"] == "key <b> & “why”")
    assert (green["quote"], green["page"], green["color"], green["kind"]) == (
        "continental shelf", "3", "#5fb236", "highlight")
    assert green["prefix"].endswith("over the ") and int(green["end"]) > int(green["start"])
    assert any(r["quote"] == "морском праве" for r in rows)


def _validate_annotation(item: dict[str, Any]) -> None:
    """The required parts of a W3C Web Annotation (Data Model §3) and of its selectors."""
    assert item["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", item["id"])
    assert item["type"] == "Annotation"
    assert item["motivation"] in ("highlighting", "commenting")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", item["created"])
    if "body" in item:
        assert item["body"]["type"] == "TextualBody" and item["body"]["value"]
    target = item["target"]
    assert target["source"].startswith("urn:uuid:")
    required = {"TextQuoteSelector": {"exact"}, "TextPositionSelector": {"start", "end"},
                "FragmentSelector": {"value"}}
    assert target["selector"]
    for selector in target["selector"]:
        assert required[selector["type"]] <= set(selector)
        if selector["type"] == "FragmentSelector":
            assert selector["conformsTo"] == "http://tools.ietf.org/rfc/rfc3778"
            assert re.fullmatch(r"page=\d+", selector["value"])
        if selector["type"] == "TextPositionSelector":
            assert 0 <= selector["start"] <= selector["end"]


def test_json_follows_the_web_annotation_model(sample: Sample, tmp_path: Path) -> None:
    out = sample.archive.export(ALL, "json", tmp_path / "marks.json").written[0]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 10
    items = data["first"]["items"]
    for item in items:
        _validate_annotation(item)
    green = next(i for i in items if i.get("body", {}).get("value") == "key <b> & “why”")
    assert green["motivation"] == "commenting"
    kinds = {s["type"]: s for s in green["target"]["selector"]}
    assert kinds["TextQuoteSelector"]["exact"] == "continental shelf"
    assert kinds["FragmentSelector"]["value"] == "page=3"
    # Positions count in the whole text, pages joined by form feeds.
    whole = "\f".join(sample.archive.page_texts(sample.pdf))
    start, end = kinds["TextPositionSelector"]["start"], kinds["TextPositionSelector"]["end"]
    assert whole[start:end] == "continental shelf"
    ru = next(i for i in items if i.get("body", {}).get("value") == "по-русски")
    assert "FragmentSelector" not in {s["type"] for s in ru["target"]["selector"]}


def _ris(text: str) -> list[dict[str, list[str]]]:
    records, current = [], {}  # type: ignore[var-annotated]
    for line in text.splitlines():
        found = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line)
        if not found:
            continue
        tag, value = found.groups()
        if tag == "ER":
            records.append(current)
            current = {}
        else:
            current.setdefault(tag, []).append(value)
    return records


def test_ris_records(sample: Sample, tmp_path: Path) -> None:
    out = sample.archive.export(ALL, "ris", tmp_path / "refs.ris").written[0]
    assert b"\r\n" in out.read_bytes()
    records = {r["TI"][0]: r for r in _ris(out.read_text(encoding="utf-8"))}
    fish = records["Fish & Ships: 100% legal_stuff {draft}"]
    assert fish["TY"] == ["NEWS"] and fish["AU"] == ["Smith, Anna", "United Nations"]
    assert fish["PY"] == ["2023"] and fish["DA"] == ["2023/06/19/"]
    assert fish["T2"] == ["The Diplomat"] and fish["UR"] == ["https://example.org/a?b=1&c=2"]
    assert fish["KW"] == ["Fisheries"]
    assert records["UNCLOS extract"]["KW"] == ["Region/Central Asia"]


def _bibtex(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    entries = {}
    for kind, key, body in re.findall(r"@(\w+)\{([^,]+),\n(.*?)\n\}", text, re.DOTALL):
        fields = dict(re.findall(r"^  (\w+) = \{(.*)\},?$", body, re.MULTILINE))
        entries[key] = (kind, fields)
    return entries


def test_bibtex_entries_escaped_with_unique_keys(sample: Sample, tmp_path: Path) -> None:
    out = sample.archive.export(ALL, "bibtex", tmp_path / "refs.bib").written[0]
    entries = _bibtex(out.read_text(encoding="utf-8"))
    assert len(entries) == 3
    kind, fish = entries["smith2023fish"]
    assert kind == "article" and fish["journal"] == "The Diplomat"
    assert fish["title"] == r"{Fish \& Ships: 100\% legal\_stuff \{draft\}}"
    assert fish["author"] == "Smith, Anna and {United Nations}"
    assert fish["year"] == "2023" and fish["url"] == "https://example.org/a?b=1&c=2"
    assert all(re.fullmatch(r"[a-z]+\d{0,4}[a-z0-9]+", key) for key in entries)


def test_csl_json_items(sample: Sample, tmp_path: Path) -> None:
    out = sample.archive.export(ALL, "csl-json", tmp_path / "refs.json").written[0]
    items = {i["title"]: i for i in json.loads(out.read_text(encoding="utf-8"))}
    fish = items["Fish & Ships: 100% legal_stuff {draft}"]
    assert fish["type"] == "article-newspaper" and fish["container-title"] == "The Diplomat"
    assert fish["author"] == [{"family": "Smith", "given": "Anna"},
                              {"literal": "United Nations"}]
    assert fish["issued"] == {"date-parts": [[2023, 6, 19]]} and fish["language"] == "en"
    assert fish["URL"] == "https://example.org/a?b=1&c=2" and "Dossier" in fish["note"]
    assert items["Соглашение о сотрудничестве на море"]["type"] == "legislation"
    assert len({i["id"] for i in items.values()}) == 3


def test_markdown_files_with_front_matter(sample: Sample, tmp_path: Path) -> None:
    report = sample.archive.export(ALL, "markdown", tmp_path / "vault")
    assert len(report.written) == 3
    by_name = {p.name: p.read_text(encoding="utf-8") for p in report.written}
    assert "Fish & Ships 100% legal_stuff {draft}.md" in by_name  # ':' dropped, safe name
    fish = by_name["Fish & Ships 100% legal_stuff {draft}.md"]
    front = fish.split("---\n")[1]
    assert 'title: "Fish & Ships: 100% legal_stuff {draft}"' in front
    assert '  - "Anna Smith"\n  - "United Nations"' in front
    assert 'date: "2023-06-19"' in front and 'source: "The Diplomat"' in front
    assert re.search(r'dossier_uuid: "[0-9a-f-]{36}"', front)
    assert "> Tashkent (p. 1)\n\nvenue" in fish
    unclos = by_name["UNCLOS extract.md"]
    assert 'tags:\n  - "Region/Central-Asia"' in unclos
    assert "# Summary" in unclos and "(p. 1, orphaned)" in unclos


def test_safe_unique_file_names(tmp_path: Path) -> None:
    names = UniqueNames(tmp_path)
    assert names.path("a/b: c?", ".md").name == "a b c.md"
    assert names.path("A/B: C?", ".md").name == "A B C (2).md"
    assert safe_stem("..") == "document" and safe_stem("CON") == "_CON"
    assert safe_stem("x" * 300) == "x" * 80


def test_selection_errors(sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Choose what to export"):
        sample.archive.export(ExportSelection(), "csv", tmp_path / "x.csv")
    with pytest.raises(ExportError, match="not an export format"):
        sample.archive.export(ALL, "docx", tmp_path / "x")
    with pytest.raises(ExportError, match="holds no documents"):
        sample.archive.export(ExportSelection(query="zebra"), "csv", tmp_path / "x.csv")
    assert not list(tmp_path.iterdir())


def test_selection_by_tag_and_query(sample: Sample, tmp_path: Path) -> None:
    by_tag = sample.archive.export(ExportSelection(tag="region"), "csv", tmp_path / "t.csv")
    assert by_tag.documents == 2  # Region and its sub-tag Region/Central Asia
    by_query = sample.archive.export(ExportSelection(query="seabed OR Tashkent"), "csv",
                                     tmp_path / "q.csv")
    assert by_query.documents == 2
