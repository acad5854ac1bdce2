"""Read a `.dossier` bundle defensively: every check passes before anything is written."""
from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer.export.bundle_format import (
    BUNDLE_VERSION,
    DATA_FILES,
    FORMAT_NAME,
    MANIFEST,
    check_member_name,
    original_checksum,
    refused,
    validate_records,
)
from indexer.migrations import SCHEMA_VERSION
from indexer.progress import CancelFn, ProgressFn, check_cancel

_CHUNK = 1 << 20
MANIFEST_MAX = 64 << 20


@dataclass(frozen=True)
class BundleLimits:
    """Caps against zip bombs: members, total unpacked bytes, and compression ratio."""

    max_members: int = 100_000
    max_total_bytes: int = 16 << 30
    max_ratio: float = 200.0
    ratio_floor: int = 1 << 20  # members smaller than this may compress as well as they like


DEFAULT_LIMITS = BundleLimits()


@dataclass
class BundleContents:
    """A checked bundle: its manifest, its records, and its originals unpacked to staging."""

    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    originals: dict[str, Path] = field(default_factory=dict)  # checksum -> staged file

    def __getitem__(self, member: str) -> list[dict[str, Any]]:
        return self.records[member]


class _Budget:
    """Counts the bytes really unpacked, whatever the zip headers claim."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise refused("The bundle unpacks to more data than allowed (a zip bomb?)")


def read_bundle(path: Path, staging: Path, limits: BundleLimits = DEFAULT_LIMITS,
                progress: ProgressFn | None = None, cancel: CancelFn | None = None
                ) -> BundleContents:
    """Check a bundle completely and unpack its originals into the folder staging.

    Raises BundleRefused (one sentence) for a broken zip, unsafe or unexpected names, a zip
    bomb, a newer format or schema, a wrong checksum or inconsistent records; Cancelled.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise refused(f"“{path.name}” is not a readable bundle (broken zip: {exc})") from exc
    with archive:
        infos = _check_members(archive, limits)
        manifest = _read_manifest(archive, infos[MANIFEST])
        _check_listing(manifest, infos)
        contents = BundleContents(manifest, {})
        budget = _Budget(limits.max_total_bytes)
        members = [n for n in infos if n != MANIFEST]
        for done, name in enumerate(members, start=1):
            if cancel is not None:
                check_cancel(cancel)
            _unpack(archive, infos[name], manifest["files"][name]["sha256"], budget, staging,
                    contents)
            if progress is not None:
                progress(done, len(members), "checking the bundle")
    _check_references(contents)
    return contents


