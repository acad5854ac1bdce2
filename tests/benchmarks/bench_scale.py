"""Benchmark at scale: Dossier beside plain Whoosh on 10,000 and 100,000 documents (on demand).

    python tests/benchmarks/bench_scale.py [--sizes 10000,100000] [--quick] [--corpus DIR]
        [--keep DIR] [--resume] [--reuse DIR] [--rounds N] [--kinds word,phrase,...]
        [--budget S] [--per-query] [--no-whoosh | --whoosh-only] [--whoosh-keep DIR]
        [--whoosh-reuse DIR] [--whoosh-procs N]

    python tests/benchmarks/bench_scale.py --sizes 10000 --keep /tmp/scale10k \
        --whoosh-keep /tmp/plain10k
    python tests/benchmarks/bench_scale.py --reuse /tmp/scale10k --whoosh-reuse /tmp/plain10k \
        --kinds word,phrase,boolean

The documents are the real texts of the shared corpus (BBC news, Russian newspaper articles,
web articles, the UDHR, treaty texts) repeated and varied: each copy has its own header (title,
source, date, a unique URL) and its paragraphs rotated and swapped, or a window of its pages,
chosen with a seeded RNG, so no two files have the same bytes while the words and their Zipf
distribution stay real (the vocabulary is the corpus's: it hardly grows with the copies, so
prefix and fuzzy expansion cost less here than in a real archive of the same size).
Files are written as .txt (most), .md and .html, 10,000 at a time, imported per tag folder
through Archive.import_paths (extraction workers, SQLite, Whoosh writer), then deleted.

The baseline is plain Whoosh on the same documents (title and body as plain text): one TEXT
field with StemmingAnalyzer, stored id and title, the tag/kind/year/lang of each document as
ID fields; built with procs=2 and multisegment=True (one process if that fails); searched with
QueryParser and OrGroup (plus fuzzy terms), tag:/kind:/year:/lang: applied as a filter, top 20,
snippets from hit.highlights() over the text read from disk (terms=True: Whoosh would otherwise
expand fuzzy and prefix terms again for every hit), facet counts by groupedby for "faceted".

Prints, per size: import wall time and docs/s (Dossier) and build docs/s (plain Whoosh); index,
database and file-store sizes; peak RSS of the importing and of the searching processes; and
per query kind (word, words, phrase, boolean, prefix, fuzzy, faceted, filter; 20 fixed English
and Russian queries each) the latency of Archive.search(query, limit=20,
facets=<faceted kind only>) and of the plain Whoosh search: cold (each query's first run after
opening) and warm (p50, p95, max over the repeated runs), with the process CPU time per search
(the machine may be busy: compare CPU times then), then both side by side with the ratio of
their p95 and issue 10's aims. No timing is asserted.

--keep DIR keeps the archive (DIR itself for one size, DIR/scale-N for several); --reuse DIR
skips the import and only measures searches on an existing archive. --whoosh-keep and
--whoosh-reuse do the same for the plain Whoosh index (DIR/whoosh-N for several sizes);
--no-whoosh skips the baseline, --whoosh-only measures only it. --budget caps the time spent
on one kind (fuzzy queries can take seconds each). Each phase runs in a child process of its
own, so each peak RSS is that phase's own. Only the Archive facade is used for Dossier (the
index description printed after opening looks inside and is skipped when that fails).
"""
from __future__ import annotations

import argparse
import html
import itertools
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
AIM_P95_10K_MS = 50.0         # every kind at 10,000 documents (issue 10)
AIM_P95_100K_MS = {"word": 100.0, "boolean": 100.0, "prefix": 100.0, "filter": 100.0,
                   "phrase": 250.0, "faceted": 250.0}
AIM_RSS_MB = 500.0            # while searching 100,000 documents
AIM_WHOOSH_RATIO = 2.0        # Dossier's p95 within 2x plain Whoosh's, at every size
AIM_TEXT = ("aims (issue 10): p95 <= 50 ms for every kind at 10,000 documents; at 100,000 "
            "p95 <= 100 ms for word, boolean, prefix and filter, <= 250 ms for phrase and "
            "faceted, RSS <= 500 MB while searching; p95 within 2x plain Whoosh's at every size")
