"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb, pg_ctl, a free port."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def program(name: str) -> str | None:
    """initdb or pg_ctl: on PATH, else in Debian's /usr/lib/postgresql/<version>/bin (the
    package does not put them on PATH), the newest version first."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                      key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    for folder in reversed(versions):
        if (folder / name).is_file():
            return str(folder / name)
    return None


def postgres_available() -> bool:
    """True when PostgreSQL's initdb and pg_ctl can be found."""
    return program("initdb") is not None and program("pg_ctl") is not None


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _need(name: str) -> str:
    found = program(name)
    if found is None:
        raise FileNotFoundError(f"{name} (PostgreSQL) is not installed")
    return found


def _as_postgres(command: list[str]) -> list[str]:
    """initdb refuses root: as root, run the cluster's programs as the postgres user."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@dataclass
class Cluster:
    """A running cluster in folder, listening on 127.0.0.1:port and a socket in folder."""

    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @classmethod
    def start(cls) -> Cluster:
        """initdb and start a cluster (trust authentication: tests only)."""
        folder = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        cluster = cls(folder, free_port())
        subprocess.run(_as_postgres([_need("initdb"), "-D", str(cluster.data), "-A", "trust",
                                     "-U", "postgres", "-E", "UTF8", "--no-sync"]),
                       check=True, capture_output=True)
        cluster.run()
        return cluster

    def run(self) -> None:
        """Start (or restart) the server."""
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        subprocess.run(_as_postgres([_need("pg_ctl"), "-D", str(self.data), "-o", options, "-w",
                                     "-l", str(self.folder / "server.log"), "start"]),
                       check=True, capture_output=True)

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (fast: connections are cut and a last checkpoint written)."""
        subprocess.run(_as_postgres([_need("pg_ctl"), "-D", str(self.data), "-m", mode, "-w",
                                     "stop"]), check=False, capture_output=True)

    def remove(self) -> None:
        """Stop the server without its last checkpoint (the data goes) and delete its folder."""
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser."""
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def dsn(self, database: str, user: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} dbname={database} user={user}"

    def create_database(self, name: str) -> None:
        self.sql(f'CREATE DATABASE "{name}"')

    def url(self, database: str, files: Path, user: str = "postgres",
            port: int | None = None) -> str:
        """The archive location of a database, with a shared folder for originals."""
        return (f"postgresql://{user}@127.0.0.1:{port or self.port}/{database}"
                f"?files={files}")
