"""On-demand torture benchmark: damage an archive every way we know, then see what was lost and
whether the next command recovers.

Faults: a truncated database, garbage in its header, a deleted database (with and without
backups), a garbled index segment, leftovers of interrupted work, a full disk (a tiny tmpfs
as root, else a simulated one), read-only media (a read-only bind mount, root only), and
kill -9 in the middle of import, reindex, export, bundle import and annotating. Every command
runs as its own `python -m indexer.cli` process, as a user would run it.

Per fault it prints: documents lost, duplicates, orphan originals, leftovers, documents
unsearchable, whether the next command recovered (and after the way back it offers), and the
message the user saw. Aims: 0 lost, 0 unsearchable, 0 tracebacks, every fault a sentence.

    python tests/benchmarks/bench_torture.py [--docs 200] [--kills 3] [--seed 1]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from indexer.paths import ArchivePaths  # noqa: E402
from indexer.repair import leftovers  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "articles" / "text" / "bbc_en"


@dataclass
class Row:
    """One line of the result table."""

    fault: str
    lost: int | str = "-"
    duplicates: int | str = "-"
    orphans: int | str = "-"
    leftovers: int | str = "-"
    unsearchable: int | str = "-"
    recovered: str = "-"
    tracebacks: int = 0
    message: str = ""
    extra: list[str] = field(default_factory=list)


# --- running commands --------------------------------------------------------------------
def run(root: Path, *args: str, timeout: float = 600) -> tuple[int, str, str]:
    """`dossier --archive root args…` in a new process: (exit code, stdout, stderr)."""
    done = subprocess.run([sys.executable, "-m", "indexer.cli", "--archive", str(root), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=timeout,
                          check=False)
    return done.returncode, done.stdout, done.stderr


def start(root: Path, *args: str) -> subprocess.Popen[str]:
    """The same, started in its own process group (kill -9 takes its workers too)."""
    return subprocess.Popen([sys.executable, "-m", "indexer.cli", "--archive", str(root), *args],
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def start_script(script: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def kill_after(proc: subprocess.Popen[str], delay: float) -> bool:
    """SIGKILL the process group after delay seconds; False if it had ended already."""
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    proc.wait()
    return True


def timed(call: Callable[[], object]) -> float:
    began = time.monotonic()
    call()
    return time.monotonic() - began


def first_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0][:400] if lines else ""


def tracebacks(*texts: str) -> int:
    return sum(t.count("Traceback") + t.count("--- Logging error ---") for t in texts)


# --- measuring an archive without changing it ---------------------------------------------
def checksums(root: Path) -> list[str] | None:
    try:
        uri = f"file:{root / 'dossier.sqlite3'}?mode=ro"
        with sqlite3.connect(uri, uri=True) as conn:
            return [r[0] for r in conn.execute("SELECT checksum FROM documents")]
    except sqlite3.Error:
        return None


def note_count(root: Path) -> int:
    try:
        uri = f"file:{root / 'dossier.sqlite3'}?mode=ro"
        with sqlite3.connect(uri, uri=True) as conn:
            return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("notes", "annotations"))
    except sqlite3.Error:
        return -1


def indexed_count(root: Path) -> int:
    from whoosh.filedb.filestore import FileStorage

    try:
        storage = FileStorage(str(root / "index"), readonly=True, supports_mmap=False)
        return int(storage.open_index("docs").doc_count())
    except Exception:
        return 0


def measure(row: Row, root: Path, expected: set[str]) -> Row:
    """Fill the counts of row from the archive as it is now."""
    found = checksums(root)
    if found is None:
        row.lost = "db unreadable"
        return row
    row.lost = len(expected - set(found))
    row.duplicates = len(found) - len(set(found))
    stored = {p.name[:64] for p in (root / "files").glob("??/*") if p.is_file()}
    row.orphans = len(stored - set(found))
    row.leftovers = len(leftovers(ArchivePaths(root)))
    row.unsearchable = max(0, len(found) - indexed_count(root))
    return row


def check_row(row: Row, root: Path, expected: set[str], label: str = "check") -> Row:
    """Run `check` as the next command, then measure."""
    code, out, err = run(root, "check")
    row.recovered = f"{label}: {'yes' if code == 0 else 'NO'}"
    row.tracebacks += tracebacks(out, err)
    if code != 0:
        row.extra.append(first_line([line for line in out.splitlines()
                                     if line.startswith("problem")][0] if "problem" in out
                                    else err))
    return measure(row, root, expected)


# --- building the test archive ----------------------------------------------------------
def sources(count: int, skip: int = 0) -> list[Path]:
    found = sorted(CORPUS.rglob("*.txt"))
    return found[skip:skip + count]


def build_template(work: Path, docs: int) -> tuple[Path, set[str]]:
    """An archive of docs BBC texts with notes, tags and marks, backed up."""
    root = work / "template"
    src = work / "src"
    src.mkdir()
    for n, path in enumerate(sources(docs)):
        shutil.copy(path, src / f"{n:04}-{path.parent.name}.txt")
    code, _, err = run(root, "import", str(src))
    assert code in (0, 3), err
    from indexer.archive import Archive

    with Archive.open(root) as arch:
        rows = arch.documents()
        for row in rows[:10]:
            arch.add_note(row.id, f"A note on {row.title}")
            arch.add_tags(row.id, ["Torture/Kept"])
            words = arch.page_texts(row.id)[0].split()[:4]
            arch.add_annotation(row.id, 1, quote=" ".join(words), comment="kept mark")
        arch.backup()
    return root, set(checksums(root) or [])


def fresh(template: Path, work: Path, name: str) -> Path:
    root = work / name
    shutil.copytree(template, root)
    return root


# --- faults -------------------------------------------------------------------------------
def fault_database(template: Path, work: Path, expected: set[str], how: str,
                   keep_backups: bool = True) -> Row:
    root = fresh(template, work, f"db-{how.replace(' ', '-')}-{keep_backups}")
    database = root / "dossier.sqlite3"
    if not keep_backups:
        shutil.rmtree(root / "backups")
    if how == "truncated":
        os.truncate(database, database.stat().st_size // 2)
    elif how == "garbage header":
        with open(database, "r+b") as fh:
            fh.write(os.urandom(100))
    elif how == "deleted":
        database.unlink()
    row = Row(f"database {how}" + ("" if keep_backups else ", no backups"))
    notes_before = note_count(template)
    code, out, err = run(root, "list")
    row.message = first_line(err)
    row.tracebacks = tracebacks(out, err)
    listed = code == 0 and len(out.splitlines()) == len(expected)
    code, out, err = run(root, "check", "--repair")
    row.tracebacks += tracebacks(out, err)
    check_row(row, root, expected)
    row.recovered = (f"list: {'yes' if listed else 'no (sentence)'}; check --repair: "
                     f"{'yes' if code == 0 else 'NO'}")
    row.extra.append(f"notes+marks {note_count(root)}/{notes_before} after the way back")
    return row


def fault_index(template: Path, work: Path, expected: set[str]) -> Row:
    root = fresh(template, work, "index-garbled")
    segment = max((root / "index").glob("docs_*.seg"), key=lambda p: p.stat().st_size)
    rnd = random.Random(5)
    with open(segment, "r+b") as fh:
        fh.seek(rnd.randrange(segment.stat().st_size // 4, segment.stat().st_size * 3 // 4))
        fh.write(bytes(rnd.randrange(256) for _ in range(200)))
    row = Row("index segment garbled")
    failures = 0
    for query in ("government", "market", "election", "film", "growth", "the"):
        code, out, err = run(root, "search", query)
        failures += code != 0
        row.tracebacks += tracebacks(out, err)
    code, out, err = run(root, "check")
    row.message = first_line(next((line for line in out.splitlines()
                                   if line.startswith("problem")), "check said OK"))
    code, out, err = run(root, "check", "--repair")
    row.tracebacks += tracebacks(out, err)
    measure(row, root, expected)
    row.recovered = f"{6 - failures}/6 searches ran; check --repair: " \
        f"{'yes' if code == 0 else 'NO'}"
    return row


def fault_leftovers(template: Path, work: Path, expected: set[str]) -> Row:
    root = fresh(template, work, "leftovers")
    old = time.time() - 3600
    tmp = root / "tmp"
    tmp.mkdir(exist_ok=True)
    (tmp / "abc.part").write_bytes(os.urandom(300_000))
    staging = tmp / "bundle-x1"
    (staging / "ab").mkdir(parents=True)
    (staging / "ab" / "blob").write_bytes(os.urandom(2_000_000))
    orphan = root / "files" / "ff" / ("f" * 64 + ".txt")
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_text("orphan")
    for path in (tmp / "abc.part", staging, staging / "ab", staging / "ab" / "blob", orphan):
        os.utime(path, (old, old))
    row = Row("leftovers (.part, staging, orphan)")
    before = f"{len(leftovers(ArchivePaths(root)))} leftovers, 1 orphan"
    code, out, err = run(root, "check")
    row.message = first_line(next((line for line in out.splitlines()
                                   if "unfinished" in line), ""))
    code, out, err = run(root, "check", "--repair")
    row.tracebacks = tracebacks(out, err)
    measure(row, root, expected)
    row.recovered = f"check --repair: {'yes' if code == 0 else 'NO'} (before: {before})"
    return row


def fault_full_disk(template: Path, work: Path, expected: set[str], docs: int) -> Row:
    row = Row("full disk during import")
    new = work / "full-src"
    new.mkdir()
    for n, path in enumerate(sources(docs, skip=docs)):
        shutil.copy(path, new / f"new-{n:04}.txt")
    mnt = work / "tmpfs"
    mnt.mkdir()
    size = sum(p.stat().st_size for p in template.rglob("*") if p.is_file())
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size + 700_000}", "tmpfs", str(mnt)],
        capture_output=True, check=False).returncode == 0
    if not mounted:
        row.message = "skipped: mounting a tiny tmpfs needs root"
        return row
    try:
        root = mnt / "arch"
        shutil.copytree(template, root)
        code, out, err = run(root, "import", str(new))
        row.message = first_line(err) if code else f"import ended {code}: {first_line(out)}"
        row.tracebacks = tracebacks(out, err)
        read_ok = [run(root, *cmd)[0] == 0 for cmd in (["list"], ["search", "economy"],
                                                      ["show", "1"])]
        measure(row, root, expected)
        row.recovered = f"list/search/show after: {sum(read_ok)}/3 ran"
        row.extra.append(f"stderr lines of the import: {len(err.splitlines())}")
        subprocess.run(["mount", "-o", f"remount,size={size * 3}", str(mnt)], check=True)
        code, _, _ = run(root, "list")  # space freed: the next open indexes what waited
        after = measure(Row(""), root, expected)
        row.extra.append(f"after freeing space: list exit {code}, unsearchable "
                         f"{after.unsearchable}, lost {after.lost}")
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
    return row


def fault_read_only(template: Path, work: Path, expected: set[str]) -> Row:
    row = Row("read-only media")
    root = fresh(template, work, "ro-source")
    view = work / "ro"
    view.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "--bind", str(root), str(view)],
                                           check=False).returncode != 0:
        row.message = "skipped: a read-only bind mount needs root"
        return row
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        reads = [run(view, *cmd) for cmd in (
            ["search", "government"], ["list"], ["show", "1"], ["text", "1"],
            ["export", "--format", "markdown", "--ids", "1", "2", "--out",
             str(work / "ro-export")])]
        code, out, err = run(view, "note", "1", "refused")
        row.message = first_line(err)
        row.tracebacks = tracebacks(*(o + e for _, o, e in reads), out, err)
        row.recovered = f"{sum(c == 0 for c, _, _ in reads)}/5 reads and exports ran"
        measure(row, view, expected)
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
    return row


# --- kill -9 ------------------------------------------------------------------------------
ANNOTATE = textwrap.dedent("""
    from indexer.archive import Archive
    with Archive.open({root!r}) as arch:
        for n, row in enumerate(arch.documents()[:30] * 2):
            words = arch.page_texts(row.id)[0].split()[n % 5:n % 5 + 3]
            arch.add_annotation(row.id, 1, quote=" ".join(words), comment=f"mark {{n}}")
