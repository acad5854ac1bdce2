"""On-demand benchmark: export a 500-document collection as a bundle, reports and annotated PDFs.

Builds the collection from the BBC articles and a few treaty PDFs of ../shared/corpus, marks two
passages in each document, then times each export and merging the bundle into an empty archive.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from sqlalchemy import select

from indexer import annotations as ann_ops
from indexer.archive import Archive
from indexer.errors import DossierError
from indexer.export import ExportSelection
from indexer.models import Document, Page

PDFS = ["agreement-partxi-1994-en.pdf", "fish-stocks-agreement-1995-en.pdf",
        "A-RES-77-321-en.pdf", "A-RES-78-272-en.pdf", "A-DEC-78-560-en.pdf",
        "unclos-1982-en.pdf"]
COLLECTION = "Benchmark pack"


def _sources(corpus: Path, total: int, pdfs: int) -> list[Path]:
    chosen = [corpus / "treaties" / "pdf" / name for name in PDFS[:pdfs]]
    articles = sorted((corpus / "articles" / "text" / "bbc_en").rglob("*.txt"))
    return chosen + articles[:total - len(chosen) + 50]  # spares: a few articles are copies


def _passages(text: str, count: int) -> list[str]:
    """Up to count quotes of six words from different lines of a page."""
    lines = [line.split() for line in text.split("\n") if len(line.split()) >= 8]
    step = max(1, len(lines) // max(count, 1))
    return [" ".join(words[1:7]) for words in lines[::step][:count]]


def _annotate(archive: Archive, ids: list[int], marks_per_doc: int) -> int:
    """Mark passages through the annotations module in one transaction, then re-index."""
    made = 0
    with archive.sessions() as session, session.begin():
        for doc in session.scalars(select(Document).where(Document.id.in_(ids))):
            page = session.scalar(select(Page).where(Page.document_id == doc.id,
                                                     Page.number == min(2, doc.page_count)))
            if page is None:
                continue
            stored = archive.files.path_for(doc.checksum, doc.original_name)
            for n, quote in enumerate(_passages(page.text, marks_per_doc)):
                try:
                    ann_ops.add_annotation(session, doc, stored, page.number, quote=quote,
                                           color=("yellow", "green", "blue")[n % 3],
                                           comment=f"benchmark comment {n} on “{doc.title}”")
                except DossierError:  # a quote the anchoring cannot find again: skip it
                    continue
                made += 1
            doc.indexed = False
    archive.sync_index()
    return made


def _timed(label: str, work: object) -> object:
    start = time.perf_counter()
    result = work()  # type: ignore[operator]
    print(f"   {label:<34} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> int:
    """Build the collection, run the exports, print the times; return an exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--pdfs", type=int, default=4, help="treaty PDFs among the documents")
    parser.add_argument("--marks", type=int, default=2, help="marks per document")
    parser.add_argument("--keep", type=Path, help="write the exports here instead of a temp dir")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp, Archive.open(Path(tmp) / "a") as archive:
        out = args.keep or Path(tmp) / "out"
        print(f"== building: {args.docs} documents ({args.pdfs} treaty PDFs)")
        report = _timed("import", lambda: archive.import_paths(
            _sources(args.corpus, args.docs, args.pdfs)))
        ids = [doc_id for _, doc_id in report.imported][:args.docs]  # type: ignore[attr-defined]
        marks = _timed("annotate", lambda: _annotate(archive, ids, args.marks))
        pack = archive.create_collection(COLLECTION)
        archive.add_to_collection(pack.id, ids)
        pages = sum(r.page_count for r in archive.documents() if r.id in set(ids))
        print(f"   {len(ids)} documents, {pages} pages, {marks} marks")
        selection = ExportSelection(collection=COLLECTION)
        print("== export")
        for fmt, target in (("bundle", out / "pack.dossier"), ("report-html", out / "r.html"),
                            ("report-pdf", out / "r.pdf"), ("pdf", out / "pdf")):
            result = _timed(fmt, lambda f=fmt, t=target: archive.export(selection, f, t))
            written = result.written  # type: ignore[attr-defined]
            size = sum(p.stat().st_size for p in written) / 1e6
            print(f"   {'':<34} {size:7.1f} MB in {len(written)} file(s)")
        print("== import the bundle into an empty archive")
        with Archive.open(Path(tmp) / "b") as other:
            merged = _timed("import_bundle (incl. indexing)",
                            lambda: other.import_bundle(out / "pack.dossier"))
            print(f"   {merged.summary()}")  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
