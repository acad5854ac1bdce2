"""What an archive write changed (as Anki's operations return OpChanges): every write tells
it, so that one place in a window can refresh exactly the views it concerns."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from indexer.rows import DocumentRow


@dataclass(frozen=True)
class Changes:
    """One write's changes. edited holds the documents whose fields, tags, notes or marks
    changed, as they are now; text the ids of documents whose text, text status or date
    changed (lists may sort or filter them differently)."""

    edited: tuple[DocumentRow, ...] = ()
    added: bool = False                              # documents imported, merged, recovered
    removed: frozenset[int] = field(default_factory=frozenset)
    text: frozenset[int] = field(default_factory=frozenset)
    tags: bool = False                               # tag names or their documents
    collections: bool = False
    searches: bool = False                           # saved searches
    failures: bool = False                           # kept import failures
    everything: bool = False                         # rebuilt, restored, changed elsewhere

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once."""
        merged: dict[str, Any] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, bool):
                merged[f.name] = mine or theirs
            elif isinstance(mine, tuple):
                merged[f.name] = mine + tuple(r for r in theirs if r not in mine)
            else:
                merged[f.name] = mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return self != Changes()

    @property
    def lists(self) -> bool:
        """Whether lists of documents may have gained, lost or reordered documents (a
        collection's documents too)."""
        return bool(self.added or self.removed or self.text or self.collections
                    or self.everything)

    @property
    def library(self) -> bool:
        """Whether the library's counts, tags, collections or saved searches may differ."""
        return bool(self.lists or self.tags or self.collections or self.searches
                    or self.failures)

    @property
    def edited_ids(self) -> frozenset[int]:
        """The ids of the edited documents."""
        return frozenset(row.id for row in self.edited)


NOTHING = Changes()

# Told every write's changes, in the writing thread (Archive.on_change).
ChangeFn = Callable[[Changes], None]
