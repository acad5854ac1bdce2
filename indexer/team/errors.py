"""The team archive's errors (each one sentence, in the tree of indexer.errors)."""
from __future__ import annotations

from indexer.errors import ArchiveError


class TeamOffline(ArchiveError):
    """The team archive's server cannot be reached; the desk works from its local copy."""
