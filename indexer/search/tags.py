"""The tag field's tokenizer: hierarchical tags indexed with their ancestors."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer

from indexer.analysis import normalize_tag, tag_paths

_TAG = re.compile(r"[^,\n]+")  # a tag: anything between commas and newlines


class TagTokenizer(Tokenizer):
    """Tags separated by commas or newlines, each folded whole; at index time a tag
    "Region/Central Asia" also yields its ancestors, so tag:region finds every sub-tag."""

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __hash__(self) -> int:
        return hash(self.__class__.__name__)

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs: Any
                 ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        texts = [normalize_tag(value)] if not tokenize else [
            text for match in _TAG.finditer(value)
            for text in (tag_paths(match.group())[:1] if mode == "query"
                         else tag_paths(match.group()))]
        for pos, text in enumerate(dict.fromkeys(t for t in texts if t), start_pos):
            token.text, token.boost, token.stopped, token.pos = text, 1.0, False, pos
            yield token

