"""The `.dossier` bundle format: member names, manifest fields and record validation."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from indexer.export.types import BundleRefused

FORMAT_NAME = "dossier-bundle"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
DATA_FILES = ("documents.json", "tags.json", "notes.json", "annotations.json",
              "collections.json")
ORIGINALS = "originals/"
_ORIGINAL = re.compile(r"^originals/([0-9a-f]{64})(\.[a-z0-9_+-]{1,9})?$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
MARK_KINDS = ("highlight", "underline", "strike", "note")


def refused(reason: str) -> BundleRefused:
    """The error for a bundle refused for reason (a clause without a full stop)."""
    return BundleRefused(f"{reason}; the bundle was not imported and nothing changed.")


def stamp(moment: datetime) -> str:
    """A datetime as the bundle writes it (ISO 8601, microseconds: round trips exactly)."""
    return moment.isoformat(timespec="microseconds")


def original_member(checksum: str, stored_name: str) -> str:
    """The member name of an original: originals/<sha256><suffix of the stored file>."""
    suffix = PurePosixPath(stored_name).suffix.lower()
    name = ORIGINALS + checksum + suffix
    return name if _ORIGINAL.match(name) else ORIGINALS + checksum


def original_checksum(name: str) -> str | None:
    """The checksum in an original's member name, or None if name is not an original."""
    found = _ORIGINAL.match(name)
    return found.group(1) if found else None


def check_member_name(name: str) -> None:
    """Refuse names that could leave the folder (zip slip) or that no bundle contains."""
    unsafe = (not name or "\\" in name or "\x00" in name or name.startswith("/")
              or re.match(r"^[A-Za-z]:", name) is not None
              or any(part in ("", ".", "..") for part in name.split("/")))
    if unsafe:
        raise refused(f"The bundle holds an unsafe file name “{name[:80]}” (a path outside "
                      "the bundle)")
    if name not in (MANIFEST, *DATA_FILES) and original_checksum(name) is None:
        raise refused(f"The bundle holds an unexpected file “{name[:80]}”")


# --- record validation --------------------------------------------------------------------
Check = Callable[[Any], bool]


def _opt(check: Check) -> Check:
    return lambda v: v is None or check(v)


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_uuid(v: Any) -> bool:
    return isinstance(v, str) and _UUID.match(v) is not None


def _is_time(v: Any) -> bool:
    if not isinstance(v, str):
        return False
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


def _is_rects(v: Any) -> bool:
    return isinstance(v, list) and all(
        isinstance(r, list) and len(r) == 4
        and all(isinstance(x, int | float) and not isinstance(x, bool) for x in r) for r in v)


def _list_of(check: Check) -> Check:
    return lambda v: isinstance(v, list) and all(check(x) for x in v)


SPECS: dict[str, dict[str, Check]] = {
    "documents.json": {
        "uuid": _is_uuid, "title": _is_str, "kind": _is_str, "source": _opt(_is_str),
        "author": _opt(_is_str), "published": _opt(_is_str), "year": _opt(_is_int),
        "language": _opt(_is_str), "checksum": lambda v: _is_str(v) and bool(_HEX64.match(v)),
        "original_name": _is_str, "original_path": _opt(_is_str), "size": _is_int,
        "page_count": _is_int, "text_status": _is_str, "imported_at": _is_time,
        "modified_at": _is_time, "meta": lambda v: isinstance(v, dict),
        "tags": _list_of(_is_uuid), "pages": _list_of(_is_str), "original": _is_str,
    },
    "tags.json": {"uuid": _is_uuid, "name": lambda v: _is_str(v) and bool(v.strip()),
                  "color": _opt(_is_str), "created_at": _is_time},
    "notes.json": {"uuid": _is_uuid, "document": _is_uuid, "text": _is_str,
                   "created_at": _is_time, "modified_at": _is_time},
    "annotations.json": {
        "uuid": _is_uuid, "document": _is_uuid, "kind": lambda v: v in MARK_KINDS,
        "page": _opt(_is_int), "rects": _is_rects, "quote": _is_str, "prefix": _is_str,
        "suffix": _is_str, "start": _opt(_is_int), "end": _opt(_is_int),
        "color": lambda v: _is_str(v) and bool(_COLOR.match(v)), "comment": _is_str,
        "author": _opt(_is_str), "orphaned": lambda v: isinstance(v, bool),
        "created_at": _is_time, "modified_at": _is_time,
    },
    "collections.json": {"uuid": _is_uuid, "name": lambda v: _is_str(v) and bool(v.strip()),
                         "description": _is_str, "created_at": _is_time,
                         "modified_at": _is_time, "documents": _list_of(_is_uuid)},
}


def _is_short(limit: int) -> Check:
    return lambda v: isinstance(v, str) and len(v) <= limit


def _is_words(v: Any) -> bool:
    """Word boxes: [[x0, y0, x1, y1, word, ...], ...] (models.Page.words)."""
    return isinstance(v, list) and all(
        isinstance(w, list) and len(w) >= 5 and isinstance(w[4], str)
        and all(isinstance(x, int | float) and not isinstance(x, bool) for x in w[:4])
        for w in v)


def _is_page_detail(v: Any) -> bool:
    if not isinstance(v, dict):
        return False
    confidence = v.get("confidence")
    return (_opt(_is_short(16))(v.get("language")) and _opt(_is_short(8))(v.get("source"))
            and (confidence is None or (isinstance(confidence, int | float)
                                        and not isinstance(confidence, bool)
                                        and 0 <= confidence <= 100))
            and _opt(_is_words)(v.get("words")))


# Fields a bundle may lack (written by a Dossier older than them): checked when present.
OPTIONAL: dict[str, dict[str, Check]] = {
    "documents.json": {"date_source": _opt(_is_short(16)),
                       "page_details": _list_of(_is_page_detail)},
}


def validate_records(member: str, data: Any) -> list[dict[str, Any]]:
    """The records of a data file, each checked against SPECS. Raises BundleRefused."""
    if not isinstance(data, list):
        raise refused(f"The bundle's {member} is not a list of records")
    spec = SPECS[member]
    seen: set[str] = set()
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            raise refused(f"Record {number} of the bundle's {member} is not an object")
        for key, check in spec.items():
            if key not in record or not check(record[key]):
                raise refused(f"Record {number} of the bundle's {member} has a missing or "
                              f"invalid “{key}”")
        for key, check in OPTIONAL.get(member, {}).items():
            if key in record and not check(record[key]):
                raise refused(f"Record {number} of the bundle's {member} has an invalid "
                              f"“{key}”")
        details = record.get("page_details") if member == "documents.json" else None
        if details and len(details) != len(record["pages"]):
            raise refused(f"Record {number} of the bundle's {member} describes more or fewer "
                          "pages than it holds")
        if record["uuid"] in seen:
            raise refused(f"The bundle's {member} lists {record['uuid']} twice")
        seen.add(record["uuid"])
    return data
