"""Locked and damaged files are kept after an import, for Needs attention to retry."""
from __future__ import annotations

from pathlib import Path

import pymupdf
from sqlalchemy import create_engine, inspect, text

from indexer import migrations
from indexer.archive import Archive
from indexer.failures import DAMAGED, PASSWORD
from tests.conftest import write_pdf


def _locked(path: Path, password: str = "secret") -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Protocol on fisheries")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256,  # type: ignore[attr-defined]
             user_pw=password,
             owner_pw="owner")
    doc.close()
    return path


def test_locked_and_damaged_files_are_kept_with_their_reason(archive: Archive,
                                                             tmp_path: Path) -> None:
    locked = _locked(tmp_path / "locked.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    missing = tmp_path / "missing.pdf"
    good = write_pdf(tmp_path / "good.pdf", ["Fine text."])
    report = archive.import_paths([locked, bad, missing, good])
    assert report.needs_password == [str(locked)] and report.damaged == [str(bad)]
    failures = archive.import_failures()
    assert {(f.path, f.reason) for f in failures} == {(str(locked), PASSWORD),
                                                      (str(bad), DAMAGED)}
    assert all(f.message for f in failures)     # the reader's sentence is kept
    # A second failure of the same file replaces the first: each file is listed once.
    archive.import_paths([bad])
    assert sorted(f.path for f in archive.import_failures()) == sorted([str(locked), str(bad)])
    # The right password imports it; it is no longer listed.
    report = archive.import_paths([locked], password="secret")
    assert len(report.imported) == 1
    assert [f.path for f in archive.import_failures()] == [str(bad)]
    archive.forget_failures([f.id for f in archive.import_failures()])
    assert archive.import_failures() == []


def test_schema_four_archive_gains_the_failures_table(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    Archive.open(root).close()
    engine = create_engine(f"sqlite:///{root / 'dossier.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE import_failures"))
        conn.execute(text("UPDATE schema_info SET version = 4"))
    with engine.connect() as conn:
        migrations.upgrade(conn)
        assert inspect(conn).has_table("import_failures")
        assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    engine.dispose()


def test_the_same_file_failing_from_another_folder_is_listed_once(archive: Archive,
                                                                  tmp_path: Path) -> None:
    for folder in ("downloads", "usb"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    (tmp_path / "usb" / "other.pdf").write_bytes(b"%PDF-1.4 other garbage")
    archive.import_paths([tmp_path / "downloads"])
    archive.import_paths([tmp_path / "usb"])
    assert sorted(f.path for f in archive.import_failures()) == [
        str(tmp_path / "usb" / "bad.pdf"), str(tmp_path / "usb" / "other.pdf")]
