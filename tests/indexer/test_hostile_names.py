"""Hostile file names and links: one failure line at most, never an aborted batch."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.cli import main
from indexer.extract.guard import guarded
from indexer.extract.types import Extracted
from indexer.walk import Refused, expand_paths, readable

BAD_NAME = b"caf\xe9.txt"  # Latin-1, not UTF-8: Python sees "caf\udce9.txt"


def _folder(tmp_path: Path, good: int = 5) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(good):
        (src / f"ok{i}.txt").write_text(f"Plain file number {i} about the river basin {i}.\n")
    fd = os.open(os.fsencode(src) + b"/" + BAD_NAME, os.O_CREAT | os.O_WRONLY, 0o644)
    os.write(fd, b"Notes from the cafe on the water treaty. " * 5)  # too long for a title
    os.close(fd)
    return src


def test_name_not_utf8_is_imported_and_batch_goes_on(archive: Archive, tmp_path: Path) -> None:
    report = archive.import_paths([_folder(tmp_path)])
    assert not report.failed
    assert len(report.imported) == 6 and archive.count() == 6
    names = {row.title for row in archive.documents()}
    assert "caf\ufffd" in names  # the title falls back to the name, the bad byte replaced
    bad = [archive.document(doc_id) for path, doc_id in report.imported if "\ufffd" in path]
    assert len(bad) == 1 and bad[0].to_json()["original_name"] == "caf\ufffd.txt"
    check = archive.check()
    assert check.ok and not check.notes  # every stored file belongs to a document


def test_cli_prints_a_bad_name_and_json_stays_valid(tmp_path: Path) -> None:
    src = _folder(tmp_path, good=1)
    out = io.StringIO()
    code = main(["--archive", str(tmp_path / "a"), "import", str(src)], out=out)
    assert code == 0 and "caf\ufffd.txt" in out.getvalue()
    out = io.StringIO()
    assert main(["--archive", str(tmp_path / "a"), "list", "--json"], out=out) == 0
    out.getvalue().encode("utf-8")  # no lone surrogate reached the output
    assert len(json.loads(out.getvalue())) == 2


def test_readable_replaces_only_undecodable_bytes() -> None:
    assert readable("caf\udce9.txt") == "caf\ufffd.txt"
    assert readable("Ташкент\ud800.md") == "Ташкент\ufffd.md"
    assert readable("plain é") == "plain é"


def test_extracted_surrogates_are_replaced() -> None:
    result = guarded(Extracted(kind="pdf", pages=["a\ud800b", "ok"], title="t\udce9",
                               metadata={"k": "v\udfff"},
                               annotations=[{"quote": "q\ud801", "page": 1}]))
    assert result.pages == ["a\ufffdb", "ok"] and result.title == "t\ufffd"
    assert result.metadata == {"k": "v\ufffd"} and result.annotations[0]["quote"] == "q\ufffd"


# --- links ----------------------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret outside text that must stay out.\n")
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "real.txt").write_text("The real file inside the folder.\n")
    (src / "inner-link.txt").symlink_to(src / "real.txt")
    (src / "passwd.txt").symlink_to(outside / "secret.txt")
    (src / "dirlink").symlink_to(outside, target_is_directory=True)
    (src / "sub" / "up").symlink_to(src, target_is_directory=True)  # a loop through a folder
    (src / "loop-a").symlink_to(src / "loop-b")
    (src / "loop-b").symlink_to(src / "loop-a")
    (src / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    return src


def test_walk_follows_links_only_inside_the_folder(linked: Path) -> None:
    items = list(expand_paths([linked]))
    files = {p.name for p in items if isinstance(p, Path)}
    refused = {r.path.name: r.reason for r in items if isinstance(r, Refused)}
    assert files == {"real.txt", "inner-link.txt"}
    assert set(refused) == {"passwd.txt", "dirlink", "loop-a", "loop-b", "dangling.txt"}
    assert "outside the folder" in refused["passwd.txt"]
    assert "link to a folder" in refused["dirlink"]
    assert "link loop" in refused["loop-a"]


def test_import_reports_links_leaving_the_folder(archive: Archive, linked: Path) -> None:
    report = archive.import_paths([linked])
    failed = {Path(p).name: reason for p, reason in report.failed}
    assert "passwd.txt" in failed and failed["passwd.txt"].endswith("not followed.")
    assert {Path(p).name for p, _ in report.imported + report.duplicates} == {
        "real.txt", "inner-link.txt"}
    assert archive.count() == 1
    assert archive.search("secret").total == 0


def test_a_link_named_by_the_user_is_followed(archive: Archive, linked: Path) -> None:
    report = archive.import_paths([linked / "passwd.txt"])
    assert len(report.imported) == 1
