"""Turn the paths a user named (files and folders) into the list of files to import."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Each file named, and every non-hidden file under each folder named, sorted per folder.

    A path that does not exist is yielded as is: the importer reports it as failed.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if not _hidden(name):
                yield Path(root) / name
