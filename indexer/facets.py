"""Facet counts over a search's whole result set: tags, kind, year, language, countries."""
from __future__ import annotations

from whoosh import sorting
from whoosh.searching import Results

FACET_FIELDS = ("tags", "kind", "year", "lang", "countries")
MULTIVALUED = ("tags", "countries", "lang")  # a document may have several


_CACHE = "_dossier_value_lists"  # attribute of a segment reader: {field: values per doc}


class _CachedOverlaps(sorting.OverlappingCategorizer):
    """Whoosh's categorizer for fields with several values per document, keeping the values
    of each document on the segment reader: Whoosh rebuilds them for every search."""

    def set_searcher(self, segment_searcher, docoffset):  # type: ignore[no-untyped-def]
        reader = segment_searcher.reader()
        cache = getattr(reader, _CACHE, None)
        if cache is None:
            cache = {}
            setattr(reader, _CACHE, cache)
        lists = cache.get(self._fieldname)
        if lists is None:
            super().set_searcher(segment_searcher, docoffset)
            cache[self._fieldname] = self._lists
        else:
            self._segment_searcher, self._lists = segment_searcher, lists


class _MultiValueFacet(sorting.FieldFacet):
    def __init__(self, fieldname: str) -> None:
        super().__init__(fieldname, allow_overlap=True)

    def categorizer(self, global_searcher):  # type: ignore[no-untyped-def]
        return _CachedOverlaps(global_searcher, self.fieldname)


def facet_set() -> sorting.Facets:
    """The Whoosh facets Dossier counts."""
    facets = sorting.Facets()
    for name in FACET_FIELDS:
        if name in MULTIVALUED:
            facets.add_facet(name, _MultiValueFacet(name))
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
