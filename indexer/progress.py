"""Progress and cancellation hooks passed into long-running core work."""
from __future__ import annotations

from collections.abc import Callable

from indexer.errors import Cancelled

# progress(done, total, message): total may be 0 when unknown.
ProgressFn = Callable[[int, int, str], None]
# cancel() -> True when the user asked to stop.
CancelFn = Callable[[], bool]


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that ignores everything."""


def never_cancel() -> bool:
    """A cancel callback that never cancels."""
    return False


def check_cancel(cancel: CancelFn) -> None:
    """Raise Cancelled if cancel() says so."""
    if cancel():
        raise Cancelled()
