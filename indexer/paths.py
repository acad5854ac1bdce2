"""Where an archive keeps its database, index and original files."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ARCHIVE_ENV = "DOSSIER_ARCHIVE"


@dataclass(frozen=True)
class ArchivePaths:
    """The layout of one archive folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "dossier.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def files_dir(self) -> Path:
        return self.root / "files"

    @property
    def tmp_dir(self) -> Path:
        return self.root / "tmp"

    @property
    def log_file(self) -> Path:
        return self.root / "dossier.log"

    @property
    def write_lock(self) -> Path:
        return self.root / "write.lock"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"


def default_archive_dir() -> Path:
    """The platform's user data folder for Dossier (e.g. ~/.local/share/dossier)."""
    return Path(platformdirs.user_data_dir("dossier", appauthor=False)) / "archive"


def resolve_archive_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """The archive folder: an explicit choice, else $DOSSIER_ARCHIVE, else the default.

    Raises ArchiveError for a team archive's postgresql:// address (not a folder: open it
    with indexer.archive.open_location).
    """
    chosen = explicit or os.environ.get(ARCHIVE_ENV)
    if chosen:
        _refuse_team_address(str(chosen))
        return Path(chosen).expanduser().resolve()
    return default_archive_dir()


def _refuse_team_address(chosen: str) -> None:
    """A postgresql:// address must never become a folder named like it."""
    if chosen.strip().lower().startswith(("postgresql:", "postgres:")):
        from indexer.errors import ArchiveError

        raise ArchiveError(f"“{chosen}” is a team archive's address, not a folder; open it "
                           "with the dossier command (the window cannot open one yet).")
