"""tests/indexer/test_search.py on both databases: its module-wide archive, once a folder and
once a team archive (see tests/team/conftest.py)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.archive import Archive
from tests.indexer.test_search import *  # noqa: F403


@pytest.fixture(scope="module")  # type: ignore[no-redef]
def archive(shared_archive: Archive) -> Iterator[Archive]:
    yield shared_archive
