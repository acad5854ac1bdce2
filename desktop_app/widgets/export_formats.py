"""The export formats as the user sees them: a name and what each writes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from indexer.export import FORMATS


def format_names() -> dict[str, str]:
    """Format key → its name in the interface, in the order the dialog lists them."""
    names = {
        "report-html": QCoreApplication.translate("ExportFormats", "Report (HTML)"),
        "report-pdf": QCoreApplication.translate("ExportFormats", "Report (PDF)"),
        "pdf": QCoreApplication.translate("ExportFormats", "Annotated PDFs (a folder)"),
        "markdown": QCoreApplication.translate("ExportFormats", "Markdown notes (a folder)"),
        "csv": QCoreApplication.translate("ExportFormats", "Spreadsheet (CSV)"),
        "json": QCoreApplication.translate("ExportFormats", "Annotations (W3C JSON)"),
        "ris": QCoreApplication.translate("ExportFormats", "Citations (RIS)"),
        "bibtex": QCoreApplication.translate("ExportFormats", "Citations (BibTeX)"),
        "csl-json": QCoreApplication.translate("ExportFormats", "Citations (CSL-JSON)"),
        "bundle": QCoreApplication.translate("ExportFormats",
                                             "Dossier bundle, to merge into another archive"),
    }
    return {key: names.get(key, key) for key in [*names, *FORMATS] if key in FORMATS}


def file_filter(fmt: str) -> str:
    """A file dialog filter for a format writing one file, e.g. "Spreadsheet (CSV) (*.csv)"."""
    suffix = FORMATS[fmt].suffix
    return (f"{format_names()[fmt]} (*{suffix});;"
            + QCoreApplication.translate("ExportFormats", "All files (*)"))
