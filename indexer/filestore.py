"""Content-addressed store of original files: kept byte-for-byte, named by SHA-256."""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import uuid
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


def staged_path(tmp_dir: Path, checksum: str, token: str) -> Path:
    """Where stage() copies the file with this checksum for the run named token."""
    return tmp_dir / f"{checksum}-{token}.part"


def stage(src: Path, checksum: str, tmp_dir: Path, token: str) -> Path:
    """Copy src into the store's temporary folder, checking it still has its checksum; the
    copy is then moved into the store with FileStore.place(). An import's workers stage the
    files they read (creating a file is most of storing one), so the importing process only
    moves them. Raises ImportFailed (or DiskFull) like FileStore.put()."""
    path = staged_path(tmp_dir, checksum, token)
    try:
        try:
            out = open(path, "xb")
        except FileNotFoundError:
            tmp_dir.mkdir(parents=True, exist_ok=True)
            out = open(path, "xb")
        with out, open(src, "rb") as fin:
            digest = hashlib.sha256()
            while chunk := fin.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != checksum:
            path.unlink()
            raise ImportFailed(f"“{src.name}” changed while it was being imported.")
    except OSError as exc:
        if not isinstance(exc, FileExistsError):
            path.unlink(missing_ok=True)
        raise _storing_failed(src.name, tmp_dir, exc) from exc
    return path


def _storing_failed(name: str, where: Path, exc: OSError) -> ImportFailed | DiskFull:
    """The error storing the file called name met, as an import reports it."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):  # stops the import: all would fail
        return DiskFull(f"The disk holding the archive is full: “{name}” could not be "
                        f"stored in {where}; free some space and import again (what was "
                        "imported before is kept).")
    return ImportFailed(f"Could not store “{name}”: {exc.strerror or exc}.")


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
        Raises ImportFailed if the file changed since it was checksummed, DiskFull if the disk
        is full.
        """
        return self.put_new(src, checksum)[0]

    def put_new(self, src: Path, checksum: str) -> tuple[Path, bool]:
        """Like put(); also says whether this call created the stored file."""
        dest = self.path_for(checksum, src.name)
        if dest.exists():
            return dest, False
        return self.place(stage(src, checksum, self.tmp_dir, uuid.uuid4().hex), checksum,
                          src.name)

    def place(self, staged: Path, checksum: str, original_name: str) -> tuple[Path, bool]:
        """Move a copy made by stage() into the store (or drop it if the store has the file
        already); returns the stored path and whether this call put it there."""
        dest = self.path_for(checksum, original_name)
        try:
            if dest.exists():
                staged.unlink()
                return dest, False
            self._move(staged, dest)
        except OSError as exc:
            staged.unlink(missing_ok=True)
            raise _storing_failed(original_name, self.root, exc) from exc
        return dest, True

    @staticmethod
    def _move(staged: Path, dest: Path) -> None:
        try:
            os.replace(staged, dest)
        except FileNotFoundError:  # the first file stored under these two hex digits
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, dest)

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
