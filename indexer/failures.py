"""Files an import could not take because they are locked by a password or damaged: kept
(path, reason, time) so that Needs attention can list them and offer a retry."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

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
    """Keep the locked and damaged files of an import (once per path, the latest failure);
    forget the paths it imported, found already imported or put back."""
    messages = dict(report.failed)
    reasons = dict.fromkeys(report.needs_password, PASSWORD)
    reasons |= dict.fromkeys(report.damaged, DAMAGED)
    succeeded = [path for path, _ in (*report.imported, *report.duplicates, *report.restored)]
    if succeeded:
        session.execute(delete(ImportFailure).where(ImportFailure.path.in_(succeeded)))
    known = {f.path: f for f in session.scalars(
        select(ImportFailure).where(ImportFailure.path.in_(list(reasons))))}
    for path, reason in reasons.items():
        failure = known.get(path) or ImportFailure(path=path)
        failure.reason, failure.failed_at = reason, utcnow()
        failure.message = messages.get(path, "")
        session.add(failure)


def list_failures(session: Session) -> list[FailureRow]:
    """Every kept failure, most recent first."""
    found = session.scalars(select(ImportFailure).order_by(ImportFailure.failed_at.desc(),
                                                           ImportFailure.id.desc()))
    return [FailureRow.of(f) for f in found]


def forget(session: Session, ids: Sequence[int]) -> None:
    """Stop listing these failures."""
    session.execute(delete(ImportFailure).where(ImportFailure.id.in_(list(ids))))
