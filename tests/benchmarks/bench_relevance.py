"""Benchmark: search quality on Cranfield and CISI (MAP, nDCG@10), Dossier beside plain Whoosh.

    python tests/benchmarks/bench_relevance.py [--corpus ../shared/corpus]
        [--collections cranfield,cisi] [--no-and]

The baseline is plain Whoosh BM25F (its defaults: StandardAnalyzer, B=0.75, K1=1.2) over the
same title and text, queried with Whoosh's OR parser (and, for reference, its default AND
parser). Queries are the collection's natural-language requests reduced to plain words.
Issue 10's aim: Dossier at least +0.02 over plain Whoosh BM25F in MAP and nDCG@10 on BOTH
collections (a setting that helps one and hurts the other is overfitting).

For a parameter sweep, import this module and call evaluate():

    from tests.benchmarks.bench_relevance import evaluate, load_collection
    cisi = load_collection("cisi")                       # parsed once, cached
    scores = evaluate(cisi)                              # Archive.open(folder)
    scores = evaluate("cranfield", {"some_setting": 1})  # Archive.open(folder, **settings)
    scores = evaluate(cisi, lambda folder: make_archive(folder))  # any factory
    print(scores.map, scores.ndcg10)

Each evaluate() imports the collection into a fresh archive in a temporary folder (~10-30 s);
to rank many times over one import, use build_archive() then evaluate_archive().
"""
from __future__ import annotations

import argparse
import functools
import math
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from indexer.archive import Archive

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
Docs = dict[int, tuple[str, str, str]]  # id -> (title, author, text)
Qrels = dict[int, dict[int, int]]       # query -> doc -> gain
Ranker = Callable[[str], list[int]]
ArchiveFactory = Callable[[Path], Archive]
DEPTH = 100
AIM_GAIN = 0.02
COLLECTIONS = ("cranfield", "cisi")


@dataclass
class Collection:
    """A test collection: documents, queries by id, graded or binary judgments."""

    name: str
    docs: Docs
    queries: dict[int, str]
    qrels: Qrels

    @property
    def judged(self) -> list[int]:
        """The ids of the queries that have judgments (the only ones scored)."""
        return [q for q in self.queries if self.qrels.get(q)]


@dataclass
class Scores:
    """Mean average precision and nDCG@10 over a collection's judged queries."""

    map: float
    ndcg10: float
    queries: int
    seconds: float
    per_query: dict[int, tuple[float, float]] = field(default_factory=dict)


# --- reading the collections ---------------------------------------------------------------
_FIELD = re.compile(r"^\.([A-Z])(?:\s+(.*))?$")


def _records(path: Path) -> list[dict[str, str]]:
    """SMART-style records: `.I id`, then `.T`, `.A`, `.B`, `.W`, `.X`... each on its own line
    (a repeated field, such as several .A authors, is joined with '; ')."""
    records: list[dict[str, str]] = []
    key = ""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        match = _FIELD.match(line)
        if match:
            key = match.group(1)
            if key == "I":
                records.append({"I": (match.group(2) or "").strip()})
            elif records and records[-1].get(key):
                records[-1][key] += ";"
            continue
        if records and line:
            records[-1][key] = (records[-1].get(key, "") + " " + line).strip()
    return records


def load_cranfield(folder: Path) -> Collection:
    docs = {int(r["I"]): (r.get("T", ""), r.get("A", ""), r.get("W", ""))
            for r in _records(folder / "cran.all.1400")}
    # The i-th query is query i of cranqrel (the .I numbers of cran.qry are not).
    queries = {n: r.get("W", "") for n, r in enumerate(_records(folder / "cran.qry"), start=1)}
    qrels: Qrels = defaultdict(dict)
    for line in (folder / "cranqrel").read_text().split("\n"):
        parts = line.split()
        if len(parts) == 3 and 1 <= int(parts[2]) <= 4:
            qrels[int(parts[0])][int(parts[1])] = 5 - int(parts[2])  # code 1 = best
    return Collection("cranfield", docs, queries, dict(qrels))


