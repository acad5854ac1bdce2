"""Parsing the user's query language into Whoosh queries."""
from __future__ import annotations

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldParser,
    OrGroup,
    QueryParser,
)
from whoosh.qparser.dateparse import DateParserPlugin

from indexer.errors import QueryError

# Searched when a word names no field.
DEFAULT_FIELDS = ["title", "content", "notes", "annotations", "tags", "author", "source"]
ALIASES = {
    "tags": ["tag"],
    "lang": ["language"],
    "kind": ["type"],
    "annotations": ["annotation", "highlight"],
    "notes": ["note"],
    "content": ["text", "body"],
    "source": ["publisher", "site"],
}
# A word found in more fields scores a little more; OR queries reward matching more words.
OR_COORD = 0.9


def make_parser(schema: Schema, conjunctive: bool) -> QueryParser:
    """A parser with fields, aliases, fuzzy~, prefix*, ranges and date: syntax."""
    group = AndGroup if conjunctive else OrGroup.factory(OR_COORD)
    parser = MultifieldParser(DEFAULT_FIELDS, schema, group=group)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    parser.add_plugin(FieldAliasPlugin(ALIASES))
    return parser


def parse(parser: QueryParser, text: str) -> wq.Query:
    """The query for text. Raises QueryError for an empty or unusable query."""
    if not text.strip():
        raise QueryError("Type something to search for.")
    try:
        q = parser.parse(text)
    except Exception as exc:  # Whoosh raises assorted errors on odd input
        raise QueryError(f"The query “{text}” could not be understood: {exc}.") from exc
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        raise QueryError(
            f"The query “{text}” has nothing to search for; check its quotes, brackets "
            "and field names."
        )
    _check_errors(q, text)
    return q


def _check_errors(q: wq.Query, text: str) -> None:
    for node in _leaves(q):
        if isinstance(node, wq.qcore._NullQuery):  # a part the parser gave up on
            continue
        error = getattr(node, "error", None)
        if error:
            raise QueryError(f"Part of the query “{text}” is not valid: {error}.")


def _leaves(q: wq.Query) -> list[wq.Query]:
    if q.is_leaf():
        return [q]
    out: list[wq.Query] = []
    for child in q.children():
        out.extend(_leaves(child))
    return out


def restrict_to_field(q: wq.Query, field: str) -> wq.Query:
    """The positive part of q that looks at one field (used to find pages)."""
    if isinstance(q, wq.Not):
        return wq.NullQuery
    if q.is_leaf():
        return q if getattr(q, "fieldname", None) == field else wq.NullQuery
    if isinstance(q, wq.AndNot):
        return restrict_to_field(q.a, field)
    return q.apply(lambda child: restrict_to_field(child, field)).normalize()


def as_disjunction(q: wq.Query) -> wq.Query:
    """q with every And turned into Or: pages hold some of the words, not always all."""
    if q.is_leaf():
        return q
    if isinstance(q, wq.And):
        return wq.Or([as_disjunction(c) for c in q.children()])
    return q.apply(as_disjunction)
