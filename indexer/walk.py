"""Turn the paths a user named (files and folders) into the list of files to import."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Refused:
    """A file found in a folder that is not imported, with the reason as one sentence."""

    path: Path
    reason: str


def readable(text: str) -> str:
    """A path (or a sentence naming one) as text that can be stored, logged and printed.

    A file name that is not valid UTF-8 reaches Python with its bad bytes as lone surrogates
    ("surrogateescape"); SQLite, UTF-8 logs and terminals refuse those. Each such byte
    becomes U+FFFD, the replacement character.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return _SURROGATE.sub("\ufffd", text)


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def expand_paths(paths: Iterable[Path], skip: Path | None = None) -> Iterator[Path | Refused]:
    """Each file named, and every non-hidden file under each folder named, sorted per folder.

    A path that does not exist is yielded as is: the importer reports it as failed. Inside a
    folder, links are followed only to files in that same folder; a link leaving it, a
    broken link and a link loop are yielded as Refused. Links to folders are never
    followed (a link inside the folder leads to files that are walked anyway). The folder
    skip (the archive itself, when a folder holding it is imported) is never walked.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path, Path(os.path.realpath(skip)) if skip else None)
        else:
            yield path


def _walk(folder: Path, skip: Path | None) -> Iterator[Path | Refused]:
    root = Path(os.path.realpath(folder))
    if skip is not None and (skip == root or skip in root.parents):
        return
    for base, dirs, files in os.walk(folder, followlinks=False):
        here = Path(base)
        kept: list[str] = []
        for name in sorted(dirs):
            if _hidden(name) or (skip is not None and Path(os.path.realpath(here / name)) == skip):
                continue
            if not (here / name).is_symlink():
                kept.append(name)
            elif (refused := _check_link(here / name, root, "folder")) is not None:
                yield refused
        dirs[:] = kept
        for name in sorted(files):
            if _hidden(name):
                continue
            path = here / name
            yield (_check_link(path, root, "file") or path) if path.is_symlink() else path


def _check_link(link: Path, root: Path, what: str) -> Refused | None:
    """None when link leads to something inside root; else why it is not followed."""
    name = readable(link.name)
    try:
        target = Path(os.path.realpath(link, strict=True))
    except OSError:
        return Refused(link, f"“{name}” is a broken link or a link loop; it was not followed.")
    if target == root or root in target.parents:
        return None
    return Refused(link, f"“{name}” is a link to a {what} outside the folder being imported; "
                         "links leaving the folder are not followed.")
