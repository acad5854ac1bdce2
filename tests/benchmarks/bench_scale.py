"""Benchmark at scale: import 10,000 and 100,000 documents, then time searches (run on demand).

    python tests/benchmarks/bench_scale.py [--sizes 10000,100000] [--quick] [--corpus DIR]
        [--keep DIR] [--reuse DIR] [--rounds N] [--kinds word,phrase,...] [--budget S]
        [--per-query]

    python tests/benchmarks/bench_scale.py --sizes 10000 --keep /tmp/scale10k
    python tests/benchmarks/bench_scale.py --reuse /tmp/scale10k --kinds word,phrase,boolean

The documents are the real texts of the shared corpus (BBC news, Russian newspaper articles,
web articles, the UDHR, treaty texts) repeated and varied: each copy has its own header (title,
source, date, a unique URL) and its paragraphs rotated and swapped, or a window of its pages,
chosen with a seeded RNG, so no two files have the same bytes while the words and their Zipf
distribution stay real (the vocabulary is the corpus's: it hardly grows with the copies, so
prefix and fuzzy expansion cost less here than in a real archive of the same size).
Files are written as .txt (most), .md and .html, 10,000 at a time, imported per tag folder
through Archive.import_paths (extraction workers, SQLite, Whoosh writer), then deleted.

Prints, per size: import wall time and docs/s; index, database and file-store sizes; peak RSS
of the importing and of the searching process; and per query kind (word, phrase, boolean,
prefix, fuzzy, faceted; 20 fixed English and Russian queries each) the latency of
Archive.search(query, limit=20, facets=<faceted kind only>): cold (each query's first run
after opening the archive) and warm (p50, p95, max over the repeated runs), with the process
CPU time per search (the machine may be busy: compare CPU times then). No timing is asserted.

--keep DIR keeps the archive (DIR itself for one size, DIR/scale-N for several); --reuse DIR
skips the import and only measures searches on an existing archive. --budget caps the time
spent on one kind (fuzzy queries can take seconds each). Each phase runs in a child process
of its own, so each peak RSS is that phase's own.
"""
from __future__ import annotations

import argparse
import html
import json
import math
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DEFAULT_SIZES = (10_000, 100_000)
QUICK_SIZE = 2_000
BATCH_FILES = 10_000          # files written to disk at a time, then imported and deleted
SEED = 20240611
ROUNDS = 5                    # warm runs of every query
BUDGET_S = 300.0              # at most this long on one kind's warm runs (fuzzy is slow)
LIMIT = 20
AIM_P95_MS = 50.0             # word, phrase and boolean at 100,000 documents
AIM_KINDS = ("word", "phrase", "boolean")
PROGRESS_EVERY_S = 20.0
RESULT_PREFIX = "BENCH-RESULT "

