"""`dossier migrate`: copy one archive into another (a folder into a team archive or back),
keeping every record's UUID; running it again copies only what is new (idempotent)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from indexer.archive import Archive
from indexer.models import (
    Annotation,
    Base,
    Collection,
    Document,
    Note,
    Page,
    SavedSearch,
    Tag,
    collection_documents,
    document_tags,
)
from indexer.progress import CancelFn, ProgressFn, check_cancel, never_cancel, no_progress
from indexer.records import chunks


@dataclass
class MigrationReport:
    """What was copied (new records) and what was already there."""

    copied: dict[str, int] = field(default_factory=dict)
    present: dict[str, int] = field(default_factory=dict)
    newer_kept: list[str] = field(default_factory=list)  # edits in both: the newer one won

    def count(self, kind: str, new: bool) -> None:
        target = self.copied if new else self.present
        target[kind] = target.get(kind, 0) + 1

    def summary(self) -> str:
        parts = [f"{n} {kind}" for kind, n in sorted(self.copied.items())]
        already = sum(self.present.values())
        return (f"Copied {', '.join(parts) or 'nothing new'}; {already} record(s) were "
                f"already there.")


def _values(obj: Base, skip: tuple[str, ...] = ("id",)) -> dict[str, Any]:
    table = obj.__table__  # type: ignore[attr-defined]
    return {c.key: getattr(obj, c.key) for c in table.columns if c.key not in skip}


def migrate(source: Archive, dest: Archive, progress: ProgressFn = no_progress,
            cancel: CancelFn = never_cancel) -> MigrationReport:
    """Copy every document (with its original, pages, tags, notes, marks), collection and
    saved search of source into dest, matched by UUID (documents also by checksum, tags,
    collections and saved searches also by name); then index what came."""
    report = MigrationReport()
    with source.sessions() as src:
        tags = _copy_named(src, dest, Tag, report, "tag(s)")
        ids = list(src.scalars(select(Document.id).order_by(Document.id)))
        doc_map: dict[int, int] = {}
        for done, chunk in enumerate(chunks(ids, 100)):  # a transaction per chunk
            check_cancel(cancel)
            doc_map.update(_copy_documents(src, source, dest, list(chunk), tags, report))
            progress(min((done + 1) * 100, len(ids)), len(ids), "copying documents")
        _copy_named(src, dest, SavedSearch, report, "saved search(es)")
        collections = _copy_named(src, dest, Collection, report, "collection(s)")
        _copy_members(src, dest, collections, doc_map)
    dest.sync_index(progress, cancel)
    return report


def _copy_named(src: Session, dest: Archive, model: Any, report: MigrationReport,
                kind: str) -> dict[int, int]:
    """Rows matched by uuid, else by name; inserted when absent. Returns source id -> dest id."""
    mapping: dict[int, int] = {}
    with dest._writing() as dst:
        by_uuid = {u: i for i, u in dst.execute(select(model.id, model.uuid))}
        by_name = {n: i for i, n in dst.execute(select(model.id, model.name))}
        for row in src.scalars(select(model)):
            found = by_uuid.get(row.uuid) or by_name.get(row.name)
            report.count(kind, found is None)
            if found is None:
                found = dst.execute(insert(model).values(**_values(row))
                                    .returning(model.id)).scalar_one()
            mapping[row.id] = found
    return mapping


def _copy_documents(src: Session, source: Archive, dest: Archive, ids: list[int],
                    tags: dict[int, int], report: MigrationReport) -> dict[int, int]:
    """One chunk of documents with everything attached to them."""
    mapping: dict[int, int] = {}
    docs = src.scalars(select(Document).where(Document.id.in_(ids))).all()
    for doc in docs:  # originals first: a document never points at a missing file
        stored = source.files.path_for(doc.checksum, doc.original_name)
        if stored.exists():
            dest.files.put_new(stored, doc.checksum)  # same checksum, same suffix
    with dest._writing() as dst:
        for doc in docs:
            found = dst.scalar(select(Document.id).where(
                (Document.uuid == doc.uuid) | (Document.checksum == doc.checksum)))
            report.count("document(s)", found is None)
            if found is None:
                found = _insert_document(src, dst, doc)
            mapping[doc.id] = found
        _copy_tag_links(src, dst, mapping, tags)
        for model, kind in ((Note, "note(s)"), (Annotation, "mark(s)")):
            _copy_by_uuid(src, dst, model, mapping, report, kind)
    return mapping


def _insert_document(src: Session, dst: Session, doc: Document) -> int:
    values = _values(doc)
    values["indexed"] = False
    new_id = dst.execute(insert(Document).values(**values).returning(Document.id)).scalar_one()
    pages = src.scalars(select(Page).where(Page.document_id == doc.id)).all()
    if pages:
        dst.execute(insert(Page), [{**_values(p), "document_id": new_id} for p in pages])
    return new_id


def _copy_tag_links(src: Session, dst: Session, mapping: dict[int, int],
                    tags: dict[int, int]) -> None:
    links = src.execute(select(document_tags).where(
        document_tags.c.document_id.in_(list(mapping)))).all()
    have = set(dst.execute(select(document_tags.c.document_id, document_tags.c.tag_id).where(
        document_tags.c.document_id.in_(list(mapping.values())))).all())
    new = {(mapping[d], tags[t]) for d, t in links} - {tuple(h) for h in have}
    if new:
        dst.execute(insert(document_tags), [{"document_id": d, "tag_id": t} for d, t in new])


def _copy_by_uuid(src: Session, dst: Session, model: Any, mapping: dict[int, int],
                  report: MigrationReport, kind: str) -> None:
    """Notes or marks: absent ones inserted; present ones take the source's text when the
    source's is newer (as bundles merge)."""
    rows = src.scalars(select(model).where(model.document_id.in_(list(mapping)))).all()
    present = {r.uuid: r for r in dst.scalars(select(model).where(
        model.uuid.in_([r.uuid for r in rows])))}
    for row in rows:
        there = present.get(row.uuid)
        report.count(kind, there is None)
        if there is None:
            dst.execute(insert(model).values(**{**_values(row, ("id", "version")),
                                                "document_id": mapping[row.document_id]}))
        elif row.modified_at > there.modified_at:
            for key, value in _values(row, ("id", "document_id", "version", "uuid")).items():
                setattr(there, key, value)
            report.newer_kept.append(f"{kind[:-3]} {row.uuid}")


def _copy_members(src: Session, dest: Archive, collections: dict[int, int],
                  doc_map: dict[int, int]) -> None:
    members = src.execute(select(collection_documents)).all()
    with dest._writing() as dst:
        have = {(c, d) for c, d, _ in dst.execute(select(collection_documents)).all()}
        new = [{"collection_id": collections[c], "document_id": doc_map[d], "position": p}
               for c, d, p in members
               if c in collections and d in doc_map and (collections[c], doc_map[d]) not in have]
        if new:
            dst.execute(insert(collection_documents), new)
