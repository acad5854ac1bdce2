"""What an export is asked for and what it reports: selections, reports and export errors."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer.errors import DossierError


class ExportError(DossierError):
    """An export could not be started or written."""


class BundleRefused(DossierError):
    """A bundle was not imported because it is broken, hostile or too new; nothing changed."""


@dataclass(frozen=True)
class ExportSelection:
    """Which documents to export: exactly one of ids, a collection, a tag or a search query."""

    ids: tuple[int, ...] = ()
    collection: str | None = None
    tag: str | None = None          # the tag and its sub-tags
    query: str | None = None        # every result, not only the first page

    def label(self) -> str:
        """A short human name for the selection (report titles, default file names)."""
        if self.collection:
            return self.collection
        if self.tag:
            return f"Tag {self.tag}"
        if self.query:
            return f"Search “{self.query}”"
        if len(self.ids) == 1:
            return f"Document {self.ids[0]}"
        return f"{len(self.ids)} documents"


@dataclass(frozen=True)
class Skipped:
    """A document that could not be exported, and why (one sentence)."""

    id: int
    title: str
    reason: str


@dataclass
class ExportReport:
    """The files an export wrote and the documents it had to leave out."""

    format: str
    documents: int = 0
    annotations: int = 0
    written: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the `export --json` contract)."""
        return {
            "format": self.format, "documents": self.documents,
            "annotations": self.annotations, "written": [str(p) for p in self.written],
            "skipped": [{"id": s.id, "title": s.title, "reason": s.reason}
                        for s in self.skipped],
        }


@dataclass(frozen=True)
class Conflict:
    """A note or annotation changed in both archives: the newer one was kept."""

    what: str          # "note" | "annotation"
    uuid: str
    kept: str          # "bundle" | "archive"
    document: str      # title of its document

    def to_json(self) -> dict[str, str]:
        return {"what": self.what, "uuid": self.uuid, "kept": self.kept,
                "document": self.document}


@dataclass
class BundleReport:
    """What merging a bundle changed: new and updated records, matches, and conflicts."""

    documents_new: int = 0
    documents_matched: int = 0
    documents_updated: int = 0      # matched documents given metadata they lacked
    tags_new: int = 0
    notes_new: int = 0
    notes_updated: int = 0
    annotations_new: int = 0
    annotations_updated: int = 0
    collections_new: int = 0
    collections_updated: int = 0
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def new(self) -> int:
        """Records added to the archive."""
        return (self.documents_new + self.tags_new + self.notes_new + self.annotations_new
                + self.collections_new)

    @property
    def changed(self) -> int:
        """Records added or updated: 0 when the archive already held everything."""
        return (self.new + self.documents_updated + self.notes_updated
                + self.annotations_updated + self.collections_updated)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        counts = {name: getattr(self, name) for name in (
            "documents_new", "documents_matched", "documents_updated", "tags_new", "notes_new",
            "notes_updated", "annotations_new", "annotations_updated", "collections_new",
            "collections_updated")}
        return {**counts, "new": self.new, "changed": self.changed,
                "conflicts": [c.to_json() for c in self.conflicts]}

    def summary(self) -> str:
        """One line for a terminal or a status bar."""
        return (f"{self.documents_new} new document(s) ({self.documents_matched} already here), "
                f"{self.tags_new} tag(s), {self.notes_new} note(s), "
                f"{self.annotations_new} annotation(s), {self.collections_new} collection(s) "
                f"added; {self.changed - self.new} updated; "
                f"{len(self.conflicts)} conflict(s)")
