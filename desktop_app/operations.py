"""Small operations over the Archive that the GUI runs in tasks (plain Python, no Qt)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from indexer.archive import Archive
from indexer.collections import CollectionRow
from indexer.errors import DossierError, NoteConflict
from indexer.rows import DocumentDetail, DocumentRow, NoteRow

FIELDS = ("title", "author", "source", "published", "language")


@dataclass(frozen=True)
class Opened:
    """What the reader and the side panel need to show one document."""

    detail: DocumentDetail
    page_texts: list[str]
    terms: frozenset[str]
    page: int | None = None

    @property
    def stored_path(self) -> Path:
        return Path(self.detail.stored_path)


def open_document(archive: Archive, doc_id: int, query: str = "",
                  page: int | None = None) -> Opened:
    """Load a document for reading; terms are the words query matches (for highlighting)."""
    terms = archive.query_terms(query, doc_id) if query.strip() else frozenset()
    return Opened(archive.document(doc_id), archive.page_texts(doc_id), terms, page)


def set_field(archive: Archive, doc_id: int, name: str, value: str) -> DocumentRow:
    """Store one metadata field (empty means unknown; a title cannot be empty)."""
    if name not in FIELDS:
        raise DossierError(f"“{name}” cannot be edited.")
    text = value.strip()
    if name == "title" and not text:
        raise DossierError("A document needs a title.")
    return archive.update_metadata(doc_id, **{name: text or None})


def add_tag(archive: Archive, doc_ids: Sequence[int], name: str) -> list[DocumentRow]:
    """Tag documents; returns their rows afterwards (what the write says it changed)."""
    return list(archive.tag_documents(doc_ids, [name]).edited)


def remove_tags(archive: Archive, doc_id: int, names: Sequence[str]) -> DocumentRow:
    """Untag a document; returns its row afterwards."""
    archive.remove_tags(doc_id, names)
    return archive.document(doc_id).row


def rename_collection(archive: Archive, collection_id: int, name: str) -> CollectionRow:
    """Rename a collection (it keeps its identity)."""
    return archive.rename_collection(collection_id, name)


def store_note(archive: Archive, doc_id: int, text: str, base_version: int | None = None
               ) -> tuple[int, NoteRow | NoteConflict | None]:
    """Save the document's note: add it the first time, then update it; empty text deletes it.
    With base_version (the version the text was edited from), a note someone else saved
    since is not overwritten: the NoteConflict (with both texts) is returned instead.

    Deciding here, in the single writer, keeps two quick saves from adding two notes.
    """
    notes = archive.document(doc_id).notes
    if notes:
        if text.strip():
            try:
                return doc_id, archive.update_note(doc_id, notes[0].id, text, base_version)
            except NoteConflict as conflict:
                return doc_id, conflict
        archive.delete_note(doc_id, notes[0].id)
        return doc_id, None
    return doc_id, (archive.add_note(doc_id, text) if text.strip() else None)
