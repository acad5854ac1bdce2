"""The `markdown` format: one Obsidian-friendly .md file per document (front matter, notes, marks)."""
from __future__ import annotations

import json

from indexer.export.bibdata import split_authors
from indexer.export.gather import ExportDoc, MarkData
from indexer.export.job import DocStream, ExportJob, atomic_file
from indexer.export.naming import UniqueNames
from indexer.export.types import ExportReport
from indexer.progress import check_cancel


def write_markdown(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write one Markdown file per document into the folder job.out."""
    job.out.mkdir(parents=True, exist_ok=True)
    names = UniqueNames(job.out)
    report = ExportReport("markdown")
    for done, doc in enumerate(docs, start=1):
        check_cancel(job.cancel)
        path = names.path(doc.title, ".md")
        with atomic_file(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(document_markdown(doc))
        report.written.append(path)
        report.documents += 1
        report.annotations += len(doc.marks)
        job.progress(done, job.total, doc.title)
    return report


def _yaml(value: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar: quotes, backslashes and line
    # breaks come out escaped.
    return json.dumps(value, ensure_ascii=False)


def obsidian_tag(name: str) -> str:
    """A tag as Obsidian accepts it: nested with '/', no spaces."""
    return "-".join(name.split())


def front_matter(doc: ExportDoc) -> str:
    """The YAML block: title, authors, source, date, tags, language, kind, url, dossier uuid."""
    lines = ["---", f"title: {_yaml(doc.title)}"]
    authors = [a.display for a in split_authors(doc.author)]
    lines.append("authors:" + ("" if authors else " []"))
    lines += [f"  - {_yaml(a)}" for a in authors]
    for key, value in (("source", doc.source), ("date", doc.published),
                       ("language", doc.language), ("kind", doc.kind), ("url", doc.url)):
        if value:
            lines.append(f"{key}: {_yaml(value)}")
    lines.append("tags:" + ("" if doc.tags else " []"))
    lines += [f"  - {_yaml(obsidian_tag(t))}" for t in doc.tags]
    lines += [f"dossier_uuid: {_yaml(doc.uuid)}", "---", ""]
    return "\n".join(lines)


def mark_markdown(mark: MarkData) -> str:
    """A mark as a blockquote ending in (p. N), its comment below."""
    page = f"p. {mark.page}" if mark.page else "no page"
    where = f"({page}, orphaned)" if mark.orphaned else f"({page})"
    if mark.quote:
        quoted = [f"> {line}" if line.strip() else ">" for line in mark.quote.split("\n")]
        quoted[-1] += f" {where}"
        block = "\n".join(quoted)
    else:
        block = f"> *{mark.kind}* {where}"
    if mark.comment:
        block += "\n\n" + mark.comment.strip()
    return block


def document_markdown(doc: ExportDoc) -> str:
    """The whole file for one document."""
    parts = [front_matter(doc), f"# {doc.title}\n"]
    if doc.notes:
        parts.append("## Notes\n")
        parts += [note.text.strip() + "\n" for note in doc.notes]
    if doc.marks:
        parts.append("## Marks\n")
        parts += [mark_markdown(m) + "\n" for m in doc.marks]
    return "\n".join(parts)
