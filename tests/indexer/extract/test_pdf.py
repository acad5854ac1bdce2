"""Tests for the PDF extractor: text, metadata, titles, passwords, damage and annotations."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from indexer.errors import CorruptFile, DossierError, ImportFailed, NeedsPassword
from indexer.extract.pdf import extract_pdf, is_junk_title, pdf_date
from indexer.extract.types import TEXT_GARBLED, TEXT_NONE, TEXT_OK

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"
TREATIES = CORPUS / "treaties"
BADPDFS = CORPUS / "badpdfs"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")

# Files of badpdfs/ that hang or kill the reading process, skipped by the robustness test.
# The survey (every file in its own process, 20 s timeout, PyMuPDF 1.28.2) found none: the
# slowest, pdfjs/bug1978317.pdf (1.5 MB), takes about 3 s. Add a file here only with a note.
HANGING_OR_CRASHING: frozenset[str] = frozenset()

BODY = ("The Parties to this Agreement recall the relevant provisions of the Convention, "
        "including the obligation to protect and preserve the marine environment. ")


def make_pdf(path: Path, pages: list[str], metadata: dict[str, str] | None = None,
             heading: str | None = None, heading_size: float = 20) -> Path:
    """A PDF with an optional big heading on page 1 and one text block per page."""
    doc = pymupdf.open()
    for number, text in enumerate(pages):
        page = doc.new_page()
        top = 72
        if heading and number == 0:
            room = page.insert_textbox(pymupdf.Rect(72, 50, 540, 330), heading,
                                       fontsize=heading_size, fontname="hebo")
            assert room >= 0, "the heading does not fit"
            top = 340
        page.insert_textbox(pymupdf.Rect(72, top, 540, 770), text, fontsize=11)
    if metadata:
        doc.set_metadata(metadata)
    doc.save(path)
    doc.close()
    return path


def test_text_page_count_and_metadata(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "agreement.pdf", [BODY * 3], metadata={
        "title": "Agreement on Marine Biodiversity", "author": "Intergovernmental Conference",
        "subject": "BBNJ", "keywords": "ocean, treaty", "creationDate": "D:20230619103000+02'00'",
        "producer": "Dossier tests"})
    result = extract_pdf(path)
    assert result.kind == "pdf"
    assert len(result.pages) == 1
    assert "protect and preserve the marine" in result.pages[0]
    assert result.title == "Agreement on Marine Biodiversity"
    assert result.author == "Intergovernmental Conference"
    assert result.published == "2023-06-19"
    assert result.text_status == TEXT_OK
    assert result.metadata["subject"] == "BBNJ"
    assert result.metadata["keywords"] == "ocean, treaty"
    assert result.metadata["creationDate"] == "D:20230619103000+02'00'"
    assert result.warnings == [] and result.annotations == []


def test_utf8_metadata_read_as_latin1_is_repaired(tmp_path: Path) -> None:
    utf8 = "Соглашение о морском праве".encode()
    mangled = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in utf8)
    path = make_pdf(tmp_path / "ru.pdf", [BODY * 3], metadata={"title": mangled,
                                                                "author": "Jos\u00c3\u00a9"})
    result = extract_pdf(path)
    assert result.title == "Соглашение о морском праве"
    assert result.author == "José"
    assert extract_pdf(make_pdf(tmp_path / "fr.pdf", [BODY], metadata={
        "title": "Accord relatif à la mer"})).title == "Accord relatif à la mer"


def test_multi_page_document_keeps_pages_apart(tmp_path: Path) -> None:
    texts = [f"Page {n} speaks of topic{n}. " + BODY for n in range(1, 6)]
    result = extract_pdf(make_pdf(tmp_path / "five.pdf", texts))
    assert len(result.pages) == 5
    for number, page in enumerate(result.pages, start=1):
        assert f"topic{number}" in page
        assert all(f"topic{other}" not in page for other in range(1, 6) if other != number)
    assert result.text.count("\f") == 4


def test_ligatures_are_split_for_search(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    font = pymupdf.Font("helv")
    writer = pymupdf.TextWriter(page.rect)
    writer.append((72, 100), "the \ufb01nal of\ufb01ce", font=font)
    writer.write_text(page)
    doc.save(tmp_path / "lig.pdf")
    assert "the final office" in extract_pdf(tmp_path / "lig.pdf").pages[0]


def test_junk_metadata_title_falls_back_to_the_big_heading(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "x.pdf", [BODY * 5], metadata={"title": "Microsoft Word - x.docx"},
                    heading="High Seas Treaty Explained")
    assert extract_pdf(path).title == "High Seas Treaty Explained"


def test_all_caps_heading_over_two_lines_becomes_a_readable_title(tmp_path: Path) -> None:
    heading = "AGREEMENT ON THE CONSERVATION OF\nMARINE BIOLOGICAL DIVERSITY BEYOND PART XI"
    path = make_pdf(tmp_path / "caps.pdf", [BODY * 5], heading=heading, heading_size=16)
    assert extract_pdf(path).title == ("Agreement on the Conservation of Marine Biological "
                                       "Diversity beyond Part XI")


def test_without_any_heading_the_first_meaningful_line_is_the_title(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "plain.pdf", ["12\n\nReport on the state of the ocean floor\n\n"
                                             + BODY * 5])
    assert extract_pdf(path).title == "Report on the state of the ocean floor"


def test_title_is_at_most_about_240_characters(tmp_path: Path) -> None:
    heading = " ".join(["Marine"] * 60)
    path = make_pdf(tmp_path / "long.pdf", [BODY * 5], heading=heading, heading_size=14)
    title = extract_pdf(path).title
    assert title is not None and len(title) <= 241 and title.endswith("…")


@pytest.mark.parametrize("title", [
    "", "   ", "untitled", "Untitled-1", "Document1", "Microsoft Word - xyz.docx", "report.pdf",
    "A_L.632.pdf", "XXI-10 CTC", "UNCLOS+ANNEXES+RES.+AGREEMENT", "A/RES/77/321", "---",
    "General Assembly", "ɋɈȽɅȺɒȿɇɂȿ ɇȺ ȻȺɁȿ", "doc_2023_final_v2",
])
def test_junk_titles(title: str) -> None:
    assert is_junk_title(title)


@pytest.mark.parametrize("title", [
    "United Nations Convention on the Law of the Sea", "UNCLOS", "War and Peace",
    "Соглашение о морском праве", "联合国海洋法公约", "Losing the Cabin",
    "77/321. Agreement under the United Nations Convention on the Law of the Sea",
])
def test_real_titles(title: str) -> None:
    assert not is_junk_title(title)


@pytest.mark.parametrize("raw, iso", [
    ("D:20240809144620Z", "2024-08-09"), ("D:20010927152156", "2001-09-27"),
    ("20010115091737", "2001-01-15"), ("D:2023", "2023"), ("D:202306", "2023-06"),
    ("D:20231399", "2023"), ("", None), ("yesterday", None), ("D:00000000", None),
])
def test_pdf_dates(raw: str, iso: str | None) -> None:
    assert pdf_date(raw) == iso


def _encrypt(path: Path, user: str, owner: str) -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_textbox(pymupdf.Rect(72, 72, 540, 770), "Secret minutes. " + BODY)
    aes_256 = pymupdf.PDF_ENCRYPT_AES_256  # type: ignore[attr-defined]  # set at import
    doc.save(path, encryption=aes_256, user_pw=user, owner_pw=owner)
    doc.close()
    return path


def test_encrypted_pdf_needs_a_password(tmp_path: Path) -> None:
    path = _encrypt(tmp_path / "locked.pdf", "secret", "owner-pw")
    with pytest.raises(NeedsPassword) as error:
        extract_pdf(path)
    assert str(error.value) == "“locked.pdf” is encrypted and needs a password."


def test_encrypted_pdf_with_a_wrong_password(tmp_path: Path) -> None:
    path = _encrypt(tmp_path / "locked.pdf", "secret", "owner-pw")
    with pytest.raises(NeedsPassword) as error:
        extract_pdf(path, password="guess")
    assert str(error.value) == "The password for “locked.pdf” is wrong."


@pytest.mark.parametrize("password", ["secret", "owner-pw"])
def test_encrypted_pdf_opens_with_user_or_owner_password(tmp_path: Path, password: str) -> None:
    result = extract_pdf(_encrypt(tmp_path / "locked.pdf", "secret", "owner-pw"), password)
    assert "Secret minutes." in result.pages[0]


def test_pdf_with_an_empty_user_password_opens_without_one(tmp_path: Path) -> None:
    path = _encrypt(tmp_path / "restricted.pdf", "", "owner-pw")
    assert "Secret minutes." in extract_pdf(path).pages[0]


def test_blank_pages_have_no_text(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page()
    doc.new_page()
    doc.save(tmp_path / "blank.pdf")
    result = extract_pdf(tmp_path / "blank.pdf")
    assert result.pages == ["", ""]
    assert result.text_status == TEXT_NONE
    assert result.title is None


def _garble_fonts(doc: pymupdf.Document) -> None:
    """Give every font a ToUnicode map that sends A-Z/a-z to Latin Extended-B, the way the
    Russian BBNJ PDF sends Cyrillic there."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Garble def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"2 beginbfrange <41> <5A> <023A> <61> <7A> <025A> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "Type")[1] == "/Font":
            stream = doc.get_new_xref()
            doc.update_object(stream, "<<>>")
            doc.update_stream(stream, cmap)
            doc.xref_set_key(xref, "ToUnicode", f"{stream} 0 R")


