"""The query language, parsed into a small tree: words, phrases, fields, ranges, AND/OR/NOT.

Written for text as people type and paste it: punctuation that holds no word is ignored, a
lone `*`, `?` or `~` is nothing to search for, curly quotes and guillemets are punctuation
(only the straight `"` makes a phrase), and the length and depth of a query are capped. A
query that cannot be understood raises QueryError with one sentence saying why.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from indexer.analysis import WORD_PATTERN
from indexer.errors import QueryError
from indexer.search import fields as F

MAX_CHARS = 2000      # longer queries are cut (with a notice)
MAX_UNITS = 64        # words and phrases searched at most (with a notice)
MAX_DEPTH = 16        # nested brackets
MAX_EDITS = 2         # fuzzy~N
OPERATORS = {"AND": "and", "OR": "or", "NOT": "not", "&&": "and", "||": "or"}
_INVISIBLE = re.compile("[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b-\x1f"
                        "\x7f]")
_LEX = re.compile(r'\s+|(?P<open>\()|(?P<close>\))|(?P<quote>[+-]?(?:\w+:)?"[^"]*"(?:~\d*)?'
                  r'(?:\^[\d.]+)?)|(?P<range>[+-]?\w+:[\[{][^\]}]*[\]}])|(?P<word>[^\s()"]+)')
_FIELD = re.compile(r"^([A-Za-z_]+):(?!//)(.*)$", re.S)
_SUFFIX = re.compile(r"^(?P<body>.*?)(?:~(?P<fuzzy>\d*))?(?:\^(?P<boost>\d+(?:\.\d+)?))?$", re.S)


@dataclass
class Word:
    """One word (or a prefix, pattern or fuzzy word) searched in a field."""

    text: str
    field: str = F.CONTENT
    prefix: bool = False
    pattern: bool = False      # holds * or ? inside
    edits: int = 0             # fuzzy: edit distance allowed
    boost: float = 1.0


@dataclass
class Phrase:
    """Words that must follow one another (within slop extra words)."""

    words: list[str]
    field: str = F.CONTENT
    slop: int = 0
    boost: float = 1.0


@dataclass
class Range:
    """A range of a date or year field; None is an open end."""

    field: str
    low: str | None
    high: str | None


@dataclass
class Group:
    """Children combined by "and" or "or"; implicit when nobody typed the operator."""

    op: str
    children: list[Node] = field(default_factory=list)
    implicit: bool = False


@dataclass
class Not:
    """Documents without the child."""

    child: Node


@dataclass
class Required:
    """+child: required even when the other words become optional."""

    child: Node


Node = Word | Phrase | Range | Group | Not | Required


@dataclass
class Parsed:
    """A parsed query and what was left out of it, if anything."""

    tree: Node
    notice: str | None = None


def parse(text: str) -> Parsed:
    """Parse a query. Raises QueryError with a sentence when it cannot be understood or has
    nothing to search for."""
    if not text.strip():
        raise QueryError("Type something to search for.")
    clean, notice = _clean(text)
    if '"' in clean and clean.count('"') % 2:
        raise QueryError("The query has a quotation mark that is not closed.")
    parser = _Parser(_lex(clean))
    tree = parser.parse()
    if parser.cut:
        notice = f"Only the first {MAX_UNITS} words of the query were searched."
    if tree is None:
        raise QueryError("The query has nothing to search for: type a word.")
    return Parsed(tree, notice)


def _clean(text: str) -> tuple[str, str | None]:
    notice = None
    if len(text) > MAX_CHARS:
        text, notice = text[:MAX_CHARS], f"Only the first {MAX_CHARS} characters were searched."
    text = _INVISIBLE.sub(" ", unicodedata.normalize("NFC", text))
    return text, notice


def _lex(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each token: open, close, quote, range, word."""
    tokens = []
    for match in _LEX.finditer(text):
        kind = match.lastgroup
        if kind is not None:
            tokens.append((kind, match.group()))
    return tokens


