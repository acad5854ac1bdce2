"""`dossier migrate`: a personal archive into a team archive and back, losslessly (UUIDs,
originals, pages, tags, notes, marks, collections, saved searches) and idempotently."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from indexer.archive import Archive
from indexer.cli import main
from indexer.team.archive import TeamArchive
from indexer.team.migrate import migrate
from tests.conftest import write_pdf


def contents(archive: Archive) -> dict[str, Any]:
    """Everything migrate must keep, by UUID (ids differ between archives)."""
    docs = {}
    for row in archive.documents():
        detail = archive.document(row.id)
        docs[row.uuid] = {
            "title": row.title, "tags": sorted(row.tags), "pages": archive.page_texts(row.id),
            "original": Path(detail.stored_path).read_bytes(),
            "notes": sorted((n.uuid, n.text) for n in detail.notes),
            "marks": sorted((m.uuid, m.quote, m.comment, m.color, m.page)
                            for m in archive.annotations(row.id)),
        }
    uuid_of = {r.id: r.uuid for r in archive.documents()}
    collections = {c.uuid: (c.name, sorted(uuid_of[r.id] for r in archive.documents(
        view=_view(c.id)))) for c in archive.collections()}
    searches = {s.uuid: (s.name, s.query) for s in archive.saved_searches()}
    return {"documents": docs, "collections": collections, "searches": searches}


def _view(collection_id: int) -> Any:
    from indexer.documents import DocumentView

    return DocumentView(collection=collection_id)


def _personal(root: Path, tmp_path: Path) -> Archive:
    archive = Archive.open(root)
    pdf = write_pdf(tmp_path / "aral.pdf", ["The Aral Sea shrank.", "Cotton took the water."])
    memo = tmp_path / "memo.txt"
    memo.write_text("A memo on fisheries in Khorezm.", encoding="utf-8")
    ids = {Path(p).name: i for p, i in archive.import_paths([pdf, memo],
                                                             tags=["Region/Aral"]).imported}
    doc, other = ids["aral.pdf"], ids["memo.txt"]
    archive.add_note(doc, "Check the 1990 figures.")
    archive.add_annotation(doc, 2, quote="Cotton", comment="monoculture", color="green")
    collection = archive.create_collection("Briefing")
    archive.add_to_collection(collection.id, [doc, other])
    archive.save_search("Fish", "fisheries")
    return archive


def test_personal_to_team_and_back_keeps_everything(team_url: str, tmp_path: Path) -> None:
    with _personal(tmp_path / "personal", tmp_path) as personal, \
            TeamArchive(team_url, desk_dir=tmp_path / "desk", user="ann") as team:
        before = contents(personal)
        report = migrate(personal, team)
        assert report.copied["document(s)"] == 2
        assert contents(team) == before
        assert team.search("cotton").total == 1 and team.search("monoculture").total == 1
        again = migrate(personal, team)
        assert again.copied == {} and contents(team) == before
        with Archive.open(tmp_path / "back") as back:
            migrate(team, back)
            assert contents(back) == before
            assert back.search("khorezm").total == 1


def test_migrate_command(team_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _personal(tmp_path / "personal", tmp_path).close()
    monkeypatch.setenv("DOSSIER_DESK", str(tmp_path / "desk"))
    args = ["migrate", str(tmp_path / "personal"), team_url]
    assert main(args) == 0
    with TeamArchive(team_url, desk_dir=tmp_path / "desk") as team:
        assert team.count() == 2
