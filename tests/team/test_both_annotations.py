"""tests/indexer/test_annotations.py on both databases (the `archive` fixture of
tests/team/conftest.py: a folder archive and a team archive)."""
from __future__ import annotations

from tests.indexer.test_annotations import *  # noqa: F403
