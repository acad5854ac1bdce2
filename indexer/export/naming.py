"""Safe, unique file names for exported documents, on every operating system."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}
MAX_STEM = 80


def safe_stem(title: str, fallback: str = "document") -> str:
    """A file name stem from a title: no path separators or reserved characters or names."""
    text = unicodedata.normalize("NFC", title)
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    text = text[:MAX_STEM].rstrip(" .")
    if not text or text.lower() in _RESERVED or set(text) <= {"."}:
        text = fallback
    return text


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
