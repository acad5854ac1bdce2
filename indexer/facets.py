"""Facet counts over a search's whole result set: tags, kind, year, language, countries."""
from __future__ import annotations

from whoosh import sorting
from whoosh.searching import Results

FACET_FIELDS = ("tags", "kind", "year", "lang", "countries")
MULTIVALUED = ("tags", "countries", "lang")  # a document may have several


def facet_set() -> sorting.Facets:
    """The Whoosh facets Dossier counts."""
    facets = sorting.Facets()
    for name in FACET_FIELDS:
        if name in MULTIVALUED:
            facets.add_facet(name, sorting.FieldFacet(name, allow_overlap=True))
        else:
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
    if facet == "countries":  # ISO codes; indexer.countries.country_name() names them
        return str(key).upper()
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
