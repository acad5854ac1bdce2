"""A desk's local folder: its search index, offline queue, log and write lock, next to the
shared folder of originals."""
from __future__ import annotations

import getpass
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indexer.paths import ArchivePaths


@dataclass(frozen=True)
class DeskPaths(ArchivePaths):
    """ArchivePaths whose root is the desk's folder and whose originals are shared."""

    shared: Path = Path()

    @property
    def files_dir(self) -> Path:
        return self.shared / "files"

    @property
    def tmp_dir(self) -> Path:  # on the originals' disk: stored by an atomic rename
        return self.shared / "tmp"

    @property
    def database(self) -> Path:  # no SQLite catalogue: the desk's read cache
        return self.root / "cache.sqlite3"

    @property
    def sync_state(self) -> Path:
        return self.root / "sync.json"

    @property
    def queue(self) -> Path:
        return self.root / "queue.sqlite3"


def desk_user() -> str:
    """The name written as author on this desk's notes and marks."""
    return os.environ.get("DOSSIER_USER") or getpass.getuser()


def read_state(path: Path) -> dict[str, Any]:
    """The desk's saved sync state; empty when absent or unreadable (a full catch-up)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_state(path: Path, state: dict[str, Any]) -> None:
    """Save the sync state atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(state, fh)
    os.replace(tmp, path)
