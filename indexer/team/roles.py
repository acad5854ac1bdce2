"""Who may do what in a team archive: a reader role and an editor role, as PostgreSQL roles.

`dossier_reader` may read everything (search, read, export); `dossier_editor` may also import
and edit. A person's login role is granted one of them (`dossier team grant`).
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, text

from indexer.errors import DossierError
from indexer.team.location import TeamLocation

READER, EDITOR = "dossier_reader", "dossier_editor"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def may_write(conn: Connection) -> bool:
    """True when the connected user may change documents."""
    return bool(conn.scalar(text("SELECT has_table_privilege('documents', 'INSERT')")))


def read_only_sentence(location: TeamLocation) -> str:
    return (f"You may read this team archive but not change it ({location.user} is a reader "
            f"in {location.display()}); ask its keeper to make you an editor.")


def ensure_roles(conn: Connection) -> None:
    """Create the two group roles and their privileges on every table (idempotent)."""
    for role in (READER, EDITOR):
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if not exists:
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {READER}, {EDITOR}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}"))
    conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                      f"TO {EDITOR}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}"))
    conn.execute(text(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {READER}"))
    # tables a later Dossier adds (made by the same keeper) come with the same rights
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES "
                      f"TO {READER}"))
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, "
                      f"UPDATE, DELETE ON TABLES TO {EDITOR}"))
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON "
                      f"SEQUENCES TO {EDITOR}"))
    conn.commit()


def grant(conn: Connection, name: str, editor: bool) -> str:
    """Make login role name a reader or an editor (creating the login without a password if
    it does not exist: set one with ALTER ROLE, or use another authentication); returns a
    sentence saying what was done."""
    if not _NAME.match(name):
        raise DossierError(f"“{name}” is not a usable PostgreSQL role name.")
    ensure_roles(conn)
    quoted = '"' + name.replace('"', '""') + '"'
    if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}):
        conn.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    keep, drop = (EDITOR, READER) if editor else (READER, EDITOR)
    conn.execute(text(f"REVOKE {drop} FROM {quoted}"))
    conn.execute(text(f"GRANT {keep} TO {quoted}"))
    conn.commit()
    return f"{name} is now {'an editor' if editor else 'a reader'} of this team archive."
