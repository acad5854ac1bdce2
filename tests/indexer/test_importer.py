"""Import: every file ends imported, duplicate or failed; originals are kept byte-for-byte."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from indexer.archive import Archive
from indexer.filestore import sha256_file
from tests.conftest import write_pdf


def _text(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode(encoding))
    return path


def test_folder_import_accounts_for_every_file(archive: Archive, tmp_path: Path) -> None:
    src = tmp_path / "in"
    _text(src / "a.txt", "Treaty on the law of the sea\n\nThe parties agree.")
    _text(src / "sub" / "b.md", "# Notes on Tashkent\n\nMeetings in Tashkent.")
    write_pdf(src / "sub" / "c.pdf", ["First page about fisheries.", "Second page on shelves."])
    _text(src / "copy-of-a.txt", "Treaty on the law of the sea\n\nThe parties agree.")
    _text(src / "data.bin", "\x00\x01\x02")
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    _text(src / ".hidden.txt", "hidden files are skipped")

    report = archive.import_paths([src, tmp_path / "missing.txt"])

    imported = {Path(p).name for p, _ in report.imported}
    assert imported == {"a.txt", "b.md", "c.pdf"} or imported == {"copy-of-a.txt", "b.md", "c.pdf"}
    assert [Path(p).name for p, _ in report.duplicates] in (["copy-of-a.txt"], ["a.txt"])
    failed = {Path(p).name: reason for p, reason in report.failed}
    assert set(failed) == {"data.bin", "broken.pdf", "missing.txt"}
    assert all(reason.endswith(".") and len(reason) > 15 for reason in failed.values())
    assert "does not exist" in failed["missing.txt"]
    assert archive.count() == 3


def test_originals_are_stored_unchanged_and_pages_kept(archive: Archive, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "t.pdf", ["alpha page", "beta page", "gamma page"], title="XXI-10 CTC")
    report = archive.import_paths([pdf])
    (_, doc_id), = report.imported
    detail = archive.document(doc_id)
    assert Path(detail.stored_path).read_bytes() == pdf.read_bytes()
    assert detail.checksum == sha256_file(pdf)[0]
    assert detail.row.page_count == 3 and detail.row.kind == "pdf"
    texts = archive.page_texts(doc_id)
    assert "beta" in texts[1] and "gamma" in texts[2]


def test_reimport_reports_duplicates_with_the_existing_id(archive: Archive, tmp_path: Path) -> None:
    f = _text(tmp_path / "x.txt", "Some text about Baku and Tashkent.")
    first = archive.import_paths([f])
    again = archive.import_paths([f])
    assert again.imported == [] and again.duplicates == [(str(f), first.imported[0][1])]


def test_tags_are_applied_on_import(archive: Archive, tmp_path: Path) -> None:
    f = _text(tmp_path / "x.txt", "Text.")
    report = archive.import_paths([f], tags=["Region/Central Asia", "UN"])
    doc_id = report.imported[0][1]
    assert archive.document(doc_id).row.tags == ("Region/Central Asia", "UN")
    assert dict(archive.tags()) == {"Region/Central Asia": 1, "UN": 1}


def test_windows_1251_russian_text_is_decoded(archive: Archive, tmp_path: Path) -> None:
    text = "Договор о дружбе между Россией и Узбекистаном подписан в Ташкенте."
    f = _text(tmp_path / "ru.txt", text, "cp1251")
    doc_id = archive.import_paths([f]).imported[0][1]
    assert text in archive.page_texts(doc_id)[0]


def test_encrypted_pdf_needs_password_then_imports(archive: Archive, tmp_path: Path) -> None:
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Secret protocol on water sharing")
    path = tmp_path / "secret.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="pw1", owner_pw="own")
    first = archive.import_paths([path])
    assert first.needs_password == [str(path)] and "password" in first.failed[0][1]
    wrong = archive.import_paths([path], password="nope")
    assert "wrong" in wrong.failed[0][1].lower()
    ok = archive.import_paths([path], password="pw1")
    doc_id = ok.imported[0][1]
    assert "water sharing" in archive.page_texts(doc_id)[0]


def test_cancel_keeps_what_was_imported(archive: Archive, tmp_path: Path) -> None:
    files = [_text(tmp_path / f"{i}.txt", f"document number {i} about treaties") for i in range(30)]
    seen: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(done)

    report = archive.import_paths(files, cancel=lambda: max(seen, default=0) >= 5,
                                  progress=progress)
    assert report.cancelled
    assert 0 < archive.count() < 30
    assert archive.count() == len(report.imported)
    assert archive.check().ok


def test_collections_rename_and_bulk_tagging(archive: Archive, tmp_path: Path) -> None:
    files = [_text(tmp_path / f"{i}.txt", f"note {i} on the Aral Sea") for i in range(3)]
    ids = [i for _, i in archive.import_paths(files).imported]
    pack = archive.create_collection("Pack")
    archive.add_to_collection(pack.id, ids[:2])
    renamed = archive.rename_collection(pack.id, "Briefing pack")
    assert (renamed.uuid, renamed.count) == (pack.uuid, 2)
    archive.tag_documents(ids, ["Region/Central Asia"])
    assert archive.search("tag:region aral").total == 3


def _checkpoints(monkeypatch: pytest.MonkeyPatch, **settings: int) -> list[int]:
    """How many documents each index checkpoint of the imports to come holds (what the
    importer asks the writer to write as a segment), with the importer's settings given
    (a database group per document)."""
    from indexer import importer

    for name, value in {"FLUSH_FIRST_DOCS": 1, "FLUSH_EVERY_DOCS": 1, **settings}.items():
        monkeypatch.setattr(importer, name, value)
    sizes: list[int] = []
    commit = importer._IndexFeed.commit

    def counted(feed: importer._IndexFeed, merge: bool = True) -> None:
        if not merge and feed.ids:
            sizes.append(len(feed.ids))
        commit(feed, merge)

    monkeypatch.setattr(importer._IndexFeed, "commit", counted)
    return sizes


def _memos(folder: Path, count: int, topic: str) -> Path:
    for n in range(count):
        _text(folder / f"{n:02}.txt", f"Memo {n}\n\n{topic} number {n}.")
    return folder


def _segment_sizes(archive: Archive) -> list[int]:
    searcher = archive.index.searcher()
    return [sub.reader().doc_count_all() for sub, _ in searcher.leaf_searchers()]


def test_index_segments_grow_during_an_import(archive: Archive, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """An import writes its first index segment early and each next one twice as big (so a
    small import's segments are written while it still reads files)."""
    checkpoints = _checkpoints(monkeypatch, INDEX_FIRST_DOCS=2, INDEX_EVERY_DOCS=8)
    report = archive.import_paths([_memos(tmp_path / "in", 20, "Water rights")])
    assert len(report.imported) == 20
    assert checkpoints == [2, 4, 8]  # then the last 6 with the commit
    # (a writer that fell behind writes one segment for checkpoints waiting; each document
    # is in one segment: a team desk's catch-up does not index them again)
    assert sum(_segment_sizes(archive)) == 20
    assert archive.search("water", limit=50).total == 20


def test_database_groups_grow_from_a_small_first_one(archive: Archive, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The first documents are committed (and so reach the index writer) after a small group;
    each next group is twice as big, up to FLUSH_EVERY_DOCS, and the groups shrink again
    towards the end (the last documents do not reach the writer all at once)."""
    from indexer import importer

    groups: list[int] = []
    commit = importer._Run._commit

    def counted(run: importer._Run) -> None:
        groups.append(len(run.pending))
        commit(run)

    monkeypatch.setattr(importer._Run, "_commit", counted)
    monkeypatch.setattr(importer, "FLUSH_FIRST_DOCS", 2)
    monkeypatch.setattr(importer, "FLUSH_EVERY_DOCS", 8)
    monkeypatch.setattr(importer, "FLUSH_EVERY_SECONDS", 600.0)  # groups by count only
    assert len(archive.import_paths([_memos(tmp_path / "in", 80, "Fishing quota")]).imported) == 80
    peak = groups.index(8)
    assert groups[:peak + 1] == [2, 4, 8] and sum(groups) == 80
    assert groups[peak:] == sorted(groups[peak:], reverse=True)  # then only smaller
    assert groups[-1] == 2


def test_index_segments_shrink_towards_the_end(archive: Archive, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Near an import's end a segment is written once it holds half as many documents as
    there are files still to come (a third of what was left when it began), so the segment
    the import waits for at its end is a small one."""
    checkpoints = _checkpoints(monkeypatch, INDEX_FIRST_DOCS=16, INDEX_EVERY_DOCS=64,
                               INDEX_LAST_DOCS=4)
    assert len(archive.import_paths([_memos(tmp_path / "in", 80, "Grazing rights")]).imported) == 80
    assert checkpoints[0] == 16 and sum(checkpoints) < 80  # the rest goes with the commit
    assert checkpoints[1:] == sorted(checkpoints[1:], reverse=True) and checkpoints[1] < 32
    assert checkpoints[-1] <= 5
    assert sum(_segment_sizes(archive)) == 80
    assert archive.search("grazing", limit=100).total == 80


def test_a_file_changed_after_its_checksum_fails_alone(archive: Archive, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A file rewritten between its checksum and its reading is refused (the worker's copy
    does not match, nor does the importing process's), the others are stored, and no
    unfinished copy is left."""
    from indexer import importer

    files = [_text(tmp_path / f"{n}.txt", f"Memo {n} on water quotas") for n in range(6)]
    checksum_all = importer._Run.checksum_all

    def then_rewritten(run: importer._Run, paths: list[Any]) -> list[importer._Candidate]:
        found = checksum_all(run, paths)
        files[2].write_text("Rewritten meanwhile", encoding="utf-8")
        return found

    monkeypatch.setattr(importer._Run, "checksum_all", then_rewritten)
    report = archive.import_paths(files)
    assert len(report.imported) == 5
    ((path, error),) = report.failed
    assert path.endswith("2.txt") and "changed while it was being imported" in error
    assert archive.check().ok
