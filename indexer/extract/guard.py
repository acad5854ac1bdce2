"""Keep what any extractor returns storable: no lone surrogates, text under a size limit."""
from __future__ import annotations

import re

from indexer.extract.text import MAX_TEXT_BYTES
from indexer.extract.types import Extracted

# Characters, not bytes: the limit of a text file's bytes, for every other format.
MAX_TEXT_CHARS = MAX_TEXT_BYTES
_SURROGATE = re.compile("[\ud800-\udfff]")


def guarded(result: Extracted, limit: int = MAX_TEXT_CHARS) -> Extracted:
    """result with its text cut after limit characters (with a warning saying so) and every
    lone surrogate (which SQLite and UTF-8 refuse) replaced by U+FFFD. Changes result."""
    _cap_pages(result, limit)
    result.pages = [_clean(page) for page in result.pages]
    for name in ("title", "author", "source", "published"):
        value = getattr(result, name)
        if value is not None:
            setattr(result, name, _clean(value))
    result.metadata = {_clean(k): _clean(v) if isinstance(v, str) else v
                       for k, v in result.metadata.items()}
    result.warnings = [_clean(w) for w in result.warnings]
    result.annotations = [{k: _clean(v) if isinstance(v, str) else v for k, v in a.items()}
                          for a in result.annotations]
    return result


def _cap_pages(result: Extracted, limit: int) -> None:
    total = sum(len(page) for page in result.pages)
    if total <= limit:
        return
    kept: list[str] = []
    room = limit
    for page in result.pages:
        if room <= 0:
            break
        kept.append(page[:room])
        room -= len(kept[-1])
    result.pages = kept
    if result.page_languages:
        result.page_languages = result.page_languages[:len(kept)]
    result.warnings.append(f"The text is {total:,} characters long: only the first {limit:,} "
                           "were indexed; the original is kept whole.")


def _clean(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
