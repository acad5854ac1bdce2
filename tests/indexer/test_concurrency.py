"""Several writers and readers on one archive: nothing lost, nothing unsearchable, no crash."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.locking import WAITING, WriteLock

ROOT = Path(__file__).resolve().parents[2]
WORDS = "treaty fisheries shelf delimitation sanctions embassy pipeline water basin".split()


def _texts(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        words = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(40))
        (folder / f"note{i:04d}.txt").write_text(f"Memo {i} zebra{i}\n{words}\n")
    return folder


def _dossier(archive: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "indexer.cli", "--archive", str(archive),
                             *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_overlapping_imports_lose_nothing_and_index_everything(tmp_path: Path) -> None:
    folder = _texts(tmp_path / "in", 300)
    archive = tmp_path / "arch"
    Archive.open(archive).close()
    first = _dossier(archive, "import", str(folder), "--json")
    time.sleep(0.3)
    second = _dossier(archive, "import", str(folder), "--json")
    searches = [_dossier(archive, "search", "zebra7", "--json") for _ in range(3)]
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    for proc in searches:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    reports = [json.loads(out1), json.loads(out2)]
    imported = sum(len(r["imported"]) for r in reports)
    duplicates = sum(len(r["duplicates"]) for r in reports)
    assert (imported, duplicates) == (300, 300)
    with Archive.open(archive) as arch:
        report = arch.check()
        assert report.ok, report
        assert arch.count() == 300
        assert arch.search("memo").total == 300
        assert arch.search("zebra123").total == 1


def test_a_second_writer_waits_and_is_told(tmp_path: Path) -> None:
    lock_path = tmp_path / "write.lock"
    holder, waiter = WriteLock(lock_path), WriteLock(lock_path)  # as two processes would
    told: list[str] = []
    order: list[str] = []
    with holder.hold():
        assert waiter.held_elsewhere()

        def second() -> None:
            with waiter.hold(told.append):
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.2)
        order.append("first done")
    thread.join(5)
    assert order == ["first done", "second"]
    assert told == [WAITING]
    assert not waiter.held_elsewhere()


def test_opening_during_a_write_does_not_wait_or_crash(tmp_path: Path) -> None:
    archive = tmp_path / "arch"
    with Archive.open(archive) as arch:
        note = tmp_path / "a.txt"
        note.write_text("Aral basin water sharing")
        arch.import_paths([note])
    other = WriteLock(archive / "write.lock")
    with other.hold():  # another process is importing
        started = time.monotonic()
        with Archive.open(archive) as reader:
            assert reader.search("aral").total == 1
        assert time.monotonic() - started < 5


def test_a_failed_import_keeps_originals_committed_by_another(tmp_path: Path) -> None:
    archive = tmp_path / "arch"
    kept, own = tmp_path / "a.txt", tmp_path / "b.txt"
    kept.write_text("Aral basin water sharing")
    own.write_text("Caspian shelf delimitation")
    with Archive.open(archive) as arch:
        arch.import_paths([kept])
        detail = arch.document(1)
        stored = Path(detail.stored_path)
        assert arch.files.put_new(kept, detail.checksum) == (stored, False)
        from indexer.filestore import sha256_file
        from indexer.importer import Importer, _Run
        run = _Run(Importer(arch.sessions, arch.files, arch.index, None),  # type: ignore[arg-type]
                   [], lambda *a: None, lambda: False, None)
        own_sum = sha256_file(own)[0]
        own_stored, created = arch.files.put_new(own, own_sum)
        assert created
        # As if this run had stored both, then failed: another writer committed the first.
        run.stored = [(detail.checksum, kept.name, stored), (own_sum, own.name, own_stored)]
        run._discard_stored()
        run.close()
    assert stored.exists()
    assert not own_stored.exists()


def test_an_open_archive_sees_another_writers_commits(tmp_path: Path) -> None:
    archive = tmp_path / "arch"
    note = tmp_path / "a.txt"
    note.write_text("Aral basin water sharing")
    with Archive.open(archive) as window, Archive.open(archive) as command_line:
        before = window.change_token()
        assert window.search("aral").total == 0
        command_line.import_paths([note])
        assert window.change_token() != before
        assert window.search("aral").total == 1
        assert window.count() == 1
        import sqlite3
        with sqlite3.connect(archive / "dossier.sqlite3") as db:  # as if killed before indexing
            db.execute("UPDATE documents SET indexed = 0")
        assert window.refresh() == 1
        assert window.search("aral").total == 1


def test_an_index_failure_is_told_and_repaired_at_next_open(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    archive = tmp_path / "arch"
    note = tmp_path / "a.txt"
    note.write_text("Aral basin water sharing")
    from indexer.search import store, writer_process

    def broken(self: object, record: object, replace: bool = False,
               prepared: object = None) -> None:
        raise OSError(28, "No space left on device")

    with Archive.open(archive) as arch:
        monkeypatch.setattr(store.IndexBatch, "add", broken)
        monkeypatch.setattr(writer_process.ProcessBatch, "add", broken)
        report = arch.import_paths([note])
        monkeypatch.undo()
        assert len(report.imported) == 1
        assert report.warnings and "next time the archive is opened" in report.warnings[0]
        assert arch.search("aral").total == 0
    with Archive.open(archive) as arch:
        assert arch.search("aral").total == 1


def test_a_dead_index_writer_is_an_error_not_a_written_batch(tmp_path: Path) -> None:
    from indexer.errors import ArchiveError
    from indexer.extract.sandbox import import_pool
    from indexer.search import IndexRecord, SearchIndex
    from indexer.search.writer_process import ProcessBatch

    index = SearchIndex.create(tmp_path / "index")
    pool = import_pool()
    try:
        batch = ProcessBatch(index, pool.context)
        batch.add(IndexRecord(id=1, title="Aral", pages=["Aral basin"], kind="text"))
        batch._process.kill()  # the writer dies (kill -9, out of memory…)
        with pytest.raises(ArchiveError, match="index writer"):
            batch.commit()
        assert index.doc_count() == 0
        fine = ProcessBatch(index, pool.context)
        fine.add(IndexRecord(id=2, title="Caspian", pages=["Caspian shelf"], kind="text"))
        fine.commit()
        assert index.doc_count() == 1
    finally:
        pool.close()
        index.close()


def test_a_checkpoint_is_searchable_before_the_batch_ends(tmp_path: Path) -> None:
    import time

    from indexer.errors import ArchiveError
    from indexer.extract.sandbox import import_pool
    from indexer.search import IndexRecord, SearchIndex
    from indexer.search.writer_process import ProcessBatch

    index = SearchIndex.create(tmp_path / "index")
    pool = import_pool()
    try:
        batch = ProcessBatch(index, pool.context)
        batch.add(IndexRecord(id=1, title="Aral", pages=["Aral basin"], kind="text"))
        batch.checkpoint()  # answered later: the caller goes on meanwhile
        batch.add(IndexRecord(id=2, title="Caspian", pages=["Caspian shelf"], kind="text"))
        deadline = time.monotonic() + 30
        while batch.confirmed() < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert batch.confirmed() == 1
        assert index.doc_count() == 1  # the checkpoint's segment, not yet the rest
        batch.checkpoint()
        batch._process.kill()  # the writer dies before its second checkpoint is answered
        with pytest.raises(ArchiveError, match="index writer"):
            batch.commit()
        assert batch.confirmed() == 1
        assert index.doc_count() == 1
    finally:
        pool.close()
        index.close()


def test_a_message_cut_short_by_ctrl_c_does_not_hang_the_cancel(tmp_path: Path) -> None:
    import os
    import struct
    import time

    from indexer.extract.sandbox import import_pool
    from indexer.search import IndexRecord, SearchIndex
    from indexer.search.writer_process import ProcessBatch

    index = SearchIndex.create(tmp_path / "index")
    pool = import_pool()
    try:
        batch = ProcessBatch(index, pool.context)
        batch.add(IndexRecord(id=1, title="Aral", pages=["Aral basin"], kind="text"))
        connection = batch._conn

        class Cut:  # writes half a message, then Ctrl-C arrives
            def send(self, _obj: object) -> None:
                os.write(connection.fileno(), struct.pack("!i", 100_000) + b"half")
                raise KeyboardInterrupt

        batch._conn = Cut()  # type: ignore[assignment]
        with pytest.raises(KeyboardInterrupt):
            batch.checkpoint()
        batch._conn = connection
        started = time.monotonic()
        batch.cancel()
        assert time.monotonic() - started < 10
        assert not batch._process.is_alive()
        assert index.doc_count() == 0
    finally:
        pool.close()
        index.close()
