"""Content-addressed store of original files: kept byte-for-byte, named by SHA-256."""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from indexer.errors import ArchiveError, DiskFull, ImportFailed

_CHUNK = 1 << 20


def sha256_file(path: Path) -> tuple[str, int]:
    """The SHA-256 hex digest and the size in bytes of a file."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if suffix.isascii() and len(suffix) <= 10 else ""


class FileStore:
    """Original files under files/<first two hex digits>/<sha256><suffix>, never modified."""

    def __init__(self, root: Path, tmp_dir: Path) -> None:
        self.root = root
        self.tmp_dir = tmp_dir

    def path_for(self, checksum: str, original_name: str) -> Path:
        """Where the file with this checksum is (or would be) stored."""
        return self.root / checksum[:2] / f"{checksum}{_suffix(original_name)}"

    def put(self, src: Path, checksum: str) -> Path:
        """Copy src into the store (atomically) unless already there; return its stored path.

        The copy is not yet flushed to disk: call sync() before recording it in the database.
        Raises ImportFailed if the file changed since it was checksummed or the disk is full.
        """
        return self.put_new(src, checksum)[0]

    def put_new(self, src: Path, checksum: str) -> tuple[Path, bool]:
        """Like put(); also says whether this call created the stored file."""
        dest = self.path_for(checksum, src.name)
        if dest.exists():
            return dest, False
        dest.parent.mkdir(parents=True, exist_ok=True)
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp_dir, suffix=".part")
        try:
            actual = self._copy_hashing(src, fd)
            if actual != checksum:
                raise ImportFailed(f"“{src.name}” changed while it was being imported.")
            os.replace(tmp_name, dest)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):  # stops the import: all would fail
                raise DiskFull(f"The disk holding the archive is full: “{src.name}” could not "
                               f"be stored in {self.root}; free some space and import again "
                               "(what was imported before is kept).") from exc
            raise ImportFailed(f"Could not store “{src.name}”: {exc.strerror or exc}.") from exc
        finally:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
        return dest, True

    @staticmethod
    def _copy_hashing(src: Path, fd: int) -> str:
        digest = hashlib.sha256()
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            while chunk := fin.read(_CHUNK):
                digest.update(chunk)
                fout.write(chunk)
        return digest.hexdigest()

    @staticmethod
    def sync(paths: list[Path]) -> None:
        """Flush newly stored files to disk (one system-wide sync beats one fsync per file)."""
        if not paths:
            return
        if hasattr(os, "sync"):
            os.sync()
            return
        for path in paths:
            with open(path, "rb+") as fh:
                os.fsync(fh.fileno())

    def verify(self, checksum: str, original_name: str) -> str | None:
        """None if the stored file is intact, else a sentence saying what is wrong."""
        path = self.path_for(checksum, original_name)
        if not path.exists():
            return f"the stored original {path.name} is missing"
        actual, _ = sha256_file(path)
        if actual != checksum:
            return f"the stored original {path.name} is damaged (checksum differs)"
        return None

    def remove(self, checksum: str, original_name: str) -> None:
        """Delete a stored original (when its document is deleted)."""
        self.path_for(checksum, original_name).unlink(missing_ok=True)

    def all_checksums(self) -> set[str]:
        """Checksums of every file present in the store."""
        if not self.root.exists():
            return set()
        return {p.name[:64] for p in self.root.glob("??/*") if p.is_file()}

    def free_bytes(self) -> int:
        """Free space on the store's disk."""
        target = self.root if self.root.exists() else self.root.parent
        return shutil.disk_usage(target).free

    @staticmethod
    def check_writable(root: Path) -> None:
        """Raise ArchiveError if the archive folder cannot be written."""
        if not os.access(root, os.W_OK):
            raise ArchiveError(f"The archive folder {root} is not writable.")
