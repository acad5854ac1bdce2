"""The error tree of Dossier: each error carries one sentence a user can read."""
from __future__ import annotations

from pathlib import Path


class DossierError(Exception):
    """Base of every error Dossier reports to a user; str() is a clear sentence."""


class ImportFailed(DossierError):
    """A file could not be imported."""


class UnsupportedFile(ImportFailed):
    """The file's format is not one Dossier reads."""


class CorruptFile(ImportFailed):
    """The file is damaged or not what its name says."""


class NeedsPassword(ImportFailed):
    """The file is encrypted and no (or no correct) password was given."""


class ExtractionTimeout(ImportFailed):
    """Reading the file took too long and was stopped."""


class ExtractorCrashed(ImportFailed):
    """The reader process died on this file (a hostile or broken file)."""


class QueryError(DossierError):
    """A search query could not be understood."""


class ArchiveError(DossierError):
    """The archive folder, database or index is unusable."""


class SchemaTooNew(ArchiveError):
    """The archive was written by a newer Dossier."""


class NotFound(DossierError):
    """A document, tag or other record does not exist."""


class Cancelled(Exception):
    """Raised inside long work when the user cancels it; not an error."""


class DatabaseLost(ArchiveError):
    """The catalogue cannot be used; the ways back, for a window to offer as buttons."""

    newest_backup: Path | None = None  # Archive.restore_from_backup(root) puts it back
    originals: int = 0  # Archive.recover(root) rebuilds the catalogue from these


class DatabaseDamaged(DatabaseLost):
    """The archive database cannot be read (truncated, overwritten, failing its checks)."""


class DatabaseMissing(DatabaseLost):
    """The archive database is gone while the folder still holds originals or backups."""


class ReadOnlyArchive(ArchiveError):
    """A write was asked of an archive opened read-only."""


class DiskFull(ArchiveError):
    """The disk holding the archive has no space left."""


class NoteConflict(DossierError):
    """A note was changed by someone else since it was read: neither text is lost."""

    def __init__(self, message: str, mine: str = "", theirs: str | None = None) -> None:
        super().__init__(message)
        self.mine = mine  # the text that was refused
        self.theirs = theirs  # the text saved in between (None when it could not be read)
