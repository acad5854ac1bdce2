"""Where a team archive is: `postgresql://user@host:port/db?files=/shared/folder`."""
from __future__ import annotations

import getpass
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

from indexer.errors import ArchiveError

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_TIMEOUT = 3  # seconds: an unreachable server is noticed quickly, then the desk works offline


def is_team_location(text: str | object) -> bool:
    """True when text names a PostgreSQL team archive rather than a folder."""
    return isinstance(text, str) and text.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class TeamLocation:
    """A parsed team archive location (never holding a password: libpq reads ~/.pgpass or
    $PGPASSWORD)."""

    url: URL
    files: Path

    @property
    def user(self) -> str:
        return self.url.username or getpass.getuser()

    @property
    def database(self) -> str:
        return self.url.database or ""

    def display(self) -> str:
        """The location as a user writes it."""
        host = self.url.host or self.url.query.get("host") or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"postgresql://{self.user}@{host}{port}/{self.database}?files={self.files}"

    def engine_url(self) -> URL:
        """The SQLAlchemy URL, driven by psycopg 3."""
        return self.url.set(drivername="postgresql+psycopg")

    def key(self) -> str:
        """A short stable name for this archive and user, for the desk's local folder."""
        digest = hashlib.sha256(self.display().encode()).hexdigest()[:12]
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", self.database)[:40]
        return f"{safe}-{digest}"


def parse_location(text: str) -> TeamLocation:
    """A TeamLocation from a URL. Raises ArchiveError (one sentence) when it is unusable."""
    try:
        url = make_url(text.strip().replace("postgres://", "postgresql://", 1))
    except Exception as exc:  # noqa: BLE001 - any parse failure is the same sentence
        raise ArchiveError(f"“{text}” is not a PostgreSQL address such as "
                           "postgresql://user@host/db?files=/shared/folder.") from exc
    if url.password:
        raise ArchiveError("Do not put the password in the team archive's address: write it "
                           "in ~/.pgpass (or $PGPASSWORD), where PostgreSQL finds it.")
    if not url.database:
        raise ArchiveError(f"The team archive address “{text}” names no database.")
    query = dict(url.query)
    files = query.pop("files", None)
    if not files or not isinstance(files, str):
        raise ArchiveError("A team archive needs a shared folder for its original files: add "
                           "?files=/path/to/shared/folder to its address.")
    return TeamLocation(url.set(query=query), Path(files).expanduser())


def default_desks_dir() -> Path:
    """Where this computer keeps its desks' local things (index, queue, logs)."""
    return Path(platformdirs.user_data_dir("dossier", appauthor=False)) / "desks"


def desk_dir_for(location: TeamLocation, desks_dir: Path | None = None) -> Path:
    """This desk's local folder for location."""
    return (desks_dir or default_desks_dir()) / location.key()
