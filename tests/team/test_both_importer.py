"""tests/indexer/test_importer.py on both databases (see tests/team/conftest.py)."""
from __future__ import annotations

from tests.indexer.test_importer import *  # noqa: F403