# ~20 fixed queries per kind, made of words that occur in the corpus (English and Russian).
# Common and rare words mixed: a common word means a long posting list to score.
QUERIES: dict[str, list[str]] = {
    "word": [
        "economy", "election", "football", "government", "music", "film", "mobile", "oil",
        "court", "police", "internet", "champion", "people", "shares",
        "президент", "выборы", "экономика", "нефть", "правительство", "санкции",
    ],
    "phrase": [
        '"prime minister"', '"interest rates"', '"high seas"', '"human rights"',
        '"general election"', '"chief executive"', '"mobile phone"', '"world cup"',
        '"box office"', '"central bank"', '"stock market"', '"law of the sea"',
        '"united nations"', '"six nations"',
        '"государственной думы"', '"владимир путин"', '"российской федерации"',
        '"центрального банка"', '"права человека"', '"соединенных штатов"',
    ],
    "boolean": [
        "blair AND brown", "football OR rugby", "tax NOT labour", "(oil OR gas) AND prices",
        "music AND award", "microsoft OR google", "election AND NOT iraq",
        "court AND (appeal OR ruling)", "phone AND (mobile OR wireless)", "film AND oscar",
        "chelsea OR arsenal", "sea AND (fishing OR fisheries)", "bank AND rates NOT dollar",
        "games OR consoles",
        "путин AND трамп", "нефть OR газ", "россия AND NOT украина", "выборы AND (дума OR партия)",
        "(банк OR банки) AND кризис", "москва AND метро",
    ],
    "prefix": [
        "technolog*", "elect*", "econom*", "govern*", "compan*", "invest*", "champion*",
        "broad*", "secur*", "minist*", "intern*", "tele*", "environ*", "mari*",
        "полит*", "минист*", "экономи*", "росси*", "президен*", "санкци*",
    ],
    "fuzzy": [
        "goverment~", "economi~", "electon~", "footbal~", "musik~", "teh~", "ministre~",
        "chelsae~", "securty~", "compny~", "oill~", "parliment~", "televison~", "brwn~",
        "президнт~", "экономка~", "правительсво~", "выбры~", "нефт~", "москв~",
    ],
    "faceted": [
        "election kind:html", "music lang:en", "government year:2005", "tag:bbc/sport match",
        "oil kind:markdown", "court lang:en year:2004", "film tag:bbc/entertainment",
        "internet kind:text", "sea tag:legal", "rights lang:en kind:text",
        "power year:[2000 TO 2010]", "bank kind:html",
        "выборы lang:ru", "нефть lang:ru year:2016", "власть kind:html", "москва tag:news/ru",
        "президент kind:markdown", "экономика lang:ru", "суд tag:news", "закон year:2017",
    ],
}
KINDS = tuple(QUERIES)


# --- small helpers -------------------------------------------------------------------------
def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_rss_mb()


def _tree_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def _emit(result: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


# --- the source texts ----------------------------------------------------------------------
@dataclass
class Source:
    """One real text of the corpus: a title and paragraphs, or pages for long documents."""

    family: str                 # bbc | ru | web | legal
    tag: str                    # the tag its copies are imported with
    title: str
    paragraphs: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)   # treaties: text already in pages
    lang: str = "en"
    years: tuple[int, int] = (2000, 2024)
    source: str = ""


def load_sources(corpus: Path) -> list[Source]:
    """Every usable text of the corpus, in a fixed order."""
    sources = _bbc(corpus) + _ru_news(corpus) + _web(corpus) + _udhr(corpus) + _treaties(corpus)
    if len(sources) < 100:
        raise SystemExit(f"too few corpus texts under {corpus} ({len(sources)})")
    return sources


def _paragraphs(text: str, sep: str = r"\n\s*\n") -> list[str]:
    return [p.strip() for p in re.split(sep, text) if p.strip()]


