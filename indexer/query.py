"""Parsing the user's query language into Whoosh queries."""
from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldParser,
    OrGroup,
    PlusMinusPlugin,
    QueryParser,
)
from whoosh.qparser.dateparse import DateParserPlugin

from indexer.analysis import ScriptStemFilter
from indexer.bm25f import pool_fields
from indexer.countries import country_code
from indexer.errors import QueryError
from indexer.stopwords import drop_stopwords
from indexer.variations import expand_stems

# Searched when a word names no field (content also holds notes, annotations, author, source).
DEFAULT_FIELDS = ["title", "content", "tags"]
ALIASES = {
    "tags": ["tag"],
    "lang": ["language"],
    "kind": ["type"],
    "annotations": ["annotation", "highlight"],
    "notes": ["note"],
    "content": ["text", "body"],
    "source": ["publisher", "site"],
    "countries": ["country"],
}
# Fields that narrow a search rather than rank it: they stay required in "most words" mode.
FILTER_FIELDS = frozenset({"tags", "lang", "kind", "status", "date", "year", "countries"})
# A word found in more fields scores a little more; OR queries reward matching more words.
OR_COORD = 0.9


def make_parser(schema: Schema, conjunctive: bool) -> QueryParser:
    """A parser with fields, aliases, fuzzy~, prefix*, ranges and date: syntax."""
    group = AndGroup if conjunctive else OrGroup.factory(OR_COORD)
    parser = MultifieldParser(DEFAULT_FIELDS, schema, group=group)
    parser.add_plugin(FuzzyTermPlugin())
    # +must -mustnot as in web search engines; a hyphen inside a word stays a hyphen.
    parser.add_plugin(PlusMinusPlugin(r"(?<![^\s(])\+(?=\S)", r"(?<![^\s(])-(?=\S)"))
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    parser.add_plugin(FieldAliasPlugin(ALIASES))
    return parser


_FIELD = re.compile(r"(?<![\w:/.])([A-Za-z_]+):(?!//)(\S?)")
_QUOTED = re.compile(r'"[^"]*"')


def field_names(schema: Schema) -> set[str]:
    """Every field name and alias a query may use."""
    names = set(schema.names())
    for aliases in ALIASES.values():
        names.update(aliases)
    return names


def check_syntax(text: str, fields: set[str]) -> None:
    """Raise QueryError with a precise sentence for the common ways a query is malformed."""
    if not text.strip():
        raise QueryError("Type something to search for.")
    if text.count('"') % 2:
        raise QueryError("The query has a quotation mark that is not closed.")
    bare = _QUOTED.sub("Q", text)
    for opening, closing, what in (("(", ")", "parenthesis"), ("[", "]", "bracket")):
        if not _balanced(bare, opening, closing):
            raise QueryError(f"The query has an unmatched {what}.")
    for match in _FIELD.finditer(bare):
        name, following = match.group(1), match.group(2)
        if name.lower() not in fields:
            known = ", ".join(sorted(f for f in fields if f not in ("id", "status")))
            raise QueryError(f"There is no field “{name}”; the fields are: {known}.")
        if not following or following == ")":
            raise QueryError(f"“{name}:” needs something to search for after the colon.")


def _balanced(text: str, opening: str, closing: str) -> bool:
    depth = 0
    for char in text:
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


class QueryBuilder:
    """Turns the user's text into the two queries search runs: all words, and most words."""

    def __init__(self, schema: Schema) -> None:
        self._all = make_parser(schema, conjunctive=True)
        self._any = make_parser(schema, conjunctive=False)
        self._fields = field_names(schema)
        self._stemmer = ScriptStemFilter()

    def build(self, text: str) -> tuple[wq.Query, wq.Query]:
        """(every word required, any word with field filters still required).

        Raises QueryError for an empty or malformed query.
        """
        check_syntax(text, self._fields)
        q_all = country_codes(drop_stopwords(parse(self._all, text)))
        q_any = country_codes(relax(drop_stopwords(parse(self._any, text, normalize=False))))
        return (pool_fields(expand_stems(q_all, self._stemmer)).normalize(),
                pool_fields(expand_stems(q_any, self._stemmer)).normalize())


def relax(q: wq.Query) -> wq.Query:
    """Keep filters (kind:, lang:, tag:, dates, NOT) required; other words become optional."""
    if not isinstance(q, wq.Or):
        return q
    required = [c for c in q.children()
                if isinstance(c, wq.Not) or _fields_of(c) <= FILTER_FIELDS]
    optional = [c for c in q.children() if c not in required]
    if not required or not optional:
        return q
    words = optional[0] if len(optional) == 1 else wq.Or(optional, scale=OR_COORD)
    return wq.And([*required, words])


def country_codes(q: wq.Query) -> wq.Query:
    """country: filters by any name of the country (Azerbaijan, Азербайджан, az) or code.

    Raises QueryError for a name no country has.
    """
    if isinstance(q, (wq.Term, wq.Phrase)) and q.fieldname == "countries":
        name = q.text if isinstance(q, wq.Term) else " ".join(q.words)
        code = country_code(name)
        if code is None:
            raise QueryError(f"“{name}” is not a country Dossier knows; try its English name "
                             "or its two-letter code.")
        return wq.Term("countries", code.lower(), boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(country_codes)


def _fields_of(q: wq.Query) -> set[str]:
    return {getattr(leaf, "fieldname", None) or "" for leaf in _leaves(q)}


def parse(parser: QueryParser, text: str, normalize: bool = True) -> wq.Query:
    """Parse text with parser. Raises QueryError when nothing usable remains."""
    try:
        q = parser.parse(text, normalize=normalize)
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


def restrict_to_fields(q: wq.Query, fields: frozenset[str]) -> wq.Query:
    """The positive part of q that looks at these fields (used to find pages)."""
    if isinstance(q, wq.Not):
        return wq.NullQuery
    if q.is_leaf():
        return q if getattr(q, "fieldname", None) in fields else wq.NullQuery
    if isinstance(q, wq.AndNot):
        return restrict_to_fields(q.a, fields)
    return q.apply(lambda child: restrict_to_fields(child, fields)).normalize()


def as_disjunction(q: wq.Query) -> wq.Query:
    """q with every And turned into Or: pages hold some of the words, not always all."""
    if q.is_leaf():
        return q
    if isinstance(q, wq.And):
        return wq.Or([as_disjunction(c) for c in q.children()])
    return q.apply(as_disjunction)
