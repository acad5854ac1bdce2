"""Where multi-format exports write, and how their steps report (no Qt needed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.export_plan import Step, default_destination, plan, run_steps, wants_folder
from indexer.errors import Cancelled, DossierError, NotFound
from indexer.export import ExportError, ExportReport, ExportSelection

SELECTION = ExportSelection(tag="Region")


class FakeArchive:
    """Answers export() from a table of format → report or exception."""

    def __init__(self, answers: dict[str, object]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, Path]] = []

    def export(self, selection, fmt, out, progress, cancel):
        self.calls.append((fmt, out))
        progress(1, 2, fmt)
        answer = self.answers[fmt]
        if isinstance(answer, BaseException):
            raise answer
        return answer


def test_one_format_goes_to_the_destination_itself(tmp_path: Path) -> None:
    assert plan("Tag Region", ["csv"], tmp_path / "a.csv") == [Step("csv", tmp_path / "a.csv")]
    assert default_destination(tmp_path, "Tag Region", ["csv"]) == tmp_path / "Tag Region.csv"
    assert default_destination(tmp_path, "Tag Region", ["pdf"]) == tmp_path / "Tag Region"
    assert not wants_folder(["csv"]) and wants_folder(["pdf"]) and wants_folder(["csv", "ris"])


def test_several_formats_are_named_after_the_selection(tmp_path: Path) -> None:
    steps = plan("Search “a/b”", ["pdf", "json", "csl-json", "bundle"], tmp_path)
    assert [s.out.name for s in steps] == ["Search “a b” (pdf)", "Search “a b”.json",
                                           "Search “a b” (csl-json).json",
                                           "Search “a b”.dossier"]
    assert all(s.out.parent == tmp_path for s in steps)


def test_a_failed_format_does_not_stop_the_others(tmp_path: Path) -> None:
    csv = ExportReport("csv", documents=2, written=[tmp_path / "x.csv"])
    archive = FakeArchive({"report-pdf": ExportError("Could not write x.pdf: disk full."),
                           "csv": csv})
    seen: list[tuple[int, int]] = []
    outcome = run_steps(archive, SELECTION, plan("x", ["report-pdf", "csv"], tmp_path),
                        lambda d, t, m: seen.append((d, t)), lambda: False)
    assert outcome.reports == [csv] and outcome.written == [tmp_path / "x.csv"]
    assert outcome.errors == [("report-pdf", "Could not write x.pdf: disk full.")]
    assert seen == [(250, 1000), (750, 1000), (1000, 1000)]


def test_the_same_error_everywhere_is_one_sentence(tmp_path: Path) -> None:
    empty = ExportError("There is nothing to export.")
    archive = FakeArchive({"csv": empty, "ris": empty})
    with pytest.raises(DossierError, match="nothing to export"):
        run_steps(archive, SELECTION, plan("x", ["csv", "ris"], tmp_path),
                  lambda *a: None, lambda: False)


def test_a_bad_selection_stops_at_once(tmp_path: Path) -> None:
    archive = FakeArchive({"csv": NotFound("There is no tag “Region”."), "ris": None})
    with pytest.raises(NotFound):
        run_steps(archive, SELECTION, plan("x", ["csv", "ris"], tmp_path),
                  lambda *a: None, lambda: False)
    assert [fmt for fmt, _ in archive.calls] == ["csv"]


def test_cancelling_keeps_what_was_written(tmp_path: Path) -> None:
    csv = ExportReport("csv", written=[tmp_path / "x.csv"])
    archive = FakeArchive({"csv": csv, "pdf": Cancelled(), "ris": None})
    outcome = run_steps(archive, SELECTION, plan("x", ["csv", "pdf", "ris"], tmp_path),
                        lambda *a: None, lambda: False)
    assert outcome.cancelled and outcome.reports == [csv]
    assert [fmt for fmt, _ in archive.calls] == ["csv", "pdf"]
