"""An index batch written by a process of its own, so that a long import's index work (Whoosh
sorting and writing its segment, pure Python) neither holds the importing process's
interpreter (the window stays smooth) nor waits for it (the import goes on meanwhile).

The importing process prepares each document's fields (indexer.search.store.document_fields)
and sends them in small groups; the writer adds them to a Whoosh segment writer, writes a
segment at each checkpoint while the import goes on (a thread of the writer keeps reading
the pipe meanwhile), and commits or cancels at the end. An error in the writer is kept and
reported at the next answer, so a failed segment is never taken for a written one; if the
writer process dies, the batch fails and the documents of its unconfirmed segments stay
marked unindexed (indexed again at the next open).
"""
from __future__ import annotations

import logging
import queue
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from indexer.errors import ArchiveError
from indexer.extract.sandbox import main_module_hidden
from indexer.search import fields as F
from indexer.search.prepare import unpack_fields
from indexer.search.record import IndexRecord
from indexer.search.schema import build_schema
from indexer.search.store import (
    NAME,
    WRITER_MEMORY_MB,
    SearchIndex,
    _storage,
    document_fields,
)
from indexer.search.writer import FastSegmentWriter, merge_tiers

log = logging.getLogger(__name__)

SEND_EVERY = 32  # documents sent to the writer at a time
WRITER_TIMEOUT_S = 1800.0  # a commit taking longer than this is taken as a dead writer
READER_SWITCH_S = 0.0003  # the writer process's thread switch interval (see _writer_main)
CANCELLED = "the batch was cancelled"


class _Inbox:
    """The messages the writer's reading thread has received and the writer not yet handled,
    with a count of the checkpoints (segment, commit, cancel) among them."""

    def __init__(self) -> None:
        self.messages: queue.SimpleQueue[tuple[str, Any] | None] = queue.SimpleQueue()
        self.checkpoints = 0  # received so far (only the reading thread adds to it)

    def put(self, message: tuple[str, Any] | None) -> None:
        if message is not None and message[0] in ("segment", "commit", "cancel"):
            self.checkpoints += 1
        self.messages.put(message)


def _receive(conn: Connection, inbox: _Inbox, dropped: threading.Event) -> None:
    """The writer's reading thread: the importing process never waits on a full pipe while
    the writer commits a segment. A cancel (or the importing process gone) sets dropped, so
    the documents still waiting are not written first."""
    while True:
        try:
            message = conn.recv()
        except Exception:  # the importing process is gone, or cut a message short
            dropped.set()
            inbox.put(None)
            return
        if message[0] == "cancel":
            dropped.set()
        inbox.put(message)
        if message[0] in ("commit", "cancel"):
            return


