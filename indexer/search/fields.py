"""The names of the search index's fields, defined once."""
from __future__ import annotations

ID = "id"
BODY = "body"          # stems of title, pages, notes, marks, author and source (positions)
EXACT = "exact"        # the same words folded but unstemmed: exact form, prefix, fuzzy
TURKIC = "tstem"       # Uzbek/Azerbaijani stem readings, Latin spelling (positions)
NAMES = "names"        # cross-script name keys and their uninflected readings (positions)
TITLE = "title"
NOTES = "notes"
ANNOTATIONS = "annotations"
AUTHOR = "author"
SOURCE = "source"
TAGS = "tags"
KIND = "kind"
LANG = "lang"
STATUS = "status"
COUNTRIES = "countries"
DATE = "date"
YEAR = "year"
SORT_TITLE = "sort_title"
LAYOUT = "layout"      # stored: where the title, each page and the extras start in BODY
ANCHORS = "anchors"    # stored: per long page, (word number, character offset) pairs

# Fields a query may name, with the aliases people type.
TEXT_FIELDS = (TITLE, NOTES, ANNOTATIONS, AUTHOR, SOURCE)
FILTER_FIELDS = (TAGS, KIND, LANG, STATUS, COUNTRIES, DATE, YEAR)
CONTENT = "content"    # the query's name for the whole text (BODY and friends)
ALIASES = {
    "tag": TAGS, "language": LANG, "type": KIND, "annotation": ANNOTATIONS,
    "highlight": ANNOTATIONS, "note": NOTES, "text": CONTENT, "body": CONTENT,
    "publisher": SOURCE, "site": SOURCE, "country": COUNTRIES,
}
QUERY_FIELDS = frozenset({CONTENT, *TEXT_FIELDS, *FILTER_FIELDS})
# Positional fields whose postings locate a hit on its pages.
POSITIONAL = (BODY, TURKIC, NAMES)
FACETS = (TAGS, KIND, YEAR, LANG, COUNTRIES)