WHOOSH_FACETS = ("tag", "kind", "year", "lang")
WHOOSH_PROCS = 2
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
    "words": [
        "prime minister election", "oil prices", "mobile phone market", "share prices fell",
        "football club manager", "interest rates bank", "music award winner",
        "government tax plans", "court appeal ruling", "film box office",
        "internet security software", "human rights council", "high seas treaty",
        "chelsea arsenal match",
        "цены на нефть", "государственная дума выборы", "центральный банк ставка",
        "президент россии", "права человека", "московское метро",
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
    "filter": [  # like faceted, without facet counts: a word plus one filter
        "economy kind:text", "election lang:en", "football year:2005",
        "music tag:bbc/entertainment", "oil kind:html", "court year:2004", "film lang:en",
        "government kind:markdown", "sea tag:legal", "rights year:2010", "bank kind:text",
        "tax lang:en", "police year:2005", "internet tag:bbc/tech",
        "нефть lang:ru", "выборы year:2016", "правительство kind:text", "суд tag:news/ru",
        "экономика kind:html", "санкции lang:ru",
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


@dataclass
class Doc:
    """One generated document, before it is written as a file (or fed to plain Whoosh)."""

    i: int
    tag: str
    fmt: str                    # txt | md | html
    title: str
    source: str
    date: str
    url: str
    lang: str
    paragraphs: list[str]       # the body: paragraphs, or pages of a long document
    paged: bool = False         # the paragraphs are pages (joined with form feeds)

    @property
    def name(self) -> str:
        return f"{self.i:06d}.{self.fmt}"

    @property
    def kind(self) -> str:
        """Dossier's kind: for the kind: filter of the plain Whoosh baseline."""
        return {"txt": "text", "md": "markdown", "html": "html"}[self.fmt]

    def text(self) -> str:
        """The title and body as plain text (what plain Whoosh indexes)."""
        return self.title + "\n\n" + "\n\n".join(self.paragraphs)


def compose_document(i: int, src: Source) -> Doc:
    """Document i: a varied copy of src with a unique header (a seeded RNG per document)."""
    rng = random.Random(SEED * 1_000_003 + i)
    year = rng.randint(*src.years)
    date = f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    url = f"https://archive.example/{src.family}/{i:06d}"
    if src.pages:  # a long document: a window of consecutive pages, kept in pages
        size = min(len(src.pages), rng.randint(2, 40))
        start = rng.randrange(len(src.pages) - size + 1)
        title = f"{src.title} (pp. {start + 1}-{start + size})"
        return Doc(i, src.tag, "txt", title, src.source, date, url, src.lang,
                   src.pages[start:start + size], paged=True)
    paragraphs = _vary(src.paragraphs, rng)
    fmt = "html" if src.family == "web" else rng.choices(["txt", "md", "html"], [85, 10, 5])[0]
    return Doc(i, src.tag, fmt, src.title, src.source, date, url, src.lang, paragraphs)


def make_document(i: int, src: Source) -> tuple[str, str, bytes]:
    """(tag, file name, bytes) of document i: a varied copy of src with a unique header."""
    d = compose_document(i, src)
    if d.paged:
        body = "\n\f\n".join(d.paragraphs)
        return d.tag, d.name, _txt(d.title, d.source, d.date, d.url, body)
    if d.fmt == "html":
        data = _html(d.title, d.source, d.date, d.url, d.paragraphs, d.lang, i)
    elif d.fmt == "md":
        data = _md(d.title, d.source, d.date, d.url, d.paragraphs)
    else:
        data = _txt(d.title, d.source, d.date, d.url, "\n\n".join(d.paragraphs))
    return d.tag, d.name, data


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

        time_kinds(run, kinds, rounds, budget_s, spent, cold, warm)
    return {
        "doc_count": doc_count, "open_s": open_s, "rss_start_mb": rss_start,
        "rss_open_mb": rss_open, "peak_rss_mb": _peak_rss_mb(), "rounds": rounds,
        "kinds": list(kinds), "cold": cold, "warm": warm, "cpu": cpu,
        "per_query": per_query, "load": [load_start, os.getloadavg()[0]],
    }


def time_kinds(run: Any, kinds: tuple[str, ...], rounds: int, budget_s: float,
               spent: dict[str, float], cold: dict[str, list[float]],
               warm: dict[str, list[float]]) -> None:
    """Each query's first run (cold), then `rounds` warm runs; a kind that spent its budget
    runs fewer queries or rounds."""
    for kind in kinds:  # cold: each query's first run after opening the index
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


def _describe_index(archive: Any) -> None:
    """Segments and vocabulary of the documents index: what expansions and matchers face.

    It looks inside the engine (not the facade): skipped when the engine's layout differs."""
    try:
        _describe_docs_index(archive.index.ix)
    except Exception as exc:  # a rebuilt engine: the figures are optional
        print(f"   (index layout not described: {type(exc).__name__})", flush=True)


def _describe_docs_index(docs: Any) -> None:
    with docs.searcher() as searcher:
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
    index_dir = paths.index_dir
    return {
        "index_bytes": _tree_bytes(index_dir) if index_dir.exists() else 0,
        "index_segments": len(list(index_dir.rglob("*.seg"))) if index_dir.exists() else 0,
        "database_bytes": database,
        "files_bytes": _tree_bytes(paths.files_dir),
    }


# --- the plain Whoosh baseline (child processes) -------------------------------------------
def whoosh_schema() -> Any:
    """Plain Whoosh: one stemmed TEXT field; stored id and title; the filter fields as IDs."""
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, STORED, TEXT, Schema

    return Schema(id=STORED(), title=STORED(), content=TEXT(analyzer=StemmingAnalyzer()),
                  **{name: ID(sortable=True) for name in WHOOSH_FACETS})


def _text_path(whoosh_dir: Path, i: int) -> Path:
    """Where the baseline keeps document i's text (its "file store", for snippets)."""
    return whoosh_dir / "texts" / f"{i // 1000:03d}" / f"{i:06d}.txt"


def write_whoosh_texts(whoosh_dir: Path, n_docs: int, corpus: Path) -> list[dict[str, Any]]:
    """Write every document's plain text beside the index; return their fields but content."""
    sources = load_sources(corpus)
    order = source_order(sources)
    rows = []
    for i in range(n_docs):
        d = compose_document(i, sources[order[i % len(order)]])
        path = _text_path(whoosh_dir, i)
        if i % 1000 == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(d.text(), encoding="utf-8")
        rows.append({"id": i, "title": d.title, "tag": d.tag, "kind": d.kind,
                     "year": d.date[:4], "lang": d.lang})
    return rows


def _whoosh_add_all(whoosh_dir: Path, rows: list[dict[str, Any]], procs: int) -> None:
    from whoosh import index

    folder = whoosh_dir / "index"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), whoosh_schema())
    writer = (ix.writer(procs=procs, multisegment=True, limitmb=128) if procs > 1
              else ix.writer(limitmb=256))
    start = last = time.perf_counter()
    for k, row in enumerate(rows):
        text = _text_path(whoosh_dir, row["id"]).read_text(encoding="utf-8")
        writer.add_document(content=text, **row)
        now = time.perf_counter()
        if now - last >= PROGRESS_EVERY_S:
            last = now
            print(f"   ... plain Whoosh: {k:,}/{len(rows):,} documents, {now - start:.0f} s, "
                  f"RSS {_rss_mb():.0f} MB", flush=True)
    writer.commit()


