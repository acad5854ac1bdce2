"""A readable PDF rendition of a text, HTML, Markdown or DOCX document's extracted text."""
from __future__ import annotations

from html import escape

import pymupdf

from indexer.export.gather import ExportDoc
from indexer.export.story import html_to_pdf

CSS = """
body { font-size: 11pt; line-height: 1.35; }
h1 { font-size: 17pt; margin-bottom: 4pt; }
p.meta { font-size: 9pt; color: #555555; margin-bottom: 14pt; }
p { margin: 0 0 6pt 0; text-align: left; }
"""


def header_text(doc: ExportDoc) -> str:
    """The title and metadata line printed above the text (quote search must skip it)."""
    return f"{doc.title}\n{meta_line(doc)}"


def meta_line(doc: ExportDoc) -> str:
    """Author · source · date · language, whichever are known."""
    parts = [doc.author, doc.source, doc.published, doc.language]
    return " · ".join(p for p in parts if p)


def rendition_html(doc: ExportDoc) -> str:
    """The document as simple HTML: a heading, a metadata line and one paragraph a line."""
    body = [f"<h1>{escape(doc.title)}</h1>"]
    line = meta_line(doc)
    if line:
        body.append(f'<p class="meta">{escape(line)}</p>')
    for page in doc.pages or ():
        body.extend(f"<p>{escape(text)}</p>" for text in page.split("\n") if text.strip())
    return "<html><body>" + "\n".join(body) + "</body></html>"


def render(doc: ExportDoc) -> pymupdf.Document:
    """An in-memory PDF of the document's text, A4, paginated."""
    return html_to_pdf(rendition_html(doc), doc.title, CSS)
