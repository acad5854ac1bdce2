"""Several desks on one team archive: shared writes, each desk's index kept in step, no lost
note, authors, and the reader role."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import text

from indexer import documents, importer
from indexer.archive import Archive, open_location
from indexer.errors import ArchiveError, NoteConflict, ReadOnlyArchive
from indexer.team import changelog, roles
from indexer.team.archive import TeamArchive
from indexer.team.location import is_team_location, parse_location
from tests.conftest import write_pdf
from tests.team.cluster import Cluster
from tests.team.proxy import Relay


def _texts(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"memo{n}.txt"
        path.write_text(f"Memorandum {n} on the water quota of canal{n} in the valley.",
                        encoding="utf-8")
        paths.append(path)
    return paths


def _imported(desk: TeamArchive, files: list[Path]) -> list[int]:
    """The ids of files imported, in the files' order."""
    ids = {Path(p).name: i for p, i in desk.import_paths(files).imported}
    return [ids[f.name] for f in files]


@pytest.fixture
def desks(team_url: str, tmp_path: Path) -> Iterator[tuple[TeamArchive, TeamArchive]]:
    a = TeamArchive(team_url, desk_dir=tmp_path / "desk-a", user="alice")
    b = TeamArchive(team_url, desk_dir=tmp_path / "desk-b", user="bob")
    yield a, b
    a.close()
    b.close()