def load_cisi(folder: Path) -> Collection:
    docs = {int(r["I"]): (r.get("T", ""), r.get("A", "").replace(";", "; "), r.get("W", ""))
            for r in _records(folder / "CISI.ALL")}
    queries = {int(r["I"]): r.get("W", "") or r.get("T", "")
               for r in _records(folder / "CISI.QRY")}
    qrels: Qrels = defaultdict(dict)
    for line in (folder / "CISI.REL").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            qrels[int(parts[0])][int(parts[1])] = 1  # binary judgments
    return Collection("cisi", docs, queries, dict(qrels))


@functools.cache
def load_collection(name: str, corpus: Path = DEFAULT_CORPUS) -> Collection:
    """A collection by name ("cranfield" or "cisi"), read from corpus/relevance/<name>."""
    folder = corpus / "relevance" / name
    if name == "cranfield":
        return load_cranfield(folder)
    if name == "cisi":
        return load_cisi(folder)
    raise ValueError(f"unknown collection {name!r}; the collections are {COLLECTIONS}")


# --- measures ------------------------------------------------------------------------------
def average_precision(ranked: list[int], relevant: dict[int, int]) -> float:
    hits, total = 0, 0.0
    for rank, doc in enumerate(ranked, start=1):
        if doc in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant) if relevant else 0.0


