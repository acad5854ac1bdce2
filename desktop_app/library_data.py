"""What the sidebar lists, read from the archive in one go (plain Python, run in a task)."""
from __future__ import annotations

from dataclasses import dataclass, field

from indexer.archive import Archive
from indexer.collections import CollectionRow, SavedSearchRow
from indexer.documents import DocumentView
from indexer.errors import DossierError


@dataclass
class TagNode:
    """One level of the tag tree: "Central Asia" under "Region" has path "Region/Central Asia"."""

    name: str
    path: str
    count: int = 0
    children: list[TagNode] = field(default_factory=list)


@dataclass(frozen=True)
class LiveSearch:
    """A saved search with the number of documents it finds now, or why it cannot run."""

    saved: SavedSearchRow
    count: int | None = None
    problem: str = ""


@dataclass(frozen=True)
class SidebarData:
    """Counts, collections, the tag tree and saved searches of one archive."""

    total: int = 0
    recent: int = 0
    attention: int = 0
    collections: tuple[CollectionRow, ...] = ()
    tags: tuple[TagNode, ...] = ()
    searches: tuple[LiveSearch, ...] = ()
    tag_names: tuple[str, ...] = ()


def tag_tree(tags: list[tuple[str, int]]) -> list[TagNode]:
    """Nest hierarchical tag names; counts are those of the tags themselves (0 if implied)."""
    roots: dict[str, TagNode] = {}
    index: dict[str, TagNode] = {}
    for name, count in sorted(tags, key=lambda t: t[0].casefold()):
        parts = [p for p in name.split("/") if p]
        siblings = roots
        parent: TagNode | None = None
        for depth in range(1, len(parts) + 1):
            path = "/".join(parts[:depth])
            node = index.get(path.casefold())
            if node is None:
                node = TagNode(parts[depth - 1], path)
                index[path.casefold()] = node
                if parent is None:
                    siblings[path.casefold()] = node
                else:
                    parent.children.append(node)
            parent = node
        if parent is not None:
            parent.count = count
    return list(roots.values())


def _fill_counts(archive: Archive, nodes: list[TagNode]) -> list[TagNode]:
    """Give each branch the number of documents in its whole subtree; drop empty leaves."""
    kept: list[TagNode] = []
    for node in nodes:
        node.children = _fill_counts(archive, node.children)
        if node.children:
            node.count = archive.count(DocumentView(tag=node.path))
        if node.count or node.children:
            kept.append(node)
    return kept


def live_search(archive: Archive, saved: SavedSearchRow) -> LiveSearch:
    """Count what a saved search finds now (a malformed query keeps the core's sentence)."""
    try:
        return LiveSearch(saved, archive.count(DocumentView(query=saved.query)))
    except DossierError as exc:  # a malformed query, or the index being rebuilt
        return LiveSearch(saved, None, str(exc))


def load_sidebar(archive: Archive) -> SidebarData:
    """Everything the sidebar shows."""
    tags = archive.tags()
    return SidebarData(
        total=archive.count(),
        recent=archive.count(DocumentView(recent=True)),
        attention=archive.count(DocumentView(attention=True)) + len(archive.import_failures()),
        collections=tuple(archive.collections()),
        tags=tuple(_fill_counts(archive, tag_tree(tags))),
        searches=tuple(live_search(archive, s) for s in archive.saved_searches()),
        tag_names=tuple(name for name, _ in tags),
    )
