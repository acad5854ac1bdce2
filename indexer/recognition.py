"""Recovered page texts in the database: which pages need recovery, storing them, and
bringing a document up to date afterwards (marks re-anchored, status, language, title)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from indexer.annotations import reanchor_all
from indexer.extract.ocr import SOURCE_PDF, PageText
from indexer.extract.pdf import is_junk_title, title_from_words
from indexer.extract.types import TEXT_OK
from indexer.language import detect_language
from indexer.models import Document, Page
from indexer.textquality import assess_text, garbled_share, page_status
from indexer.word_boxes import word_rects


@dataclass
class OcrReport:
    """What a recovery run did: pages per source, failures, and why pages were left."""

    documents: list[int] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)  # source -> pages stored
    failed: list[tuple[int, int, str]] = field(default_factory=list)  # (doc, page, reason)
    left: int = 0          # pages that still need OCR (no Tesseract)
    missing: str | None = None  # the sentence saying how to install Tesseract
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"documents": self.documents, "pages": self.pages,
                "failed": [{"id": d, "page": p, "error": e} for d, p, e in self.failed],
                "left": self.left, "missing": self.missing, "cancelled": self.cancelled}


@dataclass(frozen=True)
class PagePlan:
    """A document's pages to recover, and what the reader needs to know about it."""

    doc_id: int
    pages: tuple[int, ...]
    language: str | None


def page_needs_recovery(text: str) -> bool:
    """True for a page with no text, or with garbled words that a repair or OCR may fix."""
    return page_status(text) != TEXT_OK or garbled_share(text) > 0


def plan(session: Session, doc_ids: Sequence[int], force: bool) -> list[PagePlan]:
    """For each PDF among doc_ids, the pages to recover: those whose own text layer is
    missing or garbled (and not yet recovered), every page with force."""
    plans = []
    for doc_id in doc_ids:
        doc = session.get(Document, doc_id)
        if doc is None or doc.kind != "pdf":
            continue
        rows = session.execute(select(Page.number, Page.text, Page.text_source)
                               .where(Page.document_id == doc_id).order_by(Page.number))
        pages = tuple(n for n, text, source in rows
                      if force or (source is None and page_needs_recovery(text)))
        if pages:
            trusted = doc.language if doc.text_status == TEXT_OK else None
            plans.append(PagePlan(doc_id, pages, trusted))
    return plans


def archive_languages(session: Session) -> list[str]:
    """The languages of the archive's documents, commonest first."""
    rows = session.execute(select(Document.language, func.count()).where(
        Document.language.is_not(None)).group_by(Document.language)
        .order_by(func.count().desc()))
    return [str(language) for language, _ in rows]


def store_page(session: Session, doc_id: int, found: PageText) -> bool:
    """Write a recovered page's text, source, confidence and words; False (nothing written)
    for a page that came back as the file's own text."""
    if found.source == SOURCE_PDF:
        return False
    page = session.scalar(select(Page).where(Page.document_id == doc_id,
                                             Page.number == found.number))
    if page is None:
        return False
    page.text, page.text_source = found.text, found.source
    page.ocr_confidence, page.words = found.confidence, found.words
    return True


def finish_document(session: Session, doc: Document, stored: Path,
                    first_page_height: float | None) -> int:
    """After pages changed: re-anchor marks (boxes from recovered words), judge the text,
    detect the language and give a real title where the title was the file name.
    Returns the number of orphaned marks."""
    pages = sorted(doc.pages, key=lambda p: p.number)
    texts = [p.text for p in pages]
    orphans = reanchor_all(session, doc, stored, texts)
    words = {p.number: p.words for p in pages if p.text_source}
    for mark in doc.annotations:
        if mark.page in words and mark.start is not None and mark.end is not None:
            mark.rects = word_rects(words[mark.page] or [], texts[mark.page - 1], mark.start,
                                    mark.end)
    was_ok = doc.text_status == TEXT_OK
    doc.text_status = assess_text(texts)
    if doc.language is None or not was_ok:
        doc.language = detect_language("\n".join(texts)) or doc.language
    if _title_is_file_name(doc) and 1 in words and first_page_height:
        title = title_from_words(words[1] or [], first_page_height)
        if title:
            doc.title = title
    doc.indexed = False
    return orphans


def _title_is_file_name(doc: Document) -> bool:
    return doc.title.strip() in ("", Path(doc.original_name).stem) or is_junk_title(doc.title)
