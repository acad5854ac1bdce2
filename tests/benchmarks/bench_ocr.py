"""On-demand benchmark: text recovery of broken PDF layers (repair and OCR) and of scans.

Run from the repository: python tests/benchmarks/bench_ocr.py [--pages 3] [--dpi 200]

1. For the BBNJ PDFs with broken text layers (ru, fr, and zh, ar when their Tesseract packs are
   installed): on a sample of the pages that need recovery, the character and word error rates
   (CER, WER) of the layer as it is, of the exact repair (where a code shift explains it) and of
   Tesseract, against treaties/gold_text. Gold is one file per document: each page is compared
   with the best-matching stretch of it (Myers' bit-parallel edit distance with a free start
   and end in the gold text). Whitespace runs count as one space; line-end hyphens and
   hyphens are dropped on both sides; Chinese is compared without spaces.
2. OCR speed: pages per second for one worker (one Tesseract thread) at the chosen dpi, wall
   time and CPU time (this process and Tesseract).
3. Search recall on treaties/scanned: the scans are imported into a fresh archive and
   recognised, then each word below, read off the page images by eye, is searched for.
"""
from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1].parent
TREATIES = REPO / ".." / "shared" / "corpus" / "treaties"
sys.path.insert(0, str(REPO))

import pymupdf  # noqa: E402

from indexer.archive import Archive  # noqa: E402
from indexer.extract.ocr import (  # noqa: E402
    _render,
    check_languages,
    installed_packs,
    run_tesseract,
)
from indexer.extract.pdf import TEXT_FLAGS  # noqa: E402
from indexer.extract.repair import document_shift, repair_page  # noqa: E402
from indexer.recognition import page_needs_recovery  # noqa: E402
from indexer.textquality import page_status  # noqa: E402

BROKEN = {"ru": "rus", "fr": "fra", "zh": "chi_sim", "ar": "ara"}
# Words read off the page images (rendered with PyMuPDF and looked at), per scan.
SCAN_WORDS = {
    "1947-10-08_Sixth_Commitee_Letter.pdf": [
        "Pakistan", "Argentina", "admission", "Sixth Committee", "constitution", "Charter",
        "Bech", "principles", "membership", "personality"],
    "1971-10-25_GA_Resolution_2758_ru.pdf": [
        "Бутана", "Бахрейна", "Катара", "Омана", "Китайской", "пленарное заседание",
        "атомной энергии", "Ассамблея", "Безопасности", "представителей"],
    "1991-12-24_Yeltsin_to_UN_SG_ru.pdf": [
        "Президент", "Уважаемый", "Генеральный секретарь", "Содружества", "Безопасности",
        "Российская Федерация", "обязательства", "Ельцин", "наименование", "Социалистических"],
    "1991-12-30_Buravkin_to_UN.pdf": [
        "Commonwealth", "Minsk", "Belarus", "Ukraine", "Alma Ata", "Protocol",
        "Independent States", "neighbourliness", "Secretary-General", "transmit"],
}


def normalise(text: str, lang: str) -> str:
    text = re.sub(r"-\s*", "", text.replace("\u00ad", ""))
    text = " ".join(text.split())
    return text.replace(" ", "") if lang == "zh" else text


def best_window(page: str, gold: str, grams: dict[str, list[int]], n: int = 8) -> str:
    """The stretch of gold the page's 8-grams point at, with some slack."""
    votes: Counter[int] = Counter()
    for i in range(0, max(len(page) - n, 0) + 1, 2):
        for pos in grams.get(page[i:i + n], ())[:5]:
            votes[pos - i] += 1
    if not votes:
        return ""
    start = votes.most_common(1)[0][0]
    slack = 200 + len(page) // 5
    return gold[max(0, start - slack):start + len(page) + slack]


def gram_index(gold: str, n: int = 8) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i in range(len(gold) - n + 1):
        index.setdefault(gold[i:i + n], []).append(i)
    return index


def search_distance(pattern: list[str] | str, text: list[str] | str) -> int:
    """Edit distance between pattern and its best-matching substring of text (Myers)."""
    m = len(pattern)
    if not m:
        return 0
    peq: dict[str, int] = {}
    for i, char in enumerate(pattern):
        peq[char] = peq.get(char, 0) | (1 << i)
    full, top = (1 << m) - 1, 1 << (m - 1)
    pv, mv, score, best = full, 0, m, m
    for char in text:
        eq = peq.get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & full
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = (ph << 1) & full
        mh = (mh << 1) & full
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv
        best = min(best, score)
    return best


def error_rates(text: str, window: str, lang: str) -> tuple[float, float | None]:
    """(CER, WER) of text against its best match in window."""
    if not text:
        return 1.0, 1.0
    cer = search_distance(text, window) / len(text)
    if lang == "zh":
        return cer, None
    ids: dict[str, str] = {}
    def code(words: list[str]) -> str:
        return "".join(ids.setdefault(w, chr(0x10000 + len(ids))) for w in words)
    words = text.split()
    wer = search_distance(code(words), code(window.split())) / len(words)
    return cer, wer


