"""The `csv` format: one row per annotation, for spreadsheets."""
from __future__ import annotations

import csv

from indexer.export.gather import ExportDoc, MarkData
from indexer.export.job import DocStream, ExportJob, atomic_file
from indexer.export.types import ExportReport
from indexer.progress import check_cancel

COLUMNS = ("document_id", "uuid", "title", "page", "kind", "color", "quote", "comment",
           "prefix", "suffix", "start", "end", "created", "modified", "document_uuid",
           "orphaned")


def _stamp(mark: MarkData, which: str) -> str:
    moment = mark.created_at if which == "created" else mark.modified_at
    return moment.isoformat(timespec="seconds") + "Z"


def csv_row(doc: ExportDoc, mark: MarkData) -> list[object]:
    """The cells of one annotation's row, in COLUMNS order."""
    return [doc.id, mark.uuid, doc.title, mark.page or "", mark.kind, mark.color, mark.quote,
            mark.comment, mark.prefix, mark.suffix,
            "" if mark.start is None else mark.start, "" if mark.end is None else mark.end,
            _stamp(mark, "created"), _stamp(mark, "modified"), doc.uuid,
            "yes" if mark.orphaned else "no"]


def write_csv(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write every annotation of the documents to job.out (UTF-8 with a BOM, for Excel)."""
    report = ExportReport("csv", written=[job.out])
    with atomic_file(job.out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for done, doc in enumerate(docs, start=1):
            check_cancel(job.cancel)
            writer.writerows(csv_row(doc, m) for m in doc.marks)
            report.documents += 1
            report.annotations += len(doc.marks)
            job.progress(done, job.total, doc.title)
    return report
