"""The models and migrations run unchanged on PostgreSQL; checking a desk; a note saved by two
writers at the same moment."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from indexer import documents as docs_ops
from indexer import migrations
from indexer.errors import ArchiveError, NoteConflict
from indexer.models import Note
from indexer.team.archive import TeamArchive
from indexer.team.location import parse_location
from tests.conftest import write_pdf


def test_an_older_schema_migrates_on_postgresql(team_url: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    engine = create_engine(parse_location(team_url).engine_url())
    try:
        with engine.connect() as conn:
            monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
            assert migrations.upgrade(conn) == 0
            # notes as schema 3 made them (a new database gets today's tables at step 1)
            conn.execute(text("ALTER TABLE notes DROP COLUMN author, DROP COLUMN version"))
            assert "version" not in {c["name"] for c in inspect(conn).get_columns("notes")}
            conn.execute(text(
                "INSERT INTO documents (uuid, title, kind, checksum, original_name, size, "
                "page_count, text_status, imported_at, modified_at, meta, indexed) VALUES "
                "('d', 't', 'text', 'c', 'n.txt', 1, 1, 'ok', now(), now(), '{}', false)"))
            conn.execute(text("INSERT INTO notes (uuid, document_id, text, created_at, "
                              "modified_at) SELECT 'n', id, 'kept', now(), now() "
                              "FROM documents"))
            conn.commit()
            monkeypatch.undo()
            assert migrations.upgrade(conn) == 3
            assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
            row = conn.execute(text("SELECT text, author, version FROM notes")).one()
            assert tuple(row) == ("kept", None, 1)
            assert migrations.upgrade(conn) == migrations.SCHEMA_VERSION  # nothing to do
    finally:
        engine.dispose()


def test_two_writers_saving_one_note_at_the_same_moment(team_url: str, tmp_path: Path) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("Water quotas.", encoding="utf-8")
    with TeamArchive(team_url, desk_dir=tmp_path / "a") as a, \
            TeamArchive(team_url, desk_dir=tmp_path / "b") as b:
        (_, doc), = a.import_paths([memo]).imported
        note = a.add_note(doc, "first")
        with a.sessions() as slow, slow.begin():
            held = slow.get(Note, note.id)  # read before b saves, written after
            assert held is not None and held.version == note.version
            b.update_note(doc, note.id, "b was quicker")
            with pytest.raises(NoteConflict, match="changed by someone else"):
                docs_ops.update_note(slow, note.id, "a was slower")
        assert [n.text for n in a.document(doc).notes] == ["b was quicker"]


def test_a_desk_checks_its_index_and_the_originals(team_url: str, tmp_path: Path) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("Water quotas.", encoding="utf-8")
    with TeamArchive(team_url, desk_dir=tmp_path / "a") as a:
        (_, doc), = a.import_paths([memo]).imported
        a.add_note(doc, "a note")
        report = a.check()
        assert report.documents == 1 and not report.problems and not report.notes
        Path(a.document(doc).stored_path).write_text("tampered", encoding="utf-8")
        assert any("damaged" in p for p in a.check().problems)
        with pytest.raises(ArchiveError, match="pg_dump"):
            a.backup()


def test_text_with_nul_characters_is_kept_with_its_offsets(team_url: str,
                                                           tmp_path: Path) -> None:
    """SQLite keeps a NUL a PDF's text layer may hold; PostgreSQL cannot: it becomes U+FFFD."""
    pdf = write_pdf(tmp_path / "a.pdf", ["Body \x00 text about the Aral Sea."])
    with TeamArchive(team_url, desk_dir=tmp_path / "a") as a:
        (_, doc), = a.import_paths([pdf]).imported
        assert "\ufffd text about" in a.page_texts(doc)[0]
        mark = a.add_annotation(doc, 1, quote="Aral Sea")
        assert a.page_texts(doc)[0][mark.start:mark.end] == "Aral Sea"
        a.add_note(doc, "a note with a \x00 in it")
        assert [n.text for n in a.document(doc).notes] == ["a note with a \ufffd in it"]


def test_file_sizes_over_two_gib_fit_after_migrating(team_url: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 6 kept sizes in a 32-bit INTEGER on PostgreSQL: a 5 GB scan could not be
    committed. Schema 7 widens the column in place, keeping the rows."""
    engine = create_engine(parse_location(team_url).engine_url())
    try:
        with engine.connect() as conn:
            monkeypatch.setattr(migrations, "SCHEMA_VERSION", 6)
            migrations.upgrade(conn)
            conn.execute(text("ALTER TABLE documents ALTER COLUMN size TYPE INTEGER"))
            conn.execute(text(
                "INSERT INTO documents (uuid, title, kind, checksum, original_name, size, "
                "page_count, text_status, imported_at, modified_at, meta, indexed) VALUES "
                "('d', 't', 'pdf', 'c', 'scan.pdf', 7, 1, 'ok', now(), now(), '{}', false)"))
            conn.commit()
            monkeypatch.undo()
            assert migrations.upgrade(conn) == 6
            conn.execute(text("INSERT INTO documents (uuid, title, kind, checksum, "
                              "original_name, size, page_count, text_status, imported_at, "
                              "modified_at, meta, indexed) VALUES ('e', 't', 'pdf', 'c2', "
                              "'big.pdf', 5000000000, 1, 'ok', now(), now(), '{}', false)"))
            sizes = conn.execute(text("SELECT size FROM documents ORDER BY uuid")).scalars()
            assert list(sizes) == [7, 5_000_000_000]
            conn.rollback()
    finally:
        engine.dispose()
