"""The command line on a team archive: --archive postgresql://…, `dossier team grant`."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from indexer.cli import main
from tests.team.cluster import Cluster


def _run(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(args, out=out), out.getvalue()


def test_commands_on_a_team_archive_and_grant(cluster: Cluster, team_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("Irrigation of the Ferghana valley.", encoding="utf-8")
    keeper = ["--archive", team_url]
    monkeypatch.setenv("DOSSIER_DESK", str(tmp_path / "keeper"))
    assert _run(["import", str(memo), *keeper])[0] == 0
    status, out = _run(["search", "ferghana", *keeper])
    assert status == 0 and "1 document match" in out
    assert _run(["team", "status", *keeper]) == (0, "online; 0 change(s) made offline wait "
                                                    "to be sent\n")
    assert _run(["team", "grant", *keeper])[0] == 1
    status, out = _run(["team", "grant", "--reader", "rita", *keeper])
    assert (status, out.strip()) == (0, "rita is now a reader of this team archive.")
    reader = ["--archive", team_url.replace("postgres@", "rita@")]
    monkeypatch.setenv("DOSSIER_DESK", str(tmp_path / "rita"))
    assert _run(["search", "ferghana", *reader])[0] == 0
    assert _run(["tag", "1", "checked", *reader])[0] == 1
    assert "read this team archive but not change it" in capsys.readouterr().err
    monkeypatch.setenv("DOSSIER_DESK", str(tmp_path / "keeper"))
    assert _run(["team", "grant", "--editor", "rita", *keeper])[0] == 0
    monkeypatch.setenv("DOSSIER_DESK", str(tmp_path / "rita"))
    assert _run(["tag", "1", "checked", *reader])[0] == 0


def test_a_password_in_the_address_is_refused(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://ann:secret@127.0.0.1/db?files={tmp_path}"
    assert _run(["search", "x", "--archive", url])[0] == 1
    assert "~/.pgpass" in capsys.readouterr().err
