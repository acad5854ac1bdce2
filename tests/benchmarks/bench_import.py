"""Benchmark: import BBC articles and treaty PDFs, then time searches (run on demand).

    python tests/benchmarks/bench_import.py [--corpus ../shared/corpus]

Prints documents/s, pages/s, MB/s and peak memory per import, and search latency p50/p95.
Reference on this 2-core machine: Recoll 1.34 indexes the 2,224 BBC files in ~1.5 s and the
16 treaty PDFs (861 pages) in ~1.2 s; raw PyMuPDF extraction runs at ~900 pages/s.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from indexer.archive import Archive

QUERIES = [
    "economy", "blair brown election", '"prime minister"', "football OR rugby", "technolog*",
    "gordon~", "tax NOT labour", "continental shelf", '"exclusive economic zone"',
    "marine genetic resources benefit sharing", "kind:pdf fisheries", "film awards oscar",
    "mobile phone market", "title:england", "government plans to cut taxes for families",
    "court ruling appeal", "lang:en music", "biodiversity beyond national jurisdiction",
    "share prices fell", "Microsoft software security",
]
REFERENCE = {"bbc": (1.5, 2224, None), "treaties": (1.2, 16, 861)}


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def bench_import(archive: Archive, name: str, folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    start = time.perf_counter()
    report = archive.import_paths([folder])
    seconds = time.perf_counter() - start
    ids = [i for _, i in report.imported]
    pages = sum(r.page_count for r in archive.documents(limit=None) if r.id in set(ids))
    own, kids = _peak_mb()
    print(f"\n== import {name}: {len(files)} files, {size_mb:.1f} MB")
    print(f"   {len(report.imported)} imported, {len(report.duplicates)} duplicates, "
          f"{len(report.failed)} failed in {seconds:.2f} s")
    print(f"   {len(ids) / seconds:.0f} docs/s, {pages / seconds:.0f} pages/s, "
          f"{size_mb / seconds:.2f} MB/s; peak RSS {own:.0f} MB (main), {kids:.0f} MB (readers)")
    ref_seconds = REFERENCE[name][0]
    print(f"   Recoll reference {ref_seconds} s: Dossier takes {seconds / ref_seconds:.1f}x as long")


def bench_search(archive: Archive, rounds: int = 5) -> None:
    for q in QUERIES:  # warm caches once
        archive.search(q, limit=10)
    times: list[float] = []
    for _ in range(rounds):
        for q in QUERIES:
            start = time.perf_counter()
            archive.search(q, limit=10)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"\n== search: {len(QUERIES)} queries x {rounds}, top 10 with snippets and pages")
    print(f"   p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Archive.open(Path(tmp) / "archive") as archive:
        archive.import_paths([args.corpus / "seed"])  # start the reader processes first
        bench_import(archive, "bbc", args.corpus / "articles" / "text" / "bbc_en")
        bench_import(archive, "treaties", args.corpus / "treaties" / "pdf")
        bench_search(archive)


if __name__ == "__main__":
    main()
