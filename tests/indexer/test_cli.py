"""The `dossier` command line: the contract scripts rely on."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.cli import main
from tests.conftest import write_pdf

ROOT = Path(__file__).resolve().parents[2]


def run(archive: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--archive", str(archive), *args], out=out)
    return code, out.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Treaty of friendship signed in Tashkent.\n")
    (src / "b.txt").write_text("Договор о дружбе подписан в Ташкенте.\n", encoding="utf-8")
    write_pdf(src / "c.pdf", ["Page one on fisheries.", "Page two on the continental shelf."])
    (src / "bad.pdf").write_bytes(b"%PDF-1.7 nothing here")
    return src


def test_import_json_contract(tmp_path: Path, files: Path) -> None:
    code, out = run(tmp_path / "arch", "import", str(files), "--tag", "Pack", "--json")
    data = json.loads(out)
    assert code == 3  # some files failed
    assert {Path(d["path"]).name for d in data["imported"]} == {"a.txt", "b.txt", "c.pdf"}
    assert all(isinstance(d["id"], int) for d in data["imported"])
    assert [Path(d["path"]).name for d in data["failed"]] == ["bad.pdf"]
    assert data["failed"][0]["error"]
    code, out = run(tmp_path / "arch", "import", str(files / "a.txt"), "--json")
    assert code == 0 and len(json.loads(out)["duplicates"]) == 1


def test_search_list_show_text_tag_note(tmp_path: Path, files: Path) -> None:
    arch = tmp_path / "arch"
    run(arch, "import", str(files))
    code, out = run(arch, "search", "договора", "--json")
    result = json.loads(out)
    assert code == 0 and result["total"] == 1
    hit = result["hits"][0]
    assert set(hit) == {"id", "title", "score", "pages", "snippet", "kind", "language", "tags",
                        "page_hits", "published", "some_words"}
    assert hit["page_hits"] == [[1, 1]]
    assert hit["language"] == "ru" and "<b>Договор</b>" in hit["snippet"]
    pdf_hit = json.loads(run(arch, "search", '"continental shelf"', "--json")[1])["hits"][0]
    assert pdf_hit["pages"] == [2]
    doc = pdf_hit["id"]
    code, out = run(arch, "text", str(doc), "--page", "2", "--json")
    assert "continental shelf" in json.loads(out)[str(doc)]
    assert run(arch, "text", str(doc), "--page", "9")[0] == 1
    assert run(arch, "tag", str(doc), "Law/Sea", "UN")[1].strip() == f"{doc}: Law/Sea, UN"
    assert run(arch, "untag", str(doc), "UN")[0] == 0
    assert run(arch, "note", str(doc), "Check article 76")[0] == 0
    shown = json.loads(run(arch, "show", str(doc), "--json")[1])
    assert shown["tags"] == ["Law/Sea"] and shown["notes"][0]["text"] == "Check article 76"
    assert json.loads(run(arch, "search", "tag:law article", "--json")[1])["hits"][0]["id"] == doc
    listed = json.loads(run(arch, "list", "--json")[1])
    assert len(listed) == 3


def test_batch_search_one_json_object_per_line(tmp_path: Path, files: Path) -> None:
    arch = tmp_path / "arch"
    run(arch, "import", str(files))
    queries = tmp_path / "q.txt"
    queries.write_text("fisheries\n\ntitel:oops\nTashkent\n")
    code, out = run(arch, "search", "--batch", str(queries), "--limit", "5", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    # Every input line has its answer, in order: a blank line is an error too.
    assert code == 0 and [d["query"] for d in lines] == ["fisheries", "", "titel:oops",
                                                         "Tashkent"]
    assert lines[0]["total"] == 1 and "error" in lines[1] and "error" in lines[2]
    assert lines[3]["total"] >= 1


def test_errors_exit_nonzero_with_a_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    arch = tmp_path / "arch"
    assert run(arch, "show", "42")[0] == 1
    assert "no document with id 42" in capsys.readouterr().err
    assert run(arch, "search", '"open')[0] == 1
    assert "quotation mark" in capsys.readouterr().err


def test_reindex_and_check(tmp_path: Path, files: Path) -> None:
    arch = tmp_path / "arch"
    run(arch, "import", str(files))
    code, out = run(arch, "reindex")
    assert code == 0 and "3 document(s)" in out
    code, out = run(arch, "check", "--json")
    assert code == 0 and json.loads(out)["ok"]
    stored = next((arch / "files").glob("*/*.txt"))
    stored.write_text("tampered")
    code, out = run(arch, "check", "--json")
    report = json.loads(out)
    assert code == 1 and "damaged" in report["problems"][0]


def test_console_script_runs_in_a_subprocess(tmp_path: Path, files: Path) -> None:
    env = {**os.environ, "DOSSIER_ARCHIVE": str(tmp_path / "env-arch")}
    proc = subprocess.run([sys.executable, "-m", "indexer.cli", "import", str(files / "a.txt")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "env-arch" / "dossier.sqlite3").exists()


def test_similar_and_sorted_search(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Fisheries quotas on the high seas and fishing vessels.")
    (src / "b.txt").write_text("Fishing vessels, quotas and fisheries of the seas.")
    (src / "c.txt").write_text("Outer space exploration and celestial bodies.")
    arch = tmp_path / "arch"
    _, out = run(arch, "import", str(src), "--json")
    ids = {Path(d["path"]).name: d["id"] for d in json.loads(out)["imported"]}
    code, out = run(arch, "search", "fisheries", "--sort", "title", "--json")
    assert code == 0 and len(json.loads(out)["hits"]) == 2
    code, out = run(arch, "similar", str(ids["a.txt"]), "--json")
    assert code == 0 and [h["id"] for h in json.loads(out)] == [ids["b.txt"]]
    code, out = run(arch, "search", "fisheies")
    assert "Did you mean: fisheries" in out
    code, _ = run(arch, "similar", "99")
    assert code == 1
