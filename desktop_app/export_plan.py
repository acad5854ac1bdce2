"""Where each chosen export format is written, and running them one after another (no Qt)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from indexer.archive import Archive
from indexer.errors import Cancelled, DossierError, NotFound, QueryError
from indexer.export import FORMATS, ExportReport, ExportSelection
from indexer.export.naming import safe_stem
from indexer.progress import CancelFn, ProgressFn

# Errors about the selection itself: every format would fail the same way, so stop at once.
SELECTION_ERRORS = (NotFound, QueryError)


@dataclass(frozen=True)
class Step:
    """One format and the file or folder it is written to."""

    fmt: str
    out: Path


@dataclass
class ExportOutcome:
    """What a multi-format export did: reports, formats that failed (with why), cancelled.

    failure is the sentence saying why nothing could be exported at all ("" otherwise).
    """

    reports: list[ExportReport] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)   # (format, sentence)
    cancelled: bool = False
    failure: str = ""

    @property
    def written(self) -> list[Path]:
        """Every file written, in order."""
        return [path for report in self.reports for path in report.written]


def writes_folder(fmt: str) -> bool:
    """True when fmt fills a folder with files (pdf, markdown) instead of writing one file."""
    return FORMATS[fmt].folder


def suffix(fmt: str) -> str:
    """The file suffix fmt writes ("" for folder formats)."""
    return FORMATS[fmt].suffix


def wants_folder(formats: list[str]) -> bool:
    """True when the destination is a folder: several formats, or one that fills a folder."""
    return len(formats) != 1 or writes_folder(formats[0])


def default_destination(folder: Path, label: str, formats: list[str]) -> Path:
    """A destination inside folder named after the selection (label) for these formats."""
    if len(formats) == 1:
        return folder / (safe_stem(label, "export") + suffix(formats[0]))
    return folder


def plan(label: str, formats: list[str], destination: Path) -> list[Step]:
    """The steps writing formats to destination.

    One format goes to destination itself; several go into the folder destination, named
    after the selection (label), each folder format in a subfolder of its own.
    """
    if len(formats) == 1:
        return [Step(formats[0], destination)]
    stem = safe_stem(label, "export")
    steps: list[Step] = []
    taken: set[str] = set()
    for fmt in formats:
        name = f"{stem} ({fmt})" if writes_folder(fmt) else stem + suffix(fmt)
        if name.casefold() in taken:  # json and csl-json share a suffix
            name = f"{stem} ({fmt}){suffix(fmt)}"
        taken.add(name.casefold())
        steps.append(Step(fmt, destination / name))
    return steps


def run_steps(archive: Archive, selection: ExportSelection, steps: list[Step],
              progress: ProgressFn, cancel: CancelFn) -> ExportOutcome:
    """Export selection step by step; progress runs from 0 to 1000 over all steps.

    A step that fails is noted and the others still run; a bad selection stops at once.
    Raises DossierError (the selection cannot be exported), never Cancelled: a cancelled
    outcome keeps the reports of the steps already done.
    """
    outcome = ExportOutcome()
    count = len(steps)
    for number, step in enumerate(steps):
        def step_progress(done: int, total: int, message: str, number: int = number) -> None:
            part = done / total if total > 0 else 0.0
            progress(int((number + min(part, 1.0)) * 1000 / count), 1000, message)

        try:
            outcome.reports.append(archive.export(selection, step.fmt, step.out,
                                                  step_progress, cancel))
        except Cancelled:
            outcome.cancelled = True
            break
        except SELECTION_ERRORS:
            raise
        except DossierError as exc:
            outcome.errors.append((step.fmt, str(exc)))
    if not outcome.reports and outcome.errors and not outcome.cancelled:
        messages = {message for _, message in outcome.errors}
        if len(messages) == 1:  # e.g. nothing to export: one sentence says it all
            raise DossierError(messages.pop())
    progress(1000, 1000, "")
    return outcome
