"""Tags, notes, collections, saved searches, document lists and bundles on both databases
(the `archive` fixture of tests/team/conftest.py: a folder archive and a team archive)."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.documents import DocumentView
from indexer.errors import DossierError
from indexer.export import ExportSelection
from tests.conftest import write_pdf
from tests.indexer.export.test_bundle import contents


@pytest.fixture
def docs(archive: Archive, tmp_path: Path) -> dict[str, int]:
    src = tmp_path / "src"
    src.mkdir()
    write_pdf(src / "aral.pdf", ["The Aral Sea shrank.", "Cotton took its water."],
              title="Aral Sea")
    (src / "caspian.txt").write_text("Caspian sturgeon and caviar quotas.", encoding="utf-8")
    (src / "pamir.txt").write_text("Glaciers of the Pamir are melting.", encoding="utf-8")
    report = archive.import_paths([src])
    assert not report.failed
    return {Path(p).stem: i for p, i in report.imported}


def test_tags_and_tag_views(archive: Archive, docs: dict[str, int]) -> None:
    archive.add_tags(docs["aral"], ["Region/Central Asia", "Water"])
    archive.tag_documents([docs["caspian"], docs["pamir"]], ["Region/Caspian"])
    assert archive.remove_tags(docs["aral"], ["Water"]) == ["Region/Central Asia"]
    assert dict(archive.tags()) == {"Region/Central Asia": 1, "Region/Caspian": 2, "Water": 0}
    region = archive.documents(DocumentView(tag="region"))
    assert sorted(r.id for r in region) == sorted(docs.values())
    assert archive.count(DocumentView(tag="Region/Caspian")) == 2
    assert archive.search('tag:"region/caspian"').total == 2


def test_notes(archive: Archive, docs: dict[str, int]) -> None:
    note = archive.add_note(docs["pamir"], "Ask the hydrologists.")
    changed = archive.update_note(docs["pamir"], note.id, "Ask the glaciologists.",
                                  base_version=note.version)
    assert changed.version == note.version + 1
    assert archive.search("glaciologists").total == 1
    archive.delete_note(docs["pamir"], note.id)
    assert archive.document(docs["pamir"]).notes == ()
    assert archive.search("glaciologists").total == 0
    with pytest.raises(DossierError):
        archive.add_note(docs["pamir"], "   ")


def test_collections_and_saved_searches(archive: Archive, docs: dict[str, int]) -> None:
    pack = archive.create_collection("Briefing")
    archive.add_to_collection(pack.id, [docs["pamir"], docs["aral"]])
    archive.rename_collection(pack.id, "Water briefing")
    assert [(c.name, c.count) for c in archive.collections()] == [("Water briefing", 2)]
    archive.remove_from_collection(pack.id, [docs["pamir"]])
    assert [r.id for r in archive.documents(DocumentView(collection=pack.id))] == [docs["aral"]]
    saved = archive.save_search("Fish", "sturgeon OR caviar")
    assert [s.name for s in archive.saved_searches()] == ["Fish"]
    assert [r.id for r in archive.documents(DocumentView(query=saved.query))] == [
        docs["caspian"]]
    archive.delete_saved_search(saved.id)
    archive.delete_collection(pack.id)
    assert archive.collections() == [] and archive.saved_searches() == []


def test_lists_sorts_and_id_views(archive: Archive, docs: dict[str, int]) -> None:
    titles = [r.title for r in archive.documents(sort="title", descending=False)]
    assert titles == sorted(titles, key=str.lower) or titles == sorted(titles)
    wanted = (docs["aral"], docs["pamir"])
    assert sorted(r.id for r in archive.documents(DocumentView(ids=wanted))) == sorted(wanted)
    assert archive.count(DocumentView(ids=wanted)) == 2
    assert [r.id for r in archive.documents(limit=1, offset=1, sort="title")] != []


def test_delete_documents(archive: Archive, docs: dict[str, int]) -> None:
    stored = Path(archive.document(docs["pamir"]).stored_path)
    assert stored.exists()
    archive.delete_documents([docs["pamir"]])
    assert archive.count() == 2 and not stored.exists()
    assert archive.search("glaciers").total == 0


def test_bundles_out_and_in(archive: Archive, docs: dict[str, int], tmp_path: Path) -> None:
    archive.add_tags(docs["aral"], ["Region/Central Asia"])
    archive.add_note(docs["aral"], "Check the 1990 figures.")
    archive.add_annotation(docs["aral"], 2, quote="Cotton", comment="monoculture")
    pack = archive.create_collection("Briefing")
    archive.add_to_collection(pack.id, [docs["aral"], docs["caspian"]])
    out = archive.export(ExportSelection(ids=tuple(docs.values())), "bundle",
                         tmp_path / "pack").written[0]
    with Archive.open(tmp_path / "elsewhere") as other:
        other.import_bundle(out)
        assert contents(other) == contents(archive)
        aral = archive.document(docs["aral"]).row.uuid
        (there,) = [r.id for r in other.documents() if r.uuid == aral]
        other.add_note(there, "A note made elsewhere.")
        back = other.export(ExportSelection(ids=tuple(r.id for r in other.documents())),
                            "bundle", tmp_path / "back").written[0]
    report = archive.import_bundle(back)
    assert report.notes_new == 1
    assert archive.search("elsewhere").total == 1
