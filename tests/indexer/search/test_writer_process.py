"""The index writer process's side of a batch, driven in process: a failure is kept and told
at every later checkpoint and at the end, and nothing after it is written."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from indexer.search import IndexRecord, SearchIndex
from indexer.search.store import document_fields
from indexer.search.writer_process import _WriterSession


class Pipe:
    """The importing process's end, as the writer sees it: what it was told."""

    def __init__(self) -> None:
        self.told: list[tuple[str, Any]] = []

    def send(self, message: tuple[str, Any]) -> None:
        self.told.append(message)


def _add(index: SearchIndex, doc_id: int, text: str) -> tuple[str, Any]:
    record = IndexRecord(id=doc_id, title=text, pages=[text], kind="text")
    return "add", [(None, document_fields(index.preparer, record, None))]


@pytest.fixture
def writing(tmp_path: Path) -> Iterator[tuple[SearchIndex, _WriterSession, Pipe]]:
    """A new index, a writer session on it and what the session tells."""
    index = SearchIndex.create(tmp_path / "index")
    pipe = Pipe()
    yield index, _WriterSession(pipe, index.ix), pipe  # type: ignore[arg-type]
    index.close()


Writing = tuple[SearchIndex, _WriterSession, Pipe]


def test_checkpoints_write_segments_and_the_commit_ends_the_batch(writing: Writing) -> None:
    index, session, pipe = writing
    assert not session.handle(*_add(index, 1, "Aral basin"), dropped=False)
    assert not session.handle("segment", None, dropped=False)
    assert not session.handle(*_add(index, 2, "Caspian shelf"), dropped=False)
    assert session.handle("commit", False, dropped=False)
    assert pipe.told == [("segment", None), ("done", None)]
    assert index.doc_count() == 2


def test_a_failure_is_told_at_each_later_answer_and_stops_the_writing(writing: Writing) -> None:
    index, session, pipe = writing
    session.handle(*_add(index, 1, "Aral basin"), dropped=False)
    session.handle("add", [(None, {"no_such_field": "x"})], dropped=False)
    session.handle(*_add(index, 2, "Caspian shelf"), dropped=False)  # not written
    session.handle("segment", None, dropped=False)
    assert session.handle("commit", False, dropped=False)
    (what, first), (end, last) = pipe.told
    assert (what, end) == ("segment", "done") and first and first == last
    assert "no_such_field" in first
    assert index.doc_count() == 0


def test_after_a_cancel_checkpoints_are_answered_and_nothing_is_added(writing: Writing) -> None:
    index, session, pipe = writing
    session.handle(*_add(index, 1, "Aral basin"), dropped=True)
    session.handle("segment", None, dropped=True)
    assert session.handle("cancel", False, dropped=True)
    assert pipe.told == [("segment", "the batch was cancelled"), ("done", None)]
    assert index.doc_count() == 0


def _segments(index: SearchIndex) -> list[int]:
    return [sub.reader().doc_count_all() for sub, _ in index.searcher().leaf_searchers()]


def test_a_writer_behind_writes_one_segment_for_checkpoints_waiting(writing: Writing) -> None:
    """A checkpoint with another already received behind it is put off: one segment for
    both, and both answered once it is written."""
    index, session, pipe = writing
    session.received = lambda: 2  # the reading thread has both checkpoints already
    session.handle(*_add(index, 1, "Aral basin"), dropped=False)
    session.handle("segment", None, dropped=False)
    assert pipe.told == [] and index.doc_count() == 0  # put off: nothing written yet
    session.handle(*_add(index, 2, "Caspian shelf"), dropped=False)
    session.handle("segment", None, dropped=False)
    assert pipe.told == [("segment", None), ("segment", None)]
    assert _segments(index) == [2]
    assert session.handle("commit", False, dropped=False)
    assert pipe.told[-1] == ("done", None)


def test_checkpoints_put_off_and_then_dropped_are_not_taken_for_written(
        writing: Writing) -> None:
    index, session, pipe = writing
    session.received = lambda: 2
    session.handle(*_add(index, 1, "Aral basin"), dropped=False)
    session.handle("segment", None, dropped=False)
    assert session.handle("cancel", False, dropped=True)
    assert pipe.told == [("segment", "the batch was cancelled"), ("done", None)]
    assert index.doc_count() == 0


def test_a_checkpoint_put_off_is_written_by_the_commit(writing: Writing) -> None:
    index, session, pipe = writing
    session.received = lambda: 2
    session.handle(*_add(index, 1, "Aral basin"), dropped=False)
    session.handle("segment", None, dropped=False)
    session.handle(*_add(index, 2, "Caspian shelf"), dropped=False)
    assert session.handle("commit", False, dropped=False)
    assert pipe.told == [("segment", None), ("done", None)]
    assert _segments(index) == [2]