def ndcg(ranked: list[int], gains: dict[int, int], k: int = 10) -> float:
    dcg = sum(gains.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def score_ranker(rank: Ranker, collection: Collection) -> Scores:
    """MAP and nDCG@10 of a ranker over the collection's judged queries."""
    start = time.perf_counter()
    per_query = {}
    for qid in collection.judged:
        ranked = rank(collection.queries[qid])
        gains = collection.qrels[qid]
        per_query[qid] = (average_precision(ranked, gains), ndcg(ranked, gains))
    n = len(per_query)
    return Scores(sum(a for a, _ in per_query.values()) / n,
                  sum(g for _, g in per_query.values()) / n, n,
                  time.perf_counter() - start, per_query)


def _plain(text: str) -> str:
    """A natural-language query as plain words (no accidental query syntax)."""
    return " ".join(re.findall(r"\w+", text))


# --- plain Whoosh ----------------------------------------------------------------------------
def whoosh_ranker(docs: Docs, folder: Path, conjunctive: bool = False) -> Ranker:
    """Plain Whoosh BM25F over title and content (StandardAnalyzer), OR or AND parser."""
    from whoosh import index
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import MultifieldParser, OrGroup

    folder.mkdir(parents=True, exist_ok=True)
    schema = Schema(id=ID(stored=True), title=TEXT(), content=TEXT())
    ix = index.create_in(str(folder), schema)
    with ix.writer() as writer:
        for doc_id, (title, _, text) in docs.items():
            writer.add_document(id=str(doc_id), title=title, content=text)
    parser = (MultifieldParser(["title", "content"], schema) if conjunctive
              else MultifieldParser(["title", "content"], schema, group=OrGroup))

    def rank(text: str) -> list[int]:
        with ix.searcher() as searcher:
            return [int(h["id"]) for h in searcher.search(parser.parse(_plain(text)),
                                                          limit=DEPTH)]
    return rank


# --- Dossier ---------------------------------------------------------------------------------
def _factory(archive_factory_or_settings: ArchiveFactory | Mapping[str, Any] | None
             ) -> ArchiveFactory:
    if archive_factory_or_settings is None:
        return Archive.open
    if isinstance(archive_factory_or_settings, Mapping):
        settings = dict(archive_factory_or_settings)
        return lambda folder: Archive.open(folder, **settings)
    return archive_factory_or_settings


def build_archive(collection: Collection, folder: Path,
                  archive_factory_or_settings: ArchiveFactory | Mapping[str, Any] | None = None
                  ) -> tuple[Archive, dict[int, int]]:
    """Import the collection (one Markdown file per document, title and author in front
    matter) into a new archive in folder; return it and {archive id: collection id}."""
    src = folder / "src"
    src.mkdir(parents=True)
    for doc_id, (title, author, text) in collection.docs.items():
        clean_title, clean_author = title.replace('"', ""), author.replace('"', "")
        front = f'---\ntitle: "{clean_title}"\nauthor: "{clean_author}"\n---\n\n'
        (src / f"{doc_id:04}.md").write_text(front + text + "\n", encoding="utf-8")
    archive = _factory(archive_factory_or_settings)(folder / "archive")
    report = archive.import_paths([src])
    ids = {i: int(Path(p).stem) for p, i in report.imported}
    ids.update({i: int(Path(p).stem) for p, i in report.duplicates})
    return archive, ids


def evaluate_archive(collection: Collection, archive: Archive,
                     ids: dict[int, int] | None = None) -> Scores:
    """Score an archive that holds the collection (ids: archive id -> collection id; read
    from the documents' file names when not given)."""
    if ids is None:
        ids = {row.id: int(Path(row.original_name).stem)
               for row in archive.documents(limit=None)}

    def rank(text: str) -> list[int]:
        return [ids[h.id] for h in archive.search(_plain(text), limit=DEPTH).hits if h.id in ids]
    return score_ranker(rank, collection)


def evaluate(collection: Collection | str,
             archive_factory_or_settings: ArchiveFactory | Mapping[str, Any] | None = None,
             workdir: Path | None = None) -> Scores:
    """Dossier's MAP and nDCG@10 on a collection, in a fresh archive.

    archive_factory_or_settings: None for Archive.open(folder); a mapping of keyword
    arguments for Archive.open(folder, **settings); or a callable folder -> Archive.
    """
    if isinstance(collection, str):
        collection = load_collection(collection)
    with tempfile.TemporaryDirectory(prefix="bench_relevance_", dir=workdir) as tmp:
        archive, ids = build_archive(collection, Path(tmp), archive_factory_or_settings)
        with archive:
            return evaluate_archive(collection, archive, ids)


def evaluate_whoosh(collection: Collection | str, conjunctive: bool = False) -> Scores:
    """Plain Whoosh BM25F's MAP and nDCG@10 on a collection (OR parser unless conjunctive)."""
    if isinstance(collection, str):
        collection = load_collection(collection)
    with tempfile.TemporaryDirectory(prefix="bench_relevance_whoosh_") as tmp:
        return score_ranker(whoosh_ranker(collection.docs, Path(tmp), conjunctive), collection)


# --- the command line ------------------------------------------------------------------------
def _line(name: str, label: str, s: Scores) -> None:
    print(f"{name:<10} {label:<26} {s.map:>7.4f} {s.ndcg10:>8.4f}   "
          f"({s.queries} queries, {s.seconds:.1f} s)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--collections", default=",".join(COLLECTIONS))
    parser.add_argument("--no-and", action="store_true",
                        help="skip Whoosh's AND parser (a reference only)")
    args = parser.parse_args()
    names = [n for n in args.collections.split(",") if n]
    print(f"{'collection':<10} {'system':<26} {'MAP':>7} {'nDCG@10':>8}")
    verdicts = []
    for name in names:
        collection = load_collection(name, args.corpus)
        base = evaluate_whoosh(collection)
        _line(name, "plain Whoosh BM25F, OR", base)
        if not args.no_and:
            _line(name, "plain Whoosh, AND parser", evaluate_whoosh(collection, True))
        t0 = time.perf_counter()
        ours = evaluate(collection)
        print(f"{'':<10} (Dossier import and ranking {time.perf_counter() - t0:.0f} s)")
        _line(name, "Dossier", ours)
        d_map, d_ndcg = ours.map - base.map, ours.ndcg10 - base.ndcg10
        met = d_map >= AIM_GAIN and d_ndcg >= AIM_GAIN
        verdicts.append(met)
        print(f"{name:<10} {'Dossier - Whoosh BM25F':<26} {d_map:>+7.4f} {d_ndcg:>+8.4f}   "
              f"aim >= +{AIM_GAIN}: {'met' if met else 'MISSED'}\n", flush=True)
    if len(verdicts) > 1:
        print(f"aim on every collection: {'met' if all(verdicts) else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
