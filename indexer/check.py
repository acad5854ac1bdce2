"""Verify an archive: database integrity, stored originals and the index agree."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from indexer.filestore import FileStore
from indexer.models import Document
from indexer.paths import ArchivePaths
from indexer.progress import ProgressFn
from indexer.repair import leftovers, size_of, unreferenced_originals
from indexer.search import SearchIndex
from indexer.search.health import verify_index


@dataclass
class CheckReport:
    """What check found; ok when problems is empty."""

    documents: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # harmless findings

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "documents": self.documents, "problems": self.problems,
                "notes": self.notes}


def check_archive(session: Session, files: FileStore, index: SearchIndex,
                  progress: ProgressFn) -> CheckReport:
    """Check the database, every stored file's checksum, and the index contents."""
    report = CheckReport()
    _check_database(session, report)
    docs = session.execute(
        select(Document.id, Document.checksum, Document.original_name, Document.indexed)
    ).all()
    report.documents = len(docs)
    for n, (doc_id, checksum, name, _) in enumerate(docs, start=1):
        problem = files.verify(checksum, name)
        if problem:
            report.problems.append(f"Document {doc_id} ({name}): {problem}.")
        progress(n, len(docs), name)
    if _segments_whole(index, report):
        _check_index(docs, index, report)
    orphans = unreferenced_originals(session, files)
    if orphans:
        report.notes.append(
            f"{len(orphans)} stored original(s) belong to no document (left by an interrupted "
            f"import), e.g. {orphans[0].name}; `dossier check --repair` lists and removes them."
        )
    _check_leftovers(files, report)
    return report


def _segments_whole(index: SearchIndex, report: CheckReport) -> bool:
    """Read every segment of the index: damage there crashes searches that meet it."""
    problem = verify_index(index.directory)
    if problem:
        report.problems.append(problem)
    return problem is None


def _check_leftovers(files: FileStore, report: CheckReport) -> None:
    found = leftovers(ArchivePaths(files.tmp_dir.parent))
    if found:
        megabytes = sum(size_of(p) for p in found) / 1e6
        report.notes.append(
            f"{len(found)} unfinished temporary file(s) or folder(s) ({megabytes:.1f} MB) were "
            "left by interrupted work; `dossier check --repair` removes them.")


def _check_database(session: Session, report: CheckReport) -> None:
    if session.get_bind().dialect.name != "sqlite":
        return  # a team archive's server checks its own pages and enforces references
    result = session.execute(text("PRAGMA integrity_check")).scalar()
    if result != "ok":
        report.problems.append(
            f"The database reports damage: {result}; `dossier check --repair` goes back to the "
            "newest backup and re-imports the originals added since.")
    fk = session.execute(text("PRAGMA foreign_key_check")).all()
    if fk:
        report.problems.append(f"The database has {len(fk)} broken reference(s).")


def _check_index(docs: Sequence[Any], index: SearchIndex, report: CheckReport) -> None:
    in_index = index.indexed_ids()
    in_db = {doc_id for doc_id, _, _, _ in docs}
    missing = in_db - in_index
    stray = in_index - in_db
    unflagged = {doc_id for doc_id, _, _, indexed in docs if not indexed}
    if missing:
        report.problems.append(
            f"{len(missing)} document(s) are missing from the search index "
            f"(e.g. {sorted(missing)[:5]}); run `dossier reindex`."
        )
    if stray:
        report.problems.append(
            f"The search index lists {len(stray)} document(s) that no longer exist; "
            "run `dossier reindex`."
        )
    if unflagged - missing:
        report.notes.append(f"{len(unflagged - missing)} document(s) wait to be re-indexed.")
    if index.doc_count() != len(in_index):
        report.problems.append("The search index holds duplicate entries; run `dossier reindex`.")
