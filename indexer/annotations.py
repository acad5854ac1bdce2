"""Annotations: marks anchored to a document's text, kept in the database, never in the file."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.anchoring import Anchor, anchor, find_quote, reanchor
from indexer.errors import DossierError, NotFound
from indexer.models import Annotation, Document, Page, utcnow
from indexer.pdf_geometry import quote_rects
from indexer.word_boxes import stored_word_rects

# Zotero's highlight palette: names users type, colours other readers show.
COLORS = {"yellow": "#ffd400", "red": "#ff6666", "green": "#5fb236", "blue": "#2ea8e5",
          "purple": "#a28ae5", "magenta": "#e56eee", "orange": "#f19837", "gray": "#aaaaaa"}
KINDS = ("highlight", "underline", "strike", "note")


@dataclass(frozen=True)
class AnnotationRow:
    """One mark, as the CLI and the GUI see it."""

    id: int
    uuid: str
    document_id: int
    kind: str
    page: int | None
    rects: list[list[float]]
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    color: str
    comment: str
    orphaned: bool
    author: str | None = None

    @classmethod
    def of(cls, a: Annotation) -> AnnotationRow:
        return cls(a.id, a.uuid, a.document_id, a.kind, a.page, list(a.rects or []), a.quote,
                   a.prefix, a.suffix, a.start, a.end, a.color, a.comment, a.orphaned,
                   a.author)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def color_value(name: str) -> str:
    """A colour name from COLORS or a #rrggbb value. Raises DossierError otherwise."""
    value = COLORS.get(name.lower(), name)
    if not (value.startswith("#") and len(value) == 7):
        raise DossierError(f"“{name}” is not a colour; use one of {', '.join(COLORS)} "
                           "or #rrggbb.")
    return value


def _page_text(session: Session, doc: Document, page: int) -> str:
    text = session.scalar(select(Page.text).where(Page.document_id == doc.id,
                                                  Page.number == page))
    if text is None:
        raise NotFound(f"Document {doc.id} has no page {page} (it has {doc.page_count}).")
    return text


def add_annotation(session: Session, doc: Document, stored: Path, page: int, *,
                   quote: str | None = None, start: int | None = None, end: int | None = None,
                   kind: str = "highlight", color: str = "yellow", comment: str = "",
                   rects: list[list[float]] | None = None) -> AnnotationRow:
    """Mark a passage of a page, given by its quote (first occurrence) or by offsets.

    Raises NotFound for a missing page and DossierError if the quote is not on the page.
    """
    if kind not in KINDS:
        raise DossierError(f"“{kind}” is not a kind of mark; use one of {', '.join(KINDS)}.")
    text = _page_text(session, doc, page)
    place = _locate(text, page, quote, start, end)
    if rects is None and doc.kind == "pdf" and place.end > place.start:
        rects = stored_word_rects(session, doc.id, page, place.start, place.end)
        if rects is None:  # the page's text is the file's own: its boxes are in the file
            rects = quote_rects(stored, page, text, place.start, place.end)
    mark = Annotation(document_id=doc.id, kind=kind, page=page, rects=rects or [],
                      quote=text[place.start:place.end], prefix=place.prefix,
                      suffix=place.suffix, start=place.start, end=place.end,
                      color=color_value(color), comment=comment)
    session.add(mark)
    session.flush()
    return AnnotationRow.of(mark)


def _locate(text: str, page: int, quote: str | None, start: int | None, end: int | None
            ) -> Anchor:
    if start is not None and end is not None:
        if not 0 <= start <= end <= len(text):
            raise DossierError(f"Characters {start}–{end} are not on page {page}.")
        return anchor(text, page, start, end)
    if not quote or not quote.strip():
        raise DossierError("Give the text to mark.")
    span = find_quote(text, quote)
    if span is None:
        raise DossierError(f"“{quote}” is not on page {page}.")
    return anchor(text, page, *span)


def list_annotations(session: Session, doc_id: int) -> list[AnnotationRow]:
    """A document's marks in page order (orphans last)."""
    marks = session.scalars(select(Annotation).where(Annotation.document_id == doc_id))
    rows = [AnnotationRow.of(a) for a in marks]
    return sorted(rows, key=lambda r: (r.orphaned, r.page or 0, r.start or 0, r.id))


def get_annotation(session: Session, annotation_id: int) -> Annotation:
    """The annotation with this id. Raises NotFound."""
    mark = session.get(Annotation, annotation_id)
    if mark is None:
        raise NotFound(f"There is no annotation with id {annotation_id}.")
    return mark


def update_annotation(session: Session, annotation_id: int, *, color: str | None = None,
                      comment: str | None = None, kind: str | None = None) -> AnnotationRow:
    """Recolour, re-comment or change the kind of a mark."""
    mark = get_annotation(session, annotation_id)
    if color is not None:
        mark.color = color_value(color)
    if comment is not None:
        mark.comment = comment
    if kind is not None:
        if kind not in KINDS:
            raise DossierError(f"“{kind}” is not a kind of mark.")
        mark.kind = kind
    mark.modified_at = utcnow()
    session.flush()
    return AnnotationRow.of(mark)


def reanchor_all(session: Session, doc: Document, stored: Path, pages: list[str]) -> int:
    """Place every mark of a document again in new page texts; return how many are orphaned."""
    orphans = 0
    for mark in doc.annotations:
        if not mark.quote:
            continue  # a sticky note pinned to a spot has no text to follow
        found = reanchor(pages, mark.quote, mark.page, mark.start, mark.prefix, mark.suffix)
        if found is None:
            mark.orphaned = True
            orphans += 1
            continue
        moved = (found.page, found.start) != (mark.page, mark.start)
        mark.page, mark.start, mark.end = found.page, found.start, found.end
        mark.prefix, mark.suffix, mark.orphaned = found.prefix, found.suffix, False
        if moved and doc.kind == "pdf":
            mark.rects = quote_rects(stored, found.page, pages[found.page - 1], found.start,
                                     found.end)
    return orphans
