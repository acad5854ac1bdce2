"""Terminal output helpers for the CLI: escaping, a progress bar and plain-text snippets."""
from __future__ import annotations

import html
import re
import shutil
import time
from typing import TextIO

_BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)
# C0 and C1 controls (ESC starts terminal commands), the marks and overrides that reorder
# text (a name can show "fdp.exe" as "exe.pdf"), line separators, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
_LAYOUT = frozenset("\n\t\f")


def safe_text(text: str, multiline: bool = False) -> str:
    """text with every character that could command or reorder a terminal shown escaped
    (ESC as \\x1b, U+202E as \\u202e); a byte of a file name that is not UTF-8 shows as
    \\xNN. multiline keeps newlines, tabs and form feeds (for document text)."""
    return _UNSAFE.sub(lambda m: _escape(m.group(), multiline), text)


def _escape(char: str, multiline: bool) -> str:
    if multiline and char in _LAYOUT:
        return char
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain_snippet(snippet: str, tty: bool) -> str:
    """A search snippet for a terminal: matches in bold on a tty, **marked** otherwise."""
    on, off = ("\x1b[1m", "\x1b[0m") if tty else ("**", "**")
    parts = [safe_text(html.unescape(part)) for part in _BOLD.split(snippet)]
    return "".join(f"{on}{part}{off}" if i % 2 else part for i, part in enumerate(parts))


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
        text = f"[{'#' * filled}{'.' * (bar_width - filled)}] {done}/{total} {safe_text(message)}"
        self.stream.write("\r" + text[: width - 1].ljust(width - 1))
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
