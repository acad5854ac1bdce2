"""Benchmark: import beside Recoll on the same files (BBC texts, treaty PDFs), then search.

    python tests/benchmarks/bench_import.py [--corpus ../shared/corpus] [--sets bbc,treaties]
        [--repeat N] [--no-cli] [--no-search]

For each set of files, in one run and on the same files: Recoll's `recollindex -c CONFDIR`
into a new index (a recoll.conf whose topdirs is the folder, at this process's own nice level:
recollindex lowers its priority to 19 by default, which on a busy machine measures the other
processes), then Dossier: Archive.open() on a new folder + import_paths() + close(), and the
same through the command line (`python -m indexer.cli --archive DIR import FOLDER`, a new
process, like recollindex). Prints seconds, documents/s and Dossier / Recoll for each, with
issue 10's aims (BBC texts <= 2.5x, treaty PDFs <= 2.0x); --repeat N keeps each one's best.
Then search latency p50/p95 on the BBC archive with the treaties added (skip: --no-search).

Recoll: Debian/Ubuntu `apt-get install recollcmd poppler-utils` (recollindex, and pdftotext
for PDFs; the `recoll` package pulls them in with the GUI). Without recollindex the Recoll
columns are skipped. No network is used.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from indexer.archive import Archive

QUERIES = [
    "economy", "blair brown election", '"prime minister"', "football OR rugby", "technolog*",
    "gordon~", "tax NOT labour", "continental shelf", '"exclusive economic zone"',
    "marine genetic resources benefit sharing", "kind:pdf fisheries", "film awards oscar",
    "mobile phone market", "title:england", "government plans to cut taxes for families",
    "court ruling appeal", "lang:en music", "biodiversity beyond national jurisdiction",
    "share prices fell", "Microsoft software security",
]
SETS = {"bbc": ("articles", "text", "bbc_en"), "treaties": ("treaties", "pdf")}
AIM_RATIO = {"bbc": 2.5, "treaties": 2.0}


@dataclass
class Run:
    """One timed import of a set of files."""

    seconds: float
    docs: int          # documents indexed (Dossier: imported + duplicates)
    note: str = ""


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


# --- Recoll ----------------------------------------------------------------------------------
def recoll_available() -> bool:
    return shutil.which("recollindex") is not None


def recoll_index(folder: Path, work: Path) -> Run:
    """recollindex -c CONFDIR over folder into a new index; its document count if readable."""
    conf = work / "recoll-conf"
    shutil.rmtree(conf, ignore_errors=True)
    conf.mkdir(parents=True)
    (conf / "recoll.conf").write_text(
        f"topdirs = {folder}\n"
        "aspellLanguage = en\n"        # the C locale has no aspell dictionary
        f"idxniceprio = {os.nice(0)}\n"  # our own priority, not 19
        "loglevel = 1\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(work), "RECOLL_CONFDIR": str(conf)}
    start = time.perf_counter()
    proc = subprocess.run(["recollindex", "-c", str(conf)], env=env, capture_output=True,
                          text=True, timeout=3600)
    seconds = time.perf_counter() - start
    note = "" if proc.returncode == 0 else f"exit status {proc.returncode}: {proc.stderr[-300:]}"
    return Run(seconds, _recoll_count(conf), note)


def _recoll_count(conf: Path) -> int:
    """Documents in a Recoll index (through the system Python's recoll module), or -1."""
    code = ("from recoll import recoll; import sys; "
            "print(recoll.connect(confdir=sys.argv[1]).query().execute('mime:*'))")
    try:
        out = subprocess.run(["/usr/bin/python3", "-c", code, str(conf)], capture_output=True,
                             text=True, timeout=120)
        return int(out.stdout.strip())
    except (OSError, ValueError, subprocess.SubprocessError):
        return -1


# --- Dossier ---------------------------------------------------------------------------------
def dossier_import(folder: Path, archive_dir: Path) -> tuple[Run, Archive]:
    """Open a new archive, import folder, close: the time a user waits. Returns the archive
    opened again (for searches)."""
    start = time.perf_counter()
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths([folder])
    seconds = time.perf_counter() - start
    note = f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, " \
           f"{len(report.failed)} failed"
    return Run(seconds, len(report.imported) + len(report.duplicates), note), \
        Archive.open(archive_dir)


def dossier_cli_import(folder: Path, archive_dir: Path) -> Run:
    """`python -m indexer.cli --archive DIR import --no-ocr FOLDER` in a new process (without
    --no-ocr the command goes on to recognise scanned pages, which recollindex does not)."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "indexer.cli", "--archive", str(archive_dir),
                           "import", "--no-ocr", "--json", str(folder)],
                          capture_output=True, text=True, cwd=REPO, timeout=3600)
    seconds = time.perf_counter() - start
    docs = -1
    try:
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        docs = len(data.get("imported", [])) + len(data.get("duplicates", []))
    except (ValueError, IndexError, AttributeError):
        pass
    note = "" if proc.returncode == 0 else f"exit status {proc.returncode}: {proc.stderr[-300:]}"
    return Run(seconds, docs, note)


# --- the report ------------------------------------------------------------------------------
def _best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.seconds)


def _row(label: str, run: Run, recoll: Run | None) -> str:
    ratio = f"{run.seconds / recoll.seconds:>5.1f}x" if recoll else "     -"
    rate = f"{run.docs / run.seconds:>8.1f}" if run.docs > 0 else "       ?"
    return f"   {label:<30} {run.seconds:>7.2f} s {rate} docs/s  {ratio}   {run.note}"


def bench_set(name: str, folder: Path, work: Path, args: argparse.Namespace
              ) -> tuple[Archive | None, dict[str, float]]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"\n== {name}: {len(files)} files, {size_mb:.1f} MB in {folder}", flush=True)
    recoll_runs: list[Run] = []
    ours: list[Run] = []
    cli: list[Run] = []
    archive: Archive | None = None
    for k in range(args.repeat):
        if recoll_available():
            recoll_runs.append(recoll_index(folder, work / f"recoll-{name}-{k}"))
        if archive is not None:
            archive.close()
        run, archive = dossier_import(folder, work / f"dossier-{name}-{k}")
        ours.append(run)
        if not args.no_cli:
            cli.append(dossier_cli_import(folder, work / f"cli-{name}-{k}"))
    recoll = _best(recoll_runs) if recoll_runs else None
    print(f"   {'':<30} {'seconds':>9} {'':>8} {'':>6}  Dossier/Recoll")
    if recoll:
        print(_row("Recoll recollindex", recoll, None))
    else:
        print("   Recoll: recollindex not found (apt-get install recollcmd poppler-utils)")
    best = _best(ours)
    print(_row("Dossier Archive.import_paths", best, recoll))
    if cli:
        print(_row("Dossier CLI import --no-ocr", _best(cli), recoll))
    own, kids = _peak_mb()
    print(f"   peak RSS so far {own:.0f} MB (this process), {kids:.0f} MB (largest child)")
    ratios = {}
    if recoll:
        ratios["import_paths"] = best.seconds / recoll.seconds
        verdict = "met" if ratios["import_paths"] <= AIM_RATIO[name] else "MISSED"
        print(f"   aim (issue 10): Dossier <= {AIM_RATIO[name]}x Recoll: {verdict}")
    return archive, ratios


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = REPO.parent / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    parser.add_argument("--sets", default=",".join(SETS), help="bbc,treaties")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best counts")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI import")
    parser.add_argument("--no-search", action="store_true", help="skip the search timing")
    args = parser.parse_args()
    names = [n for n in args.sets.split(",") if n]
    if unknown := [n for n in names if n not in SETS]:
        parser.error(f"unknown sets {unknown}; the sets are {', '.join(SETS)}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"nice {os.nice(0)}; Recoll: {shutil.which('recollindex') or 'not installed'}")
    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        work = Path(tmp)
        archives = {}
        for name in names:
            archives[name], _ = bench_set(name, args.corpus.joinpath(*SETS[name]), work, args)
        if not args.no_search and archives:
            first = next(iter(archives.values()))
            assert first is not None
            for name in names[1:]:  # one archive with every set, for the searches
                first.import_paths([args.corpus.joinpath(*SETS[name])])
            bench_search(first)
        for archive in archives.values():
            if archive is not None:
                archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
