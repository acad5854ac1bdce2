"""Run an export: resolve the selection, pick the format's writer, and hand it the documents."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from indexer.export.biblio import write_bibtex, write_csl_json, write_ris
from indexer.export.bundle_write import write_bundle
from indexer.export.gather import iter_docs
from indexer.export.job import DocStream, ExportJob
from indexer.export.markdown_export import write_markdown
from indexer.export.naming import safe_stem
from indexer.export.pdf_export import write_pdfs
from indexer.export.reports import write_report_html, write_report_pdf
from indexer.export.selection import resolve
from indexer.export.tabular import write_csv
from indexer.export.types import ExportError, ExportReport, ExportSelection
from indexer.export.w3c import write_json
from indexer.filestore import FileStore
from indexer.models import utcnow
from indexer.progress import CancelFn, ProgressFn, never_cancel, no_progress

Writer = Callable[[ExportJob, DocStream], ExportReport]


@dataclass(frozen=True)
class Format:
    """How one export format is written."""

    writer: Writer
    suffix: str          # of the output file; "" for formats that fill a folder
    pages: bool = False  # whether the writer needs the page texts

    @property
    def folder(self) -> bool:
        return not self.suffix


FORMATS: dict[str, Format] = {
    "pdf": Format(write_pdfs, "", pages=True),
    "report-html": Format(write_report_html, ".html"),
    "report-pdf": Format(write_report_pdf, ".pdf"),
    "markdown": Format(write_markdown, ""),
    "csv": Format(write_csv, ".csv"),
    "json": Format(write_json, ".json", pages=True),
    "ris": Format(write_ris, ".ris"),
    "bibtex": Format(write_bibtex, ".bib"),
    "csl-json": Format(write_csl_json, ".json"),
    "bundle": Format(write_bundle, ".dossier", pages=True),
}


def output_path(out: Path, fmt: Format, name: str) -> Path:
    """Where to write: out itself, or a file named after the selection inside folder out.

    Raises ExportError when out cannot be used for this format.
    """
    if fmt.folder:
        if out.exists() and not out.is_dir():
            raise ExportError(f"{out} is a file; this format writes a folder of files.")
        return out
    if out.is_dir():
        return out / (safe_stem(name, "export") + fmt.suffix)
    if not out.suffix or (fmt.suffix == ".dossier" and out.suffix.lower() != ".dossier"):
        return out.with_name(out.name + fmt.suffix)  # bundles must end in .dossier
    return out


def run_export(sessions: sessionmaker[Session], files: FileStore,
               find_ids: Callable[[str], list[int]],
               selection: ExportSelection, fmt: str, out: Path,
               progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel
               ) -> ExportReport:
    """Export the selected documents in format fmt to out; see FORMATS.

    Raises ExportError (unknown format, nothing selected, unusable output), NotFound,
    QueryError, and Cancelled (a single output file is then not left half-written).
    """
    spec = FORMATS.get(fmt)
    if spec is None:
        raise ExportError(f"“{fmt}” is not an export format; use one of "
                          f"{', '.join(FORMATS)}.")
    with sessions() as session:
        ids = resolve(session, find_ids, selection)
    target = output_path(Path(out), spec, selection.label())
    job = ExportJob(selection.label(), target, len(ids), progress, cancel, utcnow(), sessions)
    try:
        return spec.writer(job, iter_docs(sessions, files, ids, spec.pages))
    except OSError as exc:
        raise ExportError(f"Could not write {target}: {exc.strerror or exc}.") from exc