def test_garbled_text_layer_gives_no_title_from_the_text(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "ru.pdf", ["Uchastniki nastoyashchego soglasheniya " * 20] * 2,
                    metadata={"title": "XXI-10 CTC"}, heading="SOGLASHENIE O MORSKOM PRAVE")
    doc = pymupdf.open(path)
    _garble_fonts(doc)
    doc.save(tmp_path / "garbled.pdf")
    result = extract_pdf(tmp_path / "garbled.pdf")
    assert "ɌɈɀɅȺɌɁȾɇɂȾ" in result.pages[0]  # SOGLASHENIE, mapped like the real file
    assert result.text_status == TEXT_GARBLED
    assert result.title is None


def test_garbled_text_layer_keeps_a_real_metadata_title(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "ru.pdf", ["Uchastniki nastoyashchego soglasheniya " * 20],
                    metadata={"title": "Agreement on Marine Biodiversity (Russian)"})
    doc = pymupdf.open(path)
    _garble_fonts(doc)
    doc.save(tmp_path / "garbled.pdf")
    result = extract_pdf(tmp_path / "garbled.pdf")
    assert result.text_status == TEXT_GARBLED
    assert result.title == "Agreement on Marine Biodiversity (Russian)"


def test_highlight_and_note_annotations_are_read(tmp_path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "The quick brown fox jumps over the lazy dog.", fontsize=12)
    highlight = page.add_highlight_annot(page.search_for("brown fox", quads=True))
    highlight.set_info(content="Which fox?", title="Ann Reader",
                       creationDate="D:20240102030405Z")
    highlight.set_colors(stroke=(1, 1, 0))
    highlight.update()
    page.add_text_annot((300, 300), "A sticky note").update()
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 120, 200, 135),
                      "uri": "https://example.org"})
    doc.new_page().insert_text((72, 100), "Second page without marks.")
    doc.save(tmp_path / "marked.pdf")

    annotations = extract_pdf(tmp_path / "marked.pdf").annotations
    assert [a["type"] for a in annotations] == ["Highlight", "Text"]  # the link is skipped
    mark, note = annotations
    assert mark["page"] == 1
    assert mark["quote"] == "brown fox"
    assert mark["comment"] == "Which fox?"
    assert mark["author"] == "Ann Reader"
    assert mark["color"] == "#ffff00"
    assert mark["created"] == "D:20240102030405Z"
    rects = mark["rects"]
    assert isinstance(rects, list) and len(rects) == 1 and len(rects[0]) == 4
    x0, y0, x1, y1 = rects[0]
    assert 72 < x0 < x1 < 300 and 80 < y0 < y1 < 110
    assert note["comment"] == "A sticky note" and note["quote"] == ""


