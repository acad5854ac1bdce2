"""A damaged or deleted database, a garbled index: recognised, said in one sentence, with a
way back (restore the newest backup, or rebuild the catalogue from the originals)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.errors import ArchiveError, DatabaseDamaged, DatabaseMissing
from indexer.search.health import verify_index
from tests.indexer.faults import (
    archive_copy,
    cli,
    garble_segment,
    make_sources,
    overwrite,
    truncate,
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return archive_copy(tmp_path / "arch", make_sources(tmp_path / "src"))


def _backed_up(root: Path) -> Path:
    Archive.open(root).close()  # the daily backup
    return root


def _damage(root: Path, how: str) -> None:
    database = root / "dossier.sqlite3"
    if how == "truncated":
        truncate(database, 0.5)
    elif how == "garbage header":
        overwrite(database, 0, b"\x13\x37garbage" * 12)
    elif how == "deleted":
        database.unlink()
    elif how == "emptied":
        truncate(database, 0)


def _assert_one_sentence(code: int, err: str, *words: str) -> None:
    assert code == 1
    assert err.startswith("dossier: ") and err.count("\n") == 1, err
    for banned in ("Traceback", "sqlalchemy", "sqlite3.", "Error:"):
        assert banned not in err
    for word in words:
        assert word in err


@pytest.mark.parametrize("how", ["truncated", "garbage header"])
def test_damaged_database_is_recognised_with_the_way_back(root: Path, how: str) -> None:
    _damage(_backed_up(root), how)
    with pytest.raises(DatabaseDamaged) as caught:
        Archive.open(root)
    message = str(caught.value)
    assert caught.value.originals == 3 and caught.value.newest_backup is not None
    assert "damaged" in message and "`dossier restore`" in message
    assert "`dossier recover`" in message and "3 stored original(s)" in message
    assert "cannot come back" in message  # what a rebuild cannot bring back is said
    for command in (["list"], ["search", "aral"], ["check"]):
        code, out, err = cli(root, *command)
        if command == ["check"]:
            assert code == 1 and "damaged" in out
        else:
            _assert_one_sentence(code, err, "damaged", "dossier restore")


@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_lost_database_never_becomes_a_silent_empty_archive(root: Path, how: str) -> None:
    _damage(root, how)
    with pytest.raises(DatabaseMissing, match="will not start an empty archive") as caught:
        Archive.open(root)
    assert caught.value.originals == 3 and caught.value.newest_backup is None
    code, _, err = cli(root, "list")
    _assert_one_sentence(code, err, "3 stored original(s)", "dossier recover")
    assert not (root / "dossier.sqlite3").exists() or how == "emptied"
    assert (root / "index").exists()  # the index was not emptied either


def test_check_repair_restores_the_newest_backup_with_notes(root: Path, tmp_path: Path) -> None:
    _backed_up(root)
    late = tmp_path / "late.txt"
    late.write_text("Imported after the backup: Bukhara water tower.", encoding="utf-8")
    with Archive.open(root) as arch:
        arch.import_paths([late])
    _damage(root, "truncated")
    code, out, err = cli(root, "check", "--repair")
    assert code == 0, out + err
    assert "restored the database from dossier-" in out and "archive OK" in out
    with Archive.open(root) as arch:
        notes = [n.text for r in arch.documents() for n in arch.document(r.id).notes]
        assert notes == ["keep this note"]
        assert arch.count() == 4  # the one imported after the backup came back too
        assert arch.search("Bukhara").total == 1


def test_recover_rebuilds_the_catalogue_from_the_originals(root: Path) -> None:
    with Archive.open(root) as arch:
        titles = sorted(r.title for r in arch.documents())
    _damage(root, "deleted")
    code, out, err = cli(root, "recover")
    assert code == 0, err
    assert "3 document(s)" in out and "cannot come back" in out
    with Archive.open(root) as arch:
        assert sorted(r.title for r in arch.documents()) == titles
        assert arch.search("Caspian").total == 1
        assert arch.check().ok


def test_recover_keeps_the_damaged_database_and_refuses_a_sound_one(root: Path) -> None:
    with pytest.raises(ArchiveError, match="is sound"):
        Archive.recover(root)
    _damage(root, "garbage header")
    report = Archive.recover(root)
    assert report.documents == 3 and report.set_aside is not None
    assert report.set_aside.read_bytes().startswith(b"\x13\x37garbage")


def _damage_inside(database: Path) -> None:
    with sqlite3.connect(database) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    for page in range(2, pages):  # every page but the header's: tables and indexes
        overwrite(database, page * page_size + 8, b"\xff" * 40)


def test_damage_inside_the_database_met_by_any_command_is_a_sentence(root: Path) -> None:
    _damage_inside(_backed_up(root) / "dossier.sqlite3")  # no integrity check for a day
    for command in (["list"], ["search", "aral"], ["show", "1"], ["note", "1", "x"]):
        code, _, err = cli(root, *command)
        _assert_one_sentence(code, err, "is damaged (database disk image is malformed)",
                             "`dossier restore`")


def test_damage_inside_the_database_is_reported_by_check(root: Path) -> None:
    _damage_inside(root / "dossier.sqlite3")
    code, out, err = cli(root, "check")
    assert code == 1 and "Traceback" not in out + err
    assert "damage" in out + err


def test_garbled_index_segment_is_found_by_check_and_repaired(root: Path) -> None:
    garble_segment(root / "index")
    problem = verify_index(root / "index")
    assert problem is not None and "search index is damaged" in problem
    code, out, _ = cli(root, "check")
    assert code == 1 and "search index is damaged" in out
    code, out, _ = cli(root, "check", "--repair")
    assert code == 0 and "search index rebuilt (3 document(s))" in out
    assert verify_index(root / "index") is None
    with Archive.open(root) as arch:
        assert arch.search("Tashkent").total == 1
