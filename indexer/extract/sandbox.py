"""Run extractors in worker processes, so a hostile file can hang or crash only its worker."""
from __future__ import annotations

import importlib
import logging
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import forkserver
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Self

from indexer.errors import (
    CorruptFile,
    DossierError,
    ExtractionTimeout,
    ExtractorCrashed,
    ImportFailed,
)
from indexer.extract.types import Extracted

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 3072
DEFAULT_EXTRACTOR = "indexer.extract.registry:extract"
# Imports also analyse each file for the search index in the worker (indexer.import_worker).
IMPORT_EXTRACTOR = "indexer.import_worker:extract_and_prepare"
# Imported once in the fork server, so each new worker starts warm. The readers of PDF,
# HTML and DOCX files (PyMuPDF, trafilatura, python-docx: 0.35 s more) are left to the
# workers that meet such a file, and Whoosh's writing to the index writer process (started
# later, it loads it while the first documents are read): the server serves its first
# worker sooner, and a worker reading only text files never loads them.
PRELOAD = ["indexer.extract.registry", "indexer.extract.text", "indexer.import_worker"]
# Recognising one page may take far longer than reading a whole born-digital file.
OCR_TIMEOUT = 300.0
OCR_EXTRACTOR = "indexer.extract.ocr:recover_pages"
# An import worker holds a second file, which it reads while the importing process is busy
# with the first one's result (storing the original, the database, the index writer).
IMPORT_DEPTH = 2


@dataclass
class Job:
    """One file to read; key is the caller's handle for it (kept here: a worker never
    receives it, so unpickling a job never imports the caller's modules)."""

    key: Any
    path: Path
    password: str | None = None
    # Keyword arguments for the extractor (e.g. the pages and language of an OCR job).
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Worker:
    process: Any
    conn: Connection
    jobs: deque[Job] = field(default_factory=deque)  # sent to it, read in this order
    started: float = field(default=0.0)  # when it began the first of them


def _context() -> Any:
    # fork is unsafe in a process with threads (the GUI); forkserver forks from a clean
    # single-threaded server and is fast after the first worker.
    if sys.platform.startswith("linux"):
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        with main_module_hidden():  # started now, it preloads while the caller goes on
            forkserver.ensure_running()
        return ctx
    return mp.get_context("spawn")


def _limit_memory(megabytes: int) -> None:
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform: rely on the timeout
        pass


