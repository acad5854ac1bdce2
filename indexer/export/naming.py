"""Safe, unique file names for exported documents, on every operating system."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# Characters Windows refuses in names, and path separators everywhere.
_UNSAFE = re.compile(r'[<>:"/\\|?*]+')
# Windows refuses these names whatever follows the first dot ("NUL.md.pdf" too), and
# with spaces before it; COM and LPT with superscript digits as well.
_RESERVED = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$",
                       *(f"{port}{digit}" for port in ("com", "lpt")
                         for digit in "0123456789\u00b9\u00b2\u00b3")})
MAX_STEM = 80
# UTF-8 bytes of a stem: with " (999)" and a suffix it stays under the 255 bytes of Linux
# and macOS file systems.
MAX_STEM_BYTES = 200


def safe_stem(title: str, fallback: str = "document") -> str:
    """A file name stem from a title: no path separators, reserved characters or names,
    control or direction characters, leading or trailing dots and spaces; at most MAX_STEM
    characters and MAX_STEM_BYTES bytes in UTF-8."""
    text = "".join(_visible(char) for char in unicodedata.normalize("NFC", title))
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    text = _shorten(text[:MAX_STEM]).rstrip(" .")
    if not text:
        return fallback
    return f"_{text}" if _reserved(text) else text


def _visible(char: str) -> str:
    """A space for controls and separators, nothing for invisible format characters (the
    bidi overrides that make "fdp.exe" look like "exe.pdf", zero-width ones), else char."""
    category = unicodedata.category(char)
    if category in ("Cc", "Zl", "Zp"):
        return " "
    return "" if category in ("Cf", "Cs") else char


def _shorten(text: str) -> str:
    data = text.encode("utf-8")
    if len(data) <= MAX_STEM_BYTES:
        return text
    return data[:MAX_STEM_BYTES].decode("utf-8", errors="ignore")


def _reserved(text: str) -> bool:
    """True when Windows reserves the name: its part before the first dot is a device."""
    return text.split(".", 1)[0].rstrip(" ").casefold() in _RESERVED


class UniqueNames:
    """Hands out file names in one folder, never the same twice (case-insensitively).

    An earlier export of the same name in that folder is overwritten.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.taken: set[str] = set()

    def path(self, title: str, suffix: str, fallback: str = "document") -> Path:
        """folder/<safe title><suffix>, with " (2)", " (3)"… added when needed."""
        stem = safe_stem(title, fallback)
        name, n = f"{stem}{suffix}", 1
        while name.casefold() in self.taken:
            n += 1
            name = f"{stem} ({n}){suffix}"
        self.taken.add(name.casefold())
        return self.folder / name
