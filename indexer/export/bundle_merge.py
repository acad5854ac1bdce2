"""Merge a checked bundle's records into an archive's database, in the caller's transaction."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from indexer.export.bundle_read import BundleContents
from indexer.export.types import BundleReport, Conflict
from indexer.models import (
    Annotation,
    Collection,
    Document,
    Note,
    Page,
    Tag,
    collection_documents,
    new_uuid,
)
from indexer.records import chunks

Record = dict[str, Any]
FILLABLE = ("source", "author", "published", "year", "language")
MARK_FIELDS = ("kind", "page", "rects", "quote", "prefix", "suffix", "start", "end", "color",
               "comment", "author", "orphaned")


def when(value: str) -> datetime:
    """A bundle timestamp as a naive UTC datetime (as the database keeps them)."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _by(session: Session, column: Any, values: list[str]) -> dict[str, Any]:
    """Rows of column's table whose column value is among values, keyed by that value."""
    entity = column.class_
    found: dict[str, Any] = {}
    for chunk in chunks(values):  # type: ignore[arg-type]
        for row in session.scalars(select(entity).where(column.in_(chunk))):
            found[getattr(row, column.key)] = row
    return found


def unknown_documents(session: Session, contents: BundleContents) -> list[Record]:
    """The bundle's documents this archive holds neither by checksum nor by uuid."""
    docs = contents["documents.json"]
    known_sums = _by(session, Document.checksum, [d["checksum"] for d in docs])
    known_ids = _by(session, Document.uuid, [d["uuid"] for d in docs])
    return [d for d in docs if d["checksum"] not in known_sums and d["uuid"] not in known_ids]