def _load(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _worker_main(conn: Connection, memory_mb: int, extractor: str) -> None:
    """Worker loop: receive (path, password, options), send back Extracted or a
    DossierError, until None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _limit_memory(memory_mb)
    extract = _load(extractor)

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        name, password, options = job
        conn.send(_extract_safely(extract, Path(name), password, options))


def _extract_safely(extract: Any, path: Path, password: str | None,
                    options: dict[str, Any]) -> Any:
    try:
        return extract(path, password, **options)
    except DossierError as exc:
        return exc
    except MemoryError:
        return ImportFailed(f"“{path.name}” needs more memory to read than allowed.")
    except Exception as exc:  # a reader bug or a hostile file: report it, keep going
        log.exception("Extractor failed on %s", path)
        return CorruptFile(f"“{path.name}” could not be read: {exc}.")


@contextmanager
def main_module_hidden() -> Iterator[None]:
    """Keep workers from re-running the caller's __main__ script (as spawn/forkserver do).

    Workers only need importable indexer code; a user's script without an
    `if __name__ == "__main__"` guard would otherwise import and run again in each worker.
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved: dict[str, Any] = {
        k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__
    }
    main.__dict__.pop("__file__", None)
    main.__dict__["__spec__"] = None
    try:
        yield
    finally:
        main.__dict__.update(saved)


def import_pool() -> ExtractionPool:
    """A pool whose workers read files and analyse them for the index."""
    return ExtractionPool(extractor=IMPORT_EXTRACTOR, depth=IMPORT_DEPTH)


def ocr_pool(workers: int | None = None) -> ExtractionPool:
    """A pool whose workers recover page texts (indexer.extract.ocr.recover_pages), with the
    longer OCR time limit per job."""
    return ExtractionPool(workers or min(2, os.cpu_count() or 1), timeout=OCR_TIMEOUT,
                          extractor=OCR_EXTRACTOR)


class ExtractionPool:
    """A few long-lived worker processes; kills and replaces one that hangs or dies."""

    def __init__(
        self,
        workers: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        memory_mb: int = DEFAULT_MEMORY_MB,
        extractor: str = DEFAULT_EXTRACTOR,
        depth: int = 1,
    ) -> None:
        """extractor is "module:function", called as function(path, password) in a worker;
        depth is how many jobs a worker holds at a time."""
        self.size = max(1, workers or min(4, os.cpu_count() or 1))
        self.depth = max(1, depth)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.extractor = extractor
        self._ctx = _context()
        self._workers: list[_Worker] = []

    @property
    def context(self) -> Any:
        """The multiprocessing context the workers start in (for other helper processes)."""
        return self._ctx

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(
            target=_worker_main, args=(child, self.memory_mb, self.extractor), daemon=True
        )
        with main_module_hidden():
            proc.start()
        child.close()
        return _Worker(proc, parent)

    def _ensure_workers(self) -> None:
        while len(self._workers) < self.size:
            self._workers.append(self._spawn())

    def run(self, jobs: Iterable[Job]
            ) -> Generator[tuple[Job, Extracted | DossierError], None, None]:
        """Yield (job, result) as workers finish, in completion order.

        Leaving the loop early (cancel, Ctrl-C) stops the files still being read.
        """
        self._ensure_workers()
        pending = iter(jobs)
        try:
            while True:
                self._fill(pending)
                busy = [w for w in self._workers if w.jobs]
                if not busy:
                    return
                yield from self._collect(busy)
        finally:
            for worker in [w for w in self._workers if w.jobs]:
                self._replace(worker)

    def _fill(self, pending: Iterator[Job]) -> None:
        """Give each worker jobs up to the pool's depth, a round of the workers at a time."""
        for level in range(1, self.depth + 1):
            for worker in self._workers:
                if len(worker.jobs) < level:
                    job = next(pending, None)
                    if job is None:
                        return
                    self._assign(worker, job)

    def _assign(self, worker: _Worker, job: Job) -> None:
        if not worker.jobs:
            worker.started = time.monotonic()
        worker.jobs.append(job)
        try:
            # A plain tuple: no dataclass nor Path to rebuild on either side.
            worker.conn.send((str(job.path), job.password, job.options))
        except (OSError, EOFError):
            pass  # a dead worker is detected in _collect

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[Job, Extracted | DossierError]]:
        deadline = min(w.started for w in busy) + self.timeout
        ready = wait([w.conn for w in busy], timeout=max(0.0, deadline - time.monotonic()))
        for worker in busy:
            job = worker.jobs[0]
            if worker.conn in ready:
                yield job, self._receive(worker, job)
            elif time.monotonic() - worker.started >= self.timeout:
                self._replace(worker, resend=True)
                yield job, ExtractionTimeout(
                    f"Reading “{job.path.name}” took longer than {self.timeout:.0f} s and was "
                    "stopped; the file may be damaged or hostile."
                )

    def _receive(self, worker: _Worker, job: Job) -> Extracted | DossierError:
        try:
            result: Extracted | DossierError = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(1)
            code = worker.process.exitcode
            self._replace(worker, resend=True)
            log.error("Extractor process died on %s (exit code %s)", job.path, code)
            return ExtractorCrashed(
                f"The reader crashed on “{job.path.name}” (exit code {code}); "
                "the file is probably damaged or hostile."
            )
        worker.jobs.popleft()
        worker.started = time.monotonic()  # it goes on with the next one it holds
        return result

    def _replace(self, worker: _Worker, resend: bool = False) -> None:
        """Kill a worker and start another in its place; resend=True hands the new one the
        jobs the old one held behind its first (which alone hung or crashed)."""
        self._kill(worker)
        fresh = self._spawn()
        self._workers[self._workers.index(worker)] = fresh
        if resend:
            for job in list(worker.jobs)[1:]:
                self._assign(fresh, job)

    @staticmethod
    def _kill(worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    def close(self) -> None:
        """Stop every worker."""
        for worker in self._workers:
            try:
                if not worker.jobs:
                    worker.conn.send(None)
            except (OSError, EOFError):
                pass
        for worker in self._workers:
            worker.process.join(0.5)
            self._kill(worker)
        self._workers = []
