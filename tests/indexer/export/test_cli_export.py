"""`dossier export` and `dossier import` of bundles, run in-process."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from indexer.cli import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, main
from tests.indexer.export.conftest import Sample


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_export_csv_of_a_collection(sample: Sample, tmp_path: Path) -> None:
    code, text = _run("--archive", str(sample.archive.paths.root), "export", "--format", "csv",
                      "--collection", "Briefing pack", "--out", str(tmp_path / "marks.csv"))
    assert code == EXIT_OK and "3 document(s) and 10 annotation(s)" in text
    with open(tmp_path / "marks.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 10


def test_export_markdown_by_tag_and_report_by_query_as_json(sample: Sample,
                                                            tmp_path: Path) -> None:
    root = str(sample.archive.paths.root)
    code, text = _run("--archive", root, "export", "--format", "markdown", "--tag", "Region",
                      "--out", str(tmp_path / "vault"), "--json")
    assert code == EXIT_OK and json.loads(text)["documents"] == 2
    code, text = _run("--archive", root, "export", "--format", "report-html", "--query",
                      "continental shelf", "--out", str(tmp_path))
    assert code == EXIT_OK
    [report] = tmp_path.glob("*.html")
    assert "continental shelf" in report.read_text(encoding="utf-8")


def test_export_pdf_reports_skipped_documents(sample: Sample, tmp_path: Path) -> None:
    code, text = _run("--archive", str(sample.archive.paths.root), "export", "--format", "pdf",
                      "--ids", str(sample.locked), str(sample.pdf), "--out", str(tmp_path))
    assert code == EXIT_PARTIAL and "encrypted" in text and "1 skipped" in text


def test_selecting_nothing_is_a_clear_error(sample: Sample, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run("--archive", str(sample.archive.paths.root), "export", "--format", "ris",
                   "--out", str(tmp_path / "x.ris"))
    assert code == EXIT_ERROR
    assert "Choose what to export" in capsys.readouterr().err
    code, _ = _run("--archive", str(sample.archive.paths.root), "export", "--format", "ris",
                   "--collection", "No such pack", "--out", str(tmp_path / "x.ris"))
    assert code == EXIT_ERROR and "no collection named" in capsys.readouterr().err


def test_import_routes_bundles_and_prints_the_merge(sample: Sample, tmp_path: Path) -> None:
    bundle = tmp_path / "pack.dossier"
    code, _ = _run("--archive", str(sample.archive.paths.root), "export", "--format", "bundle",
                   "--collection", "Briefing pack", "--out", str(bundle))
    assert code == EXIT_OK
    target = str(tmp_path / "target")
    hostile = tmp_path / "bad.dossier"
    hostile.write_bytes(b"not a zip")
    code, text = _run("--archive", target, "import", str(bundle), str(hostile), "--json")
    data = json.loads(text)
    assert code == EXIT_PARTIAL and data["imported"] == [] and data["failed"] == []
    ok, bad = data["bundles"]
    assert ok["documents_new"] == 3 and ok["annotations_new"] == 10 and ok["new"] > 0
    assert "broken zip" in bad["error"]
    code, text = _run("--archive", target, "import", str(bundle))
    assert code == EXIT_OK and "0 new document(s) (3 already here)" in text
