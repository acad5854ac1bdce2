"""Degrade, don't fail: a log that cannot be written, a full disk, a read-only archive."""
from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.errors import DiskFull, ReadOnlyArchive
from indexer.filestore import FileStore
from indexer.logfile import SafeLogHandler
from indexer.paths import ArchivePaths
from indexer.recovery import sentence_for
from tests.indexer.faults import (
    archive_copy,
    can_mount,
    cli,
    make_sources,
    read_only_view,
    tmpfs,
)

ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return archive_copy(tmp_path / "arch", make_sources(tmp_path / "src"))


# --- logging ---------------------------------------------------------------------------
def test_log_handler_falls_silent_on_its_first_write_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handler = SafeLogHandler(tmp_path / "dossier.log")
    logger = logging.getLogger("test.safe-log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("first line is written")
        assert handler.stream is not None

        class Full:
            def write(self, _text: str) -> None:
                raise ENOSPC

            def flush(self) -> None:
                raise ENOSPC

            def close(self) -> None:
                raise ENOSPC

        handler.stream = Full()  # type: ignore[assignment]
        for n in range(50):
            logger.error("the disk is full now %d", n)
        assert handler.broken
    finally:
        logger.removeHandler(handler)
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert "first line is written" in (tmp_path / "dossier.log").read_text()


def test_cli_works_when_its_log_cannot_be_written(root: Path) -> None:
    log_file = root / "dossier.log"
    log_file.unlink(missing_ok=True)
    log_file.mkdir()  # the log's place cannot be opened as a file
    code, out, err = cli(root, "search", "Aral")
    assert code == 0 and "1 document match" in out
    assert "Logging error" not in err and err == ""


# --- full disk -------------------------------------------------------------------------
def test_full_disk_stops_the_import_with_one_sentence_and_reading_goes_on(
        root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_staged: Path, _dest: Path) -> None:
        raise ENOSPC  # (on a real full disk the workers' copies fail first; see test_filestore)

    monkeypatch.setattr(FileStore, "_move", staticmethod(full))
    new = make_sources(tmp_path / "new", 3)
    for path in new:
        path.write_text(path.read_text() + " (new)", encoding="utf-8")
    with Archive.open(root) as arch, pytest.raises(DiskFull, match="could not be stored"):
        arch.import_paths(new)
    code, out, err = cli(root, "import", str(tmp_path / "new"))
    assert code == 1 and err.count("\n") == 1
    assert "The disk holding the archive is full" in err and "free some space" in err
    assert not list((root / "tmp").glob("*.part"))
    code, out, _ = cli(root, "list")
    assert code == 0 and len(out.splitlines()) == 3
    code, out, _ = cli(root, "search", "Caspian")
    assert code == 0 and "1 document match" in out


def test_full_disk_at_open_leaves_the_archive_readable(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Archive) -> None:
        raise ENOSPC

    monkeypatch.setattr(Archive, "_reconcile_index", full)
    with Archive.open(root) as arch:
        assert arch.count() == 3
        assert arch.search("Aral").total == 1


def test_no_space_left_becomes_a_sentence_naming_what(tmp_path: Path) -> None:
    paths = ArchivePaths(tmp_path / "arch")
    message = str(sentence_for(paths, OSError(errno.ENOSPC, "No space left on device")))
    assert str(paths.root) in message and "full" in message
    assert not message.endswith(": ") and message.endswith(".")
    other = str(sentence_for(paths, PermissionError(errno.EACCES, "Permission denied")))
    assert str(paths.root) in other and other.endswith(".")


def test_real_full_disk_on_a_tiny_file_system(tmp_path: Path) -> None:
    if reason := can_mount():
        pytest.skip(reason)
    sources = tmp_path / "big"
    sources.mkdir()
    for i in range(4):  # 4 × 600 kB on a 1.5 MB file system
        (sources / f"big{i}.txt").write_text(f"Report {i} on the Aral Sea. " +
                                             os.urandom(300_000).hex(), encoding="utf-8")
    with tmpfs(tmp_path / "mnt", "1500k") as mnt:
        root = mnt / "arch"
        code, out, err = cli(root, "import", str(sources))
        assert code == 1 and err.count("\n") == 1 and "full" in err, err
        assert "Traceback" not in err and "Logging error" not in err
        code, out, err = cli(root, "list")
        assert code == 0, err
        code, out, err = cli(root, "search", "Aral")
        assert code == 0, err


# --- read-only ---------------------------------------------------------------------------
def test_archive_opened_read_only_reads_and_refuses_writes(root: Path, tmp_path: Path) -> None:
    before = (root / "dossier.sqlite3").read_bytes()
    with Archive.open(root, read_only=True) as arch:
        assert arch.read_only
        assert arch.search("Caspian").total == 1
        doc = arch.documents()[0].id
        assert arch.page_texts(doc)
        report = arch.export(_ids(doc), "markdown", tmp_path / "out")
        assert report.written
        with pytest.raises(ReadOnlyArchive, match="This archive is read-only"):
            arch.add_note(doc, "refused")
        with pytest.raises(ReadOnlyArchive):
            arch.import_paths([tmp_path / "src"])
        with pytest.raises(ReadOnlyArchive):
            arch.reindex()
    assert (root / "dossier.sqlite3").read_bytes() == before


def _ids(doc: int):  # noqa: ANN202
    from indexer.export import ExportSelection

    return ExportSelection(ids=(doc,))


def test_read_only_media(root: Path, tmp_path: Path) -> None:
    if reason := can_mount():
        pytest.skip(reason + " (as root, chmod does not stop writes: a read-only bind mount "
                    "stands for the read-only medium)")
    with read_only_view(root, tmp_path / "ro") as view:
        with pytest.raises(OSError):
            (view / "probe").write_text("x")
        code, out, err = cli(view, "search", "Aral")
        assert code == 0 and "1 document match" in out and err == ""
        code, out, err = cli(view, "list")
        assert code == 0 and len(out.splitlines()) == 3
        code, out, err = cli(view, "export", "--format", "markdown", "--ids", "1",
                             "--out", str(tmp_path / "exported"))
        assert code == 0 and list((tmp_path / "exported").glob("*.md"))
        code, out, err = cli(view, "note", "1", "refused")
        assert code == 1 and "This archive is read-only" in err and err.count("\n") == 1


def test_read_only_media_with_an_outdated_index_searches_a_temporary_one(
        root: Path, tmp_path: Path) -> None:
    if reason := can_mount():
        pytest.skip(reason)
    (root / "index" / "DOSSIER_INDEX_VERSION").write_text("0.0")
    with read_only_view(root, tmp_path / "ro") as view:
        with Archive.open(view) as arch:
            assert arch.read_only and arch.search("Tashkent").total == 1