class _Parser:
    """Recursive descent over the tokens: or_expr := and_expr (OR and_expr)*."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0
        self.depth = 0
        self.units = 0
        self.cut = False

    def parse(self) -> Node | None:
        node = self._sequence()
        if self.at < len(self.tokens):  # a ")" with no "("
            raise QueryError("The query has an unmatched parenthesis.")
        return node

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _sequence(self) -> Node | None:
        """Units side by side: an implicit AND (explicit operators bind tighter, so
        `pipeline OR dams tag:energy` needs the tag and either word)."""
        children: list[Node] = []
        while (tok := self._peek()) and tok[0] != "close":
            if tok[0] == "word" and OPERATORS.get(tok[1]) in ("and", "or"):
                self.at += 1  # an operator with nothing before it
                continue
            node = self._or()
            if node is not None:
                children.append(node)
        if len(children) <= 1:
            return children[0] if children else None
        return Group("and", children, implicit=True)

    def _or(self) -> Node | None:
        return self._joined("or", self._and)

    def _and(self) -> Node | None:
        return self._joined("and", self._unary)

    def _joined(self, op: str, operand: Callable[[], Node | None]) -> Node | None:
        """operand (op operand)*: one Group of what is there, or the single operand."""
        parts = [operand()]
        while self._operator(op):
            parts.append(operand())
        kept = [p for p in parts if p is not None]
        if len(kept) <= 1:
            return kept[0] if kept else None
        return Group(op, kept)

    def _operator(self, name: str) -> bool:
        """Step over the operator if it comes next with a unit after it."""
        tok = self._peek()
        if not (tok and tok[0] == "word" and OPERATORS.get(tok[1]) == name):
            return False
        following = self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None
        self.at += 1
        return following is not None and following[0] != "close" and not (
            following[0] == "word" and OPERATORS.get(following[1]) in ("and", "or"))

    def _unary(self) -> Node | None:
        if self._peek() is None or self._peek()[0] == "close":  # type: ignore[index]
            return None
        kind, text = self.tokens[self.at]
        if kind == "word" and OPERATORS.get(text) == "not":
            self.at += 1
            if self._peek() is None or self._peek()[0] == "close":  # type: ignore[index]
                return None
            child = self._unary()
            return Not(child) if child is not None else None
        return self._atom()

    def _atom(self) -> Node | None:
        kind, text = self.tokens[self.at]
        self.at += 1
        if kind == "open":
            return self._bracketed(F.CONTENT)
        sign = ""
        if text[:1] in "+-" and len(text) > 1 and text[1] not in "+-":
            sign, text = text[0], text[1:]
        node = self._field_or_value(kind, text)
        if node is None or not sign:
            return node
        return Not(node) if sign == "-" else Required(node)

    def _bracketed(self, fieldname: str) -> Node | None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(f"The query nests brackets more than {MAX_DEPTH} deep.")
        node = self._sequence()
        if self._peek() is None:
            raise QueryError("The query has an unmatched parenthesis.")
        self.at += 1  # the ")"
        self.depth -= 1
        return _in_field(node, fieldname) if node is not None else None

    def _field_or_value(self, kind: str, text: str) -> Node | None:
        match = _FIELD.match(text)
        if match is None:
            return self._value(kind, text, F.CONTENT)
        name, rest = match.group(1), match.group(2)
        fieldname = F.ALIASES.get(name.lower(), name.lower())
        if fieldname not in F.QUERY_FIELDS:
            if not rest:  # "Re: meeting": a word followed by a colon
                return self._value("word", name, F.CONTENT)
            known = ", ".join(sorted(F.QUERY_FIELDS))
            raise QueryError(f"There is no field “{name}”; the fields are: {known}.")
        if rest:
            return self._value(kind, rest, fieldname)
        following = self._peek()
        if following is None or following[0] == "close":
            raise QueryError(f"“{name}:” needs something to search for after the colon.")
        self.at += 1
        if following[0] == "open":
            return self._bracketed(fieldname)
        return self._value(following[0], following[1], fieldname)

    def _value(self, kind: str, text: str, fieldname: str) -> Node | None:
        if kind == "range" or (text[:1] in "[{" and text[-1:] in "]}"):
            return _range(fieldname, text)
        if fieldname in (F.DATE, F.YEAR):
            return _single(fieldname, text)
        if fieldname in F.FILTER_FIELDS:
            value = text.strip().strip('"').strip()
            return Word(value, fieldname) if value else None
        if kind == "quote" or text.startswith('"'):
            return self._count(_phrase(text, fieldname))
        return self._count(_word(text, fieldname))

    def _count(self, node: Node | None) -> Node | None:
        if node is None:
            return None
        self.units += 1
        if self.units > MAX_UNITS:
            self.cut = True
            return None
        return node


def _in_field(node: Node, fieldname: str) -> Node:
    """node with every word and phrase searched in fieldname (title:(a b))."""
    if fieldname == F.CONTENT:
        return node
    if isinstance(node, (Word, Phrase)):
        node.field = fieldname
    elif isinstance(node, Group):
        node.children = [_in_field(c, fieldname) for c in node.children]
    elif isinstance(node, (Not, Required)):
        node.child = _in_field(node.child, fieldname)
    return node


def _word(text: str, fieldname: str) -> Node | None:
    """A typed word: punctuation around it dropped; several words in it make a phrase."""
    match = _SUFFIX.match(text)
    assert match is not None  # the pattern matches every string
    body = match.group("body")
    edits = 0
    if match.group("fuzzy") is not None:
        edits = min(int(match.group("fuzzy") or 1), MAX_EDITS)
    boost = _boost(match.group("boost"))
    if "*" in body or "?" in body:
        return _pattern(body, fieldname, boost)
    words = WORD_PATTERN.findall(body)
    if not words:
        return None
    if len(words) > 1:
        return Phrase(words, fieldname, boost=boost)
    return Word(words[0], fieldname, edits=edits if len(words[0]) > 1 else 0, boost=boost)


def _pattern(body: str, fieldname: str, boost: float) -> Node | None:
    """prefix* or a pattern with ? and *: needs a letter before the first wildcard."""
    stripped = body.strip(".,;:!&|'«»“”‘’")
    head = re.split(r"[*?]", stripped, maxsplit=1)[0]
    if not WORD_PATTERN.fullmatch(head or "-"):
        if not WORD_PATTERN.search(stripped):
            return None  # a lone * or ?: nothing to search for
        raise QueryError(f"“{body}”: a wildcard needs at least one letter before it, "
                         "as in negotiat*.")
    rest = stripped[len(head):]
    if rest == "*" or set(rest) == {"*"}:
        return Word(head, fieldname, prefix=True, boost=boost)
    return Word(stripped, fieldname, pattern=True, boost=boost)


def _phrase(text: str, fieldname: str) -> Node | None:
    match = re.fullmatch(r'"([^"]*)"(?:~(\d*))?(?:\^([\d.]+))?', text)
    if match is None:
        return _word(text.replace('"', " "), fieldname)
    words = WORD_PATTERN.findall(match.group(1))
    if not words:
        return None
    slop = min(int(match.group(2) or 1), 10) if match.group(2) is not None else 0
    if len(words) == 1:
        return Word(words[0], fieldname, boost=_boost(match.group(3)))
    return Phrase(words, fieldname, slop=slop, boost=_boost(match.group(3)))


def _boost(text: str | None) -> float:
    try:
        return min(max(float(text), 0.1), 10.0) if text else 1.0
    except ValueError:
        return 1.0


_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _range(fieldname: str, text: str) -> Range:
    if fieldname not in (F.DATE, F.YEAR):
        raise QueryError("Ranges work on date: and year: only, as in year:[2020 TO 2023].")
    inside = text.strip()[1:-1]
    parts = re.split(r"\s+to\s+|\s+TO\s+", inside.strip(), maxsplit=1)
    if len(parts) != 2:
        raise QueryError(f"“{text}” is not a range; write it as [2020 TO 2023].")
    low, high = (p.strip() or None for p in parts)
    for bound in (low, high):
        if bound is not None and not _DATE.match(bound):
            raise QueryError(f"“{bound}” is not a date; write a year, 2023-06 or 2023-06-19.")
    return Range(fieldname, low, high)


def _single(fieldname: str, text: str) -> Range:
    value = text.strip()
    for op, low, high in ((">=", True, False), ("<=", False, True), (">", True, False),
                          ("<", False, True)):
        if value.startswith(op):
            bound = value[len(op):]
            if not _DATE.match(bound):
                break
            return Range(fieldname, bound if low else None, bound if high else None)
    if not _DATE.match(value):
        raise QueryError(f"“{text}” is not a date; write a year, 2023-06 or 2023-06-19.")
    return Range(fieldname, value, value)
