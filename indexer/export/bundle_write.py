"""The `bundle` format: a `.dossier` zip of originals and every record, checksummed, to merge
into another archive."""
from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.export.bundle_format import (
    BUNDLE_VERSION,
    FORMAT_NAME,
    MANIFEST,
    original_member,
    stamp,
)
from indexer.export.gather import ExportDoc
from indexer.export.job import DocStream, ExportJob
from indexer.export.types import ExportError, ExportReport, Skipped
from indexer.migrations import SCHEMA_VERSION
from indexer.models import Collection, Tag, collection_documents
from indexer.progress import check_cancel
from indexer.records import chunks

_CHUNK = 1 << 20
# Already-compressed formats are stored as they are: deflating them again costs time for nothing.
_STORED = {".pdf", ".docx", ".zip", ".png", ".jpg", ".jpeg", ".gz"}


class _Writer:
    """Adds members to the zip and remembers each one's checksum and size."""

    def __init__(self, archive: zipfile.ZipFile, when: tuple[int, ...]) -> None:
        self.archive = archive
        self.when = when
        self.files: dict[str, dict[str, Any]] = {}

    def _info(self, name: str, compress: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self.when)  # type: ignore[arg-type]
        info.compress_type = compress
        return info

    def add_json(self, name: str, data: Any) -> None:
        raw = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        self.archive.writestr(self._info(name, zipfile.ZIP_DEFLATED), raw)
        self.files[name] = {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}

    def add_original(self, doc: ExportDoc) -> str:
        """Copy a stored original in; return its member name. Raises ExportError if damaged."""
        name = original_member(doc.checksum, doc.stored_path.name)
        if name in self.files:
            return name
        stored = doc.stored_path.suffix.lower() in _STORED
        info = self._info(name, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
        digest, size = hashlib.sha256(), 0
        with open(doc.stored_path, "rb") as src, \
                self.archive.open(info, "w", force_zip64=doc.size > (1 << 31)) as dst:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
        if digest.hexdigest() != doc.checksum:
            raise ExportError(f"The stored original of “{doc.title}” is damaged (its checksum "
                              "differs); run `dossier check`.")
        self.files[name] = {"sha256": doc.checksum, "size": size}
        return name


def document_record(doc: ExportDoc, member: str, tag_uuids: dict[str, str]) -> dict[str, Any]:
    """Everything about a document, its page texts included."""
    return {
        "uuid": doc.uuid, "title": doc.title, "kind": doc.kind, "source": doc.source,
        "author": doc.author, "published": doc.published, "year": doc.year,
        "language": doc.language, "checksum": doc.checksum, "original_name": doc.original_name,
        "original_path": doc.original_path, "size": doc.size, "page_count": doc.page_count,
        "text_status": doc.text_status, "imported_at": stamp(doc.imported_at),
        "modified_at": stamp(doc.modified_at), "meta": doc.meta,
        "tags": [tag_uuids[t] for t in doc.tags if t in tag_uuids],
        "pages": list(doc.pages or ()), "original": member,
        "date_source": doc.date_source,
        "page_details": [{"language": d.language, "source": d.source,
                          "confidence": d.confidence, "words": doc.page_words.get(number)}
                         for number, d in enumerate(doc.page_details, start=1)],
    }


def _notes(doc: ExportDoc) -> list[dict[str, Any]]:
    return [{"uuid": n.uuid, "document": doc.uuid, "text": n.text,
             "created_at": stamp(n.created_at), "modified_at": stamp(n.modified_at)}
            for n in doc.notes]


def _marks(doc: ExportDoc) -> list[dict[str, Any]]:
    return [{"uuid": m.uuid, "document": doc.uuid, "kind": m.kind, "page": m.page,
             "rects": [list(r) for r in m.rects], "quote": m.quote, "prefix": m.prefix,
             "suffix": m.suffix, "start": m.start, "end": m.end, "color": m.color,
             "comment": m.comment, "author": m.author, "orphaned": m.orphaned,
             "created_at": stamp(m.created_at), "modified_at": stamp(m.modified_at)}
            for m in doc.marks]


def _tags(session: Session) -> dict[str, Tag]:
    return {t.name: t for t in session.scalars(select(Tag))}


def _collections(session: Session, ids: Sequence[int], uuids: dict[int, str]
                 ) -> list[dict[str, Any]]:
    """The collections holding exported documents, with those members only, in order."""
    members: dict[int, list[tuple[int, int]]] = {}
    for chunk in chunks(list(ids)):
        for cid, did, pos in session.execute(select(
                collection_documents.c.collection_id, collection_documents.c.document_id,
                collection_documents.c.position).where(
                    collection_documents.c.document_id.in_(chunk))):
            members.setdefault(cid, []).append((pos or 0, did))
    out = []
    for c in session.scalars(select(Collection).where(Collection.id.in_(list(members)))):
        order = [uuids[d] for _, d in sorted(members[c.id])]
        out.append({"uuid": c.uuid, "name": c.name, "description": c.description,
                    "created_at": stamp(c.created_at), "modified_at": stamp(c.modified_at),
                    "documents": order})
    return sorted(out, key=lambda c: c["name"])


def write_bundle(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write the documents, their originals and every related record to the zip job.out."""
    report = ExportReport("bundle", written=[job.out])
    part = job.out.with_name(job.out.name + ".part")
    job.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            writer = _Writer(archive, job.created.timetuple()[:6])
            _fill(job, docs, writer, report)
        os.replace(part, job.out)
    finally:
        part.unlink(missing_ok=True)
    return report


def _fill(job: ExportJob, docs: DocStream, writer: _Writer, report: ExportReport) -> None:
    with job.sessions() as session:
        tags = _tags(session)
    tag_uuids = {name: t.uuid for name, t in tags.items()}
    records: dict[str, list[dict[str, Any]]] = {"documents.json": [], "notes.json": [],
                                                "annotations.json": []}
    used_tags: set[str] = set()
    exported: dict[int, str] = {}
    for done, doc in enumerate(docs, start=1):
        check_cancel(job.cancel)
        if not doc.stored_path.is_file():
            report.skipped.append(Skipped(doc.id, doc.title, "its stored original is missing "
                                                            "(run `dossier check`)"))
            continue
        member = writer.add_original(doc)
        records["documents.json"].append(document_record(doc, member, tag_uuids))
        records["notes.json"] += _notes(doc)
        records["annotations.json"] += _marks(doc)
        used_tags.update(doc.tags)
        exported[doc.id] = doc.uuid
        report.documents += 1
        report.annotations += len(doc.marks)
        job.progress(done, job.total, doc.title)
    with job.sessions() as session:
        records["collections.json"] = _collections(session, list(exported), exported)
    records["tags.json"] = [
        {"uuid": tags[n].uuid, "name": n, "color": tags[n].color,
         "created_at": stamp(tags[n].created_at)} for n in sorted(used_tags) if n in tags]
    for name, data in records.items():
        writer.add_json(name, data)
    writer.add_json(MANIFEST, _manifest(job, records, writer.files))


def _manifest(job: ExportJob, records: dict[str, list[dict[str, Any]]],
              files: dict[str, dict[str, Any]]) -> dict[str, Any]:
    counts = {name.removesuffix(".json"): len(data) for name, data in records.items()}
    counts["originals"] = sum(1 for n in files if n.startswith("originals/"))
    return {"format": FORMAT_NAME, "bundle_version": BUNDLE_VERSION,
            "schema_version": SCHEMA_VERSION, "created": stamp(job.created) + "Z",
            "name": job.name, "generator": "Dossier", "counts": counts,
            "files": dict(files)}
