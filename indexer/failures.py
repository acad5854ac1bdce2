"""Files an import could not take because they are locked by a password or damaged: kept
(path, reason, time) so that Needs attention can list them and offer a retry."""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from indexer.models import ImportFailure, utcnow
from indexer.rows import ImportReport

PASSWORD = "password"   # encrypted: a retry with the right password may work
DAMAGED = "damaged"     # unreadable as it is: a repaired or new copy, or a better reader


@dataclass(frozen=True)
class FailureRow:
    """One file that failed to import, why (PASSWORD or DAMAGED), the reader's sentence and
    when it last failed."""

    id: int
    path: str
    reason: str
    message: str
    failed_at: datetime

    @classmethod
    def of(cls, failure: ImportFailure) -> FailureRow:
        return cls(failure.id, failure.path, failure.reason, failure.message,
                   failure.failed_at)


def record(session: Session, report: ImportReport) -> None:
    """Keep the locked and damaged files of an import (once per file: the latest failure,
    where the same file, by name and size, failed last); forget the paths it imported,
    found already imported or put back."""
    messages = dict(report.failed)
    reasons = dict.fromkeys(report.needs_password, PASSWORD)
    reasons |= dict.fromkeys(report.damaged, DAMAGED)
    succeeded = [path for path, _ in (*report.imported, *report.duplicates, *report.restored)]
    if succeeded:
        session.execute(delete(ImportFailure).where(ImportFailure.path.in_(succeeded)))
    known = list(session.scalars(select(ImportFailure))) if reasons else []
    for path, reason in reasons.items():
        size = _size(path)
        for other in known:
            if other.path != path and _same_file(other, path, size):
                session.delete(other)   # the same file failed again from another place
        failure = next((f for f in known if f.path == path), None) or ImportFailure(path=path)
        failure.reason, failure.failed_at, failure.size = reason, utcnow(), size
        failure.message = messages.get(path, "")
        session.add(failure)


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def _same_file(failure: ImportFailure, path: str, size: int | None) -> bool:
    return (size is not None and failure.size == size
            and PurePath(failure.path).name == PurePath(path).name)


def list_failures(session: Session) -> list[FailureRow]:
    """Every kept failure, most recent first."""
    found = session.scalars(select(ImportFailure).order_by(ImportFailure.failed_at.desc(),
                                                           ImportFailure.id.desc()))
    return [FailureRow.of(f) for f in found]


def forget(session: Session, ids: Sequence[int]) -> None:
    """Stop listing these failures."""
    session.execute(delete(ImportFailure).where(ImportFailure.id.in_(list(ids))))