def sample_pages(doc: pymupdf.Document, count: int) -> list[int]:
    """count page numbers (1-based) spread over the pages that need recovery."""
    needing = [n + 1 for n in range(doc.page_count)
               if page_needs_recovery(doc[n].get_text("text", flags=TEXT_FLAGS))
               and page_status(doc[n].get_text("text", flags=TEXT_FLAGS)) != "no_text"]
    if len(needing) <= count:
        return needing
    step = len(needing) / count
    return [needing[int(step * i + step / 2)] for i in range(count)]


class Timer:
    """Wall and CPU seconds (this process and its children, i.e. Tesseract)."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self.pages = 0

    def cpu_now(self) -> float:
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bench_layers(pages: int, dpi: int, timer: Timer) -> None:
    have = installed_packs()
    print(f"{'doc':<4}{'page':>5}  {'method':<7}{'CER':>8}{'WER':>8}  conf")
    totals: dict[tuple[str, str], list[tuple[int, int, float, float | None]]] = {}
    for lang, pack in BROKEN.items():
        if pack not in have:
            print(f"{lang:<4} skipped: tesseract-ocr-{pack.replace('_', '-')} is not installed")
            continue
        pdf = TREATIES / "pdf" / f"bbnj-agreement-2023-{lang}.pdf"
        gold = normalise((TREATIES / "gold_text" / pdf.with_suffix(".txt").name).read_text(),
                         lang)
        grams = gram_index(gold)
        with pymupdf.open(pdf) as doc:
            shift = document_shift(doc, TEXT_FLAGS)
            for number in sample_pages(doc, pages):
                for method, text, conf in _methods(doc[number - 1], shift, pack, dpi, timer):
                    norm = normalise(text, lang)
                    window = best_window(norm, gold, grams)
                    cer, wer = error_rates(norm, window, lang)
                    totals.setdefault((lang, method), []).append((len(norm), 0, cer, wer))
                    print(f"{lang:<4}{number:>5}  {method:<7}{cer:>8.2%}"
                          f"{'' if wer is None else f'{wer:8.2%}':>8}  {conf or ''}")
    print("\nmean over the sampled pages (weighted by characters):")
    for (lang, method), rows in totals.items():
        chars = sum(r[0] for r in rows)
        cer = sum(r[0] * r[2] for r in rows) / max(chars, 1)
        wers = [r[3] for r in rows if r[3] is not None]
        wer = f"{sum(wers) / len(wers):.2%}" if wers else "-"
        print(f"  {lang:<3} {method:<7} CER {cer:6.2%}  WER {wer:>7}  ({len(rows)} pages)")


def _methods(page: pymupdf.Page, shift: int | None, pack: str, dpi: int, timer: Timer
             ) -> list[tuple[str, str, float | None]]:
    """(method, text, confidence) for the layer as is, the repair and OCR of one page."""
    found: list[tuple[str, str, float | None]] = [
        ("layer", page.get_text("text", flags=TEXT_FLAGS), None)]
    repaired = repair_page(page, TEXT_FLAGS, shift)
    if repaired is not None and page_status(repaired.text) == "ok":
        found.append(("repair", repaired.text, None))
    wall, cpu = time.perf_counter(), timer.cpu_now()
    text, conf, _ = run_tesseract(_render(page, dpi), check_languages(pack), dpi)
    timer.wall += time.perf_counter() - wall
    timer.cpu += timer.cpu_now() - cpu
    timer.pages += 1
    found.append(("ocr", text, conf))
    return found


def bench_scans() -> None:
    scans = [TREATIES / "scanned" / name for name in SCAN_WORDS]
    with tempfile.TemporaryDirectory() as folder, Archive.open(folder) as archive:
        report = archive.import_paths(scans)
        ids = {Path(path).name: doc_id for path, doc_id in report.imported}
        started = time.perf_counter()
        recovered = archive.ocr(list(ids.values()))
        seconds = time.perf_counter() - started
        pages = sum(recovered.pages.values())
        print(f"\nscans: {pages} pages recognised in {seconds:.1f} s "
              f"({pages / seconds:.2f} pages/s with the default pool), "
              f"failed {len(recovered.failed)}")
        found = total = 0
        for name, words in SCAN_WORDS.items():
            missed = [w for w in words
                      if ids[name] not in [h.id for h in archive.search(f'"{w}"', 50).hits]]
            found += len(words) - len(missed)
            total += len(words)
            title = archive.document(ids[name]).row.title
            print(f"  {name}: {len(words) - len(missed)}/{len(words)}"
                  f"{'  missed: ' + ', '.join(missed) if missed else ''}  title: {title}")
        print(f"search recall on the scans: {found}/{total} = {found / total:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3, help="pages sampled per document")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--no-scans", action="store_true")
    args = parser.parse_args()
    if not TREATIES.is_dir():
        sys.exit("../shared/corpus is not present")
    if not installed_packs():
        sys.exit("Tesseract is not installed")
    timer = Timer()
    bench_layers(args.pages, args.dpi, timer)
    print(f"\nOCR speed at {args.dpi} dpi, one worker: {timer.pages / timer.wall:.2f} pages/s "
          f"wall, {timer.pages / timer.cpu:.2f} pages/s of CPU ({timer.pages} pages)")
    if not args.no_scans:
        bench_scans()


if __name__ == "__main__":
    main()
