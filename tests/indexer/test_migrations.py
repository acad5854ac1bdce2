"""Schema versions: a new archive is stamped, a newer one is refused, steps run in order."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from indexer import migrations
from indexer.db import open_engine
from indexer.errors import SchemaTooNew


def test_new_database_gets_current_version(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "db.sqlite3")
    with engine.connect() as conn:
        assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert {"documents", "pages", "tags", "notes", "collections", "saved_searches",
            "annotations"} <= tables


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_engine(path).dispose()
    raw = create_engine(f"sqlite:///{path}")
    with raw.begin() as conn:
        conn.execute(text("UPDATE schema_info SET version = 999"))
    with pytest.raises(SchemaTooNew, match="newer Dossier"):
        open_engine(path)


def test_upgrade_runs_each_missing_step_once(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "db.sqlite3"
    open_engine(path).dispose()
    calls: list[int] = []

    step = migrations.SCHEMA_VERSION + 1

    def v3(conn) -> None:
        calls.append(step)
        conn.execute(text("ALTER TABLE documents ADD COLUMN extra TEXT"))

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v3])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", step)
    engine = open_engine(path)
    engine.dispose()
    open_engine(path).dispose()
    assert calls == [step]
    with create_engine(f"sqlite:///{path}").connect() as conn:
        assert migrations.current_version(conn) == step
        cols = [r[1] for r in conn.execute(text("PRAGMA table_info(documents)"))]
    assert "extra" in cols


def test_version_one_archive_gains_page_languages(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # a schema-1 archive: pages without a language column
        conn.execute(text("CREATE TABLE pages (id INTEGER PRIMARY KEY, document_id INTEGER, "
                          "number INTEGER, text TEXT)"))
        conn.execute(text("CREATE TABLE schema_info (id INTEGER PRIMARY KEY, version INTEGER)"))
        conn.execute(text("INSERT INTO schema_info VALUES (1, 1)"))
        conn.execute(text("INSERT INTO pages VALUES (1, 1, 1, 'kept')"))
    engine.dispose()
    with create_engine(f"sqlite:///{path}").connect() as conn:
        assert migrations.upgrade(conn) == 1
        assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
        row = conn.execute(text("SELECT text, language FROM pages")).one()
        assert tuple(row) == ("kept", None)


def test_version_two_archive_gains_page_text_sources(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # a schema-2 archive: pages know their language, not source
        conn.execute(text("CREATE TABLE pages (id INTEGER PRIMARY KEY, document_id INTEGER, "
                          "number INTEGER, text TEXT, language VARCHAR(16))"))
        conn.execute(text("CREATE TABLE schema_info (id INTEGER PRIMARY KEY, version INTEGER)"))
        conn.execute(text("INSERT INTO schema_info VALUES (1, 2)"))
        conn.execute(text("INSERT INTO pages VALUES (1, 1, 1, 'kept', 'ru')"))
    engine.dispose()
    with create_engine(f"sqlite:///{path}").connect() as conn:
        assert migrations.upgrade(conn) == 2
        assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
        row = conn.execute(text("SELECT text, language, text_source, ocr_confidence, words "
                                "FROM pages")).one()
        assert tuple(row) == ("kept", "ru", None, None, None)
        conn.execute(text("UPDATE pages SET text_source = 'ocr', ocr_confidence = 91.5, "
                          "words = '[[1, 2, 3, 4, \"kept\", 0, 0]]'"))
        row = conn.execute(text("SELECT text_source, ocr_confidence, words FROM pages")).one()
        assert tuple(row) == ("ocr", 91.5, '[[1, 2, 3, 4, "kept", 0, 0]]')
