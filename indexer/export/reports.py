"""The `report-html` and `report-pdf` formats: one file describing every selected document."""
from __future__ import annotations

from indexer.export.gather import ExportDoc
from indexer.export.job import DocStream, ExportJob, atomic_file, collect
from indexer.export.report_html import build_report
from indexer.export.story import html_to_pdf
from indexer.export.types import ExportReport
from indexer.progress import check_cancel


def write_report_html(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write the report as one self-contained HTML file at job.out."""
    found = collect(job, docs)
    html = build_report(job.name, job.created, found)
    with atomic_file(job.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(html)
    return _report("report-html", job, found)


def write_report_pdf(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write the same report laid out as a PDF (contents linked to each document)."""
    found = collect(job, docs)
    html = build_report(job.name, job.created, found)
    check_cancel(job.cancel)
    job.progress(0, 0, "laying out the report")
    pdf = html_to_pdf(html, job.name)
    try:
        with atomic_file(job.out, "wb") as fh:
            fh.write(pdf.tobytes(garbage=3, deflate=True))
    finally:
        pdf.close()
    return _report("report-pdf", job, found)


def _report(fmt: str, job: ExportJob, docs: list[ExportDoc]) -> ExportReport:
    return ExportReport(fmt, documents=len(docs), annotations=sum(len(d.marks) for d in docs),
                        written=[job.out])
