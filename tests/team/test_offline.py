"""Two desks work at once; one loses the server, goes on from its own copy, comes back: both
end identical and nothing is lost."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from indexer.annotations import color_value
from indexer.errors import DossierError
from indexer.team.archive import TeamArchive
from indexer.team.errors import TeamOffline
from tests.conftest import write_pdf
from tests.team.cluster import Cluster
from tests.team.proxy import Relay


def state(desk: TeamArchive) -> dict[str, Any]:
    """Everything a desk shows, by UUID."""
    out = {}
    for row in desk.documents():
        detail = desk.document(row.id)
        out[row.uuid] = {
            "title": row.title, "tags": sorted(row.tags),
            "notes": sorted((n.uuid, n.text, n.author) for n in detail.notes),
            "marks": sorted((m.uuid, m.quote, m.comment, m.color, m.author)
                            for m in desk.annotations(row.id)),
        }
    return out


def _import_and_mark(desk: TeamArchive, folder: Path, word: str, errors: list[Any]) -> None:
    try:
        folder.mkdir()
        files = [write_pdf(folder / f"{word}{n}.pdf", [f"Report {n} about {word} and water."])
                 for n in range(3)]
        for _, doc in desk.import_paths(files).imported:
            desk.add_annotation(doc, 1, quote="water", comment=f"{word} mark")
            desk.add_note(doc, f"{word} note")
    except Exception as exc:  # noqa: BLE001 - reported by the test
        errors.append(exc)


@pytest.mark.slow
def test_two_desks_one_offline_end_identical(cluster: Cluster, team_url: str,
                                             tmp_path: Path) -> None:
    relay = Relay(cluster.port)
    b_url = team_url.replace(f":{cluster.port}/", f":{relay.port}/")
    a = TeamArchive(team_url, desk_dir=tmp_path / "desk-a", user="alice")
    b = TeamArchive(b_url, desk_dir=tmp_path / "desk-b", user="bob")
    try:
        errors: list[Any] = []
        threads = [threading.Thread(target=_import_and_mark, args=(d, tmp_path / w, w, errors))
                   for d, w in ((a, "cotton"), (b, "fisheries"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        a.refresh()
        b.refresh()
        assert state(a) == state(b) and len(state(a)) == 6
        cotton = a.search("cotton").hits[0].id
        fish = a.search("fisheries").hits[0].id
        shared_note = b.document(cotton).notes[0]

        relay.cut()
        b.change_token()  # the window's poll notices the server is gone
        assert not b.team_status().online
        assert b.search("fisheries").total == 3  # searching and reading go on
        assert b.document(fish).row.id == fish
        b.add_tags(fish, ["Offline/Tag"])
        offline_note = b.add_note(fish, "written on the plane")
        b.update_note(cotton, shared_note.id, "bob's offline version",
                      base_version=shared_note.version)
        (mark,) = b.annotations(fish)
        b.update_annotation(fish, mark.id, comment="recoloured offline", color="green")
        assert b.search("plane").total == 1 and b.search('tag:"offline/tag"').total == 1
        assert b.team_status().waiting >= 4
        with pytest.raises(TeamOffline):
            b.create_collection("needs the server")
        # meanwhile, on the server: alice edits the same note later, and adds a mark
        a.update_note(cotton, shared_note.id, "alice's later version",
                      base_version=shared_note.version)
        a.add_note(fish, "alice on fisheries")

        relay.restore()
        b.refresh()  # the window's poll: the server is back, the queue is sent
        assert b.team_status().online and b.team_status().waiting == 0
        (conflict,) = b.team_status().conflicts
        assert conflict.what == "note" and conflict.uuid == shared_note.uuid
        a.refresh()
        b.refresh()
        assert state(a) == state(b)
        fish_state = state(a)[b.document(fish).row.uuid]
        assert "Offline/Tag" in fish_state["tags"]
        assert (offline_note.uuid, "written on the plane", "bob") in fish_state["notes"]
        assert any(n[1] == "alice on fisheries" for n in fish_state["notes"])
        assert [m[2:4] for m in fish_state["marks"]] == [("recoloured offline", color_value("green"))]
        kept = [n.text for n in a.document(cotton).notes if n.uuid == shared_note.uuid]
        assert kept == ["alice's later version"]  # the newer one, and bob's is set aside
        assert "bob's offline version" in (tmp_path / "desk-b" / "set-aside.jsonl").read_text(
            encoding="utf-8")
        assert a.search("plane").total == 1
    finally:
        relay.cut()
        a.close()
        b.close()


def test_a_desk_never_online_cannot_open_without_the_server(
        cluster: Cluster, team_url: str, tmp_path: Path) -> None:
    relay = Relay(cluster.port)
    relay.cut()
    url = team_url.replace(f":{cluster.port}/", f":{relay.port}/")
    with pytest.raises(DossierError, match="cannot be reached"):
        TeamArchive(url, desk_dir=tmp_path / "desk")


def test_a_desk_opens_offline_from_its_copy(cluster: Cluster, team_url: str,
                                            tmp_path: Path) -> None:
    relay = Relay(cluster.port)
    url = team_url.replace(f":{cluster.port}/", f":{relay.port}/")
    with TeamArchive(url, desk_dir=tmp_path / "desk") as desk:
        pdf = write_pdf(tmp_path / "a.pdf", ["Glaciers of the Pamir."])
        (_, doc), = desk.import_paths([pdf]).imported
    relay.cut()
    with TeamArchive(url, desk_dir=tmp_path / "desk") as desk:
        assert not desk.team_status().online
        assert [h.id for h in desk.search("pamir").hits] == [doc]
        desk.add_note(doc, "from the train")
        assert desk.team_status().waiting == 1
        relay.restore()
        desk.refresh()
        assert desk.team_status().online and desk.team_status().waiting == 0
    with TeamArchive(team_url, desk_dir=tmp_path / "other") as other:
        assert [n.text for n in other.document(doc).notes] == ["from the train"]
    relay.cut()
    with TeamArchive(url, desk_dir=tmp_path / "desk") as desk:
        desk.add_tags(doc, ["Asia/Pamir"])  # offline, then closed before the server is back
    relay.restore()
    with TeamArchive(url, desk_dir=tmp_path / "desk") as desk:  # sends it on opening
        assert desk.team_status().waiting == 0
    with TeamArchive(team_url, desk_dir=tmp_path / "other") as other:
        assert other.document(doc).row.tags == ("Asia/Pamir",)
    relay.cut()


def test_the_change_token_settles_while_offline(cluster: Cluster, team_url: str,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The window reloads its views when the token changes: offline, it changes for the
    first attempts to reconnect only, then stays put until the server is back."""
    from indexer.team import archive as team_archive

    monkeypatch.setattr(team_archive, "RETRY_SECONDS", 0.0)
    relay = Relay(cluster.port)
    url = team_url.replace(f":{cluster.port}/", f":{relay.port}/")
    with TeamArchive(url, desk_dir=tmp_path / "desk") as desk:
        relay.cut()
        tokens = [desk.change_token() for _ in range(8)]
        assert len(set(tokens[-4:])) == 1 and not desk.team_status().online
        relay.restore()
        back = [desk.change_token() for _ in range(2)]
        assert back[0] != tokens[-1] and back[0] != back[1]  # until refresh() sends the queue
        desk.refresh()
        assert desk.team_status().online
    relay.cut()
