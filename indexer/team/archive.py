"""TeamArchive: the Archive facade on a PostgreSQL database shared by several desks, each
with its own search index (in its desk folder) kept in step through the change log."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from indexer.archive import Archive
from indexer.errors import ArchiveError, ReadOnlyArchive
from indexer.extract.sandbox import ExtractionPool, import_pool
from indexer.locking import WaitFn
from indexer.models import Annotation, Document, Note
from indexer.progress import CancelFn, ProgressFn, check_cancel, never_cancel, no_progress
from indexer.records import chunks, load_records
from indexer.search import SearchIndex, SearchService
from indexer.team import changelog, roles
from indexer.team.changelog import Cursor
from indexer.team.desk import DeskPaths, desk_user, read_state, write_state
from indexer.team.engine import open_team_engine
from indexer.team.location import TeamLocation, desk_dir_for, parse_location

log = logging.getLogger(__name__)


class TeamArchive(Archive):
    """An open team archive. Writes go to the shared database (PostgreSQL orders concurrent
    writers; the desk's lock only orders this desk's index writes); search reads the desk's
    own index."""

    paths: DeskPaths

    def __init__(self, location: TeamLocation | str, desk_dir: Path | None = None,
                 user: str | None = None,
                 pool_factory: Callable[[], ExtractionPool] = import_pool,
                 on_wait: WaitFn | None = None) -> None:
        """Open the team archive at location with this desk's local things in desk_dir
        (default: under the user data folder); user is recorded as author of notes and marks.

        Raises TeamOffline when the server cannot be reached, ArchiveError.
        """
        self.location = parse_location(location) if isinstance(location, str) else location
        self.user = user or desk_user()
        paths = DeskPaths(desk_dir or desk_dir_for(self.location), shared=self.location.files)
        self._archive_uuid = ""
        self._local_changes = 0
        super().__init__(paths, pool_factory=pool_factory, on_wait=on_wait, read_only=False,
                         allow_new=True)

    # --- opening ---------------------------------------------------------------------
    def _open_folder(self, read_only: bool | None) -> bool:
        """Create the desk folder; the shared folder must exist (it is mounted, not made)."""
        shared = self.location.files
        if not shared.is_dir():
            raise ArchiveError(f"The team archive's shared folder {shared} does not exist or "
                               "is not mounted.")
        try:
            self.paths.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"Cannot create this desk's folder {self.paths.root}: "
                               f"{exc.strerror or exc}.") from exc
        return False

    def _open_database(self) -> Engine:
        engine = open_team_engine(self.location, self.user)
        with engine.connect() as conn:
            self._archive_uuid = changelog.archive_uuid(conn)
            if not roles.may_write(conn):
                self._read_only_reason = roles.read_only_sentence(self.location)
        return engine

    def _open_index(self) -> None:
        event.listen(self.sessions, "before_flush", self._stamp_authors)
        with self._lock.hold(self.on_wait):
            if SearchIndex.needs_rebuild(self.paths.index_dir):
                self.index = SearchIndex.create(self.paths.index_dir)
            else:
                self.index = SearchIndex.open(self.paths.index_dir)
            self._search = SearchService(self.index, self.sessions)
            self._catch_up(no_progress, never_cancel)

    def _stamp_authors(self, session: Session, _context: Any, _instances: Any) -> None:
        """New notes and marks carry this desk's user as author."""
        for obj in session.new:
            if isinstance(obj, (Note, Annotation)) and obj.author is None:
                obj.author = self.user

    # --- keeping the desk's index in step -----------------------------------------------
    def sync_index(self, progress: ProgressFn = no_progress,
                   cancel: CancelFn = never_cancel) -> int:
        """Index what the change log says changed since this desk last looked; returns how
        many documents were (re)indexed or dropped."""
        with self._lock.hold(self.on_wait):
            return self._catch_up(progress, cancel)

    def refresh(self) -> int:
        """Catch up with the other desks' changes (skipped while this desk writes)."""
        with self._lock.try_hold() as taken:
            return self._catch_up(no_progress, never_cancel) if taken else 0

    def reindex(self, progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel
                ) -> int:
        """Rebuild this desk's index from the shared database; returns the documents."""
        with self._lock.hold(self.on_wait):
            self.index.close()
            self.index = SearchIndex.create(self.paths.index_dir)
            self._search = SearchService(self.index, self.sessions)
            return self._catch_up(progress, cancel)

    def change_token(self) -> tuple[int, ...]:
        """Changes whenever any desk commits a change (one small query)."""
        with self.engine.connect() as conn:
            seq, xmin = changelog.token(conn)
        return (seq, xmin, self._local_changes)

    def _catch_up(self, progress: ProgressFn, cancel: CancelFn) -> int:
        """Re-index the documents changed since the saved cursor (everything for a new index
        or another archive); the caller holds the desk's lock."""
        state = read_state(self.paths.sync_state)
        with self.engine.connect() as conn:
            if (self.index.fresh or state.get("archive") != self._archive_uuid
                    or "cursor" not in state):
                cursor = changelog.start_cursor(conn)
                conn.commit()
                ids = self._all_ids()
            else:
                changes = changelog.read_since(conn, Cursor.of(state["cursor"]))
                conn.commit()
                if not changes.count and changes.cursor.xmin == Cursor.of(state["cursor"]).xmin:
                    return 0
                ids, cursor = sorted(changes.documents), changes.cursor
        self._index_documents(ids, progress, cancel)
        self.index.fresh = False
        write_state(self.paths.sync_state, {"archive": self._archive_uuid,
                                            "cursor": cursor.to_json()})
        self._local_changes += 1
        return len(ids)

    def _all_ids(self) -> list[int]:
        with self.sessions() as session:
            return list(session.scalars(select(Document.id).order_by(Document.id)))

    def _index_documents(self, ids: list[int], progress: ProgressFn, cancel: CancelFn) -> None:
        """Replace these documents in the index (dropping those no longer in the database)."""
        if not ids:
            return
        done = 0
        with self.sessions() as session, self.index.batch() as batch:
            for chunk in chunks(ids):
                check_cancel(cancel)
                records = load_records(session, chunk)
                for record in records:
                    batch.add(record, replace=True)
                for gone in set(chunk) - {r.id for r in records}:
                    batch.delete(gone)
                done += len(chunk)
                progress(done, len(ids), "indexing")

    # --- what a team archive does differently ----------------------------------------------
    def backup(self) -> Path:
        raise ArchiveError("A team archive is backed up on its server (pg_dump) and its "
                           "shared folder, not by Dossier.")

    def check_writable(self) -> None:
        """Raise ReadOnlyArchive when this desk's role may only read."""
        if self._read_only_reason is not None:
            raise ReadOnlyArchive(self._read_only_reason)