def test_a_failing_page_does_not_lose_the_others(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_pdf(tmp_path / "three.pdf", [f"Page {n}. " + BODY for n in (1, 2, 3)])
    real_get_text = pymupdf.Page.get_text

    def failing(page: pymupdf.Page, *args: object, **kwargs: object) -> object:
        if page.number == 1:
            raise RuntimeError("code=2: broken content stream")
        return real_get_text(page, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_text", failing)
    result = extract_pdf(path)
    assert result.pages[1] == ""
    assert "Page 1." in result.pages[0] and "Page 3." in result.pages[2]
    assert result.warnings == ["Page 2 could not be read (broken content stream)."]


def test_a_file_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("These are plain notes, saved with the wrong name.\n" * 20)
    with pytest.raises(CorruptFile) as error:
        extract_pdf(path)
    assert str(error.value) == "“notes.pdf” is not a readable PDF: it is not a PDF file."


def test_an_image_named_pdf_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(CorruptFile, match="it is a PNG image, not a PDF"):
        extract_pdf(path)


def test_an_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(CorruptFile, match="“empty.pdf” is not a readable PDF: the file is empty"):
        extract_pdf(tmp_path / "empty.pdf")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="“gone.pdf” could not be found"):
        extract_pdf(tmp_path / "gone.pdf")


def test_a_pdf_cut_after_its_header_is_corrupt(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "full.pdf", [BODY] * 3).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[:120])
    with pytest.raises(CorruptFile, match="“cut.pdf” is not a readable PDF: "):
        extract_pdf(tmp_path / "cut.pdf")


