"""On-demand benchmark: tokens/s of Dossier's analyzers on the BBC (en) and ru_ng (ru) corpora."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1].parent
CORPUS = REPO / ".." / "shared" / "corpus"
sys.path.insert(0, str(REPO))

from whoosh.analysis import StemmingAnalyzer

from indexer.analysis import content_analyzer, exact_analyzer


def english_texts() -> list[str]:
    """Return the BBC news articles."""
    files = sorted((CORPUS / "articles" / "text" / "bbc_en").rglob("*.txt"))
    return [path.read_text(encoding="utf-8", errors="replace") for path in files]


def russian_texts() -> list[str]:
    """Return the ru_ng newspaper articles (title and text)."""
    path = CORPUS / "articles" / "text" / "ru_ng" / "ng_0.jsonlines"
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return [
        f"{rec.get('title', '')}\n{rec.get('content') or rec.get('text', '')}" for rec in records
    ]


def tokens_per_second(
    analyzer: Callable[..., Iterable[object]], texts: list[str]
) -> tuple[int, float]:
    """Run the analyzer as Whoosh does when indexing; return (tokens, tokens per second)."""
    count = 0
    start = time.process_time()
    for text in texts:
        for _ in analyzer(text, positions=True, mode="index"):
            count += 1
    return count, count / (time.process_time() - start)


def main() -> int:
    """Print tokens/s for each analyzer and language; return an exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="fresh analyzers to time (best kept)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    corpora = {"en": english_texts(), "ru": russian_texts()}
    factories = {
        "content_analyzer": content_analyzer,
        "exact_analyzer": exact_analyzer,
        "whoosh StemmingAnalyzer": StemmingAnalyzer,
    }
    for lang, texts in corpora.items():
        chars = sum(map(len, texts))
        print(f"{lang}: {len(texts)} texts, {chars:,} chars")
        for name, factory in factories.items():
            cold = warm = 0.0
            for _ in range(args.repeat):
                analyzer = factory()
                count, speed = tokens_per_second(analyzer, texts)
                cold = max(cold, speed)
                warm = max(warm, tokens_per_second(analyzer, texts)[1])
            print(
                f"  {name:<24} {count:>9,} tokens  {cold:>10,.0f} tokens/s fresh"
                f"  {warm:>10,.0f} tokens/s warm"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
