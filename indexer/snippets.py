"""Snippets: short HTML-escaped passages with the matched words in <b>…</b>."""
from __future__ import annotations

import html
import re

from whoosh.analysis import Analyzer
from whoosh.highlight import ContextFragmenter, Formatter, get_text, highlight

from indexer.analysis import fold

SNIPPET_CHARS = 240
# Highlighting re-analyses the text it is given: in a long text, give it only the stretch
# where the query's words are densest.
WINDOW = 700
_SPACE = re.compile(r"\s+")


class SnippetFormatter(Formatter):
    """Marks matches with a bare <b>, escapes everything else, folds white space."""

    between = " … "

    def _text(self, text: str) -> str:
        return html.escape(_SPACE.sub(" ", text), quote=False)

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        return f"<b>{self._text(get_text(text, token, replace))}</b>"


def mark(text: str, words: frozenset[str], analyzer: Analyzer, top: int = 2) -> str:
    """text's best passages with words (index terms of analyzer) marked; "" if none occur.

    Given the words once per search: Whoosh's Hit.highlights() looks the query's terms up
    in the index again for every hit.
    """
    if not words or not text:
        return ""
    fragmenter = ContextFragmenter(maxchars=SNIPPET_CHARS, surround=90, charlimit=None)
    return str(highlight(text, words, analyzer, fragmenter, SnippetFormatter(), top=top,
                         mode="index"))


def plain(text: str) -> str:
    """The opening of a text as a snippet without marks."""
    return html.escape(_SPACE.sub(" ", text[: SNIPPET_CHARS * 2]).strip()[:SNIPPET_CHARS],
                       quote=False)


def focus(text: str, terms: frozenset[str]) -> str:
    """The stretch of a long text (about WINDOW characters) holding most query terms."""
    if len(text) <= 2 * WINDOW or not terms:
        return text
    best_start, best_score = 0, -1
    for start in range(0, len(text), WINDOW):
        chunk = fold(text[start:start + WINDOW + 100])
        score = sum(1 for term in terms if term in chunk)
        if score > best_score:
            best_start, best_score = start, score
            if score == len(terms):
                break
    return text[best_start:best_start + WINDOW + 100]