""")


def kills(template: Path, work: Path, expected: set[str], operation: str, count: int,
          rnd: random.Random, docs: int) -> Row:
    """count kill -9s of one operation, each on a fresh copy; the table sums them."""
    row = Row(f"kill -9 × {count}: {operation}", lost=0, duplicates=0, orphans=0,
              leftovers=0, unsearchable=0)
    recovered = 0
    new = _new_sources(work, docs)
    bundle = _bundle(template, work) if operation == "bundle import" else None
    duration = None
    for n in range(count):
        root = fresh(template, work, f"kill-{operation.replace(' ', '-')}-{n}")
        if operation == "bundle import":
            shutil.rmtree(root)
            run(root, "list")  # an empty archive to merge the bundle into
        launch = _launcher(operation, root, work, new, bundle)
        if duration is None:  # one uninterrupted run on a spare copy sets the kill window
            spare = fresh(template, work, f"spare-{operation.replace(' ', '-')}")
            if operation == "bundle import":
                shutil.rmtree(spare)
                run(spare, "list")
            duration = timed(lambda s=spare: _launcher(operation, s, work, new, bundle)().wait())
        proc = launch()
        killed = kill_after(proc, rnd.uniform(0.15, 0.9) * duration)
        trial = Row(row.fault)
        check_row(trial, root, expected if operation != "bundle import" else set())
        recovered += trial.recovered.endswith("yes")
        if operation in ("import", "bundle import"):  # finish the job: nothing may be missing
            proc = launch()
            proc.wait()
        want = expected | (_sums(new) if operation == "import" else set())
        if operation == "bundle import":
            want = set(checksums(template) or [])
        measure(trial, root, want)
        for key in ("lost", "duplicates", "orphans", "leftovers", "unsearchable"):
            value = getattr(trial, key)
            setattr(row, key, getattr(row, key) + (value if isinstance(value, int) else 0))
        row.tracebacks += trial.tracebacks
        row.extra += [e for e in trial.extra if e not in row.extra]
        if not killed:
            row.extra.append("(one run ended before its kill)")
    row.recovered = f"next check OK {recovered}/{count}"
    row.message = f"uninterrupted run {duration:.1f}s"
    return row


def _launcher(operation: str, root: Path, work: Path, new: Path, bundle: Path | None
              ) -> Callable[[], subprocess.Popen[str]]:
    if operation == "import":
        return lambda: start(root, "import", str(new))
    if operation == "reindex":
        return lambda: start(root, "reindex")
    if operation == "export":
        out = work / f"export-{root.name}"
        return lambda: start(root, "export", "--format", "pdf", "--query",
                             "government OR market OR film", "--out", str(out))
    if operation == "bundle import":
        assert bundle is not None
        return lambda: start(root, "import", str(bundle))
    return lambda: start_script(ANNOTATE.format(root=str(root)))


def _new_sources(work: Path, docs: int) -> Path:
    new = work / "kill-src"
    if not new.exists():
        new.mkdir()
        for n, path in enumerate(sources(docs, skip=docs)):
            shutil.copy(path, new / f"k-{n:04}.txt")
    return new


def _sums(folder: Path) -> set[str]:
    import hashlib

    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _bundle(template: Path, work: Path) -> Path:
    bundle = work / "all.dossier"
    if not bundle.exists():
        ids = [str(i) for i in range(1, 1 + len(checksums(template) or []))]
        code, _, err = run(template, "export", "--format", "bundle", "--ids", *ids,
                           "--out", str(bundle))
        assert code in (0, 3), err
    return bundle


# --- several writers at once --------------------------------------------------------------
WINDOW = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from indexer.archive import Archive
    stop = Path({stop!r})
    with Archive.open({root!r}) as window:  # an open window: polls, refreshes, searches
        token = window.change_token()
        while not stop.exists():
            if window.change_token() != token:
                token = window.change_token()
                window.refresh()
                window.search("government")
            time.sleep(0.2)
        time.sleep(1.5)  # the last commits reach it within a second
        window.refresh()
        print(window.count(), window.index.doc_count(), flush=True)
""")
SEARCH_LOOP = textwrap.dedent("""
    import time
    from pathlib import Path
    from indexer.archive import Archive
    stop, answers = Path({stop!r}), 0
    while not stop.exists():
        with Archive.open({root!r}) as arch:  # a command run again and again
            arch.search("government market")
            answers += 1
    print(answers, flush=True)
""")