def test_a_pdf_missing_its_end_is_repaired_with_a_warning(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for number in range(3):
        doc.new_page().insert_textbox(pymupdf.Rect(72, 72, 540, 770), f"Page {number}. " + BODY)
    data = doc.tobytes(garbage=0, deflate=False)
    (tmp_path / "truncated.pdf").write_bytes(data[:data.rindex(b"xref")])  # no xref, trailer
    result = extract_pdf(tmp_path / "truncated.pdf")
    assert [f"Page {n}." in page for n, page in enumerate(result.pages)] == [True] * 3
    assert any("is damaged" in warning for warning in result.warnings)


def test_a_pdf_without_pages_is_corrupt(tmp_path: Path) -> None:
    body = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n")
    xref = len(body)
    body += (b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
             b"trailer << /Size 3 /Root 1 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    (tmp_path / "nopages.pdf").write_bytes(body)
    with pytest.raises(CorruptFile, match="it has no pages"):
        extract_pdf(tmp_path / "nopages.pdf")


# --- the real corpus -------------------------------------------------------------------

BBNJ_TITLE = ("Agreement under the United Nations Convention on the Law of the Sea on the "
              "Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond "
              "National Jurisdiction")
PART_XI_TITLE = ("48/263. Agreement relating to the implementation of Part XI of the United "
                 "Nations Convention on the Law of the Sea of 10 December 1982")
FISH_STOCKS_TITLE = ("Agreement for the Implementation of the Provisions of the United Nations "
                     "Convention on the Law of the Sea of 10 December 1982")
A_L_632_TITLE = ("Restoration of the Lawful Rights of the People's Republic of China in the "
                 "United Nations")  # from the OCR layer of a 1971 scan


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name, status, title", [
    ("bbnj-agreement-2023-en", TEXT_OK, BBNJ_TITLE),
    ("unclos-1982-en", TEXT_OK, "United Nations Convention on the Law of the Sea"),
    ("bbnj-agreement-2023-es", TEXT_OK, "Acuerdo en el Marco de la Convención de las Naciones"),
    ("A-RES-77-321-en", TEXT_OK, "77/321. " + BBNJ_TITLE),
    ("agreement-partxi-1994-en", TEXT_OK, PART_XI_TITLE),
    ("fish-stocks-agreement-1995-en", TEXT_OK, FISH_STOCKS_TITLE),
    ("bbnj-agreement-2023-ru", TEXT_GARBLED, None),
    ("bbnj-agreement-2023-fr", TEXT_GARBLED, None),
    ("bbnj-agreement-2023-zh", TEXT_GARBLED, None),
    ("bbnj-agreement-2023-ar", TEXT_GARBLED, None),
])
def test_treaty_titles_and_text_status(name: str, status: str, title: str | None) -> None:
    result = extract_pdf(TREATIES / "pdf" / f"{name}.pdf")
    assert result.text_status == status
    if title is None:
        assert result.title is None  # metadata says "XXI-10 CTC"; the text layer is garbage
    else:
        assert result.title is not None and result.title.startswith(title)
        assert not is_junk_title(result.title)
    assert result.metadata["producer"]
    assert result.published is not None and len(result.published) == 10


