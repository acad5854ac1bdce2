"""Sending the offline queue: each queued change merged into the server by UUID with the rules
bundles use: a change made on both sides keeps the newer and is reported, nothing is lost."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.export.bundle_merge import MARK_FIELDS
from indexer.export.types import Conflict
from indexer.models import Annotation, Document, Note, utcnow
from indexer.tags import get_or_create_tags
from indexer.team.queue import Entry

Record = Note | Annotation


@dataclass
class MergeReport:
    """What the queue brought to the server."""

    sent: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    set_aside: list[dict[str, Any]] = field(default_factory=list)  # kept in the desk's file


def plan(entries: list[Entry]) -> list[tuple[Entry, str | None]]:
    """The entries to apply: per note or mark its last change, with the server version it
    was first edited from; tag changes in order."""
    first_base: dict[tuple[str, str], str | None] = {}
    last: dict[tuple[str, str], Entry] = {}
    tags: list[Entry] = []
    for entry in entries:
        if entry.kind == "tag":
            tags.append(entry)
            continue
        key = (entry.kind, entry.key)
        first_base.setdefault(key, entry.base)
        last[key] = entry
    records = sorted(last.values(), key=lambda e: e.id)
    return [(e, first_base[(e.kind, e.key)]) for e in records] + [(t, None) for t in tags]


def send(server: Session, cache: Session, entries: list[Entry]) -> MergeReport:
    """Apply the queue to the server in the caller's transaction."""
    report = MergeReport()
    for entry, base in plan(entries):
        doc = server.scalar(select(Document).where(Document.uuid == entry.document_uuid))
        if doc is None:
            _orphan(cache, entry, report)
            continue
        if entry.kind == "tag":
            _tag(server, doc, entry)
        else:
            _record(server, cache, doc, entry, base, report)
        report.sent += 1
    return report


def _model(kind: str) -> Any:
    """Note or Annotation (typed loosely: both have uuid, document_id and modified_at)."""
    return Note if kind == "note" else Annotation


def _tag(server: Session, doc: Document, entry: Entry) -> None:
    names = {t.name.lower() for t in doc.tags}
    if entry.op == "tag" and entry.key.lower() not in names:
        doc.tags.extend(get_or_create_tags(server, [entry.key]))
    elif entry.op == "untag":
        doc.tags = [t for t in doc.tags if t.name.lower() != entry.key.lower()]


def _record(server: Session, cache: Session, doc: Document, entry: Entry, base: str | None,
            report: MergeReport) -> None:
    model = _model(entry.kind)
    theirs: Record | None = server.scalar(select(model).where(model.uuid == entry.key))
    mine: Record | None = cache.scalar(select(model).where(model.uuid == entry.key))
    changed_there = theirs is not None and base is not None and _version(theirs) != base
    if entry.op == "delete" or mine is None:
        if theirs is None:
            return
        if changed_there and theirs.modified_at > entry.at:  # edited there after our delete
            report.conflicts.append(Conflict(entry.kind, entry.key, "server", doc.title))
            return
        server.delete(theirs)
        return
    if theirs is None:
        doc_values = _values(mine)
        server.add(model(uuid=mine.uuid, document_id=doc.id, **doc_values))
        return
    if not _differs(theirs, mine):
        return
    if changed_there:
        newer = mine.modified_at > theirs.modified_at
        report.conflicts.append(Conflict(entry.kind, entry.key, "desk" if newer else "server",
                                         doc.title))
        report.set_aside.append({"what": entry.kind, "uuid": entry.key, "document": doc.title,
                                 "kept": "desk" if newer else "server",
                                 "other": _values(theirs if newer else mine)})
        if not newer:
            return
    for key, value in _values(mine).items():
        setattr(theirs, key, value)


def _version(record: Record) -> str:
    if isinstance(record, Note):
        return str(record.version)
    return record.modified_at.isoformat()


def _fields(kind: type[Record]) -> tuple[str, ...]:
    if kind is Note:
        return ("text", "author", "created_at", "modified_at")
    return (*MARK_FIELDS, "created_at", "modified_at")


def _values(record: Record) -> dict[str, Any]:
    return {k: getattr(record, k) for k in _fields(type(record))}


def _differs(a: Record, b: Record) -> bool:
    return any(getattr(a, k) != getattr(b, k) for k in _fields(type(a)) if k != "modified_at")


def _orphan(cache: Session, entry: Entry, report: MergeReport) -> None:
    """The document was deleted on the server: the note or mark is set aside, not lost."""
    if entry.kind == "tag":
        return
    model = _model(entry.kind)
    mine: Record | None = cache.scalar(select(model).where(model.uuid == entry.key))
    if mine is not None:
        report.set_aside.append({"what": entry.kind, "uuid": entry.key, "document": None,
                                 "kept": "neither: its document was deleted",
                                 "other": _values(mine)})


def keep_set_aside(path: Path, report: MergeReport) -> None:
    """Append what the merge did not keep to the desk's file of set-aside texts."""
    if not report.set_aside:
        return
    with open(path, "a", encoding="utf-8") as fh:
        for item in report.set_aside:
            fh.write(json.dumps({"at": utcnow().isoformat(), **item}, default=_plain,
                                ensure_ascii=False) + "\n")


def _plain(value: object) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)
