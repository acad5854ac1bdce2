"""A log file that never breaks a command: when the disk fills up or the folder cannot be
written, the log falls silent instead of printing tracebacks of its own."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SafeLogHandler(RotatingFileHandler):
    """A rotating log file that turns itself off at its first write error (no
    "--- Logging error ---" on stderr, no exception reaching the caller)."""

    def __init__(self, path: Path, max_bytes: int = 2_000_000, backups: int = 2) -> None:
        # delay: the file is opened at the first record, inside emit's error handling.
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8",
                         delay=True)
        self.setFormatter(logging.Formatter(FORMAT))
        self.broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Stop logging into the file: it cannot be written (full disk, read-only media)."""
        self.broken = True
        stream, self.stream = self.stream, None  # type: ignore[assignment]
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass


def attach_log(path: Path, level: int = logging.INFO) -> logging.Handler:
    """Send the root logger's records to path (silently nowhere if it cannot be written)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the archive reports the folder itself; the log just stays silent
    handler = SafeLogHandler(path)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler
