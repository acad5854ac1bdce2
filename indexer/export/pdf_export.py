"""The `pdf` format: each document as a PDF carrying its marks as standard annotations."""
from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pymupdf

from indexer.export.gather import ExportDoc, MarkData
from indexer.export.job import DocStream, ExportJob
from indexer.export.naming import UniqueNames
from indexer.export.pdf_marks import MarkWriter, add_text_layer, count_quote
from indexer.export.rendition import header_text, render
from indexer.export.types import ExportError, ExportReport, Skipped
from indexer.progress import check_cancel

log = logging.getLogger(__name__)

ENCRYPTED = ("its original is encrypted with a password, which Dossier does not keep, so its "
             "marks cannot be written into a copy")


def write_pdfs(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write one annotated PDF per document into the folder job.out."""
    job.out.mkdir(parents=True, exist_ok=True)
    names = UniqueNames(job.out)
    report = ExportReport("pdf")
    for done, doc in enumerate(docs, start=1):
        check_cancel(job.cancel)
        dest = names.path(doc.title, ".pdf")
        try:
            report.annotations += export_pdf(doc, dest)
        except ExportError as exc:
            report.skipped.append(Skipped(doc.id, doc.title, str(exc)))
        except Exception as exc:  # a damaged file costs only its own export
            log.exception("PDF export failed for document %d", doc.id)
            report.skipped.append(Skipped(doc.id, doc.title, f"it could not be written: {exc}"))
        else:
            report.written.append(dest)
            report.documents += 1
        job.progress(done, job.total, doc.title)
    return report


def export_pdf(doc: ExportDoc, dest: Path) -> int:
    """Write doc to dest with its marks; return the number of PDF annotations written.

    Raises ExportError (one sentence) when the document cannot be written.
    """
    part = dest.with_name(dest.name + ".part")
    try:
        if doc.kind == "pdf":
            count = _annotated_copy(doc, part)
        else:
            count = _annotated_rendition(doc, part)
        os.replace(part, dest)
    finally:
        part.unlink(missing_ok=True)
    return count


def _annotated_copy(doc: ExportDoc, part: Path) -> int:
    """Copy the stored original (left untouched) and add the marks to the copy."""
    if not doc.stored_path.is_file():
        raise ExportError("its stored original is missing (run `dossier check`)")
    shutil.copyfile(doc.stored_path, part)
    try:
        pdf = pymupdf.open(part)
    except Exception as exc:
        raise ExportError(f"its original cannot be opened as a PDF ({exc})") from exc
    try:
        if pdf.needs_pass:
            raise ExportError(ENCRYPTED)
        layered = add_text_layer(pdf, doc.page_words)
        writer = _write_all(pdf, doc, lambda m: _page_rank(doc, m), use_rects=True)
        if writer.written or layered:
            _save(pdf, part)
        return writer.written
    finally:
        if not pdf.is_closed:
            pdf.close()


def _save(pdf: pymupdf.Document, part: Path) -> None:
    """Save in place: appended to the original bytes when possible (signatures survive)."""
    if pdf.can_save_incrementally():
        pdf.saveIncr()
        pdf.close()
        return
    rewritten = part.with_name(part.name + ".new")
    try:
        pdf.save(rewritten, garbage=1, deflate=True)
        pdf.close()
        os.replace(rewritten, part)
    finally:
        rewritten.unlink(missing_ok=True)


def _annotated_rendition(doc: ExportDoc, part: Path) -> int:
    """Render the extracted text as a PDF and highlight the marks' quotes in it."""
    if not doc.pages or not any(p.strip() for p in doc.pages):
        raise ExportError("it has no text to render")
    pdf = render(doc)
    try:
        header = header_text(doc)
        offsets = doc.page_offsets()
        whole = "\f".join(doc.pages)

        def rank(mark: MarkData) -> int:
            before = count_quote(header, mark.quote)
            if mark.page and mark.start is not None and mark.page <= len(offsets):
                before += count_quote(whole[:offsets[mark.page - 1] + mark.start], mark.quote)
            return before

        writer = _write_all(pdf, doc, rank, use_rects=False)
        pdf.save(part, garbage=3, deflate=True)
        return writer.written
    finally:
        pdf.close()


def _write_all(pdf: pymupdf.Document, doc: ExportDoc, rank: Callable[[MarkData], int],
               use_rects: bool) -> MarkWriter:
    writer = MarkWriter(pdf)
    for mark in doc.marks:
        if not use_rects:  # a rendition's pages are not the document's: search it whole
            place = writer.locate(mark.quote, None, rank(mark))
        else:
            place = writer.place_of(mark, rank(mark))
        writer.add_mark(mark, place)
    writer.add_notes(doc.notes)
    return writer


def _page_rank(doc: ExportDoc, mark: MarkData) -> int:
    """Which occurrence of its quote on its page a mark is (0 for the first)."""
    if not doc.pages or not mark.page or mark.start is None or mark.page > len(doc.pages):
        return 0
    return count_quote(doc.pages[mark.page - 1][:mark.start], mark.quote)