def test_two_desks_importing_the_same_files_make_one_document_each(
        desks: tuple[TeamArchive, TeamArchive], tmp_path: Path) -> None:
    a, b = desks
    files = _texts(tmp_path / "in", 12)
    reports = {}

    def run(name: str, desk: TeamArchive) -> None:
        reports[name] = desk.import_paths(files)

    threads = [threading.Thread(target=run, args=(n, d)) for n, d in (("a", a), ("b", b))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert a.count() == b.count() == 12
    for report in reports.values():
        assert not report.failed
        assert len(report.imported) + len(report.duplicates) == 12
    assert len(reports["a"].imported) + len(reports["b"].imported) == 12
    b.refresh()
    a.refresh()
    for desk in (a, b):
        assert desk.search("canal7").total == 1


def test_a_file_another_desk_committed_first_becomes_a_duplicate(
        desks: tuple[TeamArchive, TeamArchive], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The race made certain: b checks for duplicates before a commits, commits after."""
    a, b = desks
    files = _texts(tmp_path / "in", 3)
    (first, first_id), = a.import_paths(files[:1]).imported
    monkeypatch.setattr(importer._Run, "_known_duplicates", lambda self, candidates: {})
    report = b.import_paths(files)
    assert report.duplicates == [(first, first_id)]
    assert len(report.imported) == 2 and not report.failed
    assert a.count() == 3
    b.refresh()
    assert b.search("canal0").total == 1


def test_each_desk_searches_what_the_others_changed(
        desks: tuple[TeamArchive, TeamArchive], tmp_path: Path) -> None:
    a, b = desks
    token = b.change_token()
    (doc,) = [i for _, i in a.import_paths(_texts(tmp_path / "in", 1)).imported]
    assert b.search("canal0").total == 0  # b has not looked yet
    assert b.change_token() != token
    assert b.refresh() == 1
    assert [h.id for h in b.search("canal0").hits] == [doc]
    a.add_tags(doc, ["Water/Quotas"])
    a.add_note(doc, "Ask the ministry about sluices.")
    b.refresh()
    assert b.search("sluices").total == 1
    assert b.search('tag:"water/quotas"').total == 1
    a.delete_documents([doc])
    b.refresh()
    assert b.search("canal0").total == 0
    assert b.count() == 0


def test_a_late_commit_is_not_skipped(desks: tuple[TeamArchive, TeamArchive],
                                      tmp_path: Path) -> None:
    """A change whose sequence number is older than one already read is still caught."""
    a, b = desks
    first, second = _imported(a, _texts(tmp_path / "in", 2))
    b.refresh()
    slow = a.engine.connect()  # takes a sequence number now, commits later
    slow.execute(text("INSERT INTO notes (uuid, document_id, text, created_at, modified_at, "
                      "version) VALUES ('11111111-1111-1111-1111-111111111111', :d, "
                      "'tortoise', now(), now(), 1)"), {"d": first})
    a.add_note(second, "hare")
    b.refresh()
    assert b.search("hare").total == 1 and b.search("tortoise").total == 0
    slow.commit()
    slow.close()
    b.refresh()
    assert [h.id for h in b.search("tortoise").hits] == [first]


def test_a_stale_note_is_refused_with_both_texts(desks: tuple[TeamArchive, TeamArchive],
                                                 tmp_path: Path) -> None:
    a, b = desks
    (doc,) = [i for _, i in a.import_paths(_texts(tmp_path / "in", 1)).imported]
    note = a.add_note(doc, "First draft.")
    read_by_b = [n for n in b.document(doc).notes if n.id == note.id][0]
    saved = a.update_note(doc, note.id, "Alice's second draft.", base_version=note.version)
    assert saved.version == note.version + 1
    with pytest.raises(NoteConflict) as caught:
        b.update_note(doc, note.id, "Bob's edit of the first draft.",
                      base_version=read_by_b.version)
    assert caught.value.mine == "Bob's edit of the first draft."
    assert caught.value.theirs == "Alice's second draft."
    assert "changed by someone else" in str(caught.value)
    assert [n.text for n in b.document(doc).notes] == ["Alice's second draft."]
    b.update_note(doc, note.id, "Bob, having read Alice.", base_version=saved.version)
    assert [n.text for n in a.document(doc).notes] == ["Bob, having read Alice."]


def test_authors_are_recorded(desks: tuple[TeamArchive, TeamArchive], tmp_path: Path) -> None:
    a, b = desks
    pdf = write_pdf(tmp_path / "aral.pdf", ["The Aral Sea shrank dramatically."])
    (doc,) = [i for _, i in a.import_paths([pdf]).imported]
    a.add_note(doc, "from alice")
    b.add_annotation(doc, 1, quote="Aral Sea", comment="from bob")
    detail = b.document(doc)
    assert [(n.text, n.author) for n in detail.notes] == [("from alice", "alice")]
    assert [(m.comment, m.author) for m in a.annotations(doc)] == [("from bob", "bob")]


def test_marks_read_from_a_file_without_an_author_are_signed_by_the_importing_desk(
        desks: tuple[TeamArchive, TeamArchive], tmp_path: Path) -> None:
    a, b = desks
    pdf = pymupdf.open(write_pdf(tmp_path / "aral.pdf", ["The Aral Sea shrank dramatically."]))
    page = pdf[0]
    page.add_highlight_annot(page.search_for("Aral Sea", quads=True)).update()
    signed = page.add_highlight_annot(page.search_for("shrank", quads=True))
    signed.set_info(title="Karakalpak survey")  # a PDF mark's author is its title
    signed.update()
    pdf.save(tmp_path / "marked.pdf")
    (doc,) = [i for _, i in a.import_paths([tmp_path / "marked.pdf"]).imported]
    assert sorted((m.quote, m.author) for m in b.annotations(doc)) == [
        ("Aral Sea", "alice"), ("shrank", "Karakalpak survey")]


def test_a_reader_reads_and_searches_but_changes_nothing(
        cluster: Cluster, team_url: str, tmp_path: Path) -> None:
    with TeamArchive(team_url, desk_dir=tmp_path / "keeper", user="keeper") as keeper:
        (doc,) = [i for _, i in keeper.import_paths(_texts(tmp_path / "in", 1)).imported]
        with keeper.engine.connect() as conn:
            assert "reader" in roles.grant(conn, "rita", editor=False)
    url = team_url.replace("postgres@", "rita@")
    with TeamArchive(url, desk_dir=tmp_path / "rita", user="rita") as reader:
        assert reader.search("canal0").total == 1
        assert reader.document(doc).row.id == doc
        for change in (lambda: reader.add_tags(doc, ["x"]),
                       lambda: reader.add_note(doc, "x"),
                       lambda: reader.import_paths(_texts(tmp_path / "more", 1)),
                       lambda: reader.delete_documents([doc])):
            with pytest.raises(ReadOnlyArchive, match="read this team archive but not"):
                change()
    relay = Relay(cluster.port)  # offline, a reader is still a reader
    with TeamArchive(url.replace(f":{cluster.port}/", f":{relay.port}/"),
                     desk_dir=tmp_path / "rita-away", user="rita") as away:
        relay.cut()
        away.change_token()
        assert not away.team_status().online
    with TeamArchive(url.replace(f":{cluster.port}/", f":{relay.port}/"),
                     desk_dir=tmp_path / "rita-away", user="rita") as away:
        assert away.search("canal0").total == 1
        with pytest.raises(ReadOnlyArchive):
            away.add_note(doc, "x")
    with TeamArchive(team_url, desk_dir=tmp_path / "keeper", user="keeper") as keeper, \
            keeper.engine.connect() as conn:
        roles.grant(conn, "rita", editor=True)
    with TeamArchive(url, desk_dir=tmp_path / "rita", user="rita") as editor:
        assert editor.add_tags(doc, ["checked"]) == ["checked"]


def test_locations() -> None:
    assert is_team_location("postgresql://ann@db.example/dossier?files=/mnt/share")
    assert not is_team_location("/home/ann/archive")
    location = parse_location("postgresql://ann@db.example:5433/dossier?files=/mnt/share")
    assert (location.user, location.database, location.files) == ("ann", "dossier",
                                                                   Path("/mnt/share"))
    assert "password" not in location.display()
    with pytest.raises(ArchiveError, match="pgpass"):
        parse_location("postgresql://ann:secret@db.example/dossier?files=/mnt/share")
    with pytest.raises(ArchiveError, match="shared folder"):
        parse_location("postgresql://ann@db.example/dossier")


def test_open_location_opens_a_folder_or_a_team_archive(team_url: str, tmp_path: Path) -> None:
    with open_location(tmp_path / "personal") as personal:
        assert type(personal) is Archive
        assert personal.team_status() is None
    with open_location(team_url, desk_dir=tmp_path / "desk") as team:
        assert isinstance(team, TeamArchive)
        status = team.team_status()
        assert status is not None and status.online and status.waiting == 0


def test_a_desk_away_longer_than_the_log_is_kept_reads_everything_again(
        desks: tuple[TeamArchive, TeamArchive], tmp_path: Path) -> None:
    a, b = desks
    first, second = _imported(a, _texts(tmp_path / "in", 2))
    b.refresh()
    a.delete_documents([first])
    a.add_note(second, "written while b was away")
    with a.engine.connect() as conn:
        assert changelog.prune(conn, keep_days=0) > 0
    b.refresh()
    assert b.search("canal0").total == 0
    assert [h.id for h in b.search("away").hits] == [second]
    assert b.count() == 1


def test_two_desks_making_the_same_new_tag_at_once(
        desks: tuple[TeamArchive, TeamArchive], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """a looks for the tag, b creates and commits it, then a commits its own: one tag."""
    a, b = desks
    first, second = _imported(a, _texts(tmp_path / "in", 2))
    original = documents.get_or_create_tags
    raced: list[bool] = []

    def racing(session: Any, names: Any) -> Any:
        found = original(session, names)
        if not raced:
            raced.append(True)
            b.add_tags(second, ["Water/Quotas"])
        return found

    monkeypatch.setattr(documents, "get_or_create_tags", racing)
    assert a.add_tags(first, ["Water/Quotas"]) == ["Water/Quotas"]
    assert raced and dict(a.tags()) == {"Water/Quotas": 2}


def test_an_import_is_indexed_once_and_other_desks_changes_still_are(
        desks: tuple[TeamArchive, TeamArchive], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After its import a desk catches up, but indexes again only the documents another
    transaction changed meanwhile (here b tags one between a's import and its catch-up)."""
    a, b = desks
    indexed: list[list[int]] = []  # what a's catch-ups index
    index_from_cache = TeamArchive._index_from_cache
    catch_up = TeamArchive._catch_up

    def counted(self: TeamArchive, ids: list[int], *args: Any) -> None:
        if self is a:
            indexed.append(list(ids))
        index_from_cache(self, ids, *args)

    def tagged_first(self: TeamArchive, *args: Any) -> int:
        if self is a and not indexed:
            b.refresh()
            b.add_tags(min(h.id for h in b.search("memorandum", limit=10).hits), ["Late"])
        return catch_up(self, *args)

    monkeypatch.setattr(TeamArchive, "_index_from_cache", counted)
    monkeypatch.setattr(TeamArchive, "_catch_up", tagged_first)
    ids = _imported(a, _texts(tmp_path / "in", 4))
    assert indexed == [[min(ids)]]
    assert [h.id for h in a.search("tag:late").hits] == [min(ids)]
    assert a.search("canal3").total == 1
