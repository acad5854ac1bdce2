"""Opening a team archive's PostgreSQL database: the same models and migrations as a folder,
plus the change log."""
from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError

from indexer.errors import ArchiveError, SchemaTooNew
from indexer.migrations import SCHEMA_VERSION, current_version, upgrade
from indexer.models import new_uuid
from indexer.team import changelog
from indexer.team.errors import TeamOffline
from indexer.team.location import CONNECT_TIMEOUT, TeamLocation

log = logging.getLogger(__name__)

MIGRATION_LOCK = 0x0D05_51E4  # a pg_advisory_lock key: one desk migrates at a time


def make_engine(location: TeamLocation, desk: str) -> Engine:
    """An engine on the team database (nothing is checked yet)."""
    engine = create_engine(
        location.engine_url(), future=True, pool_pre_ping=True, pool_size=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT,
                      "application_name": f"dossier:{desk}"[:63]})
    event.listen(engine, "before_cursor_execute", _without_nul, retval=True)
    return engine


def _without_nul(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                 executemany: bool) -> tuple[str, Any]:
    """PostgreSQL text cannot hold NUL, which SQLite keeps (a PDF's text layer may have some):
    each becomes U+FFFD, one character for one, so marks' offsets in a page stay right."""
    if executemany and isinstance(parameters, (list, tuple)):
        return statement, [_clean(p) for p in parameters]
    return statement, _clean(parameters)


def _clean(parameters: Any) -> Any:
    if isinstance(parameters, dict):
        if not any(isinstance(v, str) and "\x00" in v for v in parameters.values()):
            return parameters
        return {k: v.replace("\x00", "\ufffd") if isinstance(v, str) else v
                for k, v in parameters.items()}
    if isinstance(parameters, (list, tuple)):
        return type(parameters)(v.replace("\x00", "\ufffd") if isinstance(v, str) else v
                                for v in parameters)
    return parameters


def open_team_engine(location: TeamLocation, desk: str) -> Engine:
    """An engine on the team database, migrated and with its change log.

    Raises TeamOffline when the server cannot be reached, ArchiveError when it refuses us.
    """
    engine = make_engine(location, desk)
    try:
        with engine.connect() as conn:
            prepare(conn)
    except OperationalError as exc:
        engine.dispose()
        raise offline_error(location, exc) from exc
    except DBAPIError as exc:
        engine.dispose()
        raise ArchiveError(f"The team archive {location.display()} refused this desk: "
                           f"{_reason(exc)}.") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


def prepare(conn: Connection) -> None:
    """Migrate the schema and install the change log, one desk at a time; a reader (who may
    not change the schema) only checks that nothing needs doing."""
    if _up_to_date(conn):
        return
    conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
    conn.commit()
    try:
        upgrade(conn)
        changelog.install(conn, new_uuid())
    finally:
        conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
        conn.commit()


def _up_to_date(conn: Connection) -> bool:
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"This team archive was made by a newer Dossier (schema {version}); this one "
            f"understands up to schema {SCHEMA_VERSION}. Please update Dossier.")
    ready = version == SCHEMA_VERSION and changelog.version(conn) >= changelog.TEAM_SCHEMA
    conn.commit()
    return ready


def offline_error(location: TeamLocation, exc: BaseException) -> TeamOffline:
    """The sentence for a server that cannot be reached."""
    return TeamOffline(f"The team archive's server cannot be reached "
                       f"({location.display()}): {_reason(exc)}.")


def is_offline(exc: BaseException) -> bool:
    """True when a database error means the server is unreachable (not a refused statement)."""
    if isinstance(exc, TeamOffline):
        return True
    if isinstance(exc, DBAPIError):
        return bool(exc.connection_invalidated) or isinstance(exc, OperationalError) and \
            _sqlstate(exc) in (None, "08000", "08001", "08003", "08004", "08006", "57P01",
                               "57P02", "57P03")
    return False


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line for line in str(orig).strip().splitlines() if line.strip()]
    return (lines[0] if lines else type(orig).__name__).rstrip(".")
