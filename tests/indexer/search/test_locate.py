"""Page hits and snippets come from the positions in the index, long pages included."""
from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import WORD_PATTERN
from indexer.archive import Archive
from indexer.search.prepare import CHUNK_CHARS, _positions
from indexer.search.snippets import snippet

WORDS = "treaty sea shelf basin water delimitation embassy, pipeline; (quota) non-governmental".split()


def _long_text(n_words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + ("\n" if rng.random() < 0.05 else "")
                    for _ in range(n_words))


def test_reading_a_long_text_in_pieces_finds_the_same_words() -> None:
    text = _long_text(20_000)
    assert len(text) > 4 * CHUNK_CHARS
    anchors: dict[int, list[tuple[int, int]]] = {}
    whole = _positions([text])
    assert _positions([text], [0], anchors) == whole
    spans = [m.start() for m in WORD_PATTERN.finditer(text)]
    # Reading from an anchor's offset, the first word found is the anchor's word.
    assert anchors[0] and all(next(WORD_PATTERN.finditer(text, c)).start() == spans[w]
                              for w, c in anchors[0])


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab c\n\t.-ʻ'ё"), min_size=0, max_size=3 * CHUNK_CHARS))
def test_pieces_never_change_the_words(text: str) -> None:
    anchors: dict[int, list[tuple[int, int]]] = {}
    assert _positions([text], [0], anchors) == _positions([text])


def test_a_snippet_deep_in_a_long_page_marks_its_word(tmp_path: Path) -> None:
    body = _long_text(30_000)
    note = tmp_path / "long.txt"
    note.write_text(f"Long memo\n\n{body} zanzibar {body[:2000]}", encoding="utf-8")
    with Archive.open(tmp_path / "arch") as arch:
        arch.import_paths([note])
        (hit,) = arch.search("zanzibar").hits
    assert "<b>zanzibar</b>" in hit.snippet
    assert hit.page_hits == [(1, 1)]


def test_snippet_with_anchors_equals_snippet_without() -> None:
    text = _long_text(5_000)
    spans = list(WORD_PATTERN.finditer(text))
    marked = {4000, 4003}
    anchors: dict[int, list[tuple[int, int]]] = {}
    _positions([text], [0], anchors)
    assert snippet(text, marked, anchors.get(0, [])) == snippet(text, marked)
    assert f"<b>{spans[4000].group()}</b>" in snippet(text, marked)
