"""One export run as the format writers see it, and atomic writing of single output files."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session, sessionmaker

from indexer.export.gather import ExportDoc
from indexer.progress import CancelFn, ProgressFn, check_cancel

DocStream = Iterable[ExportDoc]


@dataclass(frozen=True)
class ExportJob:
    """Where and what to write: the selection's name, the output path and the hooks."""

    name: str
    out: Path
    total: int
    progress: ProgressFn
    cancel: CancelFn
    created: datetime
    sessions: sessionmaker[Session]  # for the formats that need more than the documents


@contextmanager
def atomic_file(path: Path, mode: str = "w", **kwargs: object) -> Iterator[IO[Any]]:
    """Open path for writing through a temporary file put in place only on success, so a
    failed or cancelled export never leaves half a file (or spoils an earlier one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, mode, **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def collect(job: ExportJob, docs: DocStream, message: str = "reading") -> list[ExportDoc]:
    """All documents of the stream in a list, reporting progress. Raises Cancelled."""
    out: list[ExportDoc] = []
    for doc in docs:
        check_cancel(job.cancel)
        out.append(doc)
        job.progress(len(out), job.total, message)
    return out
