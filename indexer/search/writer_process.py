"""An index batch written by a process of its own, so that a long import's index work (Whoosh
sorting and writing its segment, pure Python) neither holds the importing process's
interpreter (the window stays smooth) nor waits for it (the import goes on meanwhile).

The importing process prepares each document's fields (indexer.search.store.document_fields)
and sends them in small groups; the writer adds them to one Whoosh segment writer and commits
or cancels when told. An error in the writer is kept and reported at the commit, so a
failed batch is never taken for a written one; if the writer process dies, the batch fails
and its documents stay marked unindexed (indexed again at the next open).
"""
from __future__ import annotations

import logging
import signal
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from indexer.errors import ArchiveError
from indexer.extract.sandbox import main_module_hidden
from indexer.search import fields as F
from indexer.search.record import IndexRecord
from indexer.search.store import (
    NAME,
    WRITER_MEMORY_MB,
    SearchIndex,
    _storage,
    document_fields,
)

log = logging.getLogger(__name__)

SEND_EVERY = 32  # documents sent to the writer at a time
WRITER_TIMEOUT_S = 1800.0  # a commit taking longer than this is taken as a dead writer


def _writer_main(conn: Connection, directory: str) -> None:
    """The writer process: add, delete, then commit or cancel once; reply ("ok"|"error", …)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the importing process handles Ctrl-C
    from indexer.search.schema import build_schema
    from indexer.search.writer import FastSegmentWriter, merge_tiers

    error: str | None = None
    try:
        index = _storage(Path(directory)).open_index(NAME, schema=build_schema())
        writer = FastSegmentWriter(index, limitmb=WRITER_MEMORY_MB)
    except Exception as exc:  # reported at the commit
        conn.send(("error", f"the search index could not be opened for writing: {exc}"))
        return
    while True:
        try:
            op, payload = conn.recv()
        except (EOFError, OSError):  # the importing process is gone: write nothing
            writer.cancel()
            return
        try:
            if error is None and op == "add":
                for fields in payload:
                    writer.add_document(**fields)
            elif error is None and op == "delete":
                writer.delete_by_term(F.ID, str(payload))
            elif op == "commit":
                if error is None and payload:
                    writer.commit(mergetype=merge_tiers)
                elif error is None:
                    writer.commit(merge=False)
                else:
                    writer.cancel()
                conn.send(("error", error) if error else ("ok", None))
                return
            elif op == "cancel":
                writer.cancel()
                conn.send(("ok", None))
                return
        except Exception as exc:  # keep the first error for the commit's answer
            log.exception("Index writer failed")
            error = error or str(exc)


class ProcessBatch:
    """IndexBatch's interface, written by a writer process (see the module's docstring)."""

    def __init__(self, index: SearchIndex, context: Any) -> None:
        self._preparer = index.preparer
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_writer_main,
                                        args=(child, str(index.directory)), daemon=True)
        with main_module_hidden():  # the writer must not run the caller's script again
            self._process.start()
        child.close()
        self._pending: list[dict[str, object]] = []

    def delete(self, doc_id: int) -> None:
        """Remove a document."""
        self._flush()
        self._send("delete", doc_id)

    def add(self, record: IndexRecord, replace: bool = False,
            prepared: dict[str, object] | None = None) -> None:
        """Add a document (replace=True first removes an older version of it)."""
        if replace:
            self.delete(record.id)
        self._pending.append(document_fields(self._preparer, record, prepared))
        if len(self._pending) >= SEND_EVERY:
            self._flush()

    def commit(self, merge: bool = True) -> None:
        """Have the writer commit; raises ArchiveError if it could not."""
        self._flush()
        self._send("commit", merge)
        self._answer()

    def cancel(self) -> None:
        """Have the writer drop the batch (a writer already gone has nothing to drop)."""
        try:
            self._send("cancel", None)
            self._answer()
        except ArchiveError:
            log.warning("Index writer gone before cancelling", exc_info=True)
        finally:
            self._process.join(timeout=10)

    def _flush(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, []
            self._send("add", pending)

    def _send(self, op: str, payload: object) -> None:
        try:
            self._conn.send((op, payload))
        except (OSError, ValueError) as exc:
            raise ArchiveError(f"The search index writer stopped: {exc}.") from exc

    def _answer(self) -> None:
        try:
            if not self._conn.poll(WRITER_TIMEOUT_S):
                self._process.kill()
                raise ArchiveError("The search index writer stopped answering.")
            status, message = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise ArchiveError("The search index writer stopped before it finished.") from exc
        finally:
            self._process.join(timeout=30)
        if status != "ok":
            raise ArchiveError(f"The search index could not be written: {message}.")
