"""The `json` format: annotations in the W3C Web Annotation Data Model (JSON-LD)."""
from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from indexer.export.gather import ExportDoc, MarkData
from indexer.export.job import DocStream, ExportJob, atomic_file
from indexer.export.types import ExportReport
from indexer.progress import check_cancel

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"


def _time(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds") + "Z"


def selectors(doc: ExportDoc, mark: MarkData) -> list[dict[str, Any]]:
    """TextQuote, TextPosition (in the whole text, pages joined by form feeds) and, for a
    PDF, a page FragmentSelector: alternative ways to find the same passage."""
    found: list[dict[str, Any]] = []
    if mark.quote:
        found.append({"type": "TextQuoteSelector", "exact": mark.quote,
                      "prefix": mark.prefix, "suffix": mark.suffix})
    offsets = doc.page_offsets()
    if (not mark.orphaned and mark.page and mark.start is not None and mark.end is not None
            and mark.page <= len(offsets)):
        base = offsets[mark.page - 1]
        found.append({"type": "TextPositionSelector", "start": base + mark.start,
                      "end": base + mark.end})
    if doc.kind == "pdf" and mark.page:
        found.append({"type": "FragmentSelector", "conformsTo": PDF_FRAGMENT,
                      "value": f"page={mark.page}"})
    return found


def annotation(doc: ExportDoc, mark: MarkData) -> dict[str, Any]:
    """One mark as a W3C Annotation."""
    commenting = bool(mark.comment) or mark.kind == "note"
    data: dict[str, Any] = {
        "@context": CONTEXT, "id": f"urn:uuid:{mark.uuid}", "type": "Annotation",
        "motivation": "commenting" if commenting else "highlighting",
        "created": _time(mark.created_at), "modified": _time(mark.modified_at),
    }
    if mark.author:
        data["creator"] = {"type": "Person", "name": mark.author}
    if mark.comment:
        data["body"] = {"type": "TextualBody", "value": mark.comment, "format": "text/plain",
                        "purpose": "commenting"}
    data["target"] = {"source": f"urn:uuid:{doc.uuid}", "selector": selectors(doc, mark)}
    data["stylesheet"] = {"type": "CssStylesheet",
                          "value": f".dossier-{mark.kind} {{ background-color: {mark.color}; }}"}
    data["target"]["styleClass"] = f"dossier-{mark.kind}"
    return data


def write_json(job: ExportJob, docs: DocStream) -> ExportReport:
    """Write an AnnotationCollection (one embedded page of every annotation) to job.out."""
    items: list[dict[str, Any]] = []
    count = 0
    for done, doc in enumerate(docs, start=1):
        check_cancel(job.cancel)
        items.extend(annotation(doc, m) for m in doc.marks)
        count = done
        job.progress(done, job.total, doc.title)
    collection = {
        "@context": CONTEXT, "id": f"urn:uuid:{uuid.uuid4()}", "type": "AnnotationCollection",
        "label": job.name, "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    with atomic_file(job.out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(collection, fh, ensure_ascii=False, indent=2)
    return ExportReport("json", documents=count, annotations=len(items), written=[job.out])
