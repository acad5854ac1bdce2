"""The Whoosh schemas: one record per document, one per page of multi-page documents."""
from __future__ import annotations

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

from indexer.analysis import ANALYZER_VERSION, exact_analyzer, keyword_analyzer
from indexer.translit import NameKeyTokenizer

# Bump when a field changes; together with ANALYZER_VERSION it decides a rebuild.
SCHEMA_VERSION = 4
INDEX_VERSION = f"{SCHEMA_VERSION}.{ANALYZER_VERSION}"

DOCS = "docs"
PAGES = "pages"

TITLE_BOOST = 3.0
NOTES_BOOST = 1.5


def docs_schema() -> Schema:
    """Fields searched to rank documents; the texts themselves stay in SQLite.

    Words are indexed folded but unstemmed; stemming happens at query time
    (indexer.variations), so prefix, fuzzy and exact queries see the real words.
    `xlat` holds the cross-script name keys of the title and content (indexer.translit).
    """
    text = exact_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=text, field_boost=TITLE_BOOST),
        content=TEXT(analyzer=text),
        xlat=TEXT(analyzer=NameKeyTokenizer(), phrase=False),
        notes=TEXT(analyzer=text, field_boost=NOTES_BOOST),
        annotations=TEXT(analyzer=text),
        author=TEXT(analyzer=text),
        source=TEXT(analyzer=text),
        tags=TEXT(analyzer=keyword_analyzer(), phrase=False),
        kind=ID(),
        lang=KEYWORD(lowercase=True),  # the document's language and its pages' ones
        status=ID(),
        countries=KEYWORD(lowercase=True),
        date=DATETIME(sortable=True),
        year=NUMERIC(int, bits=16, signed=False),
        sort_title=ID(sortable=True),
    )


def pages_schema() -> Schema:
    """One record per page of a multi-page document: which pages a hit is on."""
    return Schema(
        id=ID(unique=True),
        doc=ID(stored=True),
        page=NUMERIC(int, stored=True),
        content=TEXT(analyzer=exact_analyzer()),
        xlat=TEXT(analyzer=NameKeyTokenizer(), phrase=False),
    )
