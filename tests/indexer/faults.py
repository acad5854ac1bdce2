"""Helpers for the fault tests and the torture benchmark: small archives, the CLI in-process,
damage to files, and (as root) full and read-only file systems."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from pathlib import Path

from indexer.archive import Archive

TEXTS = ["Memorandum on water sharing in the Aral basin.",
         "Minutes of the Caspian shelf negotiations in Baku.",
         "Report on cotton harvests near Tashkent and Samarkand."]


def make_sources(folder: Path, count: int = 3) -> list[Path]:
    """count small text files with distinct contents."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(count):
        path = folder / f"doc{i}.txt"
        path.write_text(f"Document {i}\n\n{TEXTS[i % len(TEXTS)]} Copy {i}.", encoding="utf-8")
        made.append(path)
    return made


def make_archive(root: Path, sources: list[Path], note: str | None = "keep this note") -> Path:
    """An archive of sources, with a note on the first document; closed again."""
    with Archive.open(root) as arch:
        report = arch.import_paths(sources)
        assert len(report.imported) == len(sources), report.failed
        if note:
            arch.add_note(report.imported[0][1], note)
    return root


_TEMPLATE: list[Path] = []


def archive_copy(root: Path, sources: list[Path]) -> Path:
    """A copy at root of make_archive(sources) built once per test run (same contents as
    make_sources makes, so the same checksums): saves an import per test."""
    if not _TEMPLATE:
        import atexit
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="dossier-faults-"))
        atexit.register(shutil.rmtree, folder, True)
        _TEMPLATE.append(make_archive(folder / "arch", make_sources(folder / "src",
                                                                     len(sources))))
    shutil.copytree(_TEMPLATE[0], root)
    return root


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    """Run `dossier --archive root args…` in this process: (exit code, stdout, stderr)."""
    from indexer.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = main(["--archive", str(root), *args], out=out)
    return code, out.getvalue(), err.getvalue()


def truncate(path: Path, fraction: float = 0.5) -> None:
    """Cut a file to a fraction of its size."""
    os.truncate(path, int(path.stat().st_size * fraction))


def overwrite(path: Path, offset: int, data: bytes) -> None:
    """Write data over a file at offset."""
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def garble_segment(index_dir: Path, seed: int = 5) -> Path:
    """Overwrite 200 bytes in the middle of the docs index's largest segment file."""
    import random

    segment = max(index_dir.glob("docs_*.seg"), key=lambda p: p.stat().st_size)
    rnd = random.Random(seed)
    size = segment.stat().st_size
    overwrite(segment, rnd.randrange(size // 4, size * 3 // 4),
              bytes(rnd.randrange(256) for _ in range(200)))
    return segment


def can_mount() -> str | None:
    """None when this process may mount file systems (root, not forbidden), else why not."""
    if os.geteuid() != 0:
        return "mounting a read-only or tiny file system needs root"
    return None


@contextmanager
def tmpfs(mountpoint: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at mountpoint (root only), unmounted afterwards."""
    mountpoint.mkdir(parents=True, exist_ok=True)
    _mount(["-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mountpoint)])
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


@contextmanager
def read_only_view(folder: Path, mountpoint: Path) -> Iterator[Path]:
    """folder seen through a read-only bind mount at mountpoint (root only)."""
    mountpoint.mkdir(parents=True, exist_ok=True)
    _mount(["--bind", str(folder), str(mountpoint)])
    try:
        _mount(["-o", "remount,bind,ro", str(mountpoint)])
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def _mount(args: list[str]) -> None:
    import pytest

    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here (a container without the right): {done.stderr.strip()}")
