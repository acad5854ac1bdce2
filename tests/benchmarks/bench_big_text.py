"""Benchmark: import one huge text file; peak memory of the main process and of a worker.

    python tests/benchmarks/bench_big_text.py [--sizes 60,200]

Each size runs in fresh processes: the import (main process, its own peak RSS), the text
extractor alone (what a worker holds), and searches for words near the start, near the end
of the indexed part and past it, with whether each snippet marks the word.
Before the limit (issue 12): 200 MB took the main process to 5.3 GB, a search 11 s.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.extract.text import MAX_TEXT_BYTES  # noqa: E402
from tests.indexer.extract.test_big_text import write_big_text  # noqa: E402

IMPORT = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from indexer.archive import Archive
    archive = Archive.open(Path(sys.argv[1]))
    start = time.perf_counter()
    archive.import_paths([Path(sys.argv[2])])
    seconds = time.perf_counter() - start
    searches = {}
    for word in sys.argv[3:]:
        start = time.perf_counter()
        hits = archive.search(word).hits
        searches[word] = (round(time.perf_counter() - start, 3), len(hits),
                          any(f"<b>{word}</b>" in h.snippet for h in hits))
    archive.close()
    print(json.dumps({"seconds": round(seconds, 1), "searches": searches,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
""")
EXTRACT = textwrap.dedent("""
    import json, resource, sys
    from pathlib import Path
    from indexer.extract.registry import extract
    result = extract(Path(sys.argv[1]))
    print(json.dumps({"chars": len(result.text),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
""")


def _run(script: str, *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return dict(json.loads(done.stdout.splitlines()[-1]))


def bench(megabytes: int, work: Path) -> None:
    marks = {500: "openingword", MAX_TEXT_BYTES - 2**20: "lastindexedword",
             MAX_TEXT_BYTES + 2**20: "beyondlimitword"}
    path = write_big_text(work / f"big{megabytes}.txt", megabytes, marks)
    worker = _run(EXTRACT, str(path))
    main = _run(IMPORT, str(work / f"archive{megabytes}"), str(path), *marks.values())
    print(f"{megabytes} MB file: import {main['seconds']} s, main process peak "
          f"{main['peak_mb']} MB, extractor alone peak {worker['peak_mb']} MB "
          f"({worker['chars']:,} characters indexed)")
    for word, (seconds, hits, marked) in main["searches"].items():  # type: ignore[union-attr]
        print(f"    search {word:<16} {seconds:6.3f} s  {hits} hit(s)  "
              f"snippet marks it: {'yes' if marked else 'no'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="60,200", help="file sizes in MB, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes.split(","):
            bench(int(size), Path(tmp))


if __name__ == "__main__":
    main()