class Merge:
    """One merge: maps bundle uuids to local rows and counts what changed."""

    def __init__(self, session: Session, contents: BundleContents) -> None:
        self.session = session
        self.contents = contents
        self.report = BundleReport()
        self.docs: dict[str, Document] = {}   # bundle document uuid -> local document
        self.tags: dict[str, Tag] = {}        # bundle tag uuid -> local tag

    def run(self) -> BundleReport:
        """Apply every record; the caller commits (or rolls back on error)."""
        self._documents()
        self._tags()
        self._document_tags()
        self._notes()
        self._annotations()
        self._collections()
        return self.report

    def _changed(self, doc: Document) -> None:
        doc.indexed = False  # re-indexed after the commit

    # --- documents ---------------------------------------------------------------------
    def _documents(self) -> None:
        records = self.contents["documents.json"]
        by_sum = _by(self.session, Document.checksum, [d["checksum"] for d in records])
        by_uuid = _by(self.session, Document.uuid, [d["uuid"] for d in records])
        for rec in records:
            doc = by_sum.get(rec["checksum"]) or by_uuid.get(rec["uuid"])
            if doc is None:
                doc = self._new_document(rec)
                self.report.documents_new += 1
            else:
                self.report.documents_matched += 1
                self.report.documents_updated += self._fill_metadata(doc, rec)
            self.docs[rec["uuid"]] = doc

    def _new_document(self, rec: Record) -> Document:
        doc = Document(
            uuid=rec["uuid"], title=rec["title"], kind=rec["kind"], source=rec["source"],
            author=rec["author"], published=rec["published"], year=rec["year"],
            language=rec["language"], checksum=rec["checksum"],
            original_name=rec["original_name"], original_path=rec["original_path"],
            size=rec["size"], page_count=rec["page_count"], text_status=rec["text_status"],
            imported_at=when(rec["imported_at"]), modified_at=when(rec["modified_at"]),
            meta=rec["meta"], date_source=rec.get("date_source"), indexed=False)
        details = rec.get("page_details") or [{} for _ in rec["pages"]]
        doc.pages = [Page(number=n, text=t, language=d.get("language"),
                          text_source=d.get("source"), ocr_confidence=d.get("confidence"),
                          words=d.get("words"))
                     for n, (t, d) in enumerate(zip(rec["pages"], details, strict=True),
                                                start=1)]
        self.session.add(doc)
        return doc

    def _fill_metadata(self, doc: Document, rec: Record) -> bool:
        """Take the fields this archive does not know yet from the bundle (none are lost);
        return whether any was missing."""
        missing = [name for name in FILLABLE
                   if getattr(doc, name) in (None, "") and rec[name] not in (None, "")]
        for name in missing:
            setattr(doc, name, rec[name])
        if "published" in missing:  # and where it came from
            doc.date_source = rec.get("date_source")
        meta = dict(doc.meta or {})
        extra = {k: v for k, v in rec["meta"].items() if k not in meta}
        if extra:
            doc.meta = {**meta, **extra}
        if missing:
            self._changed(doc)
        return bool(missing or extra)

    # --- tags --------------------------------------------------------------------------
    def _tags(self) -> None:
        records = self.contents["tags.json"]
        local = {t.name.casefold(): t for t in self.session.scalars(select(Tag))}
        taken = {t.uuid for t in local.values()}
        for rec in records:
            tag = local.get(rec["name"].casefold())
            if tag is None:
                uuid = rec["uuid"] if rec["uuid"] not in taken else new_uuid()
                tag = Tag(uuid=uuid, name=rec["name"], color=rec["color"],
                          created_at=when(rec["created_at"]))
                self.session.add(tag)
                local[rec["name"].casefold()] = tag
                taken.add(uuid)
                self.report.tags_new += 1
            elif tag.color is None and rec["color"]:
                tag.color = rec["color"]
            self.tags[rec["uuid"]] = tag

    def _document_tags(self) -> None:
        for rec in self.contents["documents.json"]:
            doc = self.docs[rec["uuid"]]
            for tag_uuid in rec["tags"]:
                tag = self.tags[tag_uuid]
                if tag not in doc.tags:
                    doc.tags.append(tag)
                    self._changed(doc)

    # --- notes and annotations -----------------------------------------------------------
    def _notes(self) -> None:
        records = self.contents["notes.json"]
        local = _by(self.session, Note.uuid, [r["uuid"] for r in records])
        for rec in records:
            doc = self.docs[rec["document"]]
            note = local.get(rec["uuid"])
            if note is None:
                doc.notes.append(Note(uuid=rec["uuid"], text=rec["text"],
                                      created_at=when(rec["created_at"]),
                                      modified_at=when(rec["modified_at"])))
                self.report.notes_new += 1
                self._changed(doc)
            elif note.text != rec["text"] and self._newer("note", note, rec, doc):
                note.text, note.modified_at = rec["text"], when(rec["modified_at"])
                self.report.notes_updated += 1
                self._changed(doc)

    def _annotations(self) -> None:
        records = self.contents["annotations.json"]
        local = _by(self.session, Annotation.uuid, [r["uuid"] for r in records])
        for rec in records:
            doc = self.docs[rec["document"]]
            mark = local.get(rec["uuid"])
            if mark is None:
                fields = {k: rec[k] for k in MARK_FIELDS}
                doc.annotations.append(Annotation(
                    uuid=rec["uuid"], created_at=when(rec["created_at"]),
                    modified_at=when(rec["modified_at"]), **fields))
                self.report.annotations_new += 1
                self._changed(doc)
                continue
            differs = any(getattr(mark, k) != rec[k] for k in MARK_FIELDS)
            if differs and self._newer("annotation", mark, rec, doc):
                for key in MARK_FIELDS:
                    setattr(mark, key, rec[key])
                mark.modified_at = when(rec["modified_at"])
                self.report.annotations_updated += 1
                self._changed(doc)

    def _newer(self, what: str, local: Note | Annotation, rec: Record, doc: Document) -> bool:
        """Both sides differ: report the conflict; True when the bundle's version is newer."""
        theirs = when(rec["modified_at"]) > local.modified_at
        self.report.conflicts.append(Conflict(what, rec["uuid"],
                                              "bundle" if theirs else "archive", doc.title))
        return theirs

    # --- collections ---------------------------------------------------------------------
    def _collections(self) -> None:
        self.session.flush()  # new documents need their ids
        for rec in self.contents["collections.json"]:
            collection = self.session.scalar(select(Collection).where(
                Collection.uuid == rec["uuid"]))
            if collection is None:
                collection = self.session.scalar(select(Collection).where(
                    Collection.name == rec["name"]))
            if collection is None:
                collection = self._new_collection(rec)
                self.report.collections_new += 1
                self._add_members(collection, rec)
            elif self._add_members(collection, rec):
                self.report.collections_updated += 1

    def _new_collection(self, rec: Record) -> Collection:
        collection = Collection(uuid=rec["uuid"], name=rec["name"],
                                description=rec["description"],
                                created_at=when(rec["created_at"]),
                                modified_at=when(rec["modified_at"]))
        self.session.add(collection)
        self.session.flush()
        return collection

    def _add_members(self, collection: Collection, rec: Record) -> int:
        table = collection_documents
        present = set(self.session.scalars(select(table.c.document_id).where(
            table.c.collection_id == collection.id)))
        position = int(self.session.scalar(select(func.coalesce(func.max(table.c.position), -1))
                                           .where(table.c.collection_id == collection.id))
                       or 0)
        added = 0
        for doc_uuid in rec["documents"]:
            doc_id = self.docs[doc_uuid].id
            if doc_id in present:
                continue
            position += 1
            self.session.execute(insert(table).values(collection_id=collection.id,
                                                      document_id=doc_id, position=position))
            present.add(doc_id)
            added += 1
        return added
