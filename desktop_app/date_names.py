"""A document's date and where it came from, as the interface says them:
"10 December 1982 · from the text, page 138"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from indexer.extract.dates import source_page


def spelled_date(iso: str | None, locale: QLocale | None = None) -> str:
    """"10 December 1982", "December 1994" or "2023" in the interface language; the text as
    it is when it is no ISO date; "" for none."""
    if not iso:
        return ""
    locale = locale or QLocale()
    parts = iso.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) > 3:
        return iso
    year = int(parts[0])
    if len(parts) == 1:
        return str(year)
    month = int(parts[1])
    if not 1 <= month <= 12:
        return iso
    if len(parts) == 2:
        return f"{locale.standaloneMonthName(month)} {year}"
    day = QDate(year, month, int(parts[2]))
    return locale.toString(day, "d MMMM yyyy") if day.isValid() else iso


def date_source_text(source: str | None, kind: str, link: bool = False) -> str:
    """Where a date came from, e.g. "from the text, page 138" ("" when unknown or none);
    with link, the page is a "page:138" link."""
    page = source_page(source)
    if page is not None:
        shown = str(page)
        if link:
            shown = f'<a href="page:{page}">{page}</a>'
        return QCoreApplication.translate("Dates", "from the text, page %1").replace("%1", shown)
    if source == "file":
        return QCoreApplication.translate("Dates", "from the file name")
    if source == "metadata":
        if kind == "pdf":
            return QCoreApplication.translate(
                "Dates", "from the PDF’s metadata (when the file was made)")
        return QCoreApplication.translate("Dates", "from the file’s own date field")
    if source == "user":
        return QCoreApplication.translate("Dates", "set by you")
    return ""


def date_line(iso: str | None, source: str | None, kind: str, link: bool = False) -> str:
    """The date spelled out and where it came from, joined by " · " ("" without a date)."""
    spelled = spelled_date(iso)
    if not spelled:
        return ""
    origin = date_source_text(source, kind, link)
    return f"{spelled} · {origin}" if origin else spelled
