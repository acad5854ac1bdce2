"""The report: one self-contained HTML page (title page, contents, each document's marks)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from html import escape

from indexer.export.gather import ExportDoc, MarkData, NoteData
from indexer.export.minimarkdown import to_html

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
KIND_NAMES = {"highlight": "highlight", "underline": "underline", "strike": "strikethrough",
              "note": "sticky note"}

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.4; color: #222222;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 22pt; margin: 0 0 8pt 0; }
h2 { font-size: 15pt; margin: 18pt 0 6pt 0; border-bottom: 1px solid #bbbbbb; }
h3 { font-size: 11pt; margin: 12pt 0 4pt 0; color: #444444; }
h4, h5, h6 { font-size: 10pt; margin: 6pt 0 2pt 0; }
.title-page { page-break-after: always; padding-top: 6em; }
.title-page p { font-size: 12pt; margin: 4pt 0; }
nav.contents { page-break-after: always; }
nav.contents li { margin: 2pt 0; }
nav.contents .count { color: #777777; font-size: 9pt; }
table.meta { border-collapse: collapse; margin: 4pt 0 8pt 0; }
table.meta th { text-align: left; font-weight: normal; color: #666666; padding: 1pt 10pt 1pt 0;
                vertical-align: top; }
table.meta td { padding: 1pt 0; }
.tag { background-color: #eeeeee; padding: 0 3pt; margin-right: 3pt; }
.note { border-left: 3px solid #2ea8e5; padding-left: 8pt; margin: 6pt 0; }
.note .when, .mark .where { color: #666666; font-size: 9pt; }
ol.marks { padding-left: 1.5em; }
li.mark { margin: 0 0 8pt 0; }
li.orphan .where { color: #b00020; }
.swatch { border: 1px solid #999999; }
blockquote { margin: 2pt 0 2pt 0; padding-left: 8pt; border-left: 3px solid #cccccc; }
p.comment { margin: 2pt 0; font-style: italic; }
pre { white-space: pre-wrap; font-size: 9pt; }
.none { color: #777777; }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _br(text: str) -> str:
    return "<br>".join(_e(line) for line in text.split("\n"))


def safe_color(color: str) -> str:
    """The colour if it is #rrggbb, else grey: nothing else reaches a style attribute."""
    return color if _HEX.match(color) else "#aaaaaa"


def anchor_id(doc: ExportDoc) -> str:
    """The HTML id of a document's section."""
    return f"doc-{doc.uuid}"


def build_report(name: str, created: datetime, docs: Sequence[ExportDoc]) -> str:
    """The whole report as one HTML string: inline CSS, no external resources, all escaped."""
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{_e(name)}</title><style>{CSS}</style></head><body>",
             _title_page(name, created, docs), _contents(docs)]
    parts += [_document(n, doc) for n, doc in enumerate(docs, start=1)]
    parts.append("</body></html>")
    return "\n".join(parts)


def _title_page(name: str, created: datetime, docs: Sequence[ExportDoc]) -> str:
    marks = sum(len(d.marks) for d in docs)
    orphans = sum(1 for d in docs for m in d.marks if m.orphaned)
    notes = sum(len(d.notes) for d in docs)
    pages = sum(d.page_count for d in docs)
    orphan_line = f", {orphans} of them orphaned" if orphans else ""
    return (f'<section class="title-page"><h1>{_e(name)}</h1>'
            f"<p>Exported from Dossier on {created:%Y-%m-%d %H:%M} UTC</p>"
            f"<p>{len(docs)} document(s), {pages} page(s)</p>"
            f"<p>{marks} mark(s){orphan_line}, {notes} note(s)</p></section>")


def _contents(docs: Sequence[ExportDoc]) -> str:
    items = "".join(
        f'<li><a href="#{anchor_id(d)}">{_e(d.title or "(untitled)")}</a> '
        f'<span class="count">— {len(d.marks)} mark(s), {len(d.notes)} note(s)</span></li>'
        for d in docs)
    return f'<nav class="contents" id="contents"><h2>Contents</h2><ol>{items}</ol></nav>'


def _document(number: int, doc: ExportDoc) -> str:
    return "\n".join([
        f'<section class="document" id="{anchor_id(doc)}">',
        f"<h2>{number}. {_e(doc.title or '(untitled)')}</h2>",
        _metadata(doc), _notes(doc.notes), _marks(doc.marks), "</section>"])


def metadata_rows(doc: ExportDoc) -> list[tuple[str, str]]:
    """(label, value) of each known field, in reading order."""
    rows = [("Title", doc.title), ("Author", doc.author or ""), ("Source", doc.source or ""),
            ("Date", doc.published or ""), ("Language", doc.language or ""),
            ("Kind", doc.kind), ("Pages", str(doc.page_count)),
            ("Original file", doc.original_name), ("Address", doc.url or "")]
    return [(label, value) for label, value in rows if value]


def _metadata(doc: ExportDoc) -> str:
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in metadata_rows(doc))
    tags = " ".join(f'<span class="tag">{_e(t)}</span>' for t in doc.tags)
    if tags:
        rows += f"<tr><th>Tags</th><td>{tags}</td></tr>"
    return f'<table class="meta">{rows}</table>'


def _notes(notes: Sequence[NoteData]) -> str:
    if not notes:
        return ""
    body = "".join(f'<div class="note"><p class="when">Note, {n.modified_at:%Y-%m-%d %H:%M}'
                   f"</p>{to_html(n.text)}</div>" for n in notes)
    return f"<h3>Notes</h3>{body}"


def _marks(marks: Sequence[MarkData]) -> str:
    if not marks:
        return '<h3>Marks</h3><p class="none">No marks.</p>'
    return "<h3>Marks</h3><ol class=\"marks\">" + "".join(_mark(m) for m in marks) + "</ol>"


def where(mark: MarkData) -> str:
    """'p. 3', or for an orphan 'orphaned (was p. 3)'."""
    page = f"p. {mark.page}" if mark.page else "no page"
    return f"orphaned (was {page}): not found in the current text" if mark.orphaned else page


def _mark(mark: MarkData) -> str:
    swatch = (f'<span class="swatch" style="background-color: {safe_color(mark.color)}">'
              "&nbsp;&nbsp;&nbsp;&nbsp;</span>")
    kind = KIND_NAMES.get(mark.kind, mark.kind)
    quote = f"<blockquote>{_br(mark.quote)}</blockquote>" if mark.quote else ""
    comment = f'<p class="comment">{_br(mark.comment)}</p>' if mark.comment else ""
    css = "mark orphan" if mark.orphaned else "mark"
    return (f'<li class="{css}"><p class="where">{swatch} {_e(where(mark))} · {_e(kind)} · '
            f"{_e(mark.color)}</p>{quote}{comment}</li>")
