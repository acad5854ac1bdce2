"""Scans and garbled text layers become text: OCR with Tesseract, exact repair of shifted layers."""
from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest

from indexer.archive import Archive
from indexer.cli import main
from indexer.errors import Cancelled
from indexer.extract import ocr
from indexer.extract.repair import find_shift
from tests.conftest import needs_tesseract, write_scan

ARAL = ("Treaty on the Aral Sea\nThe parties agree to protect the fisheries of the Aral "
        "basin.\nEach party shall report the catch every year.")
ARAL_RU = ("Договор об Аральском море\nСтороны договорились о совместной охране рыболовства "
           "в Аральском море.\nКаждая сторона ежегодно сообщает об улове.")


def run(archive: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--archive", str(archive), *args], out=out)
    return code, out.getvalue()


@needs_tesseract
def test_scan_imported_from_the_command_line_becomes_searchable(tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "scan_0042.pdf", [ARAL])
    code, out = run(tmp_path / "arch", "import", str(scan), "--json")
    assert code == 0
    doc_id = json.loads(out)["imported"][0]["id"]
    assert json.loads(out)["text_recovery"]["pages"] == {"ocr": 1}
    code, out = run(tmp_path / "arch", "search", "fisheries", "--json")
    assert [hit["id"] for hit in json.loads(out)["hits"]] == [doc_id]
    shown = json.loads(run(tmp_path / "arch", "show", str(doc_id), "--json")[1])
    assert shown["pages"][0]["text_source"] == "ocr"
    assert shown["pages"][0]["ocr_confidence"] > 80
    assert shown["title"] == "Treaty on the Aral Sea"  # was "scan_0042"
    assert shown["text_status"] == "ok"


@needs_tesseract
def test_no_ocr_leaves_a_scan_unread_until_dossier_ocr(tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "scan.pdf", [ARAL_RU])
    code, out = run(tmp_path / "arch", "import", str(scan), "--no-ocr", "--json")
    doc_id = json.loads(out)["imported"][0]["id"]
    assert json.loads(run(tmp_path / "arch", "search", "рыболовство", "--json")[1])["total"] == 0
    code, out = run(tmp_path / "arch", "ocr", str(doc_id), "--lang", "rus", "--json")
    assert code == 0 and json.loads(out)["pages"] == {"ocr": 1}
    # a stemmed Russian word: the page says "рыболовства", the query "рыболовство"
    hits = json.loads(run(tmp_path / "arch", "search", "рыболовство", "--json")[1])["hits"]
    assert [hit["id"] for hit in hits] == [doc_id]
    assert run(tmp_path / "arch", "ocr", str(doc_id), "--lang", "xyz")[0] == 1


@needs_tesseract
def test_cancelling_ocr_keeps_the_pages_done(archive: Archive, tmp_path: Path) -> None:
    scan = write_scan(tmp_path / "three.pdf", [ARAL, "Second page\nNothing about lakes here.",
                                               "Third page\nThe glacier report follows."])
    doc_id = archive.import_paths([scan]).imported[0][1]
    done: list[int] = []
    with pytest.raises(Cancelled):
        archive.ocr([doc_id], lang="eng", progress=lambda n, total, _: done.append(n),
                    cancel=lambda: bool(done))
    sources = [s for _, s, _ in archive.document(doc_id).page_sources]
    assert sources.count("ocr") == 1 and sources.count("pdf") == 2
    assert archive.search(["fisheries", "lakes", "glacier"][sources.index("ocr")]).total == 1
    report = archive.ocr([doc_id], lang="eng")  # the rest, and only the rest
    assert report.pages == {"ocr": 2}
    assert archive.search("glacier").total == 1 and archive.search("fisheries").total == 1


@needs_tesseract
def test_rerunning_ocr_reanchors_marks_on_the_words(archive: Archive, tmp_path: Path) -> None:
    doc_id = archive.import_paths([write_scan(tmp_path / "s.pdf", [ARAL])]).imported[0][1]
    archive.ocr([doc_id], lang="eng")
    mark = archive.add_annotation(doc_id, 1, quote="protect the fisheries", comment="key")
    assert len(mark.rects) == 1  # from the recognised words: a scan has no text layer
    report = archive.ocr([doc_id], lang="eng", force=True)
    assert report.pages == {"ocr": 1}
    (again,) = archive.annotations(doc_id)
    assert again.id == mark.id and not again.orphaned and again.quote == "protect the fisheries"
    assert len(again.rects) == 1
    x0, y0, x1, y1 = again.rects[0]
    assert 72 <= x0 < x1 <= 540 and 72 < y0 < y1 < 300  # on the second line of the page


def test_without_tesseract_one_sentence_says_how_to_install(tmp_path: Path,
                                                            monkeypatch) -> None:
    scan = write_scan(tmp_path / "scan.pdf", [ARAL])
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert not ocr.ocr_available()
    (page,) = ocr.recover_pages(scan, pages=[1])
    assert page.source == "pdf" and page.text.strip() == ""
    with pytest.raises(ocr.OcrUnavailable) as caught:
        ocr.check_languages("rus")
    assert str(caught.value) == ("Text recognition needs Tesseract: install the Debian "
                                 "packages tesseract-ocr and tesseract-ocr-<lang>.")


def test_language_choice() -> None:
    have = {"eng", "rus", "fra", "uzb", "uzb_cyrl", "osd"}
    assert ocr.choose_languages("ru", [], None, have) == "rus"
    assert ocr.choose_languages(None, ["ru", "en", "uz"], "Cyrillic", have) == "rus"
    assert ocr.choose_languages(None, ["uz", "en"], "Latin", have) == "uzb+eng"
    assert ocr.choose_languages("fr", ["en"], "Cyrillic", have) == "rus"  # the page disagrees
    assert ocr.choose_languages(None, [], None, have) == "eng"
    with pytest.raises(ocr.OcrUnavailable, match="tesseract-ocr-chi-sim"):
        ocr.check_languages("zh+en", have)
    with pytest.raises(ocr.OcrUnavailable, match="Han text .* tesseract-ocr-chi-sim"):
        ocr.choose_languages(None, ["en"], "Han", have)
    assert ocr.check_languages("ru+eng", have) == "rus+eng"


def test_shift_is_found_from_letter_frequencies() -> None:
    text = "Стороны договорились о совместной охране рыболовства в Аральском море " * 3
    garbled = "".join(chr(ord(c) - 0x1D6) if "А" <= c <= "я" else c for c in text)
    assert find_shift(garbled) == 0x1D6
    assert find_shift("Plain English text with nothing wrong in it at all") is None


def test_garbled_russian_bbnj_layer_is_repaired(archive: Archive, corpus: Path) -> None:
    pdf = corpus / "treaties" / "pdf" / "bbnj-agreement-2023-ru.pdf"
    doc_id = archive.import_paths([pdf]).imported[0][1]
    before = archive.document(doc_id).row
    assert before.text_status == "garbled" and before.title == "bbnj-agreement-2023-ru"
    assert archive.search("сохранение").total == 0
    report = archive.ocr([doc_id])
    assert report.pages["repair"] >= 70 and not report.failed
    after = archive.document(doc_id)
    assert after.row.text_status == "ok" and after.row.language == "ru"
    assert after.row.title.startswith("Соглашение на Базе Конвенции")
    assert archive.search("сохранение").total == 1
    assert "СОГЛАШЕНИЕ НА БАЗЕ КОНВЕНЦИИ" in archive.page_texts(doc_id)[0]
    mark = archive.add_annotation(doc_id, 6, quote="Морской охраняемый район")
    (box,) = mark.rects  # from the repaired words: the file's own words are garbage
    assert 100 < box[0] < box[2] < 500 and box[3] - box[1] < 20
    gold = (corpus / "treaties" / "gold_text" / "bbnj-agreement-2023-ru.txt").read_text()
    page = " ".join(archive.page_texts(doc_id)[5].split()[6:30])
    assert unbroken(page) in unbroken(gold)  # exact, but for line-end hyphens


def unbroken(text: str) -> str:
    return re.sub(r"-\s*", "", " ".join(text.split()))


@needs_tesseract
def test_highlight_on_a_scan_survives_pdf_export(archive: Archive, tmp_path: Path) -> None:
    import pymupdf

    from indexer.export import ExportSelection

    doc_id = archive.import_paths([write_scan(tmp_path / "s.pdf", [ARAL])]).imported[0][1]
    archive.ocr([doc_id], lang="eng")
    mark = archive.add_annotation(doc_id, 1, quote="report the catch", color="green")
    report = archive.export(ExportSelection(ids=(doc_id,)), "pdf", tmp_path / "out")
    assert report.annotations == 1
    with pymupdf.open(report.written[0]) as pdf:
        page = pdf[0]
        (annot,) = list(page.annots())
        assert annot.type[1] == "Highlight"
        marked = " ".join(w[4] for w in page.get_text("words")
                          if pymupdf.Rect(w[:4]).intersects(annot.rect)
                          and pymupdf.Rect(w[:4]).intersect(annot.rect).height > 3)
        assert marked == "report the catch"  # the invisible text layer, under the mark
        assert "protect the fisheries of the Aral" in " ".join(page.get_text().split())
        assert annot.rect.contains(pymupdf.Rect(mark.rects[0]))  # over the marked words
    stored = Path(archive.document(doc_id).stored_path)
    with pymupdf.open(stored) as original:  # the stored original is left untouched
        assert original[0].get_text().strip() == "" and not list(original[0].annots())


@needs_tesseract
def test_reextracting_drops_recovered_text_consistently(archive: Archive, tmp_path: Path) -> None:
    doc_id = archive.import_paths([write_scan(tmp_path / "s.pdf", [ARAL])]).imported[0][1]
    archive.ocr([doc_id], lang="eng")
    assert archive.search("fisheries").total == 1
    archive.reextract(doc_id)  # the file's own (empty) layer again
    assert archive.document(doc_id).page_sources == ((1, "pdf", None),)
    assert archive.search("fisheries").total == 0
    assert archive.needs_ocr([doc_id]) == [doc_id]


def test_title_of_a_scan_is_the_heading_that_names_the_document() -> None:
    from indexer.extract.pdf import title_from_words

    lines = [(100, "GENERAL ASSEMBLY"), (130, "REVIEW OF THE IMPLEMENTATION OF THE"),
             (142, "DECLARATION ON THE STRENGTHENING OF SECURITY"),  # an agenda item
             (200, "Letter dated 27 December 1991 from the Permanent"),
             (212, "Representative of Belarus addressed to the Secretary-General"),
             (260, "I have the honour to transmit the following documents to you")]
    words = []
    for number, (top, text) in enumerate(lines):
        x = 72.0
        for word in text.split():
            words.append([x, top, x + 6 * len(word), top + 10, word, number, number])
            x += 6 * len(word) + 4
    assert title_from_words(words, 842) == ("Letter dated 27 December 1991 from the Permanent "
                                            "Representative of Belarus addressed to the "
                                            "Secretary-General")


@needs_tesseract
def test_a_sideways_scan_is_turned_and_its_words_stay_on_the_page(tmp_path: Path) -> None:
    import pymupdf

    if "osd" not in ocr.installed_packs():
        pytest.skip("tesseract-ocr-osd is not installed")
    with pymupdf.open(write_scan(tmp_path / "upright.pdf", [ARAL])) as upright:
        image = upright[0].get_pixmap(dpi=150)
    with pymupdf.open() as sideways:  # a landscape page with the letter scanned sideways
        sideways.new_page(width=842, height=595).insert_image(
            pymupdf.Rect(0, 0, 842, 595), pixmap=image, rotate=90)
        sideways.save(tmp_path / "sideways.pdf")
    (page,) = ocr.recover_pages(tmp_path / "sideways.pdf", pages=[1], archive_languages=["en"])
    assert page.language == "eng" and "protect the fisheries" in page.text
    (box,) = [w[:4] for w in page.words if w[4] == "fisheries"]
    assert box[3] - box[1] > 2 * (box[2] - box[0])  # upright on the sideways page
    assert 0 <= box[0] < box[2] <= 842 and 0 <= box[1] < box[3] <= 595
