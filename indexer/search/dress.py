"""Search hits dressed with what the database knows: title, kind, tags, and a snippet cut from
the text of each hit's best page."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from indexer.models import Annotation, Document, Note, Page, Tag, document_tags
from indexer.search.locate import Located
from indexer.search.results import SearchHit
from indexer.search.snippets import mark_words, plain, snippet


def dress(session: Session, ranked: list[tuple[int, float]], located: dict[int, Located],
          wanted: Callable[[str], bool], some_words: Collection[int] = ()) -> list[SearchHit]:
    """SearchHits for (document id, score) pairs, in order; documents deleted since the index
    was written are left out. located is keyed by document id; wanted() tells the words to
    mark in notes when only the notes match; some_words, the documents holding only some of
    the query's words."""
    ids = [doc_id for doc_id, _ in ranked]
    rows = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(ids)))}
    tags = _tags_of(session, ids)
    best = {i: located[i].best_page() if i in located else None for i in ids}
    texts = _page_texts(session, [(i, best[i] or 1) for i in ids if i in rows])
    out = []
    for doc_id, score in ranked:
        doc = rows.get(doc_id)
        if doc is None:
            continue
        where = located.get(doc_id, Located())
        page_hits = where.page_hits()
        text = texts.get((doc_id, best[doc_id] or 1), "")
        page = best[doc_id]
        found = (snippet(text, where.pages[page], where.anchors.get(page, ()))
                 if page is not None else "")
        if not found and where.extras:
            found = _extras_snippet(session, doc_id, wanted)
        out.append(SearchHit(
            id=doc_id, title=doc.title, score=score, pages=[p for p, _ in page_hits],
            snippet=found or plain(text), kind=doc.kind, language=doc.language,
            tags=tags.get(doc_id, []), page_hits=page_hits, published=doc.published,
            some_words=doc_id in some_words))
    return out


def _tags_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(document_tags.c.document_id, Tag.name)
        .join(Tag, Tag.id == document_tags.c.tag_id)
        .where(document_tags.c.document_id.in_(ids)).order_by(Tag.name))
    for doc_id, name in rows:
        tags[doc_id].append(name)
    return tags


def _page_texts(session: Session, wanted: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The text of each (document, page)."""
    if not wanted:
        return {}
    pairs = set(wanted)
    # Both columns of the pages index narrowed by IN: a few extra rows at most, fetched in
    # one indexed lookup (a row-value IN scans every page of the archive).
    rows = session.execute(
        select(Page.document_id, Page.number, Page.text)
        .where(Page.document_id.in_({d for d, _ in pairs}),
               Page.number.in_({n for _, n in pairs})))
    return {(d, n): t for d, n, t in rows if (d, n) in pairs}


def _extras_snippet(session: Session, doc_id: int, wanted: Callable[[str], bool]) -> str:
    """The notes or marks of a document that hold the query's words, marked."""
    notes = session.scalars(select(Note.text).where(Note.document_id == doc_id))
    marks = session.execute(select(Annotation.quote, Annotation.comment)
                            .where(Annotation.document_id == doc_id))
    texts = [*notes, *(f"{quote} {comment}" for quote, comment in marks)]
    for text in texts:
        found = mark_words(text, wanted)
        if found:
            return found
    return ""
