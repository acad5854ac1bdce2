"""Database backups: daily and before migrations, the newest five kept, restore undoable."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from indexer import backup, migrations
from indexer.archive import Archive
from indexer.errors import ArchiveError
from tests.indexer.faults import archive_copy, cli, make_archive, make_sources


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return archive_copy(tmp_path / "arch", make_sources(tmp_path / "src"))


def _notes(root: Path) -> list[str]:
    with Archive.open(root) as arch:
        return [n.text for r in arch.documents() for n in arch.document(r.id).notes]


def test_daily_backup_made_once_a_day_when_the_archive_holds_documents(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    Archive.open(empty).close()
    assert backup.list_backups(empty / "backups") == []  # nothing worth keeping yet
    root = make_archive(tmp_path / "arch", make_sources(tmp_path / "src"))
    Archive.open(root).close()
    Archive.open(root).close()
    found = backup.list_backups(root / "backups")
    assert len(found) == 1 and found[0].name.endswith("-daily.sqlite3")
    with sqlite3.connect(found[0]) as conn:  # a whole database, not in WAL mode
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list((root / "backups").glob("*-wal"))


def test_only_the_newest_five_are_kept(root: Path) -> None:
    with Archive.open(root) as arch:
        made = [arch.backup() for _ in range(7)]
    kept = backup.list_backups(root / "backups")
    assert len(kept) == backup.KEEP
    assert kept[0] == made[-1] and made[0] not in kept
    assert [backup.backup_time(p) for p in kept] == sorted(
        (backup.backup_time(p) for p in kept), reverse=True)


def test_backup_before_a_schema_migration(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def v_next(conn) -> None:
        conn.execute(text("ALTER TABLE documents ADD COLUMN extra TEXT"))

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v_next])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    monkeypatch.setattr("indexer.db.SCHEMA_VERSION", len(migrations.MIGRATIONS))
    Archive.open(root).close()
    before = [p for p in backup.list_backups(root / "backups") if "-schema" in p.name]
    assert len(before) == 1
    with sqlite3.connect(before[0]) as conn:  # taken before the step ran
        columns = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    assert "extra" not in columns


def test_restore_brings_back_the_backup_and_can_be_undone(root: Path, tmp_path: Path) -> None:
    with Archive.open(root) as arch:
        first = arch.backup()
        doc = arch.documents()[-1].id
        arch.add_note(doc, "written after the backup")
        late = tmp_path / "late.txt"
        late.write_text("Added after the backup: Khiva caravanserai survey.", encoding="utf-8")
        added = arch.import_paths([late]).imported[0][1]
        report = arch.restore(first)
        assert report.restored == first and report.previous is not None
        # the document added since the backup came back from its stored original
        assert len(report.reimported.imported) == 1
        assert arch.search("caravanserai").total == 1
        assert arch.search("Aral").total == 1
        assert all("written after" not in n.text for n in arch.document(doc).notes)
        assert added  # (its id may differ now: it is a new document)
        undo = arch.restore(report.previous)
        assert any("written after" in n.text for n in arch.document(doc).notes)
        assert undo.previous is not None
        assert arch.check().ok


def test_cli_backup_list_and_restore_newest(root: Path) -> None:
    code, out, _ = cli(root, "backup")
    assert code == 0 and "backed up to" in out
    code, out, _ = cli(root, "backup", "--list")
    assert code == 0 and "2 backup(s)" in out  # the daily one, made at open, and ours
    with Archive.open(root) as arch:
        arch.add_note(arch.documents()[0].id, "after the backup")
    code, out, err = cli(root, "restore")
    assert code == 0, err
    assert "restored the database from dossier-" in out and "undoes this" in out
    assert "after the backup" not in "".join(_notes(root))
    assert "keep this note" in "".join(_notes(root))


def test_restore_without_backup_or_from_a_damaged_one_says_so(root: Path, tmp_path: Path
                                                               ) -> None:
    code, _, err = cli(root, "restore")
    assert code == 1 and "There is no backup" in err
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ArchiveError, match="cannot be read|damaged"):
        with Archive.open(root) as arch:
            arch.restore(bad)
    assert "keep this note" in "".join(_notes(root))  # the database was left alone


def test_restore_is_refused_while_another_process_has_the_archive_open(root: Path) -> None:
    with Archive.open(root) as arch:
        arch.backup()
        with Archive.open(root) as other:  # e.g. the window, still open
            other.count()
            with pytest.raises(ArchiveError, match="open in another Dossier"):
                Archive.restore_from_backup(root)
            assert other.count() == 3
    assert Archive.restore_from_backup(root).restored.exists()
