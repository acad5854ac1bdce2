"""Documents dated from their own text at import, by `redate` later; a user's date stays."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from indexer.archive import Archive
from indexer.cli import main
from tests.conftest import write_pdf

SIGNED = ["AGREEMENT ON TESTS\nDistr.: General\n3 May 2001",
          "Article 1\nThe Parties agree.",
          "IN WITNESS WHEREOF the undersigned have signed.\nDONE AT MONTEGO BAY, this tenth "
          "day of December, one thousand nine hundred and eighty-two."]


def _import(archive: Archive, path: Path) -> int:
    report = archive.import_paths([path])
    assert not report.failed, report.failed
    return report.imported[0][1]


def test_import_dates_a_pdf_from_its_signature_line(archive: Archive, tmp_path: Path) -> None:
    doc_id = _import(archive, write_pdf(tmp_path / "agreement.pdf", SIGNED))
    row = archive.document(doc_id).row
    assert (row.published, row.year, row.date_source) == ("1982-12-10", 1982, "text:p3")
    assert [h.id for h in archive.search("year:1982").hits] == [doc_id]


def test_without_a_date_in_the_text_the_metadata_date_says_so(archive: Archive,
                                                               tmp_path: Path) -> None:
    import pymupdf

    pdf = pymupdf.open(write_pdf(tmp_path / "made.pdf", ["No date in this text."]))
    pdf.set_metadata({"creationDate": "D:20010927152156"})
    pdf.save(tmp_path / "plain.pdf")
    doc_id = _import(archive, tmp_path / "plain.pdf")
    row = archive.document(doc_id).row
    assert (row.published, row.date_source) == ("2001-09-27", "metadata")
    doc_id = _import(archive, write_pdf(tmp_path / "undated.pdf", ["Nor in this one."]))
    row = archive.document(doc_id).row
    assert (row.published, row.date_source) == (None, "none")


def test_a_users_date_is_marked_and_never_redated(archive: Archive, tmp_path: Path) -> None:
    doc_id = _import(archive, write_pdf(tmp_path / "agreement.pdf", SIGNED))
    row = archive.update_metadata(doc_id, published="1983-01-01")
    assert (row.published, row.date_source) == ("1983-01-01", "user")
    report = archive.redate()
    assert report.kept_user == 1 and not report.changed
    assert archive.document(doc_id).row.published == "1983-01-01"


def _age(archive: Archive, doc_id: int, published: str | None) -> None:
    """Make a document look dated before schema 4: its date from the metadata, no source."""
    with archive.sessions() as session, session.begin():
        session.execute(text("UPDATE documents SET published = :p, date_source = NULL "
                             "WHERE id = :i"), {"p": published, "i": doc_id})


def test_redate_reads_old_documents_dates_from_their_text(archive: Archive,
                                                          tmp_path: Path) -> None:
    doc_id = _import(archive, write_pdf(tmp_path / "agreement.pdf", SIGNED))
    typed = _import(archive, write_pdf(tmp_path / "typed.pdf", SIGNED[:2] + ["The end."]))
    assert "creationDate" not in archive.document(doc_id).meta
    _age(archive, doc_id, None)  # what its metadata said: no date
    _age(archive, typed, "1899-01-02")  # not the metadata's date: a user typed it
    assert sorted(archive.undated()) == sorted([doc_id, typed])
    report = archive.redate()
    assert [(c[0], c[2], c[3]) for c in report.changed] == [(doc_id, "1982-12-10", "text:p3")]
    assert report.kept_user == 1 and report.examined == 2
    assert archive.document(typed).row.date_source == "user"
    assert archive.document(typed).row.published == "1899-01-02"
    assert [h.id for h in archive.search("year:1982").hits] == [doc_id]  # re-indexed
    assert archive.undated() == []
    assert not archive.redate().changed  # a second run changes nothing


def test_schema_three_archive_gains_date_sources(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        doc_id = _import(archive, write_pdf(tmp_path / "agreement.pdf", SIGNED))
    engine = create_engine(f"sqlite:///{root / 'dossier.sqlite3'}")
    with engine.begin() as conn:  # back to schema 3: no date_source column
        conn.execute(text("ALTER TABLE documents DROP COLUMN date_source"))
        conn.execute(text("UPDATE schema_info SET version = 3"))
    engine.dispose()
    with Archive.open(root) as archive:
        assert archive.document(doc_id).row.date_source is None
        assert archive.undated() == [doc_id]


def test_cli_redate(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    with Archive.open(root) as archive:
        doc_id = _import(archive, write_pdf(tmp_path / "agreement.pdf", SIGNED))
        _age(archive, doc_id, None)
    out = io.StringIO()
    assert main(["--archive", str(root), "redate", "--json"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data["changed"] == [{"id": doc_id, "old": None, "new": "1982-12-10",
                                "source": "text:p3"}]
    out = io.StringIO()
    assert main(["--archive", str(root), "show", str(doc_id)], out=out) == 0
    assert "date_source: text:p3" in out.getvalue()


@pytest.mark.parametrize("name", ["unclos-1982-en.pdf"])
def test_unclos_is_dated_1982_not_by_its_metadata(archive: Archive, corpus: Path,
                                                  name: str) -> None:
    path = corpus / "treaties" / "pdf" / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the corpus")
    row = archive.document(_import(archive, path)).row
    assert (row.published, row.date_source) == ("1982-12-10", "text:p138")