def _writer_main(conn: Connection, directory: str) -> None:
    """The writer process: add and delete; write a segment at each checkpoint (answered
    ("segment", error)); then commit or cancel once (answered ("done", error))."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the importing process handles Ctrl-C
    try:
        index = _storage(Path(directory)).open_index(NAME, schema=build_schema())
        session = _WriterSession(conn, index)
    except Exception as exc:  # reported at the commit
        conn.send(("done", f"the search index could not be opened for writing: {exc}"))
        return
    # The reading thread needs the interpreter for each piece of a message; by default the
    # busy writer lets it in only every 5 ms, while the importing process waits on a full
    # pipe (a 3 MB message arrives in some 15 pieces).
    sys.setswitchinterval(READER_SWITCH_S)
    inbox = _Inbox()
    session.received = lambda: inbox.checkpoints
    dropped = threading.Event()
    threading.Thread(target=_receive, args=(conn, inbox, dropped), daemon=True).start()
    while (message := inbox.messages.get()) is not None:
        if session.handle(*message, dropped=dropped.is_set()):
            return
    session.writer.cancel()  # the importing process is gone: write nothing more


class _WriterSession:
    """The writer process's state: the open segment writer, whether it holds anything, the
    batch's first error (answered at every later checkpoint and at the end), and the
    checkpoints put off.

    A checkpoint with another already received behind it is put off: a writer that fell
    behind writes one segment for both (a term's row and blocks are written once per
    segment, so fewer segments are less work and it catches up), and answers both then.
    """

    def __init__(self, conn: Connection, index: Any) -> None:
        self.conn = conn
        self.index = index
        self.writer = self._new_writer()
        self.added = False
        self.error: str | None = None
        self.received: Callable[[], int] = lambda: 0  # checkpoints received so far
        self.handled = 0  # checkpoints handled so far
        self.put_off = 0  # checkpoints not yet answered

    def handle(self, op: str, payload: Any, dropped: bool) -> bool:
        """Carry out one message (after a cancel, only its answers); True once the batch is
        committed or cancelled."""
        if op in ("segment", "commit", "cancel"):
            self.handled += 1
        if dropped and op in ("add", "delete", "segment"):
            if op == "segment":
                self._answer(0, CANCELLED)
            return False
        try:
            return self._carry_out(op, payload)
        except Exception as exc:  # keep the first error for the answers
            log.exception("Index writer failed")
            self.error = self.error or str(exc)
            if op == "segment":
                self._answer(0)
            elif op in ("commit", "cancel"):
                self._answer(1)
                self.conn.send(("done", self.error))
            return op in ("commit", "cancel")

    def _new_writer(self) -> FastSegmentWriter:
        return FastSegmentWriter(self.index, limitmb=WRITER_MEMORY_MB)

    def _carry_out(self, op: str, payload: Any) -> bool:
        if op == "add" and self.error is None:
            for blob, fields in payload:
                self.writer.add_document(**(unpack_fields(blob) | fields if blob else fields))
            self.added = True
        elif op == "delete" and self.error is None:
            self.writer.delete_by_term(F.ID, str(payload))
            self.added = True
        elif op == "segment":
            if self.received() > self.handled:  # another checkpoint is waiting: write then
                self.put_off += 1
                return False
            if self.error is None and self.added:
                self.writer.commit(merge=False)
                self.writer, self.added = self._new_writer(), False
            self._answer(0)
        elif op in ("commit", "cancel"):
            _finish(self.writer, op == "commit" and self.error is None, payload)
            self._answer(1, None if op == "commit" else CANCELLED)
            self.conn.send(("done", self.error))
            return True
        return False

    def _answer(self, ending: int, error: str | None = None) -> None:
        """Answer the checkpoints put off and, unless this is the batch's end (ending=1),
        the one handled now: with the batch's error, else the one given (a checkpoint
        whose documents were dropped must not be taken for written)."""
        for _ in range(self.put_off + 1 - ending):
            self.conn.send(("segment", self.error or error))
        self.put_off = 0


def _finish(writer: Any, commit: bool, merge: bool) -> None:
    """Commit the writer (merging by the tiered policy when asked) or drop what it holds."""
    if not commit:
        writer.cancel()
    elif merge:
        writer.commit(mergetype=merge_tiers)
    else:
        writer.commit(merge=False)


class ProcessBatch:
    """IndexBatch's interface, written by a writer process (see the module's docstring).

    checkpoint() has the writer commit what it has as a segment without waiting for it;
    confirmed() says how many checkpoints are written, so the importer marks their documents
    indexed; commit() writes the rest and waits.
    """

    def __init__(self, index: SearchIndex, context: Any) -> None:
        self._preparer = index.preparer
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_writer_main,
                                        args=(child, str(index.directory)), daemon=True)
        with main_module_hidden():  # the writer must not run the caller's script again
            self._process.start()
        child.close()
        self._pending: list[tuple[bytes | None, dict[str, object]]] = []
        self._broken = False  # a message cut short (Ctrl-C mid-send): the pipe is unusable
        self._checkpoints = 0
        self._answered = 0
        self._confirmed = 0
        self._error: str | None = None

    def delete(self, doc_id: int) -> None:
        """Remove a document."""
        self._flush()
        self._send("delete", doc_id)

    def add(self, record: IndexRecord, replace: bool = False,
            prepared: dict[str, object] | bytes | None = None) -> None:
        """Add a document (replace=True first removes an older version of it); prepared
        fields packed by a worker go to the writer as they are, unread."""
        if replace:
            self.delete(record.id)
        if isinstance(prepared, bytes):
            self._pending.append((prepared, document_fields(self._preparer, record, {})))
        else:
            self._pending.append((None, document_fields(self._preparer, record, prepared)))
        if len(self._pending) >= SEND_EVERY:
            self._flush()

    def checkpoint(self) -> None:
        """Have the writer commit what it has as a segment; do not wait for it."""
        self._flush()
        self._send("segment", None)
        self._checkpoints += 1

    def confirmed(self) -> int:
        """How many checkpoints the writer has written, without waiting (a failed one and
        those after it are never confirmed)."""
        try:
            while self._answered < self._checkpoints and self._conn.poll():
                self._take(self._receive(), expect="segment")
        except (ArchiveError, OSError, ValueError) as exc:  # the writer is gone: no more
            self._error = self._error or str(exc)
            self._answered = self._checkpoints
        return self._confirmed

    def commit(self, merge: bool = True) -> None:
        """Have the writer commit; raises ArchiveError if it could not."""
        self._flush()
        self._send("commit", merge)
        self._finish()

    def cancel(self) -> None:
        """Have the writer drop the batch (a writer already gone has nothing to drop)."""
        if self._broken:  # nothing more can be said to it: it has written nothing since
            self._process.kill()
            self._process.join(timeout=10)
            return
        try:
            self._send("cancel", False)
            self._finish()
        except ArchiveError:
            log.warning("Index writer gone before cancelling, or it had failed", exc_info=True)
        finally:
            self._process.join(timeout=10)

    def _flush(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, []
            self._send("add", pending)

    def _send(self, op: str, payload: object) -> None:
        if self._broken:
            raise ArchiveError("The search index writer was cut off by an interruption.")
        try:
            self._conn.send((op, payload))
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"The search index writer stopped: {exc}.") from exc
        except BaseException:  # e.g. KeyboardInterrupt with the message half written
            self._broken = True
            raise

    def _finish(self) -> None:
        """Wait for the writer's last answer (after any checkpoints still unanswered)."""
        try:
            while True:
                kind, error = self._receive(WRITER_TIMEOUT_S)
                self._take((kind, error), expect=kind)
                if kind == "done":
                    break
        finally:
            self._process.join(timeout=30)
        if self._error is not None:
            raise ArchiveError(f"The search index could not be written: {self._error}.")

    def _take(self, answer: tuple[str, str | None], expect: str) -> None:
        kind, error = answer
        if kind != expect:
            raise ArchiveError(f"The search index writer answered out of turn ({kind}).")
        self._answered += kind == "segment"
        if error is not None:
            self._error = self._error or error
        elif kind == "segment" and self._error is None:
            self._confirmed += 1

    def _receive(self, timeout: float = 0.0) -> tuple[str, str | None]:
        try:
            if timeout and not self._conn.poll(timeout):
                self._process.kill()
                raise ArchiveError("The search index writer stopped answering.")
            answer: tuple[str, str | None] = self._conn.recv()
            return answer
        except (EOFError, OSError) as exc:
            raise ArchiveError("The search index writer stopped before it finished.") from exc
        except BaseException:  # an answer read half: the next would be garbage
            self._broken = True
            raise
