"""The export formats as the user sees them: a name and what each writes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from indexer.export import FORMATS


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportFormats", text)


def format_names() -> dict[str, str]:
    """Format key → its name in the interface, in the order the dialog lists them."""
    names = {
        "report-html": _t("Report (HTML)"),
        "report-pdf": _t("Report (PDF)"),
        "pdf": _t("Annotated PDFs (a folder)"),
        "markdown": _t("Markdown notes (a folder)"),
        "csv": _t("Spreadsheet (CSV)"),
        "json": _t("Annotations (W3C JSON)"),
        "ris": _t("Citations (RIS)"),
        "bibtex": _t("Citations (BibTeX)"),
        "csl-json": _t("Citations (CSL-JSON)"),
        "bundle": _t("Dossier bundle, to merge into another archive"),
    }
    return {key: names.get(key, key) for key in [*names, *FORMATS] if key in FORMATS}


def file_filter(fmt: str) -> str:
    """A file dialog filter for a format writing one file, e.g. "Spreadsheet (CSV) (*.csv)"."""
    suffix = FORMATS[fmt].suffix
    return f"{format_names()[fmt]} (*{suffix});;" + _t("All files (*)")
