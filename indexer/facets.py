"""Facet counts over a search's whole result set: tags, kind, year, language."""
from __future__ import annotations

from whoosh import sorting
from whoosh.searching import Results

FACET_FIELDS = ("tags", "kind", "year", "lang")


def facet_set() -> sorting.Facets:
    """The Whoosh facets Dossier counts (tags may overlap: a document has several)."""
    facets = sorting.Facets()
    facets.add_facet("tags", sorting.FieldFacet("tags", allow_overlap=True))
    for name in FACET_FIELDS[1:]:
        facets.add_field(name)
    return facets


def facet_counts(results: Results, tag_names: list[str]) -> dict[str, list[tuple[str, int]]]:
    """{facet: [(value, count), ...]} most frequent first; tags shown as the user wrote them."""
    display = _tag_display(tag_names)
    out: dict[str, list[tuple[str, int]]] = {}
    for name in FACET_FIELDS:
        groups = results.groups(name)
        counts = [(_label(name, key, display), len(docs)) for key, docs in groups.items()
                  if key is not None]
        out[name] = sorted(counts, key=lambda kv: (-kv[1], kv[0]))
    return out


def _label(facet: str, key: object, tags: dict[str, str]) -> str:
    if facet == "tags":
        return tags.get(str(key), str(key))
    return str(key)


def _tag_display(names: list[str]) -> dict[str, str]:
    """Indexed (folded) tag path -> the name as written, ancestors included."""
    from indexer.analysis import normalize_tag

    display: dict[str, str] = {}
    for name in names:
        levels = name.split("/")
        for depth in range(1, len(levels) + 1):
            written = "/".join(levels[:depth])
            display.setdefault(normalize_tag(written), written)
    return display
