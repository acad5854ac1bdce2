"""The content-addressed store keeps originals byte-for-byte and spots damage."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ImportFailed
from indexer.filestore import FileStore, sha256_file, stage, staged_path


def test_put_keeps_bytes_and_names_by_checksum(tmp_path: Path) -> None:
    src = tmp_path / "Report.PDF"
    src.write_bytes(b"%PDF-1.4 hello\x00\xff")
    store = FileStore(tmp_path / "files", tmp_path / "tmp")
    checksum, size = sha256_file(src)
    stored = store.put(src, checksum)
    assert stored.read_bytes() == src.read_bytes()
    assert stored.name == f"{checksum}.pdf" and size == 16
    assert store.verify(checksum, src.name) is None
    assert store.all_checksums() == {checksum}
    assert list((tmp_path / "tmp").iterdir()) == []


def test_put_refuses_a_file_that_changed(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("one")
    checksum, _ = sha256_file(src)
    src.write_text("two")
    store = FileStore(tmp_path / "files", tmp_path / "tmp")
    with pytest.raises(ImportFailed, match="changed"):
        store.put(src, checksum)
    assert store.all_checksums() == set()


def test_verify_reports_missing_and_damaged(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("text")
    checksum, _ = sha256_file(src)
    store = FileStore(tmp_path / "files", tmp_path / "tmp")
    stored = store.put(src, checksum)
    stored.write_text("tampered")
    assert "damaged" in (store.verify(checksum, "a.txt") or "")
    stored.unlink()
    assert "missing" in (store.verify(checksum, "a.txt") or "")


def test_a_staged_copy_is_moved_in_once(tmp_path: Path) -> None:
    """An import's worker copies a file into the temporary folder; the importing process
    moves it into the store, or drops it when the store has the file already."""
    src = tmp_path / "memo.txt"
    src.write_text("Caspian transit memo")
    checksum, _ = sha256_file(src)
    store = FileStore(tmp_path / "files", tmp_path / "tmp")
    staged = stage(src, checksum, store.tmp_dir, "run1")
    assert staged == staged_path(store.tmp_dir, checksum, "run1")
    assert staged.read_bytes() == src.read_bytes() and store.all_checksums() == set()
    stored, created = store.place(staged, checksum, src.name)
    assert created and stored.read_bytes() == src.read_bytes() and not staged.exists()
    again = stage(src, checksum, store.tmp_dir, "run2")
    assert store.place(again, checksum, src.name) == (stored, False)
    assert list(store.tmp_dir.iterdir()) == []


def test_staging_refuses_a_file_that_changed_and_leaves_nothing(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("one")
    checksum, _ = sha256_file(src)
    src.write_text("two")
    with pytest.raises(ImportFailed, match="changed"):
        stage(src, checksum, tmp_path / "tmp", "run")
    assert list((tmp_path / "tmp").iterdir()) == []
