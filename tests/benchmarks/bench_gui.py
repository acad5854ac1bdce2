"""On-demand GUI benchmark: event-loop stalls while importing, start-up time, memory at 100,000 rows."""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication

    from desktop_app.widgets.main_window import MainWindow

CORPUS = REPO.parent / "shared" / "corpus"
BBC = CORPUS / "articles" / "text" / "bbc_en"

TICK_MS = 5                  # the probe timer's interval
AIM_STALL_MS = 50.0          # longest acceptable event-loop stall during an import
AIM_STARTUP_S = 1.0          # process start to a library showing its first rows
IMPORT_FILES = 500
STARTUP_DOCS = 10_000
QUICK_STARTUP_DOCS = 2_000
LISTING_DOCS = 100_000
STARTUP_RUNS = 3
SEARCH_TEXT = "prime minister"
INDEX_COMMIT_EVERY = 20_000
INSERT_CHUNK = 10_000
RESULT_PREFIX = "BENCH-RESULT "


class BenchError(RuntimeError):
    """A figure could not be measured (a timeout, a failed child, a broken archive)."""


# --- small helpers -------------------------------------------------------------------------
def _now() -> float:
    """CLOCK_MONOTONIC on Linux: comparable between this process and its children."""
    return time.monotonic()


def _rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    current = peak = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    if not peak:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return current or peak, peak


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _aim(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _bbc_files() -> list[Path]:
    files = sorted(BBC.rglob("*.txt"))
    if not files:
        raise BenchError(f"no BBC articles under {BBC}")
    return files


# --- Qt plumbing (imported lazily so a child process counts its own imports) -----------------
def _quiet_qt() -> None:
    """Drop the offscreen platform's warning about size hints; pass everything else on."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(mode: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(f"Qt {mode.name}: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def _wait(signals: Sequence[SignalInstance], timeout_s: float, what: str,
          trigger: Callable[[], object] | None = None) -> tuple[Any, ...]:
    """Run the event loop until one of signals fires (connected before trigger runs)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    got: list[tuple[Any, ...]] = []

    def fire(*args: Any) -> None:
        if not got:
            got.append(args)
        loop.quit()

    for signal in signals:
        signal.connect(fire)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    try:
        if trigger is not None:
            trigger()
        if not got:
            loop.exec()
    finally:
        timer.stop()
        for signal in signals:
            signal.disconnect(fire)
    if not got:
        raise BenchError(f"timed out after {timeout_s:.0f} s waiting for {what}")
    return got[0]


def _wait_until(done: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Run the event loop until done() holds (checked every 10 ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start(10)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()
    limit.stop()
    if not done():
        raise BenchError(f"timed out after {timeout_s:.0f} s waiting for {what}")


def _pause(ms: int) -> None:
    """Keep the event loop running for ms milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _idle(window: MainWindow, timeout_s: float = 300.0) -> None:
    """Wait until the window's task runner has nothing running (sidebar, pages, searches)."""
    _wait_until(lambda: not window.session.runner.running(), timeout_s, "background tasks")


@dataclass
class Stalls:
    """Gaps between ticks of a timer that should tick every TICK_MS, and when each ended."""

    gaps_ms: list[float] = field(default_factory=list)
    ends_s: list[float] = field(default_factory=list)   # since the meter started

    @property
    def max_stall(self) -> float:
        return max((g - TICK_MS for g in self.gaps_ms), default=0.0)

    @property
    def p99_gap(self) -> float:
        return _percentile(self.gaps_ms, 0.99)

    def over(self, ms: float) -> int:
        return sum(1 for g in self.gaps_ms if g - TICK_MS > ms)

    def worst(self, count: int = 5) -> str:
        """The longest stalls over the aim, as 'stall ms ending at s'."""
        pairs = sorted(zip(self.gaps_ms, self.ends_s), reverse=True)[:count]
        return ", ".join(f"{g - TICK_MS:.0f} ms ending at {t:.2f} s" for g, t in pairs
                         if g - TICK_MS > AIM_STALL_MS) or "none"

    def line(self) -> str:
        return (f"max stall {self.max_stall:.1f} ms (aim < {AIM_STALL_MS:.0f} ms: "
                f"{_aim(self.max_stall < AIM_STALL_MS)}), p99 gap {self.p99_gap:.1f} ms, "
                f"median gap {statistics.median(self.gaps_ms or [0.0]):.1f} ms, "
                f"{self.over(AIM_STALL_MS)} stall(s) > {AIM_STALL_MS:.0f} ms, "
                f"{len(self.gaps_ms)} ticks")

    def to_json(self) -> dict[str, Any]:
        return {"max_stall_ms": self.max_stall, "p99_gap_ms": self.p99_gap,
                "over_aim": self.over(AIM_STALL_MS), "ticks": len(self.gaps_ms),
                "line": self.line(), "worst": self.worst()}


class StallMeter:
    """A precise QTimer every TICK_MS in the GUI thread; records the time between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._started = self._last = 0.0
        self._gaps: list[float] = []
        self._ends: list[float] = []

    def start(self) -> None:
        self._gaps, self._ends = [], []
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._gaps.append((now - self._last) * 1000)
        self._ends.append(now - self._started)
        self._last = now

    def take(self) -> Stalls:
        """The gaps so far (the time since the last tick counts as one more gap)."""
        now = time.perf_counter()
        return Stalls([*self._gaps, (now - self._last) * 1000],
                      [*self._ends, now - self._started])

    def stop(self) -> Stalls:
        stalls = self.take()
        self._timer.stop()
        return stalls


def _drive_app(root: Path, scenario: Callable[[QApplication, MainWindow], dict[str, Any]]
               ) -> dict[str, Any]:
    """Run the real `dossier-gui --archive root` entry point; scenario drives its window.

    The scenario is queued before the entry point builds the window, so it runs first thing
    in the event loop: after the window is shown and the archive asked for, before it opens.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app import app as gui_app
    from desktop_app.widgets.main_window import MainWindow

    outcome: dict[str, Any] = {"gui_imported_at": _now()}
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qapp, QApplication)
    _quiet_qt()

    def hook() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        try:
            if len(windows) != 1:
                raise BenchError(f"expected one main window, found {len(windows)}")
            if windows[0].session.is_open:
                raise BenchError("the archive opened before the benchmark could watch it")
            outcome.update(scenario(qapp, windows[0]))
        except BaseException as exc:  # reported after the event loop ends
            outcome["error"] = f"{type(exc).__name__}: {exc}"
        finally:
            for window in windows:
                window.close()
            qapp.quit()

    QTimer.singleShot(0, hook)
    status = gui_app.main(["--archive", str(root)])
    if "error" in outcome:
        raise BenchError(outcome["error"])
    outcome["exit_status"] = status
    return outcome


# --- 1. event-loop stalls during an import -----------------------------------------------
def _import_scenario(files: list[Path]) -> Callable[[QApplication, MainWindow], dict[str, Any]]:
    def scenario(_qapp: QApplication, window: MainWindow) -> dict[str, Any]:
        _wait([window.libraryLoaded], 120, "the empty library")
        _idle(window)
        meter = StallMeter()
        meter.start()
        _pause(1000)
        idle = meter.stop()
        reloads: list[float] = []
        window.table_model.loaded.connect(lambda _total: reloads.append(time.perf_counter()))
        meter.start()
        start = time.perf_counter()
        # The method a drop on the window and the Import actions (via importRequested) call.
        (report,) = _wait([window.importer.finished, window.importer.failed], 1800,
                          "the import", trigger=lambda: window.importer.import_paths(files))
        finished = time.perf_counter()
        during = meter.take()
        if isinstance(report, str):
            raise BenchError(f"the import failed: {report}")
        _wait_until(lambda: bool(reloads), 300, "the table to reload after the import")
        shown = reloads[0]
        with_reload = meter.stop()
        _idle(window)
        return {
            "idle": idle.to_json(), "during": during.to_json(), "with_reload": with_reload.to_json(),
            "import_s": finished - start, "reload_s": shown - finished,
            "imported": len(report.imported), "duplicates": len(report.duplicates),
            "failed": len(report.failed), "rows": window.table_model.rowCount(),
            "total": window.table_model.total, "panel_lines": window.import_panel.lines.count(),
        }

    return scenario


def bench_import_stalls(scratch: Path) -> None:
    all_files = _bbc_files()
    step = max(1, len(all_files) // IMPORT_FILES)
    files = all_files[::step][:IMPORT_FILES]
    root = scratch / "import-archive"
    print(f"\n== 1. Event loop during a {len(files)}-document import "
          "(MainWindow.importer.import_paths, what a drop or the Import actions call)")
    r = _drive_app(root, _import_scenario(files))
    print(f"   idle baseline (1 s, no import): {r['idle']['line']}")
    print(f"   import: {len(files)} BBC files -> {r['imported']} imported, "
          f"{r['duplicates']} duplicates, {r['failed']} failed in {r['import_s']:.2f} s "
          f"(from the call to ImportController.finished; includes starting the extraction "
          f"workers); panel lines {r['panel_lines']}")
    print(f"   during the import: {r['during']['line']}")
    print(f"   longest stalls (time since the import started): {r['during']['worst']}")
    print(f"   import + table reload (+{r['reload_s'] * 1000:.0f} ms until "
          f"{r['rows']} of {r['total']} rows listed): {r['with_reload']['line']}")


# --- building archives through Archive.import_paths ----------------------------------------
def build_archive(root: Path, target: int, scratch: Path) -> tuple[float, int, int]:
    """An archive of exactly target documents: BBC articles, then variants of them with a
    distinct line appended. Returns (seconds, BBC documents, variant documents)."""
    from indexer.archive import Archive

    files = _bbc_files()
    start = time.perf_counter()
    with Archive.open(root) as archive:
        archive.import_paths(files[:target])
        originals = archive.count()
        serial = 0
        while (have := archive.count()) < target:
            folder = scratch / f"variants-{serial:06d}"
            folder.mkdir(parents=True)
            for _ in range(target - have):
                source = files[serial % len(files)]
                data = source.read_bytes().rstrip() + (
                    f"\n\nDossier benchmark variant {serial} of "
                    f"{source.parent.name}/{source.name}.\n").encode()
                (folder / f"v{serial:06d}-{source.parent.name}-{source.name}").write_bytes(data)
                serial += 1
            report = archive.import_paths([folder])
            if not report.imported:
                raise BenchError(f"no variant could be imported: {report.failed[:3]}")
            shutil.rmtree(folder)
        count = archive.count()
    return time.perf_counter() - start, originals, count - originals


# --- 2. start-up to a usable window ---------------------------------------------------------
def _child(kind: str, root: Path, timeout_s: float = 1800) -> dict[str, Any]:
    """Run this script as a fresh process on root; returns what it reports."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
               "--archive-dir", str(root)]
    t0 = _now()
    proc = subprocess.run([*command, "--t0", repr(t0)], capture_output=True, text=True,
                          timeout=timeout_s, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return dict(json.loads(line[len(RESULT_PREFIX):]))
    tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-15:])
    raise BenchError(f"the {kind} process exited with {proc.returncode}:\n{tail}")


def _startup_scenario(t0: float, entered: float
                      ) -> Callable[[QApplication, MainWindow], dict[str, Any]]:
    def scenario(_qapp: QApplication, window: MainWindow) -> dict[str, Any]:
        from PySide6.QtCore import QEvent, QObject, Signal
        from PySide6.QtTest import QTest

        loop_running = _now()
        marks: dict[str, float] = {}
        table, model = window.ui.table, window.table_model

        class PaintWatch(QObject):
            painted = Signal()

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if (event.type() == QEvent.Type.Paint and model.rowCount()
                        and "painted" not in marks):
                    marks["painted"] = _now()
                    self.painted.emit()
                return False

        watch = PaintWatch()
        table.viewport().installEventFilter(watch)
        window.session.opened.connect(lambda _root: marks.setdefault("opened", _now()))
        _wait([window.libraryLoaded], 300, "the first page of the library")
        marks["loaded"] = _now()
        rows, total = model.rowCount(), model.total
        rss_loaded = _rss_mb()[0]
        painted_ok = True
        try:
            if "painted" not in marks:
                _wait([watch.painted], 5, "the table to paint its rows")
        except BenchError:
            painted_ok = False
        _idle(window)
        # Type a query the way a user would; the field searches after its 250 ms pause.
        fired: list[float] = []
        window.ui.search_bar.queryChanged.connect(lambda _text: fired.append(_now()))
        field_ = window.ui.search_bar.field
        typed: list[float] = []

        def type_query() -> None:
            field_.setFocus()
            QTest.keyClicks(field_, SEARCH_TEXT)
            typed.append(_now())

        (found,) = _wait([window.searcher.searched, window.searcher.problem], 120,
                         "the first search result", trigger=type_query)
        results_at = _now()
        if isinstance(found, str):
            raise BenchError(f"the search failed: {found}")
        return {
            "t0": t0, "entered": entered - t0, "loop": loop_running - t0,
            "opened": marks.get("opened", math.nan) - t0, "loaded": marks["loaded"] - t0,
            "painted": (marks["painted"] - t0) if painted_ok else None,
            "rows": rows, "total": total, "rss_mb": rss_loaded,
            "typed_to_results": results_at - typed[0],
            "fired_to_results": results_at - fired[0] if fired else None,
            "hits": found.result.total, "shown": window.ui.results.model.rowCount(),
        }

    return scenario


def bench_startup(root: Path, docs: int, built: tuple[float, int, int]) -> None:
    seconds, originals, variants = built
    print(f"\n== 2. Start-up to a usable window on a {docs:,}-document archive")
    print(f"   archive built through Archive.import_paths in {seconds:.1f} s "
          f"({originals:,} BBC articles + {variants:,} variants with a line appended)")
    runs = [_child("startup", root) for _ in range(STARTUP_RUNS)]
    for n, r in enumerate(runs, start=1):
        painted = f"{r['painted']:.3f} s" if r["painted"] is not None else "no paint event seen"
        print(f"   run {n}: libraryLoaded with {r['rows']} of {r['total']:,} rows at "
              f"{r['loaded']:.3f} s after process start  [python running {r['entered']:.3f} s, "
              f"Qt + app modules imported {r['gui_imported_at'] - r['t0']:.3f} s, "
              f"window built + event loop {r['loop']:.3f} s, archive opened {r['opened']:.3f} s, "
              f"rows painted {painted}; RSS {r['rss_mb']:.0f} MB]")
    loaded = statistics.median(r["loaded"] for r in runs)
    print(f"   start-up, median of {len(runs)}: {loaded:.3f} s "
          f"(aim < {AIM_STARTUP_S:.0f} s: {_aim(loaded < AIM_STARTUP_S)})")
    first = runs[0]
    fired = (f"{first['fired_to_results'] * 1000:.0f} ms after the field fired its query"
             if first["fired_to_results"] is not None else "query signal not seen")
    print(f"   first search “{SEARCH_TEXT}” typed into the search field (run 1): results "
          f"shown {first['typed_to_results'] * 1000:.0f} ms after the last key "
          f"(includes the field's 250 ms typing pause), {fired}; "
          f"{first['hits']:,} hits, {first['shown']} listed")


# --- 3. memory with 100,000 documents listed ------------------------------------------------
def _snippets() -> list[tuple[str, str]]:
    """(title, first paragraph) of each BBC article: material for short synthetic texts."""
    out: list[tuple[str, str]] = []
    for path in _bbc_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        parts = [p.strip() for p in text.split("\n\n") if p.strip()]
        if len(parts) >= 2:
            out.append((parts[0][:150], parts[1][:300]))
    return out


def _synthetic(start_id: int, count: int) -> Iterator[tuple[int, str, str]]:
    """(id, title, text) of count short documents; every text is distinct."""
    snippets = _snippets()
    for n in range(count):
        title, para = snippets[n % len(snippets)]
        doc_id = start_id + n
        yield doc_id, title, f"{title}\n\n{para}\n\nSynthetic benchmark document {doc_id}.\n"


def grow_archive(source: Path, root: Path, target: int) -> dict[str, Any]:
    """Copy an archive and add documents up to target without the extractors, keeping it
    consistent: stored originals, rows in documents and pages, and entries in the index."""
    from sqlalchemy import func, insert, select

    from indexer.db import open_engine
    from indexer.filestore import FileStore
    from indexer.models import Document, Page
    from indexer.paths import ArchivePaths
    from indexer.search import IndexRecord, SearchIndex

    timings: dict[str, Any] = {}
    start = time.perf_counter()
    shutil.copytree(source, root)
    paths = ArchivePaths(root)
    files = FileStore(paths.files_dir, paths.tmp_dir)
    engine = open_engine(paths.database)
    with engine.connect() as conn:
        have = int(conn.scalar(select(func.count(Document.id))) or 0)
        first_id = int(conn.scalar(select(func.max(Document.id))) or 0) + 1
    added = target - have
    moment = datetime(2024, 1, 1)
    docs: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    with engine.begin() as conn:
        for doc_id, title, text in _synthetic(first_id, added):
            data = text.encode()
            checksum = hashlib.sha256(data).hexdigest()
            name = f"synthetic-{doc_id:06d}.txt"
            stored = files.path_for(checksum, name)
            stored.parent.mkdir(parents=True, exist_ok=True)
            stored.write_bytes(data)
            when = moment + timedelta(minutes=doc_id)
            docs.append({
                "id": doc_id, "uuid": str(uuid.uuid4()), "title": title, "kind": "text",
                "source": None, "author": None, "published": None, "year": None,
                "language": "en", "checksum": checksum, "original_name": name,
                "original_path": None, "size": len(data), "page_count": 1,
                "text_status": "ok", "imported_at": when, "modified_at": when, "meta": {},
                "indexed": True,
            })
            pages.append({"document_id": doc_id, "number": 1, "text": text})
            if len(docs) >= INSERT_CHUNK:
                conn.execute(insert(Document), docs)
                conn.execute(insert(Page), pages)
                docs, pages = [], []
        if docs:
            conn.execute(insert(Document), docs)
            conn.execute(insert(Page), pages)
    engine.dispose()
    timings["rows_s"] = time.perf_counter() - start
    start = time.perf_counter()
    index = SearchIndex.open(paths.index_dir)
    try:
        records = _synthetic(first_id, added)
        while True:
            written = 0
            with index.batch() as batch:
                for doc_id, title, text in records:
                    batch.add(IndexRecord(id=doc_id, title=title, pages=[text], kind="text",
                                          language="en"))
                    written += 1
                    if written >= INDEX_COMMIT_EVERY:
                        break
            if written < INDEX_COMMIT_EVERY:
                break
        timings["index_docs"] = index.doc_count()
    finally:
        index.close()
    timings["index_s"] = time.perf_counter() - start
    timings["added"] = added
    return timings


def _listing_scenario(window: MainWindow) -> dict[str, Any]:
    model, table = window.table_model, window.ui.table
    _wait([window.libraryLoaded], 600, "the first page of the library")
    _idle(window)
    before = _rss_mb()
    rows_before, total = model.rowCount(), model.total
    meter = StallMeter()
    page_ms: list[float] = []
    meter.start()
    start = time.perf_counter()

    def scroll_and_fetch() -> None:
        table.scrollToBottom()  # what a user dragging the scroll bar down does
        if model.canFetchMore():
            model.fetchMore()

    while model.rowCount() < model.total:
        asked = time.perf_counter()
        _wait([model.rowsInserted, model.failed], 300, f"rows after {model.rowCount()}",
              trigger=None if model.is_loading() else scroll_and_fetch)
        page_ms.append((time.perf_counter() - asked) * 1000)
    seconds = time.perf_counter() - start
    table.scrollToBottom()
    stalls = meter.stop()
    _idle(window)
    after = _rss_mb()
    return {
        "rows_before": rows_before, "total": total, "rows_after": model.rowCount(),
        "more": model.canFetchMore(), "seconds": seconds, "pages": len(page_ms),
        "first_page_ms": page_ms[0] if page_ms else None,
        "median_page_ms": statistics.median(page_ms) if page_ms else None,
        "last_page_ms": page_ms[-1] if page_ms else None,
        "rss_before_mb": before[0], "peak_before_mb": before[1], "rss_after_mb": after[0],
        "peak_mb": after[1],
        "stalls": stalls.to_json(),
    }


def bench_listing(base: Path, scratch: Path) -> None:
    from indexer.archive import Archive

    print(f"\n== 3. Memory with {LISTING_DOCS:,} documents listed")
    root = scratch / "archive-100k"
    grown = grow_archive(base, root, LISTING_DOCS)
    print(f"   added {grown['added']:,} rows to a copy of the {STARTUP_DOCS:,}-document archive "
          f"(SQLAlchemy Core bulk inserts into documents and pages, a stored original each) "
          f"in {grown['rows_s']:.1f} s; index entries written in {grown['index_s']:.1f} s "
          f"(index holds {grown['index_docs']:,} documents)")
    start = time.perf_counter()
    with Archive.open(root) as archive:
        opened = time.perf_counter() - start
        report = archive.check()
        count = archive.count()
    verdict = "OK" if report.ok else "PROBLEMS: " + " | ".join(report.problems[:3])
    print(f"   Archive.check(): {verdict} ({report.documents:,} documents; {count:,} counted; "
          f"opened without re-indexing in {opened:.1f} s)")
    r = _child("listing", root)
    if r["more"] or r["rows_after"] != r["total"]:
        print(f"   WARNING: the table stopped at {r['rows_after']:,} of {r['total']:,} rows")
    print(f"   RSS with the first page listed ({r['rows_before']} rows): "
          f"{r['rss_before_mb']:.0f} MB (peak so far {r['peak_before_mb']:.0f} MB: opening, "
          f"sidebar counts)")
    print(f"   RSS with all {r['rows_after']:,} rows listed: {r['rss_after_mb']:.0f} MB "
          f"(+{r['rss_after_mb'] - r['rss_before_mb']:.0f} MB; peak {r['peak_mb']:.0f} MB)")
    print(f"   listing them took {r['seconds']:.1f} s in {r['pages']} pages of 200 "
          f"(page latency: first {r['first_page_ms']:.0f} ms, median "
          f"{r['median_page_ms']:.0f} ms, last {r['last_page_ms']:.0f} ms)")
    s = r["stalls"]
    print(f"   event loop while listing: {s['line']}")
    print(f"   longest stalls while listing: {s['worst']}")


# --- entry points ---------------------------------------------------------------------------
def child_main(kind: str, root: Path, t0: float, entered: float) -> int:
    """A fresh process: start the app on root and report one JSON line."""
    if kind == "startup":
        result = _drive_app(root, _startup_scenario(t0, entered))
    else:
        result = _drive_app(root, lambda _qapp, window: _listing_scenario(window))
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


def _environment(scratch: Path) -> None:
    """Offscreen unless told otherwise; the app's settings go to a temporary folder."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = scratch / "config"
    config.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_CONFIG_HOME"] = str(config)


def main() -> int:
    entered = _now()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help=f"only (1) and (2) on {QUICK_STARTUP_DOCS:,} documents")
    parser.add_argument("--child", choices=["startup", "listing"], help=argparse.SUPPRESS)
    parser.add_argument("--archive-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(args.child, args.archive_dir, args.t0 or entered, entered)
    if not BBC.is_dir():
        print(f"The corpus is missing: {BBC}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="dossier-bench-gui-") as tmp:
        scratch = Path(tmp)
        _environment(scratch)
        print(f"Dossier GUI benchmark (QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]})")
        bench_import_stalls(scratch)
        docs = QUICK_STARTUP_DOCS if args.quick else STARTUP_DOCS
        base = scratch / f"archive-{docs}"
        print(f"\n   (building the {docs:,}-document archive…)", flush=True)
        built = build_archive(base, docs, scratch)
        bench_startup(base, docs, built)
        if not args.quick:
            bench_listing(base, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
