"""Worker processes contain hangs, crashes, memory bombs and reader bugs."""
from __future__ import annotations

from pathlib import Path

from indexer.errors import CorruptFile, ExtractionTimeout, ExtractorCrashed, ImportFailed
from indexer.extract.sandbox import ExtractionPool, Job
from indexer.extract.types import Extracted

FAKE = "tests.indexer.extract.fake_extractors:behave"


def _files(tmp_path: Path, names: list[str]) -> list[Path]:
    paths = []
    for name in names:
        p = tmp_path / f"{name}.txt"
        p.write_text(f"text of {name}")
        paths.append(p)
    return paths


def test_bad_files_fail_alone_and_the_batch_goes_on(tmp_path: Path) -> None:
    names = ["ok1", "hang", "ok2", "crash", "corrupt", "bug", "hog", "ok3"]
    jobs = [Job(p.stem, p) for p in _files(tmp_path, names)]
    with ExtractionPool(workers=2, timeout=3, memory_mb=1024, extractor=FAKE) as pool:
        results = {job.key: result for job, result in pool.run(jobs)}
    assert set(results) == set(names)
    for ok in ("ok1", "ok2", "ok3"):
        assert isinstance(results[ok], Extracted) and results[ok].pages == [f"text of {ok}"]
    assert isinstance(results["hang"], ExtractionTimeout)
    assert isinstance(results["crash"], ExtractorCrashed)
    assert isinstance(results["corrupt"], CorruptFile)
    assert isinstance(results["bug"], CorruptFile) and "reader bug" in str(results["bug"])
    assert isinstance(results["hog"], ImportFailed) and "memory" in str(results["hog"])


def test_pool_is_reusable_after_a_crash(tmp_path: Path) -> None:
    paths = _files(tmp_path, ["crash", "ok"])
    with ExtractionPool(workers=1, timeout=5, extractor=FAKE) as pool:
        first = list(pool.run([Job(1, paths[0])]))
        second = list(pool.run([Job(2, paths[1])]))
    assert isinstance(first[0][1], ExtractorCrashed)
    assert isinstance(second[0][1], Extracted)


def test_a_job_key_stays_with_the_caller(tmp_path: Path) -> None:
    """Workers never receive the caller's key: unpickling one would import the caller's
    modules in every worker (the importer's: a quarter second before the first result)."""
    import threading

    paths = _files(tmp_path, ["ok1", "ok2"])
    keys = [threading.Lock(), threading.Lock()]  # cannot be pickled
    with ExtractionPool(workers=1, timeout=5, extractor=FAKE) as pool:
        results = list(pool.run([Job(key, path) for key, path in zip(keys, paths)]))
    assert [job.key for job, _ in results] == keys
    assert all(isinstance(result, Extracted) for _, result in results)


def test_the_import_workers_start_without_the_database_layer() -> None:
    """What the fork server preloads for import workers and the index writer leaves
    SQLAlchemy and the search service unloaded (a third of the workers' start-up)."""
    import subprocess
    import sys

    from indexer.extract.sandbox import PRELOAD

    script = ("import importlib, sys\n"
              f"for name in {PRELOAD!r}: importlib.import_module(name)\n"
              "print(sorted(m for m in ('sqlalchemy', 'indexer.search.service') "
              "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[3])
    assert out.stdout.strip() == "[]"


def test_files_held_behind_a_bad_one_are_read_by_its_replacement(tmp_path: Path) -> None:
    """A worker holding two files: when the first hangs or crashes, the one behind it is
    handed to the new worker and read, not failed with it."""
    names = ["hang", "ok1", "crash", "ok2", "ok3"]
    jobs = [Job(p.stem, p) for p in _files(tmp_path, names)]
    with ExtractionPool(workers=1, timeout=3, extractor=FAKE, depth=2) as pool:
        results = {job.key: result for job, result in pool.run(jobs)}
    assert isinstance(results["hang"], ExtractionTimeout)
    assert isinstance(results["crash"], ExtractorCrashed)
    for ok in ("ok1", "ok2", "ok3"):
        assert isinstance(results[ok], Extracted) and results[ok].pages == [f"text of {ok}"]
