"""Text analysed in the import's workers indexes exactly as the importing process would."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.extract.types import Extracted
from indexer.import_worker import extract_and_prepare
from indexer.search.prepare import unpack_fields

TEXTS = {
    "a.txt": "Fisheries of the High Seas\n\nQuotas for Norway and Россия on the continental "
             "shelf; Azerbaijan signed.",
    "b.md": "# Pipeline\n\nOʻzbekiston Respublikasi va Azərbaycan — the Caspian pipeline.",
    "c.txt": "Ташкент\n\nПрезидент Мирзиёев принял делегацию в Ташкенте.",
}
QUERIES = ["fisheries", "Tashkent", "country:az", "pipeline", '"continental shelf"', "Россия"]


def test_the_worker_prepares_text_fields_and_countries(tmp_path: Path) -> None:
    note = tmp_path / "a.txt"
    note.write_text(TEXTS["a.txt"], encoding="utf-8")
    result = extract_and_prepare(note)
    assert isinstance(result, Extracted) and result.prepared is not None
    assert {"body", "exact", "names"} <= set(unpack_fields(result.prepared["fields"]))
    assert {"NO", "AZ"} <= set(result.prepared["countries"])


def test_imported_and_rebuilt_indexes_answer_alike(tmp_path: Path) -> None:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Archive.open(tmp_path / "arch") as arch:
        arch.import_paths([tmp_path / name for name in TEXTS])
        imported = {q: arch.search(q, facets=True) for q in QUERIES}
        arch.reindex()
        for query, before in imported.items():
            after = arch.search(query, facets=True)
            assert before.total == after.total > 0, query
            assert [(h.id, h.snippet, h.page_hits) for h in before.hits] == [
                (h.id, h.snippet, h.page_hits) for h in after.hits], query
            assert before.facets == after.facets, query


def test_the_worker_dates_the_document_and_the_import_keeps_its_date(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer import new_documents

    memo = tmp_path / "memo.txt"
    memo.write_text("Memorandum on transit\n\nThe parties agree on transit fees.\n\n"
                    "Done at Baku on 14 March 2019.", encoding="utf-8")
    result = extract_and_prepare(memo)
    assert result.dated == ("2019-03-14", "text:p1")

    def not_again(*args: object) -> None:
        raise AssertionError("the importing process dated the document again")

    monkeypatch.setattr(new_documents, "choose_date", not_again)
    with Archive.open(tmp_path / "arch") as arch:
        (doc_id,) = [i for _, i in arch.import_paths([memo]).imported]
        detail = arch.document(doc_id)
    assert (detail.row.published, detail.row.date_source) == ("2019-03-14", "text:p1")
