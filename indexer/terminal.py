"""Terminal output helpers for the CLI: a progress bar and plain-text snippets."""
from __future__ import annotations

import html
import re
import shutil
import time
from typing import TextIO

_BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)


def plain_snippet(snippet: str, tty: bool) -> str:
    """A search snippet for a terminal: matches in bold on a tty, **marked** otherwise."""
    marked = _BOLD.sub(r"\x1b[1m\1\x1b[0m" if tty else r"**\1**", snippet)
    return html.unescape(marked)


class ProgressBar:
    """A one-line progress bar on a terminal; silent when stream is not a tty."""

    def __init__(self, stream: TextIO, min_interval: float = 0.1) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.min_interval = min_interval
        self._last = 0.0
        self._shown = False

    def update(self, done: int, total: int, message: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < self.min_interval and done < total:
            return
        self._last = now
        width = shutil.get_terminal_size((80, 20)).columns
        bar_width = 30
        filled = int(bar_width * done / total) if total else 0
        text = f"[{'#' * filled}{'.' * (bar_width - filled)}] {done}/{total} {message}"
        self.stream.write("\r" + text[: width - 1].ljust(width - 1))
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
