"""The whole shared corpus imports with every file accounted for; hostile PDFs get clear results."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.rows import ImportReport

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, ImportReport]]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    with Archive.open(tmp_path_factory.mktemp("corpus") / "archive") as archive:
        yield archive, archive.import_paths([CORPUS])


def test_every_file_is_accounted_for(imported: tuple[Archive, ImportReport], corpus: Path) -> None:
    archive, report = imported
    files = {str(p) for p in corpus.rglob("*") if p.is_file() and not p.name.startswith(".")}
    seen = [p for p, _ in report.imported] + [p for p, _ in report.duplicates] + [
        p for p, _ in report.failed]
    assert sorted(seen) == sorted(files)
    assert archive.count() == len(report.imported)
    assert archive.check().ok


def test_every_hostile_pdf_gets_a_clear_result(imported: tuple[Archive, ImportReport],
                                               corpus: Path) -> None:
    _, report = imported
    bad = str(corpus / "badpdfs")
    failed = {p: e for p, e in report.failed if p.startswith(bad)}
    for path, error in failed.items():
        assert Path(path).name in error and error.endswith("."), error
        assert "Traceback" not in error and "Error(" not in error
    encrypted = [p for p in failed if "password" in failed[p]]
    assert len(encrypted) >= 20
    assert not [e for e in failed.values() if "crashed" in e or "longer than" in e]


def test_broken_text_layers_are_flagged(imported: tuple[Archive, ImportReport]) -> None:
    archive, report = imported
    status = {Path(p).name: archive.document(i).row.text_status for p, i in report.imported}
    assert status["bbnj-agreement-2023-ru.pdf"] == "garbled"
    assert status["bbnj-agreement-2023-en.pdf"] == "ok"
    assert status["1947-10-08_Sixth_Commitee_Letter.pdf"] == "no_text"
    assert archive.search("kind:pdf ɋɈȽɅȺɒȿɇɂȿ").total == 0  # garbage is not indexed


def test_real_queries_over_the_corpus(imported: tuple[Archive, ImportReport]) -> None:
    archive, _ = imported
    unclos = archive.search('"continental shelf" kind:pdf', limit=5)
    assert unclos.hits and all(h.pages for h in unclos.hits)
    assert "Convention on the Law of the Sea" in unclos.hits[0].title
    seed = archive.search("Uzbekistan Azerbaijan green energy corridor", limit=3)
    assert "Uzbekistan and Azerbaijan" in seed.hits[0].title
    assert archive.search("Mirziyoyev", limit=3).total >= 1
    long_query = "what did the chancellor say about the budget and taxes before the election"
    answer = archive.search(long_query, limit=10)
    # Few documents hold every word; the best of those holding some of them fill the page.
    assert answer.all_words and 0 < answer.total < 10 and len(answer.hits) == 10
