"""`.dossier` bundles: a faithful round trip, idempotent merges, conflicts, hostile bundles."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from indexer.archive import Archive
from indexer.errors import Cancelled
from indexer.export import BundleLimits, BundleRefused, ExportSelection
from indexer.migrations import SCHEMA_VERSION
from indexer.models import Annotation, Collection, Document, Note, Tag, collection_documents
from tests.conftest import write_pdf
from tests.indexer.export.conftest import Sample, build_sample


@pytest.fixture(scope="module")
def bundle(sample: Sample, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "pack"
    ids = (sample.pdf, sample.text, sample.md, sample.locked)
    report = sample.archive.export(ExportSelection(ids=ids), "bundle", out)
    assert report.written == [out.with_name("pack.dossier")] and report.documents == 4
    return report.written[0]


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Archive]:
    arch = Archive.open(tmp_path / "target")
    yield arch
    arch.close()


def contents(archive: Archive) -> dict[str, Any]:
    """Everything a bundle carries, keyed by uuid (tags by name), without local ids."""
    with archive.sessions() as s:
        docs = {d.uuid: (d.checksum, d.title, d.kind, d.source, d.author, d.published,
                         d.date_source, d.language, d.page_count, d.original_name,
                         d.text_status, tuple((p.text, p.language, p.text_source,
                                               p.ocr_confidence, p.words) for p in d.pages),
                         tuple(sorted(t.name for t in d.tags)))
                for d in s.scalars(select(Document))}
        notes = {n.uuid: (n.document.uuid, n.text, n.created_at, n.modified_at)
                 for n in s.scalars(select(Note))}
        marks = {a.uuid: (a.document.uuid, a.kind, a.page, a.rects, a.quote, a.prefix,
                          a.suffix, a.start, a.end, a.color, a.comment, a.orphaned,
                          a.created_at, a.modified_at) for a in s.scalars(select(Annotation))}
        tags = {t.name: (t.uuid, t.color) for t in s.scalars(select(Tag))}
        members = s.execute(select(Collection.uuid, Collection.name, Document.uuid)
                            .join(collection_documents,
                                  collection_documents.c.collection_id == Collection.id)
                            .join(Document, Document.id == collection_documents.c.document_id)
                            .order_by(collection_documents.c.position))
        collections: dict[str, list[str]] = {}
        for c_uuid, name, d_uuid in members:
            collections.setdefault(f"{c_uuid} {name}", []).append(d_uuid)
    return {"documents": docs, "notes": notes, "annotations": marks, "tags": tags,
            "collections": collections}


def state(archive: Archive) -> tuple[str, list[tuple[str, str]], int]:
    """A full dump of the database, the stored files with checksums, and the index size."""
    with sqlite3.connect(archive.paths.database) as con:
        dump = "\n".join(con.iterdump())
    files = sorted((str(p.relative_to(archive.paths.files_dir)),
                    hashlib.sha256(p.read_bytes()).hexdigest())
                   for p in archive.paths.files_dir.rglob("*") if p.is_file())
    return dump, files, archive.index.doc_count()


def test_round_trip_keeps_everything(sample: Sample, bundle: Path, target: Archive) -> None:
    report = target.import_bundle(bundle)
    assert (report.documents_new, report.annotations_new, report.notes_new) == (4, 10, 1)
    assert report.tags_new == 3 and report.collections_new == 1 and report.conflicts == []
    assert contents(target) == contents(sample.archive)
    for row in target.documents():
        detail = target.document(row.id)
        stored = Path(detail.stored_path).read_bytes()
        assert hashlib.sha256(stored).hexdigest() == detail.checksum  # byte-identical
    assert [h.title for h in target.search("Tashkent").hits] == [
        "Fish & Ships: 100% legal_stuff {draft}"]
    assert target.search("сотрудничестве").total == 1
    assert target.search("annotation:venue").total == 1
    assert target.check().ok


def test_reimport_changes_nothing(bundle: Path, target: Archive) -> None:
    target.import_bundle(bundle)
    before = state(target)
    again = target.import_bundle(bundle)
    assert again.new == 0 and again.changed == 0 and again.documents_matched == 4
    assert state(target) == before


def test_merge_matches_documents_by_checksum_and_tags_by_name(
        sample: Sample, bundle: Path, target: Archive) -> None:
    stored = Path(sample.archive.document(sample.pdf).stored_path)
    copy = target.paths.root.parent / "unclos.pdf"
    copy.write_bytes(stored.read_bytes())
    local_id = target.import_paths([copy], tags=["region/central asia"]).imported[0][1]
    report = target.import_bundle(bundle)
    assert (report.documents_new, report.documents_matched) == (3, 1)
    assert target.count() == 4
    assert len(target.annotations(local_id)) == 7  # the marks joined the local document
    assert sorted(name for name, _ in target.tags()) == ["Fisheries", "Region",
                                                         "region/central asia"]


def test_conflicting_edits_keep_the_newer_and_are_reported(tmp_path: Path) -> None:
    source = build_sample(tmp_path / "a")
    try:
        first = source.archive.export(ExportSelection(ids=(source.pdf,)), "bundle",
                                      tmp_path / "one.dossier").written[0]
        with Archive.open(tmp_path / "b") as other:
            other.import_bundle(first)
            [pdf] = [r.id for r in other.documents()]
            by_uuid = {m.uuid: m for m in other.annotations(pdf)}
            green = next(m for m in source.archive.annotations(source.pdf)
                         if m.comment.startswith("key"))
            other.update_annotation(pdf, by_uuid[green.uuid].id, comment="edited in B")
            note = other.document(pdf).notes[0]
            source.archive.update_annotation(source.pdf, green.id, comment="edited in A later")
            other.update_note(pdf, note.id, "note edited in B, later than A")
            second = source.archive.export(ExportSelection(ids=(source.pdf,)), "bundle",
                                           tmp_path / "two.dossier").written[0]
            report = other.import_bundle(second)
            kept = {(c.what, c.kept) for c in report.conflicts}
            assert kept == {("annotation", "bundle"), ("note", "archive")}
            assert report.annotations_updated == 1 and report.notes_updated == 0
            marks = {m.uuid: m for m in other.annotations(pdf)}
            assert marks[green.uuid].comment == "edited in A later"
            assert other.document(pdf).notes[0].text == "note edited in B, later than A"
            assert other.search("annotation:later").total == 1  # re-indexed
    finally:
        source.archive.close()


# --- hostile bundles ------------------------------------------------------------------------
def _members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _zip(members: dict[str, bytes], path: Path, manifest: Callable[[dict[str, Any]], None]
         | None = None, relist: bool = True) -> Path:
    """A bundle of these members; the manifest is re-listed to match them unless relist=False."""
    data = json.loads(members["manifest.json"])
    if relist:
        data["files"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                         for n, b in members.items() if n != "manifest.json"}
    if manifest:
        manifest(data)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, raw in members.items():
            if name != "manifest.json":
                zf.writestr(name, raw)
        zf.writestr("manifest.json", json.dumps(data))
    return path


def newer_schema(bundle: Path, out: Path) -> Path:
    return _zip(_members(bundle), out,
                lambda m: m.update(schema_version=SCHEMA_VERSION + 1))


def newer_format(bundle: Path, out: Path) -> Path:
    return _zip(_members(bundle), out, lambda m: m.update(bundle_version=99))


def broken_zip(bundle: Path, out: Path) -> Path:
    raw = bundle.read_bytes()
    out.write_bytes(raw[:len(raw) // 2])
    return out


def not_a_zip(bundle: Path, out: Path) -> Path:
    out.write_bytes(b"%PDF-1.7 this is no bundle at all" * 100)
    return out


def wrong_checksum(bundle: Path, out: Path) -> Path:
    members = _members(bundle)
    members["notes.json"] = members["notes.json"].replace(b"Summary", b"Summarz")
    return _zip(members, out, relist=False)


def altered_original(bundle: Path, out: Path) -> Path:
    members = _members(bundle)
    name = next(n for n in members if n.endswith(".txt"))
    members[name] = members[name].replace("морском".encode(), "морсков".encode())
    return _zip(members, out, relist=False)


def _slip(name: str) -> Callable[[Path, Path], Path]:
    def build(bundle: Path, out: Path) -> Path:
        members = _members(bundle)
        members[name] = b"owned"
        return _zip(members, out)
    build.__name__ = f"zip_slip {name}"
    return build


def zip_bomb(bundle: Path, out: Path) -> Path:
    members = _members(bundle)
    zeros = bytes(20 << 20)
    members["originals/" + hashlib.sha256(zeros).hexdigest() + ".txt"] = zeros
    return _zip(members, out)


def lying_sizes(bundle: Path, out: Path) -> Path:
    """A member whose central directory (and manifest) claim it unpacks to 10 bytes."""
    members = _members(bundle)
    first = next(n for n in members if n != "manifest.json")
    _zip(members, out, lambda m: m["files"][first].update(size=10))
    raw = bytearray(out.read_bytes())
    at = raw.index(b"PK\x01\x02")  # the first central directory entry
    raw[at + 24:at + 28] = struct.pack("<I", 10)
    out.write_bytes(bytes(raw))
    return out


HOSTILE = [
    (newer_schema, "newer Dossier"), (newer_format, "newer Dossier"),
    (broken_zip, "broken zip"), (not_a_zip, "broken zip"),
    (wrong_checksum, "does not match its checksum"),
    (altered_original, "does not match its checksum"),
    (_slip("../evil.txt"), "unsafe file name"), (_slip("/etc/evil"), "unsafe file name"),
    (_slip("C:/evil.txt"), "unsafe file name"), (_slip("originals/../../x"), "unsafe"),
    (_slip("originals\\..\\x"), "unsafe file name"), (_slip("extra.exe"), "unexpected file"),
    (zip_bomb, "zip bomb"), (lying_sizes, "zip"),
]


@pytest.mark.parametrize(("build", "message"), HOSTILE, ids=[b.__name__ for b, _ in HOSTILE])
def test_hostile_bundle_is_refused_and_changes_nothing(
        build: Callable[[Path, Path], Path], message: str, sample: Sample, bundle: Path,
        target: Archive, tmp_path: Path) -> None:
    target.import_bundle(_zip(_members(bundle), tmp_path / "honest.dossier"))  # honest
    before = state(target)
    hostile = build(bundle, tmp_path / "hostile.dossier")
    with pytest.raises(BundleRefused, match=message) as refused:
        target.import_bundle(hostile)
    assert "nothing changed" in str(refused.value) or "not imported" in str(refused.value)
    assert state(target) == before
    assert not list(target.paths.tmp_dir.glob("bundle-*"))


def test_member_and_size_caps(bundle: Path, target: Archive) -> None:
    before = state(target)
    with pytest.raises(BundleRefused, match="more than the 3 allowed"):
        target.import_bundle(bundle, limits=BundleLimits(max_members=3))
    with pytest.raises(BundleRefused, match="more than the 1000 allowed"):
        target.import_bundle(bundle, limits=BundleLimits(max_total_bytes=1000))
    assert state(target) == before


def test_failed_transaction_removes_the_stored_originals(
        bundle: Path, target: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(target)

    def fail(self: object) -> None:
        raise RuntimeError("the disk died")

    monkeypatch.setattr("indexer.export.bundle_merge.Merge._collections", fail)
    with pytest.raises(RuntimeError, match="disk died"):
        target.import_bundle(bundle)
    assert state(target) == before


def test_cancel_while_checking_changes_nothing(bundle: Path, target: Archive) -> None:
    before = state(target)
    with pytest.raises(Cancelled):
        target.import_bundle(bundle, cancel=lambda: True)
    assert state(target) == before


def test_bundle_manifest(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
        for name, entry in manifest["files"].items():
            assert hashlib.sha256(zf.read(name)).hexdigest() == entry["sha256"]
    assert manifest["format"] == "dossier-bundle" and manifest["bundle_version"] == 1
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["counts"]["documents"] == 4 and manifest["counts"]["annotations"] == 10
    assert names == set(manifest["files"]) | {"manifest.json"}
    assert sum(n.startswith("originals/") for n in names) == 4


def _recovered_page(archive: Archive, doc_id: int) -> None:
    """Give a document what only some have: a date read on page 2, and a page 2 in Russian
    whose text OCR recovered, with its word boxes."""
    with archive.sessions() as s, s.begin():
        doc = s.get(Document, doc_id)
        assert doc is not None and len(doc.pages) >= 2
        doc.date_source = "text:p2"
        page = doc.pages[1]
        page.language, page.text_source, page.ocr_confidence = "ru", "ocr", 87.5
        page.words = [[72.0, 90.5, 130.25, 104.0, "Договор", 0, 0]]


def test_round_trip_keeps_page_languages_recovered_text_and_date_sources(
        tmp_path: Path, target: Archive) -> None:
    source = Archive.open(tmp_path / "source")
    try:
        write_pdf(tmp_path / "two.pdf", ["Treaty on the sea.", "Договор о море."])
        doc_id = source.import_paths([tmp_path / "two.pdf"]).imported[0][1]
        _recovered_page(source, doc_id)
        out = source.export(ExportSelection(ids=(doc_id,)), "bundle", tmp_path / "two")
        target.import_bundle(out.written[0])
        assert contents(target) == contents(source)
    finally:
        source.close()
    with target.sessions() as s:
        pages = s.scalars(select(Document)).one().pages
        assert (pages[1].language, pages[1].text_source, pages[1].words[0][4]) == (
            "ru", "ocr", "Договор")


def test_a_bundle_without_page_details_still_imports(bundle: Path, tmp_path: Path,
                                                     target: Archive) -> None:
    """Bundles written before date sources and page details travelled import as before."""
    members = _members(bundle)
    records = json.loads(members["documents.json"])
    for rec in records:
        del rec["date_source"], rec["page_details"]
    members["documents.json"] = json.dumps(records).encode()
    report = target.import_bundle(_zip(members, tmp_path / "old.dossier"))
    assert report.documents_new == 4
    with target.sessions() as s:
        assert {d.date_source for d in s.scalars(select(Document))} == {None}


@pytest.mark.parametrize("detail", [
    {"language": "x" * 40}, {"source": 5}, {"confidence": 400}, {"confidence": True},
    {"words": [["a", 1, 2, 3, "w"]]}, {"words": "boxes"}, "page",
])
def test_hostile_page_details_are_refused(bundle: Path, tmp_path: Path, target: Archive,
                                          detail: Any) -> None:
    members = _members(bundle)
    records = json.loads(members["documents.json"])
    records[0]["page_details"][0] = detail
    members["documents.json"] = json.dumps(records).encode()
    before = state(target)
    with pytest.raises(BundleRefused, match="page_details"):
        target.import_bundle(_zip(members, tmp_path / "bad.dossier"))
    assert state(target) == before


def test_page_details_must_match_the_pages(bundle: Path, tmp_path: Path,
                                           target: Archive) -> None:
    members = _members(bundle)
    records = json.loads(members["documents.json"])
    records[0]["page_details"].append({})
    members["documents.json"] = json.dumps(records).encode()
    with pytest.raises(BundleRefused, match="more or fewer pages"):
        target.import_bundle(_zip(members, tmp_path / "bad.dossier"))