def _check_members(archive: zipfile.ZipFile, limits: BundleLimits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise refused(f"The bundle holds {len(infos)} files, more than the "
                      f"{limits.max_members} allowed")
    found: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        check_member_name(info.filename)
        if info.filename in found:
            raise refused(f"The bundle holds “{info.filename}” twice")
        if info.flag_bits & 0x1:
            raise refused(f"The bundle's “{info.filename}” is encrypted")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise refused(f"The bundle's “{info.filename}” expands {ratio:.0f} times "
                          "(a zip bomb?)")
        declared += info.file_size
        found[info.filename] = info
    if declared > limits.max_total_bytes:
        raise refused(f"The bundle would unpack to {declared} bytes, more than the "
                      f"{limits.max_total_bytes} allowed")
    if MANIFEST not in found:
        raise refused("The file is not a Dossier bundle (it has no manifest.json)")
    return found


def _read_json(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> Any:
    data = _read_bytes(archive, info, budget)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise refused(f"The bundle's {info.filename} is not valid JSON") from exc


def _read_bytes(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> bytes:
    chunks: list[bytes] = []
    _copy(archive, info, budget, chunks.append)
    return b"".join(chunks)


def _copy(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget,
          write: Any) -> str:
    """Stream a member to write(chunk), counting real bytes; return its SHA-256."""
    digest = hashlib.sha256()
    count = 0
    try:
        with archive.open(info) as src:
            while chunk := src.read(_CHUNK):
                count += len(chunk)
                budget.take(len(chunk))
                if count > info.file_size:
                    raise refused(f"The bundle's “{info.filename}” is larger than it says "
                                  "(a zip bomb?)")
                digest.update(chunk)
                write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise refused(f"The bundle's “{info.filename}” cannot be unpacked (broken zip: "
                      f"{exc})") from exc
    if count != info.file_size:
        raise refused(f"The bundle's “{info.filename}” is shorter than it says (broken zip)")
    return digest.hexdigest()


def _read_manifest(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict[str, Any]:
    if info.file_size > MANIFEST_MAX:
        raise refused("The bundle's manifest is too large")
    manifest = _read_json(archive, info, _Budget(MANIFEST_MAX))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise refused("The file is not a Dossier bundle (its manifest names another format)")
    version, schema = manifest.get("bundle_version"), manifest.get("schema_version")
    if not isinstance(version, int) or not isinstance(schema, int):
        raise refused("The bundle's manifest has no valid format or schema version")
    if version > BUNDLE_VERSION:
        raise refused(f"The bundle was made by a newer Dossier (bundle format {version}; this "
                      f"one reads up to {BUNDLE_VERSION}): please update Dossier")
    if schema > SCHEMA_VERSION:
        raise refused(f"The bundle was made by a newer Dossier (schema {schema}; this one "
                      f"understands up to {SCHEMA_VERSION}): please update Dossier")
    return manifest


def _check_listing(manifest: dict[str, Any], infos: dict[str, zipfile.ZipInfo]) -> None:
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise refused("The bundle's manifest does not list its files")
    present = set(infos) - {MANIFEST}
    if set(files) != present:
        odd = min(set(files) ^ present)
        raise refused(f"The bundle's manifest and its contents disagree about “{odd}”")
    for name, entry in files.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
                and isinstance(entry.get("size"), int)):
            raise refused(f"The bundle's manifest gives no valid checksum and size for “{name}”")
        if entry["size"] != infos[name].file_size:
            raise refused(f"The bundle's “{name}” does not have the size its manifest gives "
                          "(damaged or altered)")
        checksum = original_checksum(name)
        if checksum is not None and entry["sha256"] != checksum:
            raise refused(f"The bundle's “{name}” is listed with another checksum")
    missing = [n for n in DATA_FILES if n not in files]
    if missing:
        raise refused(f"The bundle lacks {missing[0]}")


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, expected: str, budget: _Budget,
            staging: Path, contents: BundleContents) -> None:
    name = info.filename
    checksum = original_checksum(name)
    if checksum is None:
        data = _read_bytes(archive, info, budget)
        if hashlib.sha256(data).hexdigest() != expected:
            raise refused(f"The bundle's {name} does not match its checksum (damaged or "
                          "altered)")
        try:
            parsed = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise refused(f"The bundle's {name} is not valid JSON") from exc
        contents.records[name] = validate_records(name, parsed)
        return
    target = staging / checksum
    with open(target, "wb") as sink:
        actual = _copy(archive, info, budget, sink.write)
    if actual != expected:
        raise refused(f"The bundle's “{name}” does not match its checksum (damaged or "
                      "altered)")
    contents.originals[checksum] = target


def _check_references(contents: BundleContents) -> None:
    docs = contents["documents.json"]
    doc_ids = {d["uuid"] for d in docs}
    tag_ids = {t["uuid"] for t in contents["tags.json"]}
    checksums: set[str] = set()
    for doc in docs:
        if doc["checksum"] in checksums:
            raise refused(f"The bundle lists the file {doc['checksum'][:12]}… twice")
        checksums.add(doc["checksum"])
        if original_checksum(doc["original"]) != doc["checksum"] \
                or doc["checksum"] not in contents.originals:
            raise refused(f"The original of “{doc['title'][:60]}” is missing from the bundle")
        if not set(doc["tags"]) <= tag_ids:
            raise refused(f"“{doc['title'][:60]}” has a tag the bundle does not define")
    for member in ("notes.json", "annotations.json"):
        for record in contents[member]:
            if record["document"] not in doc_ids:
                raise refused(f"The bundle's {member} refers to a document it does not hold")
    for collection in contents["collections.json"]:
        if not set(collection["documents"]) <= doc_ids:
            raise refused(f"The collection “{collection['name'][:60]}” refers to a document "
                          "the bundle does not hold")
