"""Bibliographic exports Zotero and reference managers read: RIS, BibTeX and CSL-JSON."""
from __future__ import annotations

import json
from typing import Any

from indexer.export.bibdata import Name, citation_keys, date_parts, doc_type, split_authors
from indexer.export.gather import ExportDoc
from indexer.export.job import DocStream, ExportJob, atomic_file, collect
from indexer.export.types import ExportReport

RIS_TYPES = {"legislation": "STAT", "article-newspaper": "NEWS", "webpage": "ELEC",
             "report": "RPRT", "document": "GEN"}
BIBTEX_TYPES = {"legislation": "misc", "article-newspaper": "article", "webpage": "online",
                "report": "techreport", "document": "misc"}
_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%",
                   "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}",
                   "^": r"\textasciicircum{}"}


def _note(doc: ExportDoc) -> str:
    parts = [f"Dossier {doc.uuid}"]
    if doc.tags:
        parts.append("tags: " + ", ".join(doc.tags))
    return "; ".join(parts)


# --- RIS -------------------------------------------------------------------------------
def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}"


def ris_record(doc: ExportDoc) -> str:
    """One RIS record (lines end with CRLF, as the format wants)."""
    kind = doc_type(doc)
    lines = [_ris_line("TY", RIS_TYPES[kind]), _ris_line("TI", doc.title)]
    lines += [_ris_line("AU", n.sort_form) for n in split_authors(doc.author)]
    parts = date_parts(doc.published)
    if parts:
        lines.append(_ris_line("PY", str(parts[0])))
        lines.append(_ris_line("DA", "/".join(f"{p:02d}" for p in parts) + "/"))
    if doc.source:
        lines.append(_ris_line("T2" if kind == "article-newspaper" else "PB", doc.source))
    for tag, value in (("LA", doc.language), ("UR", doc.url)):
        if value:
            lines.append(_ris_line(tag, value))
    lines += [_ris_line("KW", t) for t in doc.tags]
    lines.append(_ris_line("N1", _note(doc)))
    lines += [_ris_line("N1", n.text) for n in doc.notes if n.text.strip()]
    lines.append("ER  - ")
    return "\r\n".join(lines) + "\r\n"


# --- BibTeX ----------------------------------------------------------------------------
def bibtex_escape(text: str) -> str:
    """Text with BibTeX/LaTeX special characters escaped (Unicode letters kept)."""
    return "".join(_BIBTEX_ESCAPES.get(c, c) for c in " ".join(text.split()))


def _bibtex_name(name: Name) -> str:
    if name.literal:
        return "{" + bibtex_escape(name.literal) + "}"
    return bibtex_escape(name.sort_form)


def bibtex_entry(doc: ExportDoc, key: str) -> str:
    """One BibTeX entry."""
    kind = doc_type(doc)
    fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(doc.title) + "}")]
    names = split_authors(doc.author)
    if names:
        fields.append(("author", " and ".join(_bibtex_name(n) for n in names)))
    parts = date_parts(doc.published)
    if parts:
        fields.append(("year", str(parts[0])))
        fields.append(("date", "-".join(f"{p:02d}" for p in parts)))
    if doc.source:
        where = {"article-newspaper": "journal", "report": "institution"}.get(kind, "publisher")
        fields.append((where, bibtex_escape(doc.source)))
    if doc.language:
        fields.append(("language", bibtex_escape(doc.language)))
    if doc.url:
        fields.append(("url", doc.url.replace("{", "%7B").replace("}", "%7D")))
    if doc.tags:
        fields.append(("keywords", bibtex_escape(", ".join(doc.tags))))
    fields.append(("note", bibtex_escape(_note(doc))))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{BIBTEX_TYPES[kind]}{{{key},\n{body}\n}}\n"


# --- CSL-JSON --------------------------------------------------------------------------
def csl_item(doc: ExportDoc, key: str) -> dict[str, Any]:
    """One CSL-JSON item."""
    kind = doc_type(doc)
    item: dict[str, Any] = {"id": key, "type": kind, "title": doc.title}
    names = split_authors(doc.author)
    if names:
        item["author"] = [n.csl() for n in names]
    parts = date_parts(doc.published)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if doc.source:
        item["container-title" if kind == "article-newspaper" else "publisher"] = doc.source
    if doc.language:
        item["language"] = doc.language
    if doc.url:
        item["URL"] = doc.url
    if doc.kind == "pdf" and doc.page_count:
        item["number-of-pages"] = str(doc.page_count)
    if doc.tags:
        item["keyword"] = ", ".join(doc.tags)
    item["note"] = _note(doc)
    return item


# --- writers ---------------------------------------------------------------------------
def write_ris(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write every document as a RIS record into job.out."""
    found = collect(job, docs)
    with atomic_file(job.out, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(ris_record(d) + "\r\n" for d in found)
    return ExportReport("ris", documents=len(found), written=[job.out])


def write_bibtex(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write every document as a BibTeX entry into job.out."""
    found = collect(job, docs)
    keys = citation_keys(found)
    with atomic_file(job.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(bibtex_entry(d, keys[d.id]) for d in found))
    return ExportReport("bibtex", documents=len(found), written=[job.out])


def write_csl_json(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write every document as a CSL-JSON item (one JSON array) into job.out."""
    found = collect(job, docs)
    keys = citation_keys(found)
    items = [csl_item(d, keys[d.id]) for d in found]
    with atomic_file(job.out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(items, fh, ensure_ascii=False, indent=2)
    return ExportReport("csl-json", documents=len(found), written=[job.out])