def phase_whoosh_build(whoosh_dir: Path, n_docs: int, corpus: Path,
                       procs: int) -> dict[str, Any]:
    """Build the plain Whoosh index of documents 0..n_docs-1 (texts written first, untimed)."""
    load_start = os.getloadavg()[0]
    t0 = time.perf_counter()
    rows = write_whoosh_texts(whoosh_dir, n_docs, corpus)
    generate_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    try:
        _whoosh_add_all(whoosh_dir, rows, procs)
    except Exception as exc:  # with procs > 1 a worker error loses its batch: start over
        if procs == 1:
            raise
        print(f"   plain Whoosh with procs={procs} failed ({type(exc).__name__}: {exc}); "
              "building again with one process", flush=True)
        procs = 1
        t1 = time.perf_counter()
        _whoosh_add_all(whoosh_dir, rows, procs)
    return {"docs": n_docs, "build_s": time.perf_counter() - t1, "generate_s": generate_s,
            "procs": procs, "peak_rss_mb": _peak_rss_mb(),
            "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            / 1024, "load": [load_start, os.getloadavg()[0]]}


_FILTER = re.compile(r"(?:^|\s)(tag|kind|year|lang):(\[[^\]]*\]|\S+)")


def whoosh_filters(q: str) -> tuple[str, Any]:
    """(the words of q, its tag:/kind:/year:/lang: terms as one Whoosh filter or None).

    Dossier applies those fields as filters; with the OR parser they would be alternatives."""
    from whoosh import query
    from whoosh.qparser import QueryParser

    parts: list[Any] = []
    for name, value in _FILTER.findall(q):
        if value.startswith("["):
            parts.append(QueryParser(name, whoosh_schema()).parse(f"{name}:{value}"))
        elif name == "tag":  # a tag also matches its sub-tags, as in Dossier
            parts.append(query.Or([query.Term(name, value), query.Prefix(name, value + "/")]))
        else:
            parts.append(query.Term(name, value))
    words = _FILTER.sub(" ", q).strip()
    return words, (query.And(parts) if parts else None)


def whoosh_sizes(whoosh_dir: Path) -> dict[str, int]:
    folder = whoosh_dir / "index"
    return {"index_bytes": _tree_bytes(folder),
            "index_segments": len(list(folder.glob("*.seg"))),
            "texts_bytes": _tree_bytes(whoosh_dir / "texts")}


def phase_whoosh_search(whoosh_dir: Path, rounds: int, kinds: tuple[str, ...],
                        budget_s: float) -> dict[str, Any]:
    """The same queries on plain Whoosh: OR parser, top 20, highlighted snippets."""
    from whoosh import index, sorting
    from whoosh.qparser import FuzzyTermPlugin, OrGroup, QueryParser

    load_start = os.getloadavg()[0]
    rss_start = _rss_mb()
    t0 = time.perf_counter()
    ix = index.open_dir(str(whoosh_dir / "index"))
    parser = QueryParser("content", ix.schema, group=OrGroup)
    parser.add_plugin(FuzzyTermPlugin())
    facets = sorting.Facets()
    for name in WHOOSH_FACETS:
        facets.add_field(name)
    cold: dict[str, list[float]] = {k: [] for k in kinds}
    warm: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}
    spent: dict[str, float] = dict.fromkeys(kinds, 0.0)
    per_query: dict[str, dict[str, Any]] = {}
    with ix.searcher() as searcher:
        open_s = time.perf_counter() - t0
        doc_count = searcher.doc_count()
        rss_open = _rss_mb()
        print(f"   plain Whoosh index: {len(list(searcher.reader().leaf_readers()))} segments",
              flush=True)

        def run(kind: str, q: str) -> float:
            start, start_cpu = time.perf_counter(), time.process_time()
            words, filters = whoosh_filters(q)
            query = parser.parse(words)
            if kind == "faceted":
                results = searcher.search(query, limit=LIMIT, filter=filters, terms=True,
                                          groupedby=facets)
                for name in WHOOSH_FACETS:
                    results.groups(name)
            else:
                results = searcher.search(query, limit=LIMIT, filter=filters, terms=True)
            snippets = [hit.highlights("content", text=_text_path(whoosh_dir, hit["id"])
                                       .read_text(encoding="utf-8"))
                        for hit in itertools.islice(results, LIMIT)]  # all of them if faceted
            ms = (time.perf_counter() - start) * 1000
            cpu[kind].append((time.process_time() - start_cpu) * 1000)
            spent[kind] += ms / 1000
            info = per_query.setdefault(q, {"kind": kind, "ms": []})
            info["ms"].append(ms)
            info["total"] = results.estimated_length()
            info["hits"] = len(snippets)
            info["marked"] = sum(1 for snippet in snippets if "<b" in snippet)
            info["paged"] = 0
            return ms

        time_kinds(run, kinds, rounds, budget_s, spent, cold, warm)
    return {
        "doc_count": doc_count, "open_s": open_s, "rss_start_mb": rss_start,
        "rss_open_mb": rss_open, "peak_rss_mb": _peak_rss_mb(), "rounds": rounds,
        "kinds": list(kinds), "cold": cold, "warm": warm, "cpu": cpu,
        "per_query": per_query, "load": [load_start, os.getloadavg()[0]],
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


def aim_ms(kind: str, n: int) -> float | None:
    """Issue 10's p95 aim for a kind at n documents (None: no absolute aim)."""
    if n >= 100_000:
        return AIM_P95_100K_MS.get(kind)
    return AIM_P95_10K_MS if n >= 10_000 else None


def report_search(res: dict[str, Any], label: str = "Dossier") -> dict[str, dict[str, float]]:
    n = res["doc_count"]
    kinds = res["kinds"]
    print(f"\n== {label}: search {n:,} documents: {len(kinds)} kinds x ~20 queries, 1 cold run "
          f"+ up to {res['rounds']} warm runs each, limit {LIMIT}, snippets"
          + (" and pages" if label == "Dossier" else ""))
    print(f"   open {res['open_s'] * 1000:.0f} ms; RSS {res['rss_start_mb']:.0f} MB before "
          f"open, {res['rss_open_mb']:.0f} MB after, peak {res['peak_rss_mb']:.0f} MB "
          f"while searching; load average {res['load'][0]:.1f} -> {res['load'][1]:.1f}")
    print(f"   {'kind':<8} {'cold p50':>9} {'cold max':>9} {'p50':>8} {'p95':>8} {'max':>8}"
          f" {'cpu p50':>8} {'runs':>9}   slowest query (warm median)")
    table: dict[str, dict[str, float]] = {}
    for kind in kinds:
        cold, warm = res["cold"][kind], res["warm"][kind] or res["cold"][kind]
        row = {"cold_p50": statistics.median(cold), "cold_p95": _percentile(cold, 0.95),
               "cold_max": max(cold), "p50": statistics.median(warm),
               "p95": _percentile(warm, 0.95), "max": max(warm),
               "cpu_p50": statistics.median(res["cpu"][kind]),
               "runs": len(res["warm"][kind]), "queries": len(cold)}
        table[kind] = row
        slow_q, slow = max(((q, statistics.median(i["ms"][1:] or i["ms"]))
                            for q, i in res["per_query"].items() if i["kind"] == kind),
                           key=lambda t: t[1])
        aim = aim_ms(kind, n)
        verdict = ""
        if aim is not None and label == "Dossier":
            verdict = f"  aim p95 <= {aim:.0f} ms: {'met' if row['p95'] <= aim else 'MISSED'}"
        print(f"   {kind:<8} {row['cold_p50']:>6.0f} ms {row['cold_max']:>6.0f} ms "
              f"{row['p50']:>5.0f} ms {row['p95']:>5.0f} ms {row['max']:>5.0f} ms "
              f"{row['cpu_p50']:>5.0f} ms {row['queries']:>3}+{row['runs']:<5}   "
              f"{slow_q} ({slow:.0f} ms){verdict}")
    print("   (runs: queries timed cold + warm runs, cut short by --budget; cpu: process "
          "CPU time per search, all runs)")
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


def report_versus(n: int, ours: dict[str, dict[str, float]],
                  base: dict[str, dict[str, float]], rss: tuple[float, float]) -> None:
    """Dossier beside plain Whoosh per kind: cold and warm p50/p95, and the p95 ratios."""
    print(f"\n== Dossier vs plain Whoosh, {n:,} documents (ms; ratio = Dossier / Whoosh p95)")
    print(f"   {'kind':<8} {'Dossier cold':>13} {'Dossier warm':>13} {'Whoosh cold':>12} "
          f"{'Whoosh warm':>12} {'x cold':>7} {'x warm':>7} {'x cpu':>6}   aims")
    for kind in ours:
        if kind not in base:
            continue
        d, w = ours[kind], base[kind]
        ratio_cold = d["cold_p95"] / max(w["cold_p95"], 0.1)
        ratio_warm = d["p95"] / max(w["p95"], 0.1)
        ratio_cpu = d["cpu_p50"] / max(w["cpu_p50"], 0.1)
        aims = [f"2x Whoosh {'met' if ratio_warm <= AIM_WHOOSH_RATIO else 'MISSED'}"]
        aim = aim_ms(kind, n)
        if aim is not None:
            aims.append(f"<= {aim:.0f} ms {'met' if d['p95'] <= aim else 'MISSED'}")
        print(f"   {kind:<8} {d['cold_p50']:>5.0f} /{d['cold_p95']:>6.0f} "
              f"{d['p50']:>5.0f} /{d['p95']:>6.0f} {w['cold_p50']:>4.0f} /{w['cold_p95']:>6.0f} "
              f"{w['p50']:>4.0f} /{w['p95']:>6.0f} {ratio_cold:>6.1f}x {ratio_warm:>6.1f}x "
              f"{ratio_cpu:>5.1f}x   "
              f"{', '.join(aims)}")
    all_ours = statistics.median([ours[k]["p95"] for k in ours if k in base])
    all_base = statistics.median([base[k]["p95"] for k in ours if k in base])
    print(f"   (columns: p50 / p95; x cpu: ratio of the median CPU time per search, steadier "
          f"than wall time on a busy machine; median over kinds of p95: Dossier "
          f"{all_ours:.0f} ms, Whoosh {all_base:.0f} ms)")
    rss_note = ""
    if n >= 100_000:
        rss_note = f"; aim <= {AIM_RSS_MB:.0f} MB: {'met' if rss[0] <= AIM_RSS_MB else 'MISSED'}"
    print(f"   peak RSS while searching: Dossier {rss[0]:.0f} MB, plain Whoosh {rss[1]:.0f} MB"
          f"{rss_note}")


def report_whoosh_build(res: dict[str, Any], sizes: dict[str, int]) -> None:
    secs = res["build_s"]
    print(f"\n== plain Whoosh build {res['docs']:,} documents (StemmingAnalyzer, one TEXT "
          f"field, procs={res['procs']}{', multisegment' if res['procs'] > 1 else ''})")
    print(f"   build wall {secs:,.1f} s = {res['docs'] / secs:,.1f} docs/s (not counted: "
          f"reading the corpus and writing the texts {res['generate_s']:.1f} s); peak RSS {res['peak_rss_mb']:.0f} MB "
          f"(main), {res['children_peak_rss_mb']:.0f} MB (workers); load average "
          f"{res['load'][0]:.1f} -> {res['load'][1]:.1f}")
    print_whoosh_sizes(sizes)


def print_whoosh_sizes(sizes: dict[str, int]) -> None:
    print(f"   on disk: index {_mb(sizes['index_bytes'])} ({sizes['index_segments']} segments), "
          f"texts {_mb(sizes['texts_bytes'])}")


def print_per_query(res: dict[str, Any]) -> None:
    print("\n   per query: total hits, hits returned, cold ms, warm median ms")
    for q, i in res["per_query"].items():
        warm = statistics.median(i["ms"][1:] or i["ms"])
        print(f"   {i['kind']:<8} {q:<40} {i['total']:>7,} {i['hits']:>4} "
              f"{i['ms'][0]:>8.1f} {warm:>8.1f}")


def _search_args(archive_dir: Path, args: argparse.Namespace) -> list[str]:
    return ["--phase", "search", "--archive-dir", str(archive_dir), "--rounds",
            str(args.rounds), "--kinds", args.kinds, "--budget", str(args.budget)]


@dataclass
class SizeRun:
    """Everything measured at one size: Dossier's and plain Whoosh's figures."""

    n: int
    imp: dict[str, Any] | None = None       # Dossier import (None with --reuse)
    disk: dict[str, int] | None = None
    res: dict[str, Any] | None = None       # Dossier search (None with --whoosh-only)
    table: dict[str, dict[str, float]] | None = None
    wbuild: dict[str, Any] | None = None    # plain Whoosh build (None when reused)
    wdisk: dict[str, int] | None = None
    wres: dict[str, Any] | None = None      # plain Whoosh search (None with --no-whoosh)
    wtable: dict[str, dict[str, float]] | None = None


def run_whoosh(run: SizeRun, args: argparse.Namespace, several: bool) -> None:
    """Build (or reuse) the plain Whoosh index of run.n documents and time the queries."""
    if args.no_whoosh:
        return
    tmp = None
    if args.whoosh_reuse:
        wdir = args.whoosh_reuse
    elif args.whoosh_keep:
        wdir = args.whoosh_keep / f"whoosh-{run.n}" if several else args.whoosh_keep
        if wdir.exists() and any(wdir.iterdir()):
            raise SystemExit(f"{wdir} is not empty; give a new folder to --whoosh-keep, or "
                             "reuse it with --whoosh-reuse")
    else:
        tmp = tempfile.mkdtemp(prefix="bench_scale_whoosh_")
        wdir = Path(tmp)
    try:
        if not args.whoosh_reuse:
            print(f"\n##### plain Whoosh, {run.n:,} documents -> {wdir}", flush=True)
            run.wbuild = _child(["--phase", "whoosh-build", "--whoosh-dir", str(wdir),
                                 "--docs", str(run.n), "--corpus", str(args.corpus),
                                 "--whoosh-procs", str(args.whoosh_procs)])
        run.wdisk = whoosh_sizes(wdir)
        if run.wbuild:
            report_whoosh_build(run.wbuild, run.wdisk)
        else:
            print(f"\n##### plain Whoosh reused from {wdir}")
            print_whoosh_sizes(run.wdisk)
        run.wres = _child(["--phase", "whoosh-search", "--whoosh-dir", str(wdir),
                           "--rounds", str(args.rounds), "--kinds", args.kinds,
                           "--budget", str(args.budget)])
        if run.res is None:  # --whoosh-only: the size is the index's
            run.n = run.wres["doc_count"]
        run.wtable = report_search(run.wres, label="plain Whoosh")
        if args.per_query:
            print_per_query(run.wres)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    if run.table and run.wtable and run.res:
        report_versus(run.n, run.table, run.wtable,
                      (run.res["peak_rss_mb"], run.wres["peak_rss_mb"]))


def build_parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--no-whoosh", action="store_true",
                        help="skip the plain Whoosh baseline")
    parser.add_argument("--whoosh-only", action="store_true",
                        help="only the plain Whoosh baseline (no Dossier import or search)")
    parser.add_argument("--whoosh-keep", type=Path, metavar="DIR",
                        help="keep the plain Whoosh index and texts in DIR (DIR/whoosh-N for "
                             "several sizes)")
    parser.add_argument("--whoosh-reuse", type=Path, metavar="DIR",
                        help="skip the plain Whoosh build: use the index kept in DIR")
    parser.add_argument("--whoosh-procs", type=int, default=WHOOSH_PROCS,
                        help=f"plain Whoosh writer processes (default {WHOOSH_PROCS})")
    parser.add_argument("--phase", choices=["import", "search", "whoosh-build", "whoosh-search"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--archive-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--whoosh-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=int, help=argparse.SUPPRESS)
    return parser


def run_phase(args: argparse.Namespace, kinds: tuple[str, ...]) -> None:
    """In a child process: one phase, its result printed as one line for the parent."""
    if args.phase == "import":
        _emit(phase_import(args.archive_dir, args.docs, args.corpus))
    elif args.phase == "search":
        _emit(phase_search(args.archive_dir, args.rounds, kinds, args.budget))
    elif args.phase == "whoosh-build":
        _emit(phase_whoosh_build(args.whoosh_dir, args.docs, args.corpus, args.whoosh_procs))
    else:
        _emit(phase_whoosh_search(args.whoosh_dir, args.rounds, kinds, args.budget))


def main() -> int:
    parser = build_parser()
    args = parser.parse_args()
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if unknown := [k for k in kinds if k not in QUERIES]:
        parser.error(f"unknown kinds {unknown}; the kinds are {', '.join(KINDS)}")
    if args.phase:
        run_phase(args, kinds)
        return 0
    if args.whoosh_reuse and not (args.whoosh_reuse / "index").is_dir():
        parser.error(f"{args.whoosh_reuse} holds no plain Whoosh index (an 'index' folder)")
    if args.no_whoosh and args.whoosh_only:
        parser.error("--no-whoosh and --whoosh-only leave nothing to measure")

    print(f"code: {_revision()}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
          "cores")
    if args.reuse:
        if not (args.reuse / "dossier.sqlite3").exists():
            parser.error(f"{args.reuse} holds no Dossier archive")
        print(f"\n##### searches on {args.reuse}")
        disk = archive_sizes(args.reuse)
        run = SizeRun(0, disk=disk)
        print_sizes(disk)
        run.res = _child(_search_args(args.reuse, args))
        run.n = run.res["doc_count"]
        run.table = report_search(run.res)
        if args.per_query:
            print_per_query(run.res)
        run_whoosh(run, args, several=False)
        print_summary([run])
        return 0

    sizes = [QUICK_SIZE] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")
    if args.whoosh_reuse and len(sizes) > 1:
        parser.error("--whoosh-reuse takes one size")
    summary = []
    for n in sizes:
        run = SizeRun(n)
        if not args.whoosh_only:
            run_dossier(run, args, several=len(sizes) > 1, parser=parser)
        run_whoosh(run, args, several=len(sizes) > 1)
        summary.append(run)
    print_summary(summary)
    return 0


def run_dossier(run: SizeRun, args: argparse.Namespace, several: bool,
                parser: argparse.ArgumentParser) -> None:
    """Import run.n generated documents into a fresh (or kept) archive and time the queries."""
    n = run.n
    if args.keep:
        archive_dir = args.keep / f"scale-{n}" if several else args.keep
        if archive_dir.exists() and any(archive_dir.iterdir()) and not args.resume:
            parser.error(f"{archive_dir} is not empty; give a new folder to --keep, or "
                         "--resume to continue the build there")
        tmp = None
    else:
        tmp = tempfile.mkdtemp(prefix="bench_scale_archive_")
        archive_dir = Path(tmp) / "archive"
    try:
        print(f"\n##### {n:,} documents -> {archive_dir}", flush=True)
        run.imp = _child(["--phase", "import", "--archive-dir", str(archive_dir),
                          "--docs", str(n), "--corpus", str(args.corpus)])
        run.disk = archive_sizes(archive_dir)
        report_import(run.imp, run.disk)
        run.res = _child(_search_args(archive_dir, args))
        run.table = report_search(run.res)
        if args.per_query:
            print_per_query(run.res)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def print_summary(summary: list[SizeRun]) -> None:
    print("\n== summary (search latencies in ms: warm p50 / p95, cold p50 / p95; "
          "x = Dossier p95 / plain Whoosh p95)")
    print(f"   {'documents':<22}" + "".join(f"{r.n:>26,}" for r in summary))

    def line(label: str, values: list[str]) -> None:
        print(f"   {label:<22}" + "".join(f"{v:>26}" for v in values))

    def each(fn: Any) -> list[str]:
        out = []
        for r in summary:
            try:
                out.append(fn(r))
            except (TypeError, KeyError, ZeroDivisionError):  # not measured in this run
                out.append("-")
        return out

    line("Dossier import", each(lambda r: f"{r.imp['import_s']:,.0f} s = "
                                          f"{r.imp['imported'] / r.imp['import_s']:,.1f}/s"))
    line("Whoosh build", each(lambda r: f"{r.wbuild['build_s']:,.0f} s = "
                                        f"{r.wbuild['docs'] / r.wbuild['build_s']:,.1f}/s"))
    line("Dossier index", each(lambda r: _mb(r.disk["index_bytes"])))
    line("Dossier database", each(lambda r: _mb(r.disk["database_bytes"])))
    line("Dossier file store", each(lambda r: _mb(r.disk["files_bytes"])))
    line("Whoosh index", each(lambda r: _mb(r.wdisk["index_bytes"])))
    line("peak RSS import", each(lambda r: f"{r.imp['peak_rss_mb']:,.0f} MB"))
    line("peak RSS search", each(lambda r: f"{r.res['peak_rss_mb']:,.0f} MB"))
    line("  plain Whoosh", each(lambda r: f"{r.wres['peak_rss_mb']:,.0f} MB"))
    first = summary[0].table or summary[0].wtable or {}
    for kind in first:
        line(kind, each(lambda r, k=kind: f"{r.table[k]['p50']:.0f} / {r.table[k]['p95']:.0f}"))
        line("  cold", each(lambda r, k=kind: f"{r.table[k]['cold_p50']:.0f} / "
                                              f"{r.table[k]['cold_p95']:.0f}"))
        line("  plain Whoosh", each(lambda r, k=kind: f"{r.wtable[k]['p50']:.0f} / "
                                                      f"{r.wtable[k]['p95']:.0f}"))
        line("  x p95", each(lambda r, k=kind: f"{r.table[k]['p95'] / r.wtable[k]['p95']:.1f}x"))
    print(f"   {AIM_TEXT}")


if __name__ == "__main__":
    sys.exit(main())
