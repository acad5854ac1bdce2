"""Misbehaving extractors run by the sandbox tests inside worker processes."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from indexer.errors import CorruptFile
from indexer.extract.types import Extracted


def behave(path: Path, password: str | None = None) -> Extracted:
    """Act on the file's name: hang, crash, hog memory, raise, fail oddly, or succeed."""
    name = path.stem
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if name.startswith("hog"):
        blob = bytearray(8 * 1024**3)  # beyond the worker's memory limit
        return Extracted(kind="text", pages=[str(len(blob))])
    if name.startswith("corrupt"):
        raise CorruptFile(f"“{path.name}” is damaged.")
    if name.startswith("bug"):
        raise ValueError("unexpected reader bug")
    return Extracted(kind="text", pages=[path.read_text()], title=name)


def with_preface(path: Path, password: str | None = None) -> Extracted:
    """The real reader, as if a newer one found an extra first page and re-flowed the text."""
    from indexer.extract.registry import extract

    result = extract(path, password)
    result.pages = ["Preface added by the new reader."] + [
        page.replace("\n", " ") for page in result.pages]
    return result
