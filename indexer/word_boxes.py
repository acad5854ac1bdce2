"""Where a passage lies on a page whose text was recovered (OCR, repair): its stored word boxes."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.anchoring import _flexible
from indexer.models import Page
from indexer.pdf_geometry import _find_runs, _line_rects, _norm


def stored_word_rects(session: Session, doc_id: int, page: int, start: int, end: int
                      ) -> list[list[float]] | None:
    """Rectangles over text[start:end] of a recovered page, from its stored word boxes;
    None for a page whose text is the file's own (its boxes are in the file)."""
    row = session.execute(select(Page.text, Page.words).where(
        Page.document_id == doc_id, Page.number == page)).first()
    if row is None or not row.words:
        return None
    return word_rects(row.words, row.text, start, end)


def word_rects(words: list[list[Any]], text: str, start: int, end: int) -> list[list[float]]:
    """Rectangles over text[start:end] found in word boxes [x0, y0, x1, y1, word, block,
    line], one per line; the occurrence with the quote's rank in the text."""
    quote = text[start:end]
    if not quote.strip() or not words:
        return []
    rank = sum(1 for m in _flexible(quote).finditer(text) if m.start() < start)
    wanted = [w for w in (_norm(x) for x in quote.split()) if w]
    runs = _find_runs([_norm(str(w[4])) for w in words], wanted)
    if not runs:
        return []
    first, last = runs[min(rank, len(runs) - 1)]
    return _line_rects([(*w[:7], i) for i, w in enumerate(words[first:last])])
