"""The command line's team parts: `--archive postgresql://…`, `dossier migrate` and
`dossier team grant`."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.exc import SQLAlchemyError

from indexer.archive import Archive, open_location
from indexer.errors import DossierError
from indexer.logfile import attach_log
from indexer.paths import ARCHIVE_ENV
from indexer.team.location import is_team_location
from indexer.terminal import ProgressBar, safe_text

log = logging.getLogger("dossier")
Command = Callable[[Archive, argparse.Namespace, TextIO], int]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `migrate` and `team` subcommands."""
    p = sub.add_parser("migrate", parents=[common],
                       help="copy an archive into another (a folder into a team archive, or "
                            "back), keeping every record's identity; safe to run again")
    p.add_argument("source", metavar="SOURCE", help="archive folder or postgresql://… address")
    p.add_argument("dest", metavar="DEST", help="archive folder or postgresql://… address")
    p = sub.add_parser("team", parents=[common],
                       help="a team archive: grant a member a role, or show this desk's status")
    p.add_argument("action", choices=["grant", "status"])
    who = p.add_mutually_exclusive_group()
    who.add_argument("--reader", metavar="NAME", help="may read, search and export")
    who.add_argument("--editor", metavar="NAME", help="may also import and edit")


def wanted(args: argparse.Namespace) -> bool:
    """True when this command is a team command or runs on a team archive."""
    return args.command in ("migrate", "team") or is_team_location(_location(args))


def _location(args: argparse.Namespace) -> str | None:
    return getattr(args, "archive", None) or os.environ.get(ARCHIVE_ENV)


DESK_ENV = "DOSSIER_DESK"  # this desk's folder, when not the default under the user data dir


def _open(location: str) -> Archive:
    kwargs: dict[str, Any] = {}
    if is_team_location(location) and os.environ.get(DESK_ENV):
        kwargs["desk_dir"] = Path(os.environ[DESK_ENV])
    return open_location(location, **kwargs)


def main(args: argparse.Namespace, out: TextIO, commands: Mapping[str, Command]) -> int:
    """Run a team command, or an ordinary one on a team archive; return the exit status."""
    try:
        if args.command == "migrate":
            return _migrate(args, out)
        location = _location(args)
        if not is_team_location(location):
            raise DossierError("`dossier team` needs --archive postgresql://…, the team "
                               "archive's address.")
        assert location is not None
        with _open(location) as archive:
            attach_log(archive.paths.log_file)
            if args.command == "team" and args.action == "status":
                return _status(archive, out)
            if args.command == "team":
                return _grant(archive, args, out)
            return commands[args.command](archive, args, out)
    except DossierError as exc:
        log.info("Command failed: %s", exc)
        sys.stderr.write(f"dossier: {safe_text(str(exc))}\n")
        return 1
    except SQLAlchemyError as exc:
        log.exception("Command failed")
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        sys.stderr.write(f"dossier: the team archive's database refused this: {reason}\n")
        return 1


def _migrate(args: argparse.Namespace, out: TextIO) -> int:
    from indexer.team.migrate import migrate

    with _open(args.source) as source, _open(args.dest) as dest:
        bar = ProgressBar(sys.stderr)
        report = migrate(source, dest, progress=bar.update)
        bar.finish()
    out.write(report.summary() + "\n")
    for line in report.newer_kept:
        out.write(f"newer kept: {line}\n")
    return 0


def _status(archive: Archive, out: TextIO) -> int:
    status = archive.team_status()
    assert status is not None
    state = "online" if status.online else f"offline ({status.problem})"
    out.write(f"{state}; {status.waiting} change(s) made offline wait to be sent\n")
    for conflict in status.conflicts:
        out.write(f"changed on both sides: {conflict.what} {conflict.uuid} in "
                  f"“{conflict.document}”, kept the {conflict.kept}'s\n")
    return 0


def _grant(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    from indexer.team import roles

    name = args.editor or args.reader
    if not name:
        raise DossierError("`dossier team grant` needs --reader NAME or --editor NAME.")
    with archive.engine.connect() as conn:
        out.write(roles.grant(conn, name, editor=bool(args.editor)) + "\n")
    return 0
