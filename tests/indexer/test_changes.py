"""Every archive write tells what it changed (Archive.on_change), once, in one value."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.changes import NOTHING, Changes
from tests.conftest import write_pdf


@pytest.fixture
def told(archive: Archive) -> list[Changes]:
    heard: list[Changes] = []
    archive.on_change = heard.append
    return heard


def _one(heard: list[Changes]) -> Changes:
    assert len(heard) == 1, heard
    return heard.pop()


def test_changes_merge_and_say_what_to_refresh() -> None:
    assert not NOTHING and not NOTHING.lists and not NOTHING.library
    tagged = Changes(tags=True)
    assert tagged and tagged.library and not tagged.lists
    both = tagged | Changes(removed=frozenset({3})) | Changes(removed=frozenset({4}))
    assert both.tags and both.removed == {3, 4} and both.lists and both.library
    assert Changes(text=frozenset({1})).lists
    # A collection's documents are a list too; whatever changes a list changes the library.
    for one in (Changes(collections=True), Changes(added=True), Changes(everything=True)):
        assert one.lists and one.library


def test_each_write_tells_its_changes(archive: Archive, told: list[Changes],
                                      tmp_path: Path) -> None:
    report = archive.import_paths([write_pdf(tmp_path / "a.pdf", ["Salmon quotas."]),
                                   write_pdf(tmp_path / "b.pdf", ["Water quotas."])])
    ids = {Path(path).name: doc_id for path, doc_id in report.imported}
    first, second = ids["a.pdf"], ids["b.pdf"]   # read in parallel: in either order
    imported = _one(told)
    assert imported.added and imported.failures and imported.lists

    assert archive.add_tags(first, ["Fish"]) == ["Fish"]    # the old value, as before
    tagged = _one(told)
    assert tagged.tags and [r.id for r in tagged.edited] == [first]
    assert tagged.edited[0].tags == ("Fish",) and not tagged.lists

    row = archive.update_metadata(first, title="Salmon")
    edited = _one(told)
    assert edited.edited == (row,) and not edited.tags and not edited.library

    many = archive.tag_documents([first, second], ["Quotas"])
    assert _one(told) is not None and many.tags and many.edited_ids == {first, second}

    note = archive.add_note(first, "Check the 2023 figures.")
    assert _one(told).edited_ids == {first}
    assert archive.delete_note(first, note.id).edited_ids == {first}
    _one(told)

    mark = archive.add_annotation(first, 1, quote="Salmon")
    assert _one(told).edited_ids == {first}
    assert archive.delete_annotation(first, mark.id).edited_ids == {first}
    _one(told)

    collection = archive.create_collection("Briefing")
    assert _one(told) == Changes(collections=True)
    assert archive.add_to_collection(collection.id, [first]) == Changes(collections=True)
    _one(told)
    archive.save_search("Fish", "salmon")
    assert _one(told) == Changes(searches=True)

    assert archive.reextract(second) == 0
    assert _one(told).text == {second}
    assert archive.delete_documents([second]) == Changes(removed=frozenset({second}))
    assert _one(told).lists
    archive.reindex()
    assert _one(told).everything


def test_reads_tell_nothing(archive: Archive, told: list[Changes], tmp_path: Path) -> None:
    archive.import_paths([write_pdf(tmp_path / "a.pdf", ["Salmon quotas."])])
    told.clear()
    archive.search("salmon")
    archive.documents()
    archive.import_failures()
    assert told == []


def test_a_failed_import_still_tells_what_it_may_have_added(archive: Archive,
                                                            told: list[Changes],
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    from indexer import importer
    from indexer.errors import ArchiveError

    def broken(self: object, *args: object, **kwargs: object) -> None:
        raise ArchiveError("The archive database could not be written: disk full.")

    monkeypatch.setattr(importer.Importer, "run", broken)
    with pytest.raises(ArchiveError):
        archive.import_paths([write_pdf(tmp_path / "a.pdf", ["Salmon."])])
    assert _one(told).added