def concurrent(template: Path, work: Path, expected: set[str], writers: int, other: str,
               docs: int) -> Row:
    """writers imports of overlapping folders at once, beside an open window or a search
    loop; every document must end stored once and searchable, with no traceback."""
    label = f"{writers} imports at once" + (f" + {other}" if other else "")
    root = fresh(template, work, f"concurrent-{writers}-{other or 'none'}")
    folders = []
    for n in range(writers):  # each overlaps the next by half
        folder = work / f"conc-{writers}-{other}-{n}"
        folder.mkdir()
        for m, path in enumerate(sources(docs, skip=docs + n * docs // 2)):
            shutil.copy(path, folder / f"{n}-{m:04}.txt")
        folders.append(folder)
    stop = work / f"stop-{writers}-{other}"
    watcher = None
    if other:
        script = (WINDOW if other == "window" else SEARCH_LOOP).format(root=str(root),
                                                                        stop=str(stop))
        watcher = subprocess.Popen([sys.executable, "-c", script], cwd=REPO,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    procs = [subprocess.Popen([sys.executable, "-m", "indexer.cli", "--archive", str(root),
                               "import", str(f)], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for f in folders]
    row = Row(label)
    waited = 0
    for proc in procs:
        out, err = proc.communicate(timeout=1800)
        row.tracebacks += tracebacks(out, err)
        waited += "Another Dossier is writing" in err
    stop.touch()
    if watcher is not None:
        out, err = watcher.communicate(timeout=600)
        row.tracebacks += tracebacks(out, err)
        if other == "window" and out.split():
            count, indexed = (int(x) for x in out.split()[:2])
            row.extra.append(f"the open window saw {indexed}/{count} documents searchable")
        elif out.strip():
            row.extra.append(f"{out.strip()} searches answered meanwhile")
    want = expected | set().union(*(_sums(f) for f in folders))
    check_row(row, root, want)
    row.message = f"{waited} of {writers} writers waited and said so"
    return row


# --- report -------------------------------------------------------------------------------
def print_table(rows: list[Row]) -> None:
    head = ("fault", "lost", "dupl", "orph", "left", "unsrch", "tb", "recovered")
    print("\n" + " | ".join(f"{h:<38}" if i == 0 else f"{h:>6}" if i < 7 else h
                            for i, h in enumerate(head)))
    for r in rows:
        cells = [r.fault, r.lost, r.duplicates, r.orphans, r.leftovers, r.unsearchable,
                 r.tracebacks]
        print(" | ".join(f"{str(c):<38}" if i == 0 else f"{str(c):>6}"
                         for i, c in enumerate(cells)) + f" | {r.recovered}")
        if r.message:
            print(textwrap.indent(textwrap.fill(f"message: {r.message}", 110), " " * 40))
        for extra in r.extra:
            print(f"{'':>40}{extra[:150]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--kills", type=int, default=3, help="kill -9s per operation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="run only the faults whose name contains this")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"the corpus is missing: {CORPUS}")
    rnd = random.Random(args.seed)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dossier-torture-") as tmp:
        work = Path(tmp)
        template, expected = build_template(work, args.docs)
        print(f"template: {len(expected)} documents with notes, tags and marks, backed up "
              f"({time.monotonic() - began:.0f}s)")
        faults: list[tuple[str, Callable[[], Row]]] = [
            ("truncated", lambda: fault_database(template, work, expected, "truncated")),
            ("garbage", lambda: fault_database(template, work, expected, "garbage header")),
            ("deleted", lambda: fault_database(template, work, expected, "deleted")),
            ("deleted-nobackup", lambda: fault_database(template, work, expected, "deleted",
                                                        keep_backups=False)),
            ("index", lambda: fault_index(template, work, expected)),
            ("leftovers", lambda: fault_leftovers(template, work, expected)),
            ("full disk", lambda: fault_full_disk(template, work, expected, args.docs)),
            ("read-only", lambda: fault_read_only(template, work, expected)),
            *((f"kill {op}", lambda op=op: kills(template, work, expected, op, args.kills,
                                                 rnd, args.docs))
              for op in ("import", "reindex", "export", "bundle import", "annotate")),
            *((f"concurrent {n} {other}".strip(),
               lambda n=n, other=other: concurrent(template, work, expected, n, other,
                                                   args.docs))
              for n, other in ((2, ""), (3, ""), (1, "window"), (2, "window"),
                               (1, "search loop"))),
        ]
        rows = []
        for name, fault in faults:
            if args.only and args.only not in name:
                continue
            t0 = time.monotonic()
            rows.append(fault())
            print(f"  {name}: {time.monotonic() - t0:.0f}s", flush=True)
        print_table(rows)
        if args.json:
            Path(args.json).write_text(json.dumps([r.__dict__ for r in rows], indent=1))
    print(f"\ntotal {time.monotonic() - began:.0f}s")


if __name__ == "__main__":
    main()
