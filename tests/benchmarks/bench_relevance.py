"""Benchmark: search quality on Cranfield (MAP, nDCG@10), Dossier against a plain Whoosh baseline.

    python tests/benchmarks/bench_relevance.py [--corpus ../shared/corpus]

The baseline is Whoosh's default BM25F over the same title and text with its default
analyzer (StandardAnalyzer), once with Whoosh's default AND parser and once with OR.
"""
from __future__ import annotations

import argparse
import math
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import MultifieldParser, OrGroup

from indexer.archive import Archive

Docs = dict[int, tuple[str, str, str]]  # id -> (title, author, text)
Qrels = dict[int, dict[int, int]]       # query -> doc -> gain
Ranker = Callable[[str], list[int]]
DEPTH = 100


def _records(path: Path) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    field = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^\.([ITABW])\s*(.*)$", line.strip())
        if match:
            field = match.group(1)
            if field == "I":
                records.append({"I": match.group(2)})
            continue
        records[-1][field] = (records[-1].get(field, "") + " " + line.strip()).strip()
    return records


def load(folder: Path) -> tuple[Docs, list[str], Qrels]:
    docs = {int(r["I"]): (r.get("T", ""), r.get("A", ""), r.get("W", ""))
            for r in _records(folder / "cran.all.1400")}
    queries = [r.get("W", "") for r in _records(folder / "cran.qry")]  # i-th query is id i
    qrels: Qrels = defaultdict(dict)
    for line in (folder / "cranqrel").read_text().split("\n"):
        parts = line.split()
        if len(parts) == 3 and 1 <= int(parts[2]) <= 4:
            qrels[int(parts[0])][int(parts[1])] = 5 - int(parts[2])  # code 1 = best
    return docs, queries, qrels


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


def evaluate(name: str, rank: Ranker, queries: list[str], qrels: Qrels) -> tuple[float, float]:
    start = time.perf_counter()
    aps, ndcgs = [], []
    for qid, text in enumerate(queries, start=1):
        if qid not in qrels:
            continue
        ranked = rank(text)
        aps.append(average_precision(ranked, qrels[qid]))
        ndcgs.append(ndcg(ranked, qrels[qid]))
    mean_ap, mean_ndcg = sum(aps) / len(aps), sum(ndcgs) / len(ndcgs)
    print(f"{name:<34} MAP {mean_ap:.4f}  nDCG@10 {mean_ndcg:.4f}  "
          f"({len(aps)} queries, {time.perf_counter() - start:.1f} s)")
    return mean_ap, mean_ndcg


def whoosh_baseline(docs: Docs, folder: Path, conjunctive: bool) -> Ranker:
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


def _plain(text: str) -> str:
    """A natural-language query as plain words (no accidental query syntax)."""
    return " ".join(re.findall(r"\w+", text))


def dossier_ranker(docs: Docs, folder: Path) -> tuple[Archive, Ranker]:
    src = folder / "src"
    src.mkdir()
    for doc_id, (title, author, text) in docs.items():
        clean_title, clean_author = title.replace('"', ""), author.replace('"', "")
        front = f'---\ntitle: "{clean_title}"\nauthor: "{clean_author}"\n---\n\n'
        (src / f"{doc_id:04}.md").write_text(front + text + "\n", encoding="utf-8")
    archive = Archive.open(folder / "archive")
    report = archive.import_paths([src])
    ids = {i: int(Path(p).stem) for p, i in report.imported}
    ids.update({i: int(Path(p).stem) for p, i in report.duplicates})

    def rank(text: str) -> list[int]:
        return [ids[h.id] for h in archive.search(_plain(text), limit=DEPTH).hits]
    return archive, rank


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    args = parser.parse_args()
    docs, queries, qrels = load(args.corpus / "relevance" / "cranfield")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "and").mkdir()
        (root / "or").mkdir()
        base_and = evaluate("Whoosh default (AND parser)",
                            whoosh_baseline(docs, root / "and", True), queries, qrels)
        base_or = evaluate("Whoosh default BM25F, OR",
                           whoosh_baseline(docs, root / "or", False), queries, qrels)
        archive, rank = dossier_ranker(docs, root)
        with archive:
            ours = evaluate("Dossier", rank, queries, qrels)
    best = max(base_and, base_or)
    print(f"Dossier vs best baseline: MAP {100 * (ours[0] / best[0] - 1):+.1f} %, "
          f"nDCG@10 {100 * (ours[1] / best[1] - 1):+.1f} %")


if __name__ == "__main__":
    main()
