"""On-demand benchmark: main-text quality and speed of HTML extraction on trafilatura's eval pages.

Run from the repository: python tests/benchmarks/bench_html_extraction.py [--sweep] [--limit N]

For each setting it prints the share of gold article snippets found in the extracted text
("with" in gold_snippets.json), the share of boilerplate snippets wrongly kept ("without"),
the share of pages given a publication date, and pages per second of CPU time (the process's
own time, so that other work on the machine does not skew it; extraction is single-threaded,
so on an idle machine it equals wall time). Matching ignores case and runs of whitespace.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1].parent
CORPUS = REPO / ".." / "shared" / "corpus"
EVAL = CORPUS / "articles" / "html_gold" / "trafilatura_eval"
sys.path.insert(0, str(REPO))

import trafilatura

from indexer.extract.html import (
    MAIN_TEXT_OPTIONS,
    body_text,
    date_params,
    extract_html,
    parse_html,
    read_html,
)

# A page in, (text, date or None) out.
Extractor = Callable[[Path], tuple[str, str | None]]


@dataclass
class Score:
    """Totals for one setting over the evaluated pages."""

    pages: int = 0
    found: int = 0
    gold: int = 0
    kept: int = 0
    boilerplate: int = 0
    dated: int = 0
    empty: int = 0
    seconds: float = 0.0


def normalize(text: str) -> str:
    """Case- and whitespace-insensitive form used for snippet matching."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def load_gold(limit: int | None) -> list[tuple[Path, dict[str, Any]]]:
    """(page path, gold entry) for every page with a gold entry, sorted by name."""
    gold = json.loads((EVAL / "gold_snippets.json").read_text(encoding="utf-8"))
    pages = [(EVAL / "html" / name, entry) for name, entry in sorted(gold.items())]
    return pages[:limit] if limit else pages


def score(extractor: Extractor, pages: list[tuple[Path, dict[str, Any]]], repeat: int) -> Score:
    """Run one extractor over the pages and count matches; the time is the fastest of
    `repeat` runs (so one-off costs, such as dateparser loading its locales the first time
    an extensive date search needs it, show only with --repeat 1)."""
    result = _score_once(extractor, pages)
    for _ in range(repeat - 1):
        result.seconds = min(result.seconds, _score_once(extractor, pages).seconds)
    return result


def _score_once(extractor: Extractor, pages: list[tuple[Path, dict[str, Any]]]) -> Score:
    result = Score()
    for path, entry in pages:
        start = time.process_time()
        text, found_date = extractor(path)
        result.seconds += time.process_time() - start
        plain = normalize(text)
        result.pages += 1
        result.empty += not plain
        result.dated += bool(found_date)
        result.gold += len(entry["with"])
        result.found += sum(normalize(snippet) in plain for snippet in entry["with"])
        result.boilerplate += len(entry["without"])
        result.kept += sum(normalize(snippet) in plain for snippet in entry["without"])
    return result


def dossier(path: Path) -> tuple[str, str | None]:
    """Dossier's own extractor, end to end (decoding, main text, metadata)."""
    extracted = extract_html(path)
    return extracted.text, extracted.published


def trafilatura_default(path: Path) -> tuple[str, str | None]:
    """trafilatura.extract with all its defaults (comments included, no metadata)."""
    return trafilatura.extract(read_html(path)) or "", None


def naive_body(path: Path) -> tuple[str, str | None]:
    """Baseline: every text node of <body> except scripts and styles."""
    tree = parse_html(read_html(path))
    body = tree.find("body")
    root = body if body is not None else tree
    for element in list(root.iter("script", "style", "noscript")):
        element.drop_tree()
    return root.text_content(), None


def dossier_fallback(path: Path) -> tuple[str, str | None]:
    """Dossier's fallback alone: body text without menus, header, footer and asides."""
    return body_text(parse_html(read_html(path))), None


def variant(**changes: Any) -> Extractor:
    """trafilatura.bare_extraction with Dossier's options changed as given."""
    date_options = {**date_params(), **changes.pop("date_extraction_params", {})}
    options = {**MAIN_TEXT_OPTIONS, **changes}

    def run(path: Path) -> tuple[str, str | None]:
        document = trafilatura.bare_extraction(
            read_html(path), with_metadata=True, date_extraction_params=date_options, **options
        )
        if document is None:
            return "", None
        return getattr(document, "text", "") or "", getattr(document, "date", None)

    return run


def settings(sweep: bool) -> dict[str, Extractor]:
    """The rows of the table."""
    rows: dict[str, Extractor] = {
        "Dossier (chosen, end to end)": dossier,
        "trafilatura defaults": trafilatura_default,
        "naive: all body text": naive_body,
        "Dossier fallback (cleaned body)": dossier_fallback,
    }
    if sweep:
        rows |= {
            "chosen via bare_extraction": variant(),
            "+ include_comments": variant(include_comments=True),
            "balanced focus (no favor_*)": variant(favor_recall=False),
            "favor_precision": variant(favor_recall=False, favor_precision=True),
            "+ include_tables=False": variant(include_tables=False),
            "+ fast (no fallback algos)": variant(fast=True),
            "+ deduplicate": variant(deduplicate=True),
            "+ dates: extensive_search on": variant(
                date_extraction_params={"extensive_search": True}
            ),
        }
    return rows


def table(results: dict[str, Score]) -> str:
    """The results as a fixed-width table."""
    header = f"{'setting':34} {'pages':>5} {'gold found':>10} {'boiler kept':>11} "
    header += f"{'dated':>6} {'empty':>5} {'pages/s':>8}"
    lines = [header, "-" * len(header)]
    for name, s in results.items():
        lines.append(
            f"{name:34} {s.pages:5d} {s.found / s.gold:10.1%} {s.kept / s.boilerplate:11.1%} "
            f"{s.dated / s.pages:6.0%} {s.empty:5d} {s.pages / s.seconds:8.1f}"
        )
    return "\n".join(lines)


def main() -> None:
    """Parse arguments, run every setting, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="also try other trafilatura options")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=2, help="runs per setting (fastest counts)")
    args = parser.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"No evaluation pages at {EVAL.resolve()}")
    pages = load_gold(args.limit)
    # One untimed page first, so that import-time work does not count against the first row.
    dossier(pages[0][0])
    results: dict[str, Score] = {}
    for name, extractor in settings(args.sweep).items():
        results[name] = score(extractor, pages, max(1, args.repeat))
        print(f"  done: {name}", file=sys.stderr, flush=True)
    gold = sum(len(entry["with"]) for _, entry in pages)
    boiler = sum(len(entry["without"]) for _, entry in pages)
    print(f"{len(pages)} pages, {gold} gold snippets, {boiler} boilerplate snippets\n")
    print(table(results))


if __name__ == "__main__":
    main()