@needs_corpus
@pytest.mark.corpus
def test_unclos_pages_and_metadata() -> None:
    result = extract_pdf(TREATIES / "pdf" / "unclos-1982-en.pdf")
    assert len(result.pages) == 202
    assert result.metadata["title"] == "UNCLOS+ANNEXES+RES.+AGREEMENT"  # raw, kept as is
    assert result.published == "2001-09-27"
    assert "innocent passage" in result.text


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name, status, title", [
    ("1947-10-08_Sixth_Commitee_Letter", TEXT_NONE, None),
    ("1991-12-30_Buravkin_to_UN", TEXT_NONE, None),
    ("1971-10-25_GA_Resolution_2758_ru", TEXT_NONE, None),
    ("1971-09-29_A_L.632-EN", TEXT_OK, A_L_632_TITLE),
])
def test_scans(name: str, status: str, title: str | None) -> None:
    result = extract_pdf(TREATIES / "scanned" / f"{name}.pdf")
    assert result.text_status == status
    assert result.title == title


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name, password", [
    ("pdfminer/aes-128.pdf", "baz"), ("pdfminer/aes-256.pdf", "foo"),
    ("pdfminer/rc4-128.pdf", "baz"), ("qpdf/c-r2.pdf", "user1"), ("qpdf/c-r4.pdf", "owner2"),
    ("qpdf/c-r5-in.pdf", "user3"), ("pdfjs/issue6010_1.pdf", "abc"),
    ("pdfjs/issue21579.pdf", "pässwört"), ("pdfjs/saslprep-r6.pdf", "SaSLprep"),
    ("pdfjs/saslprep-r6.pdf", "S\u00aaSL\u00adprep"),  # as typed; SASLprep makes it SaSLprep
])
def test_encrypted_corpus_files_open_with_their_password(name: str, password: str) -> None:
    with pytest.raises(NeedsPassword, match="needs a password"):
        extract_pdf(BADPDFS / name)
    with pytest.raises(NeedsPassword, match="is wrong"):
        extract_pdf(BADPDFS / name, "not-the-password")
    assert extract_pdf(BADPDFS / name, password).pages


# Runs in a fresh interpreter: it forks one child per file, so a file that hangs or crashes
# only loses its own child, and the parent stays single-threaded (safe to fork).
_SUPERVISOR = r"""
import json, multiprocessing, sys
from pathlib import Path
from indexer.errors import DossierError
from indexer.extract.pdf import extract_pdf

def read(path, conn):
    try:
        result = extract_pdf(Path(path))
        conn.send(["ok", result.text_status])
    except DossierError as exc:
        conn.send(["dossier", type(exc).__name__ + ": " + str(exc)])
    except BaseException as exc:
        conn.send(["raw", type(exc).__name__ + ": " + str(exc)[:200]])

ctx = multiprocessing.get_context("fork")
for path in sys.argv[1:]:
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=read, args=(path, child))
    process.start()
    child.close()
    outcome = ["timeout", ""]
    if parent.poll(20):
        try:
            outcome = parent.recv()
        except EOFError:
            outcome = ["crash", ""]
    process.join(1)
    if process.is_alive():
        process.kill()
        process.join()
    elif outcome[0] == "timeout" or process.exitcode:
        outcome = ["crash", f"exit code {process.exitcode}"] if process.exitcode else outcome
    print(json.dumps([path] + outcome), flush=True)
"""


@needs_corpus
@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks one process per file")
def test_every_bad_pdf_gives_a_result_or_a_dossier_error() -> None:
    files = sorted(str(p) for p in BADPDFS.rglob("*.pdf")
                   if p.relative_to(BADPDFS).as_posix() not in HANGING_OR_CRASHING)
    assert len(files) >= 90
    repo = Path(__file__).resolve().parents[3]
    run = subprocess.run([sys.executable, "-c", _SUPERVISOR, *files], cwd=repo, timeout=300,
                         capture_output=True, text=True, check=True)
    outcomes = {Path(row[0]).relative_to(BADPDFS).as_posix(): row[1:]
                for row in map(json.loads, run.stdout.splitlines())}
    assert len(outcomes) == len(files)
    bad = {name: outcome for name, outcome in outcomes.items()
           if outcome[0] not in ("ok", "dossier")}
    assert bad == {}
    kinds = {outcome[1].split(":")[0] for outcome in outcomes.values() if outcome[0] == "dossier"}
    assert kinds <= {"CorruptFile", "NeedsPassword", "ImportFailed"}
    assert issubclass(CorruptFile, DossierError)
