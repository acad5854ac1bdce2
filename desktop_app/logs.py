"""Logging into the open archive's log file (the user sees sentences; the log keeps tracebacks)."""
from __future__ import annotations

import logging

from indexer.logfile import SafeLogHandler
from indexer.paths import ArchivePaths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ArchiveLog:
    """Sends the root logger's records to one archive's log file at a time."""

    def __init__(self, level: int = logging.INFO) -> None:
        self.level = level
        self._handler: logging.Handler | None = None

    def attach(self, paths: ArchivePaths) -> None:
        """Log into paths.log_file from now on (creating the archive folder if needed)."""
        self.detach()
        try:
            paths.root.mkdir(parents=True, exist_ok=True)
            handler = SafeLogHandler(paths.log_file)
        except OSError:
            logging.getLogger(__name__).warning("Cannot write the log in %s", paths.root)
            return
        handler.setFormatter(logging.Formatter(FORMAT))
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level > self.level or root.level == logging.NOTSET:
            root.setLevel(self.level)
        self._handler = handler

    def detach(self) -> None:
        """Stop logging into the current file."""
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None
