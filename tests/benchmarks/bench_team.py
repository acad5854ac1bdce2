"""On-demand benchmark of a team archive: 1, 2, 4 and 8 desks (one process each) importing and
marking at once on a throwaway PostgreSQL cluster; prints documents/s, marks/s and how long
until another desk's search finds a document one desk imports while the others work.

    python tests/benchmarks/bench_team.py [--docs 30] [--desks 1 2 4 8]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from indexer.team.archive import TeamArchive  # noqa: E402
from tests.team.cluster import Cluster, postgres_available  # noqa: E402

WORDS = ("water quota canal valley cotton irrigation ministry delegation treaty border river "
         "reservoir glacier basin agreement summit minister pipeline energy grain").split()
POLL = 0.05  # the watcher's poll (the window polls change_token() every second)


def _texts(folder: Path, desk: int, count: int) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        body = " ".join(WORDS[(n * 7 + i * 3 + desk) % len(WORDS)] for i in range(300))
        path = folder / f"desk{desk}-memo{n}.txt"
        path.write_text(f"Memorandum {desk}-{n} on water. {body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def desk(url: str, work: Path, number: int, count: int, start: Any, out: Any) -> None:
    """One desk: import count documents, mark each once; desk 0 then imports a probe."""
    files = _texts(work / f"in{number}", number, count)
    archive = TeamArchive(url, desk_dir=work / f"desk{number}", user=f"desk{number}")
    try:
        warm = work / f"warm{number}.txt"  # starts the desk's reader processes, not timed
        warm.write_text(f"Warming desk {number} up.", encoding="utf-8")
        archive.import_paths([warm])
        start.wait()
        t0 = time.time()
        report = archive.import_paths(files)
        t1 = time.time()
        for _, doc in report.imported:
            archive.add_annotation(doc, 1, quote="water", comment=f"desk {number}")
        t2 = time.time()
        probe = None
        if number == 0:
            path = work / "probe" / "probe.txt"
            path.parent.mkdir()
            path.write_text("The zyzzyvaprobe document, imported while others work.",
                            encoding="utf-8")
            began = time.time()
            archive.import_paths([path])
            probe = (began, time.time())
        out.put({"desk": number, "docs": len(report.imported) + len(report.duplicates),
                 "import": (t0, t1), "marks": (t1, t2, len(report.imported)),
                 "probe": probe})
    finally:
        archive.close()


def watch(url: str, work: Path, deadline: float) -> float | None:
    """Another desk polling and searching until the probe is found; when it was found."""
    with TeamArchive(url, desk_dir=work / "watcher", user="watcher") as archive:
        while time.time() < deadline:
            archive.refresh()
            if archive.search("zyzzyvaprobe").total:
                return time.time()
            time.sleep(POLL)
    return None


def run(cluster: Cluster, desks: int, count: int) -> dict[str, float]:
    name = f"bench{desks}"
    cluster.create_database(name)
    work = Path(tempfile.mkdtemp(prefix=f"dossier-bench-team-{desks}-"))
    (work / "shared").mkdir()
    url = cluster.url(name, work / "shared")
    TeamArchive(url, desk_dir=work / "keeper").close()  # migrates once
    ctx = mp.get_context("spawn")
    start, out = ctx.Barrier(desks + 1), ctx.Queue()
    procs = [ctx.Process(target=desk, args=(url, work, n, count, start, out))
             for n in range(desks)]
    for proc in procs:
        proc.start()
    start.wait()
    found = watch(url, work, time.time() + 600)
    results = [out.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join()
    shutil.rmtree(work, ignore_errors=True)
    imports = [r["import"] for r in results]
    marks = [r["marks"] for r in results]
    (probe,) = [r["probe"] for r in results if r["probe"]]
    return {
        "docs/s": sum(r["docs"] for r in results) / (max(e for _, e in imports)
                                                      - min(s for s, _ in imports)),
        "marks/s": sum(n for _, _, n in marks) / (max(e for _, e, _ in marks)
                                                  - min(s for s, _, _ in marks)),
        # negative: found before the importing desk's import_paths() returned (it commits,
        # then indexes its own copy), i.e. less than that desk's own indexing time
        "found after import returned": (found - probe[1]) if found else float("nan"),
        "found after import began": (found - probe[0]) if found else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=30, help="documents per desk")
    parser.add_argument("--desks", type=int, nargs="+", default=[1, 2, 4, 8])
    args = parser.parse_args()
    if not postgres_available():
        sys.exit("PostgreSQL (initdb, pg_ctl) is not installed")
    cluster = Cluster.start()
    try:
        print(f"{args.docs} text documents (~2 kB) per desk, each desk its own process; "
              f"{mp.cpu_count()} CPU(s)")
        print(f"{'desks':>5} {'docs/s':>8} {'marks/s':>8} {'found after import returned':>27} "
              f"{'after import began':>20}")
        for n in args.desks:
            r = run(cluster, n, args.docs)
            print(f"{n:>5} {r['docs/s']:>8.1f} {r['marks/s']:>8.1f} "
                  f"{r['found after import returned']:>26.2f}s {r['found after import began']:>19.2f}s",
                  flush=True)
    finally:
        cluster.remove()


if __name__ == "__main__":
    main()
