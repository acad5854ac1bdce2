"""TeamArchive: the Archive facade on a PostgreSQL database shared by several desks. Each desk
keeps, in its own folder, a search index and a read cache (a SQLite copy of the database)
kept in step through the change log; while the server cannot be reached it reads and searches
those, and queues its tags, notes and marks until the server is back."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, event, select, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from indexer.archive import Archive
from indexer.changes import Changes
from indexer.check import CheckReport, check_archive
from indexer.db import session_factory
from indexer.errors import ArchiveError, ReadOnlyArchive
from indexer.export.types import Conflict
from indexer.extract.sandbox import ExtractionPool, import_pool
from indexer.importer import ResultFn
from indexer.locking import WaitFn
from indexer.models import Annotation, Document, Note
from indexer.progress import CancelFn, ProgressFn, check_cancel, never_cancel, no_progress
from indexer.records import chunks, load_records
from indexer.recovery import RestoreReport
from indexer.rows import ImportReport
from indexer.search import SearchIndex, SearchService
from indexer.team import changelog, merge, mirror, queue, roles
from indexer.team.changelog import Cursor
from indexer.team.desk import DeskPaths, desk_user, read_state, write_state
from indexer.team.engine import is_offline, make_engine, offline_error, open_team_engine
from indexer.team.errors import TeamOffline
from indexer.team.location import TeamLocation, desk_dir_for, parse_location

log = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_SECONDS = 5.0  # while offline, how often change_token() looks for the server


_SERVER_BACKUPS = ("A team archive is backed up on its server (pg_dump) together with its "
                   "shared folder, not by Dossier.")


@dataclass
class TeamStatus:
    """What the window shows about a team archive."""

    online: bool
    waiting: int  # changes made offline, not yet on the server
    conflicts: list[Conflict] = field(default_factory=list)  # of the last reconnection
    problem: str | None = None  # why the server is unreachable


class DeskSessions(sessionmaker[Session]):
    """Sessions on the server while online, on the desk's cache while offline."""

    def __init__(self, server: sessionmaker[Session], cache: sessionmaker[Session],
                 online: Callable[[], bool]) -> None:
        super().__init__()
        self.server, self.cache, self._online = server, cache, online

    def __call__(self, **kwargs: Any) -> Session:
        return (self.server if self._online() else self.cache)(**kwargs)


