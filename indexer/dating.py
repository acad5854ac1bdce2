"""Re-dating stored documents from their page texts (`dossier redate`): documents imported
before dates were read from the text, or after a better date reader; a date the user typed
is never replaced."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.extract.dates import choose_date
from indexer.models import Document, Page
from indexer.progress import CancelFn, ProgressFn, check_cancel, never_cancel, no_progress

USER = "user"


@dataclass
class RedateReport:
    """What re-dating did: documents whose date changed (id, old, new, source), and how
    many were looked at and kept because the user set their date."""

    changed: list[tuple[int, str | None, str | None, str | None]] = field(default_factory=list)
    examined: int = 0
    kept_user: int = 0

    def to_json(self) -> dict[str, Any]:
        """The `redate --json` contract."""
        return {"examined": self.examined, "kept_user": self.kept_user,
                "changed": [{"id": i, "old": old, "new": new, "source": source}
                            for i, old, new, source in self.changed]}


def undated_ids(session: Session) -> list[int]:
    """Documents whose date source is unknown (stored before schema 4)."""
    return list(session.scalars(select(Document.id).where(Document.date_source.is_(None))))


def redate(session: Session, doc_ids: Sequence[int], progress: ProgressFn = no_progress,
           cancel: CancelFn = never_cancel) -> RedateReport:
    """Date each document again from its stored text (see extract.dates.choose_date),
    in the caller's transaction; documents changed are marked for re-indexing.

    Raises Cancelled (what was re-dated so far stays in the session).
    """
    report = RedateReport()
    for done, doc_id in enumerate(doc_ids, start=1):
        check_cancel(cancel)
        doc = session.get(Document, doc_id)
        if doc is not None:
            _redate_one(session, doc, report)
        progress(done, len(doc_ids), "dating")
    return report


def _redate_one(session: Session, doc: Document, report: RedateReport) -> None:
    report.examined += 1
    if doc.date_source == USER:
        report.kept_user += 1
        return
    declared = _declared_date(doc)
    if doc.date_source is None and doc.published and doc.published != declared:
        # Stored before sources were kept, and not what the file says: the user typed it.
        doc.date_source = USER
        report.kept_user += 1
        return
    pages = list(session.scalars(select(Page.text).where(Page.document_id == doc.id)
                                 .order_by(Page.number)))
    published, source = choose_date(doc.kind, pages, declared, doc.original_name)
    if (published, source) == (doc.published, doc.date_source):
        return
    if published != doc.published:
        report.changed.append((doc.id, doc.published, published, source))
        doc.indexed = False
    doc.published, doc.date_source = published, source
    doc.year = int(published[:4]) if published and published[:4].isdigit() else None


def _declared_date(doc: Document) -> str | None:
    """The date the file itself declares, as it was read at import: a PDF's creation date;
    a web page's or text's date field (kept as published, so taken from there when that is
    where it came from); a DOCX's is not kept apart, so its stored date stands in."""
    if doc.kind == "pdf":
        from indexer.extract.pdf import pdf_date  # PyMuPDF: loaded only when needed

        return pdf_date(str((doc.meta or {}).get("creationDate", "")))
    return doc.published if doc.date_source in (None, "metadata") else None
