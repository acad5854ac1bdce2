"""Fixtures of the team archive tests: one throwaway PostgreSQL cluster per test session,
a fresh database and shared folder per test."""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.archive import Archive
from tests.team.cluster import Cluster, postgres_available

_numbers = itertools.count()


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster started for this test session and removed after it."""
    if not postgres_available():
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    pytest.importorskip("psycopg", reason="psycopg 3 (the 'team' extra) is not installed")
    running = Cluster.start()
    yield running
    running.remove()


def new_team_url(cluster: Cluster, folder: Path) -> str:
    """The address of a new, empty team archive (a database, a shared folder in folder)."""
    name = f"team{next(_numbers)}"
    cluster.create_database(name)
    shared = folder / "shared"
    shared.mkdir()
    return cluster.url(name, shared)


@pytest.fixture
def team_url(cluster: Cluster, tmp_path: Path) -> str:
    """The address of a new, empty team archive (database and shared folder)."""
    return new_team_url(cluster, tmp_path)


def open_backend(request: pytest.FixtureRequest, folder: Path) -> Archive:
    """An empty archive in folder on the backend request.param names."""
    from indexer.archive import Archive
    from indexer.team.archive import TeamArchive

    if request.param == "sqlite":
        return Archive.open(folder / "archive")
    url = new_team_url(request.getfixturevalue("cluster"), folder)
    return TeamArchive(url, desk_dir=folder / "desk", user="tester")


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Archive]:
    """The core tests' archive, once as a folder (SQLite) and once as a team archive
    (PostgreSQL and a shared folder, this desk's index in tmp_path)."""
    arch = open_backend(request, tmp_path)
    yield arch
    arch.close()


@pytest.fixture(scope="module", params=BACKENDS)
def shared_archive(request: pytest.FixtureRequest,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """One archive per module and backend, for modules whose tests only read."""
    arch = open_backend(request, tmp_path_factory.mktemp("both"))
    yield arch
    arch.close()
