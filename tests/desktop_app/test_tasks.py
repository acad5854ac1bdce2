"""The task layer without widgets: results, failures, cancellation, one writer at a time."""
from __future__ import annotations

import threading
import time

import pytest

from desktop_app.tasks import TaskRunner, generic_failure
from indexer.errors import Cancelled, CorruptFile
from indexer.progress import CancelFn, ProgressFn

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive(qtbot, runner: TaskRunner) -> None:
    def work(progress: ProgressFn, cancel: CancelFn) -> str:
        progress(1, 1, "half")
        return "done"

    task = runner.read(work)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        pass
    assert finished.args == ["done"]
    assert task.done


def test_dossier_error_becomes_its_sentence(qtbot, runner: TaskRunner) -> None:
    def work(progress: ProgressFn, cancel: CancelFn) -> None:
        raise CorruptFile("The file report.pdf is damaged.")

    task = runner.write(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    assert failed.args == ["The file report.pdf is damaged."]


def test_unexpected_error_becomes_a_generic_sentence(qtbot, runner: TaskRunner,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    def work(progress: ProgressFn, cancel: CancelFn) -> None:
        raise KeyError("internal detail")

    task = runner.read(work, "broken")
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    assert failed.args == [generic_failure()]
    assert "internal detail" not in failed.args[0]
    assert any("broken" in r.getMessage() and r.exc_info for r in caplog.records)


def test_cancel_stops_the_work(qtbot, runner: TaskRunner) -> None:
    started = threading.Event()

    def work(progress: ProgressFn, cancel: CancelFn) -> None:
        started.set()
        while True:
            if cancel():
                raise Cancelled()
            time.sleep(0.005)

    task = runner.read(work)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)


def test_discarded_task_reports_nothing(qtbot, runner: TaskRunner) -> None:
    gate = threading.Event()
    task = runner.read(lambda p, c: gate.wait(5) and "late")
    received: list[object] = []
    task.finished.connect(received.append)
    task.discard()
    gate.set()
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert received == []


def test_writes_run_one_at_a_time(qtbot, runner: TaskRunner) -> None:
    active, peak = [0], [0]
    lock = threading.Lock()

    def work(progress: ProgressFn, cancel: CancelFn) -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.02)
        with lock:
            active[0] -= 1

    tasks = [runner.write(work) for _ in range(4)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=5000)
    assert peak[0] == 1


def test_quick_edits_still_run_when_everything_is_cancelled(qtbot, runner: TaskRunner) -> None:
    gate = threading.Event()
    runner.write(lambda p, c: gate.wait(5))
    edit = runner.write(lambda p, c: "saved", cancellable=False)
    runner.cancel_all()
    gate.set()
    with qtbot.waitSignal(edit.finished, timeout=5000) as finished:
        pass
    assert finished.args == ["saved"]