def _bbc(corpus: Path) -> list[Source]:
    out = []
    for path in sorted((corpus / "articles" / "text" / "bbc_en").glob("*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        title, _, body = text.strip().partition("\n")
        paragraphs = _paragraphs(body)
        if paragraphs:
            out.append(Source("bbc", f"bbc/{path.parent.name}", title.strip(), paragraphs,
                              years=(2001, 2006), source="BBC News"))
    return out


def _ru_news(corpus: Path) -> list[Source]:
    out = []
    path = corpus / "articles" / "text" / "ru_ng" / "ng_0.jsonlines"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        paragraphs = _paragraphs(row.get("content", ""), r"\n+")
        if not paragraphs:
            continue
        year = re.search(r"/(20\d\d)-\d\d-\d\d/", row.get("url", ""))
        y = int(year.group(1)) if year else 2016
        out.append(Source("ru", "news/ru", row.get("title", "").strip(), paragraphs, lang="ru",
                          years=(y - 1, y + 1), source="Независимая газета"))
    return out


def _web(corpus: Path) -> list[Source]:
    """The trafilatura evaluation pages, read once with Dossier's own HTML extractor."""
    folder = corpus / "articles" / "html_gold" / "trafilatura_eval" / "html"
    out = []
    if not folder.exists():
        return out
    from indexer.extract.html import extract_html

    for path in sorted(folder.glob("*.html")):
        try:
            ex = extract_html(path)
        except Exception:  # a page Dossier cannot read is simply not used
            continue
        paragraphs = _paragraphs("\n".join(ex.pages), r"\n+")
        if len(paragraphs) >= 2:
            out.append(Source("web", "web", (ex.title or path.stem).strip(), paragraphs,
                              lang=ex.language or "en", years=(2008, 2024),
                              source=ex.source or "the web"))
    return out


def _udhr(corpus: Path) -> list[Source]:
    out = []
    for path in sorted((corpus / "treaties" / "udhr_xml").glob("udhr_*.xml")):
        text = path.read_text(encoding="utf-8")
        lang = re.search(r"xml:lang='([a-z]+)", text)
        titles = re.findall(r"<title>(.*?)</title>", text, re.DOTALL)
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                 for p in re.findall(r"<para>(.*?)</para>", text, re.DOTALL)]
        if titles and paras:
            out.append(Source("legal", "legal", html.unescape(titles[0].strip()),
                              [p for p in paras if p], lang=lang.group(1) if lang else "en",
                              years=(1948, 2024), source="United Nations"))
    return out


def _treaties(corpus: Path) -> list[Source]:
    out = []
    for path in sorted((corpus / "treaties" / "gold_text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pages = [p.strip() for p in text.split("\f") if p.strip()]
        if not pages:
            continue
        title = pages[0].strip().split("\n", 1)[0][:120]
        lang = path.stem.rsplit("-", 1)[-1]
        out.append(Source("legal", "legal", title, pages=pages,
                          lang=lang if len(lang) == 2 else "en", years=(1982, 2025),
                          source="United Nations"))
    return out


# --- varied copies -------------------------------------------------------------------------
def source_order(sources: list[Source]) -> list[int]:
    """A fixed shuffled order: document i is a copy of sources[order[i % len(order)]]."""
    order = list(range(len(sources)))
    random.Random(SEED).shuffle(order)
    return order


def make_document(i: int, src: Source) -> tuple[str, str, bytes]:
    """(tag, file name, bytes) of document i: a varied copy of src with a unique header."""
    rng = random.Random(SEED * 1_000_003 + i)
    year = rng.randint(*src.years)
    date = f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    url = f"https://archive.example/{src.family}/{i:06d}"
    if src.pages:  # a long document: a window of consecutive pages, kept in pages
        size = min(len(src.pages), rng.randint(2, 40))
        start = rng.randrange(len(src.pages) - size + 1)
        pages = src.pages[start:start + size]
        title = f"{src.title} (pp. {start + 1}-{start + size})"
        body = "\n\f\n".join(pages)
        return src.tag, f"{i:06d}.txt", _txt(title, src.source, date, url, body)
    paragraphs = _vary(src.paragraphs, rng)
    fmt = "html" if src.family == "web" else rng.choices(["txt", "md", "html"], [85, 10, 5])[0]
    if fmt == "html":
        data = _html(src.title, src.source, date, url, paragraphs, src.lang, i)
    elif fmt == "md":
        data = _md(src.title, src.source, date, url, paragraphs)
    else:
        data = _txt(src.title, src.source, date, url, "\n\n".join(paragraphs))
    return src.tag, f"{i:06d}.{fmt}", data


def _vary(paragraphs: list[str], rng: random.Random) -> list[str]:
    """The lead paragraph stays first; the others are rotated, two swapped, one maybe dropped."""
    lead, rest = paragraphs[:1], list(paragraphs[1:])
    if len(rest) >= 2:
        k = rng.randrange(len(rest))
        rest = rest[k:] + rest[:k]
        a, b = rng.randrange(len(rest)), rng.randrange(len(rest))
        rest[a], rest[b] = rest[b], rest[a]
    if len(rest) >= 5 and rng.random() < 0.5:
        del rest[rng.randrange(len(rest))]
    return lead + rest


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _txt(title: str, source: str, date: str, url: str, body: str) -> bytes:
    header = (f"Title: {_one_line(title)}\nSource: {source}\nDate: {date}\nURL: {url}\n\n")
    return (header + body + "\n").encode("utf-8")


def _md(title: str, source: str, date: str, url: str, paragraphs: list[str]) -> bytes:
    front = (f"---\ntitle: {_one_line(title)}\nsource: {source}\ndate: {date}\n"
             f"url: {url}\n---\n\n# {_one_line(title)}\n\n")
    return (front + "\n\n".join(paragraphs) + "\n").encode("utf-8")


def _html(title: str, source: str, date: str, url: str, paragraphs: list[str], lang: str,
          i: int) -> bytes:
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    page = (
        f'<!DOCTYPE html>\n<html lang="{e(lang)}"><head><meta charset="utf-8">'
        f"<title>{e(_one_line(title))}</title>"
        f'<meta name="author" content="{e(source)}">'
        f'<meta property="article:published_time" content="{date}">'
        f'<link rel="canonical" href="{url}"></head>\n<body>'
        '<header><nav><a href="/">Home</a> <a href="/news">News</a> '
        '<a href="/about">About</a></nav></header>\n'
        f"<main><article><h1>{e(_one_line(title))}</h1>\n{body}\n</article></main>\n"
        f"<footer><p>Archive example, page {i}. All rights reserved.</p></footer>"
        "</body></html>\n"
    )
    return page.encode("utf-8")


def write_batch(folder: Path, sources: list[Source], order: list[int], start: int,
                stop: int, skip: frozenset[int] = frozenset()) -> dict[str, Path]:
    """Write documents start..stop-1 (but those in skip) into folder/<tag>/; return
    {tag: its folder}."""
    folders: dict[str, Path] = {}
    for i in range(start, stop):
        if i in skip:
            continue
        tag, name, data = make_document(i, sources[order[i % len(order)]])
        sub = folders.get(tag)
        if sub is None:
            sub = folders[tag] = folder / tag.replace("/", "_")
            sub.mkdir(parents=True, exist_ok=True)
        (sub / name).write_bytes(data)
    return folders


# --- phase 1: import (child process) -------------------------------------------------------
def _present(archive: Any) -> frozenset[int]:
    """Numbers of the generated documents an archive already holds (from their file names)."""
    from sqlalchemy import select

    from indexer.models import Document

    with archive.sessions() as session:
        names = session.scalars(select(Document.original_name))
        return frozenset(int(n.split(".")[0]) for n in names if n.split(".")[0].isdigit())


def phase_import(archive_dir: Path, n_docs: int, corpus: Path) -> dict[str, Any]:
    """Import documents 0..n_docs-1; those the archive already holds (an interrupted build
    continued with --resume) are not generated again."""
    from indexer.archive import Archive

    load_start = os.getloadavg()[0]
    t_load = time.perf_counter()
    sources = load_sources(corpus)
    order = source_order(sources)
    load_s = time.perf_counter() - t_load
    print(f"   {len(sources)} source texts loaded in {load_s:.1f} s", flush=True)
    gen_s = import_s = 0.0
    imported = duplicates = failed = 0
    input_bytes = 0
    failures: list[str] = []
    work = Path(tempfile.mkdtemp(prefix="bench_scale_files_"))
    t_start = time.perf_counter()
    last = [t_start]
    try:
        with Archive.open(archive_dir) as archive:
            present = _present(archive)
            if present:
                print(f"   {len(present):,} documents already in the archive: importing the "
                      "others", flush=True)
            for start in range(0, n_docs, BATCH_FILES):
                stop = min(n_docs, start + BATCH_FILES)
                if all(i in present for i in range(start, stop)):
                    continue
                t0 = time.perf_counter()
                batch = work / f"batch-{start:06d}"
                folders = write_batch(batch, sources, order, start, stop, present)
                input_bytes += _tree_bytes(batch)
                gen_s += time.perf_counter() - t0
                for tag, folder in sorted(folders.items()):
                    base = len(present) + imported + duplicates + failed

                    def progress(done: int, total: int, _msg: str, base: int = base) -> None:
                        now = time.perf_counter()
                        if now - last[0] >= PROGRESS_EVERY_S:
                            last[0] = now
                            print(f"   ... {base + done:,}/{n_docs:,} files, "
                                  f"{now - t_start:.0f} s elapsed, RSS {_rss_mb():.0f} MB",
                                  flush=True)

                    t1 = time.perf_counter()
                    report = archive.import_paths([folder], tags=[tag], progress=progress)
                    import_s += time.perf_counter() - t1
                    imported += len(report.imported)
                    duplicates += len(report.duplicates)
                    failed += len(report.failed)
                    failures.extend(f"{p}: {e}" for p, e in report.failed[:3])
                shutil.rmtree(batch)
                print(f"   batch {start:,}-{stop:,} done: {imported:,} imported so far, "
                      f"import {import_s:.0f} s, file generation {gen_s:.0f} s", flush=True)
            t_close = time.perf_counter()
        close_s = time.perf_counter() - t_close
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "docs": n_docs, "present": len(present), "imported": imported,
        "duplicates": duplicates, "failed": failed,
        "failures": failures[:5], "import_s": import_s, "close_s": close_s,
        "generate_s": gen_s, "load_s": load_s, "input_bytes": input_bytes,
        "peak_rss_mb": _peak_rss_mb(), "load": [load_start, os.getloadavg()[0]],
        "cpu_s": time.process_time(),
        "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


# --- phase 2: search (child process) -------------------------------------------------------
def phase_search(archive_dir: Path, rounds: int, kinds: tuple[str, ...],
                 budget_s: float) -> dict[str, Any]:
    from indexer.archive import Archive

    load_start = os.getloadavg()[0]
    rss_start = _rss_mb()
    t0 = time.perf_counter()
    with Archive.open(archive_dir) as archive:
        open_s = time.perf_counter() - t0
        doc_count = archive.count()
        rss_open = _rss_mb()
        _describe_index(archive)
        cold: dict[str, list[float]] = {k: [] for k in kinds}
        warm: dict[str, list[float]] = {k: [] for k in kinds}
        per_query: dict[str, dict[str, Any]] = {}

        cpu: dict[str, list[float]] = {k: [] for k in kinds}
        spent: dict[str, float] = dict.fromkeys(kinds, 0.0)

        def run(kind: str, q: str) -> float:
            start, start_cpu = time.perf_counter(), time.process_time()
            result = archive.search(q, limit=LIMIT, facets=(kind == "faceted"))
            ms = (time.perf_counter() - start) * 1000
            cpu[kind].append((time.process_time() - start_cpu) * 1000)
            spent[kind] += ms / 1000
            info = per_query.setdefault(q, {"kind": kind, "ms": []})
            info["ms"].append(ms)
            info["total"] = result.total
            info["hits"] = len(result.hits)
            info["marked"] = sum(1 for h in result.hits if "<b>" in h.snippet)
            info["paged"] = sum(1 for h in result.hits if len(h.pages) > 1)
            return ms

        for kind in kinds:  # cold: each query's first run after opening the archive
            for q in QUERIES[kind]:
                if spent[kind] > budget_s:  # a very slow kind: only its first queries
                    break
                cold[kind].append(run(kind, q))
        for _ in range(rounds):
            for kind in kinds:
                for q in QUERIES[kind][:len(cold[kind])]:
                    if spent[kind] > budget_s:  # a slow kind: fewer warm runs
                        break
                    warm[kind].append(run(kind, q))
    return {
        "doc_count": doc_count, "open_s": open_s, "rss_start_mb": rss_start,
        "rss_open_mb": rss_open, "peak_rss_mb": _peak_rss_mb(), "rounds": rounds,
        "kinds": list(kinds), "cold": cold, "warm": warm, "cpu": cpu,
        "per_query": per_query, "load": [load_start, os.getloadavg()[0]],
    }


def _describe_index(archive: Any) -> None:
    """Segments and vocabulary of the documents index: what expansions and matchers face."""
    with archive.index.ix.searcher() as searcher:
        reader = searcher.reader()
        segments = len(list(reader.leaf_readers()))
        words = sum(1 for _ in reader.lexicon("exact"))
    print(f"   documents index: {segments} segments, {words:,} distinct words "
          "(the corpus vocabulary: it grows little with copies, unlike a real archive's)",
          flush=True)


def _revision() -> str:
    """The commit measured, and whether the core had uncommitted changes."""
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "indexer"],
                               capture_output=True, text=True, timeout=10).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    changed = sum(1 for line in dirty if line.strip())
    return f"{head}" + (f" with {changed} uncommitted changes in indexer/" if changed else "")


def archive_sizes(archive_dir: Path) -> dict[str, int]:
    from indexer.paths import ArchivePaths

    paths = ArchivePaths(archive_dir)
    database = sum(_tree_bytes(p) for p in archive_dir.glob(paths.database.name + "*"))
    return {
        "index_bytes": _tree_bytes(paths.index_dir),
        "index_segments": len(list(paths.index_dir.glob("*.seg"))),
        "database_bytes": database,
        "files_bytes": _tree_bytes(paths.files_dir),
    }


# --- the parent: children, then the report -------------------------------------------------
def _child(args: list[str]) -> dict[str, Any]:
    """Run this script as a child phase, echo its output, return its result."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    result: dict[str, Any] | None = None
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, bufsize=1) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(RESULT_PREFIX):
                result = json.loads(line[len(RESULT_PREFIX):])
            else:
                print(line, end="", flush=True)
    if proc.returncode != 0 or result is None:
        raise SystemExit(f"child {' '.join(args)} failed with status {proc.returncode}")
    return result


def report_import(res: dict[str, Any], sizes: dict[str, int]) -> None:
    secs = res["import_s"]
    print(f"\n== import {res['docs']:,} documents ({_mb(res['input_bytes'])} of files)")
    if res.get("present"):
        print(f"   continued: {res['present']:,} were already imported; the figures below are "
              "this run's")
    print(f"   {res['imported']:,} imported, {res['duplicates']:,} duplicates, "
          f"{res['failed']:,} failed")
    for failure in res["failures"]:
        print(f"   failed: {failure}")
    print(f"   import wall {secs:,.1f} s = {res['imported'] / secs:,.1f} docs/s, "
          f"{res['input_bytes'] / 1e6 / secs:.2f} MB/s (not counted: writing the files "
          f"{res['generate_s']:.1f} s, closing {res['close_s']:.1f} s)")
    print(f"   importing process CPU {res['cpu_s']:,.0f} s; load average "
          f"{res['load'][0]:.1f} at start, {res['load'][1]:.1f} at end (2 cores: above 2, "
          "other work competed)")
    print(f"   peak RSS {res['peak_rss_mb']:,.0f} MB (importing process: SQLite, Whoosh "
          f"writer; extraction workers not included)")
    print_sizes(sizes)


def print_sizes(sizes: dict[str, int]) -> None:
    print(f"   on disk: index {_mb(sizes['index_bytes'])} ({sizes['index_segments']} segment "
          f"files), database {_mb(sizes['database_bytes'])}, file store "
          f"{_mb(sizes['files_bytes'])}")


def report_search(res: dict[str, Any]) -> dict[str, dict[str, float]]:
    n = res["doc_count"]
    kinds = res["kinds"]
    print(f"\n== search {n:,} documents: {len(kinds)} kinds x ~20 queries, 1 cold run + up to "
          f"{res['rounds']} warm runs each, limit {LIMIT}, snippets and pages")
    print(f"   open {res['open_s'] * 1000:.0f} ms; RSS {res['rss_start_mb']:.0f} MB before "
          f"open, {res['rss_open_mb']:.0f} MB after, peak {res['peak_rss_mb']:.0f} MB "
          f"while searching; load average {res['load'][0]:.1f} -> {res['load'][1]:.1f}")
    print(f"   {'kind':<8} {'cold p50':>9} {'cold max':>9} {'p50':>8} {'p95':>8} {'max':>8}"
          f" {'cpu p50':>8} {'runs':>9}   slowest query (warm median)")
    table: dict[str, dict[str, float]] = {}
    for kind in kinds:
        cold, warm = res["cold"][kind], res["warm"][kind] or res["cold"][kind]
        row = {"cold_p50": statistics.median(cold), "cold_max": max(cold),
               "p50": statistics.median(warm), "p95": _percentile(warm, 0.95),
               "max": max(warm), "cpu_p50": statistics.median(res["cpu"][kind]),
               "runs": len(res["warm"][kind]), "queries": len(cold)}
        table[kind] = row
        slow_q, slow = max(((q, statistics.median(i["ms"][1:] or i["ms"]))
                            for q, i in res["per_query"].items() if i["kind"] == kind),
                           key=lambda t: t[1])
        aim = ""
        if kind in AIM_KINDS and n >= 100_000:
            verdict = "met" if row["p95"] < AIM_P95_MS else "MISSED"
            aim = f"  aim p95 < {AIM_P95_MS:.0f} ms: {verdict}"
        print(f"   {kind:<8} {row['cold_p50']:>6.0f} ms {row['cold_max']:>6.0f} ms "
              f"{row['p50']:>5.0f} ms {row['p95']:>5.0f} ms {row['max']:>5.0f} ms "
              f"{row['cpu_p50']:>5.0f} ms {row['queries']:>3}+{row['runs']:<5}   "
              f"{slow_q} ({slow:.0f} ms){aim}")
    print("   (runs: queries timed cold + warm runs, cut short by --budget; cpu: process "
          "CPU time per search, all runs)")
    print(f"   aim (text): p95 under {AIM_P95_MS:.0f} ms for word, phrase and boolean at "
          "100,000 documents")
    empty = [q for q, i in res["per_query"].items() if i["total"] == 0]
    unmarked = [q for q, i in res["per_query"].items() if i["hits"] and not i["marked"]]
    too_many = [f"{q} ({i['hits']})" for q, i in res["per_query"].items() if i["hits"] > LIMIT]
    if empty:
        print(f"   queries with no hits: {', '.join(empty)}")
    if unmarked:
        print(f"   queries whose snippets mark nothing: {', '.join(unmarked)}")
    if too_many:
        print(f"   queries returning more than limit={LIMIT} hits: {', '.join(too_many)}")
    return table


def print_per_query(res: dict[str, Any]) -> None:
    print("\n   per query: total hits, hits returned, cold ms, warm median ms")
    for q, i in res["per_query"].items():
        warm = statistics.median(i["ms"][1:] or i["ms"])
        print(f"   {i['kind']:<8} {q:<40} {i['total']:>7,} {i['hits']:>4} "
              f"{i['ms'][0]:>8.1f} {warm:>8.1f}")


def _search_args(archive_dir: Path, args: argparse.Namespace) -> list[str]:
    return ["--phase", "search", "--archive-dir", str(archive_dir), "--rounds",
            str(args.rounds), "--kinds", args.kinds, "--budget", str(args.budget)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES),
                        help="document counts, comma-separated (default 10000,100000)")
    parser.add_argument("--quick", action="store_true",
                        help=f"a smoke run with {QUICK_SIZE:,} documents")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="keep the archive in DIR (DIR/scale-N for several sizes)")
    parser.add_argument("--resume", action="store_true",
                        help="with --keep: continue an interrupted build in that folder")
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="skip the import: measure searches on the archive in DIR")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="warm runs of each query")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="query kinds to time, comma-separated (default all)")
    parser.add_argument("--budget", type=float, default=BUDGET_S, metavar="SECONDS",
                        help="stop a kind's warm runs after this much time (default "
                             f"{BUDGET_S:.0f} s)")
    parser.add_argument("--per-query", action="store_true", help="print every query's figures")
    parser.add_argument("--phase", choices=["import", "search"], help=argparse.SUPPRESS)
    parser.add_argument("--archive-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if unknown := [k for k in kinds if k not in QUERIES]:
        parser.error(f"unknown kinds {unknown}; the kinds are {', '.join(KINDS)}")

    if args.phase == "import":
        _emit(phase_import(args.archive_dir, args.docs, args.corpus))
        return 0
    if args.phase == "search":
        _emit(phase_search(args.archive_dir, args.rounds, kinds, args.budget))
        return 0

    print(f"code: {_revision()}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
          "cores")
    if args.reuse:
        if not (args.reuse / "dossier.sqlite3").exists():
            parser.error(f"{args.reuse} holds no Dossier archive")
        print(f"\n##### searches on {args.reuse}")
        disk = archive_sizes(args.reuse)
        print_sizes(disk)
        res = _child(_search_args(args.reuse, args))
        table = report_search(res)
        if args.per_query:
            print_per_query(res)
        print_summary([(res["doc_count"], None, disk, res, table)])
        return 0

    sizes = [QUICK_SIZE] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    summary: list[tuple[int, dict[str, Any] | None, dict[str, int], dict[str, Any], dict]] = []
    for n in sizes:
        if args.keep:
            archive_dir = args.keep if len(sizes) == 1 else args.keep / f"scale-{n}"
            if archive_dir.exists() and any(archive_dir.iterdir()) and not args.resume:
                parser.error(f"{archive_dir} is not empty; give a new folder to --keep, or "
                             "--resume to continue the build there")
            tmp = None
        else:
            tmp = tempfile.mkdtemp(prefix="bench_scale_archive_")
            archive_dir = Path(tmp) / "archive"
        try:
            print(f"\n##### {n:,} documents -> {archive_dir}", flush=True)
            imp = _child(["--phase", "import", "--archive-dir", str(archive_dir),
                          "--docs", str(n), "--corpus", str(args.corpus)])
            disk = archive_sizes(archive_dir)
            report_import(imp, disk)
            res = _child(_search_args(archive_dir, args))
            table = report_search(res)
            if args.per_query:
                print_per_query(res)
            summary.append((n, imp, disk, res, table))
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)
    print_summary(summary)
    return 0


def print_summary(summary: list[tuple[int, dict[str, Any] | None, dict[str, int],
                                     dict[str, Any], dict]]) -> None:
    print("\n== summary (search latencies in ms: warm p50 / p95 / max, cold p50 / max)")
    print(f"   {'documents':<22}" + "".join(f"{n:>22,}" for n, *_ in summary))

    def line(label: str, values: list[str]) -> None:
        print(f"   {label:<22}" + "".join(f"{v:>22}" for v in values))

    if all(imp is not None for _, imp, *_ in summary):
        line("import wall", [f"{imp['import_s']:,.0f} s" for _, imp, *_ in summary])
        line("docs/s", [f"{imp['imported'] / imp['import_s']:,.1f}" for _, imp, *_ in summary])
    line("index", [_mb(d["index_bytes"]) for _, _, d, *_ in summary])
    line("database", [_mb(d["database_bytes"]) for _, _, d, *_ in summary])
    line("file store", [_mb(d["files_bytes"]) for _, _, d, *_ in summary])
    if all(imp is not None for _, imp, *_ in summary):
        line("peak RSS import", [f"{imp['peak_rss_mb']:,.0f} MB" for _, imp, *_ in summary])
    line("peak RSS search", [f"{r['peak_rss_mb']:,.0f} MB" for *_, r, _ in summary])
    for kind in summary[0][3]["kinds"]:
        line(kind, [f"{t[kind]['p50']:.0f} / {t[kind]['p95']:.0f} / {t[kind]['max']:.0f}"
                    for *_, t in summary])
        line("  cold", [f"{t[kind]['cold_p50']:.0f} / {t[kind]['cold_max']:.0f}"
                        for *_, t in summary])
    print(f"   aim: p95 under {AIM_P95_MS:.0f} ms for word, phrase and boolean at 100,000 "
          "documents")


if __name__ == "__main__":
    sys.exit(main())
