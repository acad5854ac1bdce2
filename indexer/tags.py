"""Tag names and lookups: hierarchical paths like "Region/Central Asia"."""
from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from indexer.errors import DossierError
from indexer.models import Tag

_SPACES = re.compile(r"\s+")


def normalize_tag(name: str) -> str:
    """Trim each level of a tag path and collapse inner white space.

    Raises DossierError for an empty name.
    """
    levels = [_SPACES.sub(" ", part).strip() for part in name.split("/")]
    levels = [part for part in levels if part]
    if not levels:
        raise DossierError(f"“{name}” is not a usable tag name.")
    return "/".join(levels)


def get_or_create_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    """The Tag rows for these names, created as needed (matched case-insensitively)."""
    tags: list[Tag] = []
    for name in dict.fromkeys(normalize_tag(n) for n in names):
        tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = session.scalar(select(Tag).where(func.lower(Tag.name) == name.lower()))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags
