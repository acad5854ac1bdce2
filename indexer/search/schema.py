"""The Whoosh schema: one record per document, its text fields analysed at import time."""
from __future__ import annotations

from typing import Any

from whoosh import fields as wf
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.formats import Frequency, Positions

from indexer.analysis import ANALYZER_VERSION
from indexer.search import fields as F
from indexer.search.prepare import Prepared
from indexer.search.tags import TagTokenizer

# Bump when a field changes; together with ANALYZER_VERSION it decides a rebuild.
SCHEMA_VERSION = 6
INDEX_VERSION = f"{SCHEMA_VERSION}.{ANALYZER_VERSION}"


class PreparedText(wf.FieldType):
    """A text field whose values come analysed (indexer.search.prepare): indexing only
    copies their postings; queries name its terms directly."""

    def __init__(self, positions: bool = True) -> None:
        self.analyzer = SpaceSeparatedTokenizer()
        self.format = Positions() if positions else Frequency()
        self.vector = None
        self.scorable = True
        self.stored = False
        self.unique = False

    def index(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, Prepared):
            return value.items
        return super().index(value, **kwargs)


def build_schema() -> wf.Schema:
    """Fields searched to rank documents; the texts themselves stay in SQLite."""
    return wf.Schema(**{
        F.ID: wf.ID(stored=True, unique=True),
        F.BODY: PreparedText(),
        F.EXACT: PreparedText(positions=False),
        F.TURKIC: PreparedText(),
        F.NAMES: PreparedText(),
        F.TITLE: PreparedText(),
        F.NOTES: PreparedText(),
        F.ANNOTATIONS: PreparedText(),
        F.AUTHOR: PreparedText(),
        F.SOURCE: PreparedText(),
        F.TAGS: wf.TEXT(analyzer=TagTokenizer(), phrase=False),
        F.KIND: wf.ID(),
        F.LANG: wf.KEYWORD(lowercase=True),  # the document's language and its pages' ones
        F.STATUS: wf.ID(),
        F.COUNTRIES: wf.KEYWORD(lowercase=True),
        F.DATE: wf.DATETIME(sortable=True),
        F.YEAR: wf.ID(),  # four digits: ranges compare as text
        F.SORT_TITLE: wf.ID(sortable=True),
        F.LAYOUT: wf.STORED(),
        F.ANCHORS: wf.STORED(),
    })
