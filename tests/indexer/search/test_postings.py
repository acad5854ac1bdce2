"""The segment writer's own posting path (indexer.search.postings) writes what Whoosh's would."""
from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields as wf
from whoosh.analysis import IDTokenizer, LowercaseFilter
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.qparser import QueryParser
from whoosh.writing import SegmentWriter

from indexer.search.writer import FastSegmentWriter
from indexer.search.writer import _index as index_terms

WORDS = [f"w{n}" for n in range(40)]


def _schema() -> wf.Schema:
    return wf.Schema(id=wf.ID(stored=True, unique=True), body=wf.TEXT(),
                     counts=wf.TEXT(phrase=False), kind=wf.ID(), tags=wf.KEYWORD())


def _docs(count: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        # w0 is in every document (several blocks of postings), the others ever rarer
        words = ["w0"] + [WORDS[min(int(rng.expovariate(0.15)), 39)]
                          for _ in range(rng.randint(1, 30))]
        docs.append({"id": str(n), "body": " ".join(words),
                     "counts": " ".join(rng.sample(WORDS, 3)),
                     "kind": rng.choice(["pdf", "text"]), "tags": rng.choice(["a b", "b", "c"])})
    return docs


def _index(folder: Path, docs: list[dict[str, str]], fast: bool, segments: int = 1) -> Any:
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(_schema())
    per = -(-len(docs) // segments)
    for start in range(0, len(docs), per):
        writer = (FastSegmentWriter(ix) if fast
                  else SegmentWriter(ix, codec=W3Codec(compression=1)))
        for doc in docs[start:start + per]:
            writer.add_document(**doc)
        writer.commit(merge=False)
    return ix


def _postings(ix: Any) -> dict[tuple[str, bytes], list[tuple[str, float, bytes]]]:
    """Every term's postings as (stored id, weight, value), with its figures checked."""
    out = {}
    with ix.searcher() as searcher:
        for sub, _ in searcher.leaf_searchers():
            reader = sub.reader()
            for fieldname, btext in reader.all_terms():
                matcher = reader.postings(fieldname, btext)
                found = []
                while matcher.is_active():
                    found.append((reader.stored_fields(matcher.id())["id"], matcher.weight(),
                                  matcher.value() or b""))
                    matcher.next()
                info = reader.term_info(fieldname, btext)
                if not reader.has_deletions():  # Whoosh's figures count deleted documents
                    assert info.doc_frequency() == len(found)
                    assert abs(info.weight() - sum(w for _, w, _ in found)) < 1e-3
                out.setdefault((fieldname, btext), []).extend(found)
    return {key: sorted(value) for key, value in out.items()}


@settings(max_examples=8, deadline=None)
@given(count=st.integers(min_value=1, max_value=400), seed=st.integers(0, 1000))
def test_a_segment_holds_what_whoosh_writes(tmp_path_factory: Any, count: int,
                                            seed: int) -> None:
    base = tmp_path_factory.mktemp("ix")
    docs = _docs(count, seed)
    ours, theirs = _index(base / "ours", docs, True), _index(base / "theirs", docs, False)
    assert _postings(ours) == _postings(theirs)


def test_scores_and_block_statistics_are_whoosh_own(tmp_path: Path) -> None:
    docs = _docs(700, 3)
    ours, theirs = _index(tmp_path / "ours", docs, True), _index(tmp_path / "theirs", docs, False)
    for text in ("w0", "w1 w7", "w3 OR w20", "w39"):
        results = []
        for ix in (ours, theirs):
            with ix.searcher() as searcher:
                query = QueryParser("body", ix.schema).parse(text)
                results.append([(hit["id"], round(hit.score, 4))
                                for hit in searcher.search(query, limit=50)])
        assert results[0] == results[1]
        assert results[0]
    with ours.searcher() as a, theirs.searcher() as b:
        ma, mb = a.reader().postings("body", b"w0"), b.reader().postings("body", b"w0")
        while ma.is_active():  # w0 spans several blocks: the same blocks, the same figures
            assert (ma.block_max_id(), ma.block_max_weight(), ma.block_min_length(),
                    ma.block_max_length()) == (mb.block_max_id(), mb.block_max_weight(),
                                               mb.block_min_length(), mb.block_max_length())
            ma.skip_to(ma.block_max_id() + 1)
            mb.skip_to(mb.block_max_id() + 1)
        assert not mb.is_active()


def test_merging_segments_keeps_every_posting(tmp_path: Path) -> None:
    docs = _docs(600, 5)
    ix = _index(tmp_path / "ix", docs, True, segments=4)
    writer = FastSegmentWriter(ix)
    writer.delete_by_term("id", "7")  # a segment with a deletion is merged too
    writer.delete_by_term("id", "420")
    writer.commit(merge=False)
    before = _postings(ix)
    writer = FastSegmentWriter(ix)
    writer.add_document(id="new", body="w0 w5 fresh", counts="w1", kind="pdf", tags="a")
    writer.commit(optimize=True)  # every segment, with Whoosh's own merge policy
    assert len(ix._segments()) == 1
    after = _postings(ix)
    assert [p[0] for p in after.pop(("body", b"fresh"))] == ["new"]
    expected = {key: sorted(value) for key, value in before.items()}
    for key, postings in expected.items():
        assert [p for p in after.get(key, []) if p[0] != "new"] == postings, key
    assert not any(p[0] in {"7", "420"} for postings in after.values() for p in postings)


def test_positions_are_stored_as_bytes_not_through_codecs(tmp_path: Path) -> None:
    """Whoosh's protocol 2 pickles store each posting's positions as text encoded back
    through codecs at every read; ours are plain bytes, and the segments smaller (though
    they inline more terms in the term table)."""
    docs = _docs(300, 9)
    ours, theirs = _index(tmp_path / "ours", docs, True), _index(tmp_path / "theirs", docs, False)
    sizes = []
    for folder in (tmp_path / "ours", tmp_path / "theirs"):
        postings = b"".join(p.read_bytes() for p in folder.glob("*.seg"))
        sizes.append(len(postings))
        if folder.name == "ours":
            assert b"_codecs" not in postings
    assert sizes[0] < sizes[1]
    assert _postings(ours) == _postings(theirs)


def test_the_writer_indexes_each_kind_of_field_as_whoosh_does() -> None:
    cases = [(wf.ID(), "doc 12"), (wf.ID(stored=True, unique=True), "Ўзбекистон"),
             (wf.ID(analyzer=IDTokenizer() | LowercaseFilter()), "MiXed"), (wf.DATETIME(sortable=True), datetime(2005, 1, 2)),
             (wf.KEYWORD(lowercase=True), "EN ru"), (wf.TEXT(), "Two words")]
    for field, value in cases:
        assert list(index_terms(field, value)) == list(field.index(value)), field
