"""Snippets: short HTML-escaped passages with the matched words in <b>…</b>."""
from __future__ import annotations

import html
import re

from whoosh.highlight import ContextFragmenter, Formatter, get_text
from whoosh.searching import Results

SNIPPET_CHARS = 240
_SPACE = re.compile(r"\s+")


class SnippetFormatter(Formatter):
    """Marks matches with a bare <b>, escapes everything else, folds white space."""

    between = " … "

    def _text(self, text: str) -> str:
        return html.escape(_SPACE.sub(" ", text), quote=False)

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        return f"<b>{self._text(get_text(text, token, replace))}</b>"


def prepare(results: Results) -> None:
    """Make results produce Dossier snippets (also for matches deep inside long texts)."""
    # charlimit=None: Whoosh would otherwise only look at the first 32 KB.
    results.fragmenter = ContextFragmenter(maxchars=SNIPPET_CHARS, surround=90, charlimit=None)
    results.formatter = SnippetFormatter()


def plain(text: str) -> str:
    """The opening of a text as a snippet without marks."""
    return html.escape(_SPACE.sub(" ", text[: SNIPPET_CHARS * 2]).strip()[:SNIPPET_CHARS],
                       quote=False)