class TeamArchive(Archive):
    """An open team archive. PostgreSQL orders concurrent writers; the desk's lock orders this
    desk's own index and cache writes."""

    paths: DeskPaths

    def __init__(self, location: TeamLocation | str, desk_dir: Path | None = None,
                 user: str | None = None,
                 pool_factory: Callable[[], ExtractionPool] = import_pool,
                 on_wait: WaitFn | None = None) -> None:
        """Open the team archive at location with this desk's local things in desk_dir
        (default: under the user data folder); user is recorded as author of notes and marks.
        Without the server, a desk that has been online before opens offline.

        Raises TeamOffline (never online before and the server cannot be reached),
        ArchiveError.
        """
        self.location = parse_location(location) if isinstance(location, str) else location
        self.user = user or desk_user()
        paths = DeskPaths(desk_dir or desk_dir_for(self.location), shared=self.location.files)
        self._archive_uuid = ""
        self._local_changes = 0
        self._online = True
        self._problem: str | None = None
        self._next_try = 0.0
        self._attempts = 0
        self._conflicts: list[Conflict] = []
        self._offline_edit = threading.local()
        super().__init__(paths, pool_factory=pool_factory, on_wait=on_wait, read_only=False,
                         allow_new=True)

    # --- opening ---------------------------------------------------------------------
    def _open_folder(self, read_only: bool | None) -> bool:
        """Create the desk folder; the shared folder must exist (it is mounted, not made)."""
        try:
            self.paths.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"Cannot create this desk's folder {self.paths.root}: "
                               f"{exc.strerror or exc}.") from exc
        return False

    def _open_database(self) -> Engine:
        self.cache_engine = mirror.open_mirror(self.paths.database)
        queue.create(self.cache_engine)
        state = read_state(self.paths.sync_state)
        try:
            engine = open_team_engine(self.location, self.user)
        except TeamOffline as exc:
            if "cursor" not in state:
                self.cache_engine.dispose()
                raise
            self._go_offline(str(exc))
            self._archive_uuid = str(state.get("archive", ""))
            if state.get("reader"):  # as the server said last time
                self._read_only_reason = roles.read_only_sentence(self.location)
            engine = make_engine(self.location, self.user)
        else:
            self._check_shared_folder()
            with engine.connect() as conn:
                self._archive_uuid = changelog.archive_uuid(conn)
                if not roles.may_write(conn):
                    self._read_only_reason = roles.read_only_sentence(self.location)
                else:
                    changelog.prune(conn)
        event.listen(engine, "handle_error", self._on_server_error)
        return engine

    def _check_shared_folder(self) -> None:
        if not self.location.files.is_dir():
            raise ArchiveError(f"The team archive's shared folder {self.location.files} does "
                               "not exist or is not mounted.")

    def _open_index(self) -> None:
        server = self.sessions
        cache = session_factory(self.cache_engine)
        for maker in (server, cache):
            event.listen(maker, "before_flush", self._stamp_authors)
        event.listen(cache, "before_flush", self._queue_offline_edits)
        self.sessions = DeskSessions(server, cache, lambda: self._online)
        self._server_sessions = server
        self._cache_sessions = cache
        with self._lock.hold(self.on_wait):
            if SearchIndex.needs_rebuild(self.paths.index_dir):
                self.index = SearchIndex.create(self.paths.index_dir)
                write_state(self.paths.sync_state, {})
            else:
                self.index = SearchIndex.open(self.paths.index_dir)
            self._search = SearchService(self.index, self.sessions)
            if self._online:
                self._reconnect_and_catch_up(no_progress, never_cancel)

    def close(self) -> None:
        super().close()
        self.cache_engine.dispose()

    def _stamp_authors(self, session: Session, _context: Any, _instances: Any) -> None:
        """New notes and marks carry this desk's user as author."""
        for obj in session.new:
            if isinstance(obj, (Note, Annotation)) and obj.author is None:
                obj.author = self.user

    def _marks_author(self) -> str | None:
        return self.user

    def _queue_offline_edits(self, session: Session, context: Any, instances: Any) -> None:
        if not self._online:
            queue.capture(session, context, instances)

    # --- online and offline ------------------------------------------------------------
    def _on_server_error(self, context: ExceptionContext) -> None:
        """A lost server turns the desk offline; the caller is told in one sentence."""
        exc = context.sqlalchemy_exception or context.original_exception
        if context.is_disconnect or is_offline(exc):
            error = offline_error(self.location, context.original_exception)
            self._go_offline(str(error))
            raise TeamOffline(f"{error} This desk goes on from its own copy: searching, "
                              "reading, tags, notes and marks work; try again.")

    def _go_offline(self, problem: str) -> None:
        self._problem = problem
        self._next_try = time.monotonic() + RETRY_SECONDS
        if self._online:  # a failed attempt to reconnect changes nothing the window shows
            log.warning("Team archive offline: %s", problem)
            self._online, self._attempts = False, 0
            self._local_changes += 1

    def team_status(self) -> TeamStatus:
        """Online or not, and how many changes wait to be sent."""
        return TeamStatus(self._online, queue.waiting(self.cache_engine),
                          list(self._conflicts), self._problem)

    def _server_reachable(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except (TeamOffline, Exception) as exc:  # noqa: BLE001 - any failure: still offline
            log.debug("Team server still unreachable: %s", exc)
            return False

    def _reconnect_and_catch_up(self, progress: ProgressFn, cancel: CancelFn) -> int:
        """Online again: send the queue, then catch up (the caller holds the desk's lock)."""
        try:
            if not self._online and not self._server_reachable():
                self._next_try = time.monotonic() + RETRY_SECONDS
                return 0
            if queue.waiting(self.cache_engine):  # made offline, maybe in an earlier session
                self._send_queue()
            if not self._online:
                self._online, self._problem = True, None
                log.info("Team archive online again")
            return self._catch_up(progress, cancel, set())
        except TeamOffline:
            return 0

    def _send_queue(self) -> None:
        waiting = queue.entries(self.cache_engine)
        if not waiting:
            return
        with self._server_sessions() as server, server.begin(), \
                self._cache_sessions() as cache:
            report = merge.send(server, cache, waiting)
        queue.forget(self.cache_engine, [e.id for e in waiting])
        merge.keep_set_aside(self.paths.root / "set-aside.jsonl", report)
        self._conflicts = report.conflicts
        log.info("Sent %d offline change(s); %d conflict(s)", report.sent, len(report.conflicts))

    # --- writes while offline ------------------------------------------------------------
    def _exclusive(self, on_wait: WaitFn | None = None) -> AbstractContextManager[None]:
        if not self._online and not getattr(self._offline_edit, "allowed", False):
            raise TeamOffline(f"This needs the team archive's server, which cannot be reached "
                              f"now ({self._problem}); tags, notes and marks can still be "
                              "changed and are sent when it is back.")
        return super()._exclusive(on_wait)

    @contextmanager
    def _queueable(self) -> Iterator[None]:
        self._offline_edit.allowed = True
        try:
            yield
        finally:
            self._offline_edit.allowed = False

    def _edit(self, doc_id: int, change: Callable[[Session], Any], tags: bool = False,
              text: bool = False, *, told: bool = False) -> Any:
        with self._queueable():
            try:
                return super()._edit(doc_id, change, tags, text, told=told)  # type: ignore[call-overload]
            except IntegrityError:  # another desk made the same new tag at this moment:
                return super()._edit(doc_id, change, tags, text,  # the retry finds theirs
                                     told=told)  # type: ignore[call-overload]

    def tag_documents(self, doc_ids: Sequence[int], names: Sequence[str]) -> Changes:
        with self._queueable():
            try:
                return super().tag_documents(doc_ids, names)
            except IntegrityError:
                return super().tag_documents(doc_ids, names)

    # --- keeping the desk's index and cache in step ---------------------------------------
    def sync_index(self, progress: ProgressFn = no_progress,
                   cancel: CancelFn = never_cancel) -> int:
        """Bring the cache and the index up to date: what the change log says changed since
        this desk last looked (offline: what was edited here). Returns the documents."""
        return self._sync(progress, cancel, set())

    def _sync(self, progress: ProgressFn, cancel: CancelFn, own: set[int]) -> int:
        """sync_index(), leaving out of the index work the documents only the transactions
        own changed, if the index already holds them (this desk's import indexed them)."""
        with self._lock.hold(self.on_wait):
            if not self._online:
                return self._index_local_edits(progress, cancel)
            try:
                return self._catch_up(progress, cancel, own)
            except TeamOffline:
                return self._index_local_edits(progress, cancel)

    def refresh(self) -> int:
        """Catch up with the other desks' changes; offline, look for the server and send the
        queue when it is back (skipped while this desk writes)."""
        with self._lock.try_hold() as taken:
            return self._reconnect_and_catch_up(no_progress, never_cancel) if taken else 0

    def reindex(self, progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel
                ) -> int:
        """Rebuild this desk's index and cache from the shared database."""
        with self._lock.hold(self.on_wait):
            self.index.close()
            self.index = SearchIndex.create(self.paths.index_dir)
            self._search = SearchService(self.index, self.sessions)
            write_state(self.paths.sync_state, {})
            return self._catch_up(progress, cancel, set())

    def change_token(self) -> tuple[int, ...]:
        """Changes whenever any desk commits a change (one small query); offline, whenever
        this desk changes something or the server comes back."""
        if not self._online:
            # The first attempts count: a window that skipped the poll where the desk went
            # offline (it was busy) still hears of it at the next one
            if time.monotonic() < self._next_try:
                return (-1, 0, self._local_changes, min(self._attempts, 3))
            if not self._server_reachable():
                self._next_try = time.monotonic() + RETRY_SECONDS
                self._attempts += 1
                return (-1, 0, self._local_changes, min(self._attempts, 3))
            # a new value at every poll until refresh() has sent the queue: a poll the
            # window skips cannot make the desk miss the server's return
            return (-1, time.monotonic_ns(), self._local_changes)
        try:
            with self.engine.connect() as conn:
                seq, xmin = changelog.token(conn)
        except TeamOffline:
            return (-1, 0, self._local_changes)
        return (seq, xmin, self._local_changes)

    def _catch_up(self, progress: ProgressFn, cancel: CancelFn, own: set[int]) -> int:
        """Copy what changed since the saved cursor into the cache and the index (everything
        for a new desk or another archive); the caller holds the desk's lock. Documents only
        the transactions own changed are indexed again only if the index lacks them."""
        state = read_state(self.paths.sync_state)
        old = Cursor.of(state.get("cursor"))
        with self.engine.connect() as server:
            fresh = state.get("archive") != self._archive_uuid or "cursor" not in state
            changes = None if fresh else changelog.read_since(server, old)
            everything = changes is None or not changes.complete
            if changes is not None and changes.complete:
                if not changes.count and changes.cursor.xmin == old.xmin:
                    server.commit()
                    return 0
                ids, cursor = sorted(changes.documents), changes.cursor
            else:  # a new desk, another archive, or away longer than the log is kept
                cursor = changelog.start_cursor(server)
                ids = list(server.scalars(select(Document.id).order_by(Document.id)))
            with self.cache_engine.begin() as cache:
                if everything:
                    cache.execute(delete(Document))
                mirror.copy_shared(server, cache)
                if not everything and changes is not None:
                    mirror.copy_changes(server, cache, changes.tables)
                for chunk in chunks(ids if everything else [], 200):
                    check_cancel(cancel)
                    mirror.copy_documents(server, cache, chunk)
            server.commit()
        if everything:  # documents deleted while this desk was away
            ids += sorted(self.index.indexed_ids() - set(ids))
        held = (self._indexed_in_cache(changes.only_by(own))
                if own and changes is not None and not everything else set())
        self._index_from_cache([i for i in ids if i not in held], progress, cancel)
        write_state(self.paths.sync_state, {"archive": self._archive_uuid,
                                            "cursor": cursor.to_json(),
                                            "reader": self._read_only_reason is not None})
        self._local_changes += 1
        return len(ids)

    def _indexed_in_cache(self, ids: set[int]) -> set[int]:
        """Those of ids whose cached row says the desk's index holds them."""
        with self._cache_sessions() as session:
            return {i for chunk in chunks(sorted(ids)) for i in session.scalars(
                select(Document.id).where(Document.id.in_(chunk), Document.indexed.is_(True)))}

    @contextmanager
    def _own_transactions(self) -> Iterator[set[int]]:
        """Collects the server transactions that this thread writes meanwhile: after each
        flush, and before each commit (an import inserts its rows without a flush)."""
        own: set[int] = set()
        thread = threading.get_ident()

        def record(session: Session, _context: object) -> None:
            if threading.get_ident() == thread:
                txid = changelog.own_transaction(session.connection())
                if txid is not None:
                    own.add(txid)

        def before_commit(session: Session) -> None:
            record(session, None)

        event.listen(self._server_sessions, "after_flush", record)
        event.listen(self._server_sessions, "before_commit", before_commit)
        try:
            yield own
        finally:
            event.remove(self._server_sessions, "after_flush", record)
            event.remove(self._server_sessions, "before_commit", before_commit)

    def _index_from_cache(self, ids: list[int], progress: ProgressFn, cancel: CancelFn) -> None:
        """Replace these documents in the index (dropping those no longer in the cache)."""
        if ids:
            done = 0
            with self._cache_sessions() as session, self.index.batch() as batch:
                for chunk in chunks(ids):
                    check_cancel(cancel)
                    records = load_records(session, chunk)
                    for record in records:
                        batch.add(record, replace=True)
                    for gone in set(chunk) - {r.id for r in records}:
                        batch.delete(gone)
                    done += len(chunk)
                    progress(done, len(ids), "indexing")
            with self.cache_engine.begin() as cache:
                mirror.mark_indexed(cache, ids)
        self.index.fresh = False

    def _index_local_edits(self, progress: ProgressFn, cancel: CancelFn) -> int:
        """Offline: index the cached documents edited here."""
        with self._cache_sessions() as session:
            ids = list(session.scalars(select(Document.id).where(Document.indexed.is_(False))))
        self._index_from_cache(ids, progress, cancel)
        self._local_changes += 1
        return len(ids)

    # --- what a team archive does differently ----------------------------------------------
    def import_paths(self, paths: Iterable[Path | str], tags: Sequence[str] = (),
                     password: str | None = None, progress: ProgressFn = no_progress,
                     cancel: CancelFn = never_cancel,
                     on_result: ResultFn | None = None) -> ImportReport:
        """Import (see Archive.import_paths), then bring the cache up to date; the import
        indexed its documents, so only what other transactions changed is indexed again."""
        with self._own_transactions() as own:
            report = super().import_paths(paths, tags, password, progress, cancel, on_result)
        self._sync(no_progress, never_cancel, own)
        return report

    def backup(self) -> Path:
        raise ArchiveError(_SERVER_BACKUPS)

    def restore(self, backup: Path | str | None = None, progress: ProgressFn = no_progress,
                cancel: CancelFn = never_cancel) -> RestoreReport:
        raise ArchiveError(_SERVER_BACKUPS)

    def check(self, progress: ProgressFn = no_progress) -> CheckReport:
        """Check the stored originals and this desk's index against its copy of the catalogue
        (brought up to date first; the server checks its own database)."""
        self.refresh()
        with self._lock.hold(self.on_wait), self._cache_sessions() as session:
            return check_archive(session, self.files, self.index, progress)

    def check_writable(self) -> None:
        """Raise ReadOnlyArchive when this desk's role may only read."""
        if self._read_only_reason is not None:
            raise ReadOnlyArchive(self._read_only_reason)
