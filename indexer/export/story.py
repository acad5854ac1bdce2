"""Lay out HTML as paginated PDF with PyMuPDF's Story (internal links kept, pages numbered)."""
from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

import pymupdf

PAPER = pymupdf.paper_rect("a4")
MARGIN = 56.0
FOOTER_SIZE = 8.0


def html_to_pdf(html: str, title: str, css: str = "", numbered: bool = True
                ) -> pymupdf.Document:
    """An in-memory PDF of html on A4 pages, with its #links working and page numbers."""
    story = pymupdf.Story(html=html, user_css=css or None)
    where = PAPER + (MARGIN, MARGIN, -MARGIN, -MARGIN)
    positions: list[Any] = []

    def rectfn(rect_num: int, filled: object) -> tuple[pymupdf.Rect, pymupdf.Rect, None]:
        return PAPER, where, None

    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    story.write(writer, rectfn, positionfn=positions.append)
    writer.close()
    doc = pymupdf.open("pdf", buffer.getvalue())
    _add_links(doc, positions)
    doc.set_metadata({"title": title, "creator": "Dossier", "producer": "Dossier (PyMuPDF)"})
    if numbered:
        _number_pages(doc)
    doc.subset_fonts()  # only the glyphs used: a third of the size
    return doc


def _add_links(doc: pymupdf.Document, positions: Iterable[Any]) -> None:
    """Internal links, one per line of link text (PyMuPDF's own adds one per word, slowly)."""
    targets: dict[str, tuple[int, pymupdf.Point]] = {}
    sources: dict[tuple[int, str, float], pymupdf.Rect] = {}
    for pos in positions:
        if not pos.open_close & 1:
            continue
        rect = pymupdf.Rect(pos.rect)
        if pos.id and pos.id not in targets:
            targets[pos.id] = (pos.page_num - 1, rect.tl)
        if pos.href and pos.href.startswith("#"):
            key = (pos.page_num - 1, pos.href[1:], round(rect.y1, 1))
            sources[key] = sources[key] | rect if key in sources else rect
    by_page: dict[int, list[dict[str, Any]]] = {}
    for (number, target, _), rect in sources.items():
        if target in targets:
            to_page, to_point = targets[target]
            by_page.setdefault(number, []).append(
                {"kind": pymupdf.LINK_GOTO, "from": rect, "page": to_page, "to": to_point})
    for number, links in by_page.items():
        page = doc[number]
        for link in links:
            page.insert_link(link)


def _number_pages(doc: pymupdf.Document) -> None:
    total = doc.page_count
    for page in doc.pages():
        label = f"{page.number + 1} / {total}"
        width = pymupdf.get_text_length(label, fontname="helv", fontsize=FOOTER_SIZE)
        at = pymupdf.Point((page.rect.width - width) / 2, page.rect.height - MARGIN / 2)
        page.insert_text(at, label, fontname="helv", fontsize=FOOTER_SIZE, color=(0.4, 0.4, 0.4))
