"""check --repair: leftovers and orphan originals listed then removed; a lost original put
back by importing the same file again."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from indexer.archive import Archive
from tests.indexer.faults import archive_copy, cli, make_sources, overwrite

HOUR_AGO = time.time() - 3600


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    return make_sources(tmp_path / "src")


@pytest.fixture
def root(tmp_path: Path, sources: list[Path]) -> Path:
    return archive_copy(tmp_path / "arch", sources)


def _age(path: Path) -> None:
    for p in [path, *(path.rglob("*") if path.is_dir() else [])]:
        os.utime(p, (HOUR_AGO, HOUR_AGO))


def _leave_debris(root: Path) -> dict[str, Path]:
    tmp = root / "tmp"
    tmp.mkdir(exist_ok=True)
    part = tmp / "tmpab12.part"
    part.write_bytes(b"x" * 5000)
    staging = tmp / "bundle-k3j4"
    (staging / "ab").mkdir(parents=True)
    (staging / "ab" / "payload").write_bytes(b"y" * 20000)
    orphan = root / "files" / "ee" / ("e" * 64 + ".txt")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_text("left by an interrupted import")
    for path in (part, staging, orphan):
        _age(path)
    young = tmp / "running.part"  # an import may be writing this one right now
    young.write_bytes(b"z")
    return {"part": part, "staging": staging, "orphan": orphan, "young": young}


def test_check_reports_leftovers_and_orphans_and_repair_removes_them(root: Path) -> None:
    debris = _leave_debris(root)
    code, out, _ = cli(root, "check")
    assert code == 0  # harmless: notes, not problems
    assert "1 stored original(s) belong to no document" in out
    assert "3 unfinished temporary file(s)" in out and "check --repair" in out
    code, out, _ = cli(root, "check", "--repair")
    assert code == 0
    assert f"removed orphan original files/ee/{debris['orphan'].name}" in out
    assert "removed leftover tmp/tmpab12.part" in out
    assert "removed leftover tmp/bundle-k3j4" in out
    assert "kept 1 file(s) written in the last minute" in out
    for key in ("part", "staging", "orphan"):
        assert not debris[key].exists()
    assert debris["young"].exists()
    with Archive.open(root) as arch:  # the documents themselves are untouched
        assert arch.count() == 3 and arch.check().ok


def test_repair_json_lists_what_was_removed(root: Path) -> None:
    _leave_debris(root)
    code, out, _ = cli(root, "check", "--repair", "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"]
    assert len(data["repaired"]["orphans_removed"]) == 1
    assert len(data["repaired"]["leftovers_removed"]) == 2
    assert data["repaired"]["freed_bytes"] > 25000


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_importing_the_same_file_restores_a_lost_original(root: Path, sources: list[Path],
                                                          tmp_path: Path, damage: str) -> None:
    with Archive.open(root) as arch:
        doc = arch.documents()[-1]
        stored = Path(arch.document(doc.id).stored_path)
    if damage == "missing":
        stored.unlink()
    else:
        overwrite(stored, 0, b"XXXX")
    code, out, _ = cli(root, "check")
    assert code == 1 and damage in out
    renamed = tmp_path / "same-bytes-other-name.TXT"
    renamed.write_bytes(next(p for p in sources if p.name == doc.original_name).read_bytes())
    code, out, _ = cli(root, "import", str(renamed), str(sources[0]))
    assert code == 0
    assert f"restored   {doc.id:>6}  {renamed}" in out and "1 originals restored" in out
    assert stored.exists() and not stored.read_bytes().startswith(b"XXXX")
    code, out, _ = cli(root, "check")
    assert code == 0 and "archive OK" in out
    with Archive.open(root) as arch:  # an intact original is an ordinary duplicate
        again = arch.import_paths([renamed])
        assert again.duplicates and not again.restored
