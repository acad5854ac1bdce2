"""The `dossier` commands that look after the archive itself: backup, restore, recover and
check [--repair]; they work even when the archive cannot be opened."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from indexer.archive import Archive
from indexer.backup import describe, list_backups
from indexer.check import CheckReport
from indexer.errors import ArchiveError, DatabaseDamaged, DatabaseMissing
from indexer.paths import ArchivePaths
from indexer.recovery import RecoveryReport, RestoreReport
from indexer.repair import RepairReport
from indexer.terminal import ProgressBar

EXIT_OK, EXIT_ERROR = 0, 1


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The subcommands of this module."""
    p = sub.add_parser("check", parents=[common], help="verify database, files and index")
    p.add_argument("--repair", action="store_true",
                   help="fix what can be fixed: damaged database or index, orphans, leftovers")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("backup", parents=[common], help="back up the database now")
    p.add_argument("--list", action="store_true", help="list the backups instead")
    p = sub.add_parser("restore", parents=[common],
                       help="put back a backup of the database (the newest by default)")
    p.add_argument("file", nargs="?", metavar="FILE")
    p = sub.add_parser("recover", parents=[common],
                       help="rebuild a damaged or missing catalogue from the stored originals")
    p.add_argument("--password", help="password for encrypted PDFs")


def cmd_backup(paths: ArchivePaths, args: argparse.Namespace, out: TextIO) -> int:
    if args.list:
        found = list_backups(paths.backups_dir)
        out.writelines(f"{describe(p)}  {p.stat().st_size:>12,} bytes  {p}\n" for p in found)
        out.write(f"{len(found)} backup(s) in {paths.backups_dir}\n")
        return EXIT_OK
    with Archive(paths) as archive:
        made = archive.backup()
    out.write(f"database backed up to {made}\n")
    return EXIT_OK


def cmd_restore(paths: ArchivePaths, args: argparse.Namespace, out: TextIO) -> int:
    bar = ProgressBar(sys.stderr)
    report = Archive.restore_from_backup(paths.root, args.file, progress=bar.update)
    bar.finish()
    _print_restore(report, out)
    return EXIT_OK


def cmd_recover(paths: ArchivePaths, args: argparse.Namespace, out: TextIO) -> int:
    bar = ProgressBar(sys.stderr)
    report = Archive.recover(paths.root, password=args.password, progress=bar.update)
    bar.finish()
    _print_recovery(report, out)
    return EXIT_OK


def cmd_check(paths: ArchivePaths, args: argparse.Namespace, out: TextIO) -> int:
    """Check; with --repair, first bring back a damaged or missing database, then fix."""
    def emit(line: str) -> None:
        if not args.json:
            out.write(line + "\n")

    try:
        archive = Archive(paths)
    except (DatabaseDamaged, DatabaseMissing) as exc:
        if not args.repair:
            return _print_check(CheckReport(problems=[str(exc)]), None, args, out)
        emit(f"problem: {exc}")
        _bring_back_database(paths, emit)
        archive = Archive(paths)
    with archive:
        bar = ProgressBar(sys.stderr)
        report = archive.check(progress=bar.update)
        bar.finish()
        if not args.repair:
            return _print_check(report, None, args, out)
        if any(p.startswith("The database reports damage") for p in report.problems):
            _print_check(report, None, args, out) if not args.json else None
            archive.close()
            _bring_back_database(paths, emit)
            archive = Archive(paths)
        repaired = archive.repair(progress=bar.update)
        bar.finish()
        return _print_check(archive.check(), repaired, args, out)


def _bring_back_database(paths: ArchivePaths, emit: Callable[[str], None]) -> None:
    """The newest sound backup (with the originals added since), else a rebuild from the
    stored originals."""
    bar = ProgressBar(sys.stderr)
    try:
        restored = Archive.restore_from_backup(paths.root, progress=bar.update)
    except ArchiveError as exc:
        emit(f"repair: no backup to restore ({exc}); rebuilding from the stored originals")
        recovered = Archive.recover(paths.root, progress=bar.update)
        bar.finish()
        _print_recovery(recovered, _Lines(emit))
        return
    bar.finish()
    _print_restore(restored, _Lines(emit))


class _Lines:
    """A TextIO-like sink that hands each written line to emit."""

    def __init__(self, emit: Callable[[str], None]) -> None:
        self.emit = emit

    def write(self, text: str) -> None:
        for line in text.rstrip("\n").split("\n"):
            self.emit(line)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)


def _print_restore(report: RestoreReport, out: Any) -> None:
    out.write(f"restored the database from {describe(report.restored)}\n")
    if report.previous is not None and report.previous.name.startswith("damaged-"):
        out.write(f"the damaged database was kept as {report.previous}\n")
    elif report.previous is not None:
        out.write(f"the replaced database was kept as {report.previous}; "
                  f"`dossier restore {report.previous}` undoes this\n")
    added = report.reimported
    if added.count:
        out.write(f"{len(added.imported)} original(s) added since the backup were imported "
                  f"again (without their notes, tags or marks), {len(added.failed)} failed\n")
    if report.missing_originals:
        out.write(f"{report.missing_originals} document(s) of the backup have no stored original "
                  "any more (deleted since?); importing the same files again puts them back\n")


def _print_recovery(report: RecoveryReport, out: Any) -> None:
    if report.set_aside is not None:
        out.write(f"the damaged database was moved aside to {report.set_aside}\n")
    out.write(f"catalogue rebuilt from the stored originals: {report.documents} document(s), "
              f"{len(report.imported.failed)} original(s) could not be read; notes, tags, "
              "annotations, collections, saved searches and titles edited by hand cannot come "
              "back this way\n")
    out.writelines(f"failed   {path}: {error}\n" for path, error in report.imported.failed)


def _print_check(report: CheckReport, repaired: RepairReport | None, args: argparse.Namespace,
                 out: TextIO) -> int:
    if args.json:
        data = report.to_json()
        if repaired is not None:
            data["repaired"] = repaired.to_json()
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        return EXIT_OK if report.ok else EXIT_ERROR
    if repaired is not None:
        _print_repair(repaired, out)
    if report.documents or report.ok:  # (none when the archive could not be opened)
        out.write(f"{report.documents} document(s) checked\n")
    out.writelines(f"problem: {line}\n" for line in report.problems)
    out.writelines(f"note: {line}\n" for line in report.notes)
    out.write("archive OK\n" if report.ok else f"{len(report.problems)} problem(s)\n")
    return EXIT_OK if report.ok else EXIT_ERROR


def _print_repair(repaired: RepairReport, out: TextIO) -> None:
    if repaired.index_problem:
        out.write(f"repair: {repaired.index_problem}\n")
        out.write(f"repair: search index rebuilt ({repaired.reindexed} document(s))\n")
    out.writelines(f"repair: removed orphan original {name}\n"
                   for name in repaired.orphans_removed)
    out.writelines(f"repair: removed leftover {name}\n" for name in repaired.leftovers_removed)
    if repaired.kept_recent:
        out.write(f"repair: kept {len(repaired.kept_recent)} file(s) written in the last minute "
                  "(an import may still be using them); repair again later\n")
    if repaired.freed_bytes:
        out.write(f"repair: {repaired.freed_bytes / 1e6:.1f} MB freed\n")


FOLDER_COMMANDS: dict[str, Callable[[ArchivePaths, argparse.Namespace, TextIO], int]] = {
    "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore, "recover": cmd_recover,
}
