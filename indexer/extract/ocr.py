"""Recover the text of scanned and garbled PDF pages: repair a shifted layer, else run Tesseract.

Runs in an extraction worker (see sandbox.py). Tesseract is called as a program on a page
image rendered by PyMuPDF: its TSV output gives each word with its box and confidence
(PyMuPDF's own OCR text page keeps neither the confidence nor script detection).
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from indexer.errors import DossierError, NeedsPassword
from indexer.extract.pdf import TEXT_FLAGS
from indexer.extract.repair import document_shift, repair_page
from indexer.extract.types import TEXT_OK
from indexer.textquality import garbled_share, page_status

SOURCE_PDF, SOURCE_OCR, SOURCE_REPAIR = "pdf", "ocr", "repair"
DPI = 200
MAX_SCAN_DPI = 300  # a scan finer than DPI is read at its own resolution up to this
MAX_PIXELS = 40_000_000  # a poster-sized page is rendered at a lower resolution
TESSERACT_TIMEOUT = 240.0
MISSING = ("Text recognition needs Tesseract: install the Debian packages tesseract-ocr and "
           "tesseract-ocr-<lang>.")
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata",
                 "/opt/homebrew/share/tessdata")
# ISO 639-1 codes Dossier detects -> Tesseract language packs.
TESSERACT_CODES = {
    "en": "eng", "ru": "rus", "fr": "fra", "uz": "uzb", "az": "aze", "zh": "chi_sim",
    "ar": "ara", "es": "spa", "de": "deu", "it": "ita", "pt": "por", "tr": "tur", "uk": "ukr",
    "kk": "kaz", "ky": "kir", "tg": "tgk", "tk": "tuk", "fa": "fas", "ja": "jpn", "ko": "kor",
}
# What Tesseract's script detection says -> the packs to try, most likely first.
SCRIPT_PACKS = {
    "Latin": ("eng", "fra", "uzb", "aze", "spa", "deu"), "Cyrillic": ("rus", "uzb_cyrl", "ukr"),
    "Han": ("chi_sim",), "Arabic": ("ara", "fas"), "Greek": ("ell",), "Japanese": ("jpn",),
    "Hangul": ("kor",),
}


# Tesseract puts a space between Chinese words; Chinese text has none.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]) "
                      r"(?=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])")


class OcrUnavailable(DossierError):
    """Tesseract or the language pack a page needs is not installed."""


class OcrFailed(DossierError):
    """Tesseract ran but could not read a page."""


@dataclass
class PageText:
    """A page's recovered text: where it came from, Tesseract's mean confidence (0-100) and
    the word boxes [x0, y0, x1, y1, word, block, line] in PDF points."""

    number: int
    text: str
    source: str
    confidence: float | None = None
    words: list[list[Any]] = field(default_factory=list)
    language: str | None = None  # the Tesseract packs used
    height: float | None = None  # the page's height in points


def tessdata_dir() -> Path | None:
    """The folder of Tesseract's language packs, or None when there is none."""
    for candidate in (os.environ.get("TESSDATA_PREFIX"), *TESSDATA_DIRS):
        if candidate and Path(candidate).is_dir() and any(Path(candidate).glob("*.traineddata")):
            return Path(candidate)
    return None


def installed_packs() -> frozenset[str]:
    """The Tesseract language packs installed ("eng", "rus", ...; "osd" included); empty
    when Tesseract itself is missing."""
    folder = tessdata_dir()
    if folder is None or shutil.which("tesseract") is None:
        return frozenset()
    return frozenset(p.name.removesuffix(".traineddata") for p in folder.glob("*.traineddata"))


def ocr_available() -> bool:
    """True when Tesseract and at least one language pack are installed."""
    return bool(installed_packs() - {"osd"})


def debian_package(pack: str) -> str:
    """The Debian package of a Tesseract language pack: chi_sim -> tesseract-ocr-chi-sim."""
    return "tesseract-ocr-" + pack.lower().replace("_", "-")


def check_languages(spec: str, installed: Iterable[str] | None = None) -> str:
    """A hand-set language spec ("rus+eng", or ISO codes "ru+en") as Tesseract packs.

    Raises OcrUnavailable naming the Debian package of a pack that is not installed.
    """
    have = frozenset(installed_packs() if installed is None else installed)
    if not have:
        raise OcrUnavailable(MISSING)
    packs = [TESSERACT_CODES.get(code, code) for code in spec.replace(",", "+").split("+")
             if code.strip()]
    for pack in packs:
        if pack not in have:
            raise OcrUnavailable(f"The Tesseract language pack “{pack}” is not installed: "
                                 f"install the Debian package {debian_package(pack)}.")
    if not packs:
        raise DossierError("Give a language such as rus, eng or rus+eng.")
    return "+".join(dict.fromkeys(packs))


def choose_languages(doc_language: str | None, archive_languages: Sequence[str],
                     script: str | None, installed: Iterable[str]) -> str:
    """The packs to read a page with: the document's language, else the archive's languages
    written in the detected script, else that script's usual packs, else English.

    Raises OcrUnavailable when the detected script has no installed pack.
    """
    have = frozenset(installed) - {"osd"}
    own = TESSERACT_CODES.get(doc_language or "")
    if own in have and (script is None or own in SCRIPT_PACKS.get(script, (own,))):
        return str(own)
    archive = [p for p in (TESSERACT_CODES.get(code) for code in archive_languages)
               if p in have]
    if script is not None:
        fitting = [p for p in archive if p in SCRIPT_PACKS.get(script, ())]
        defaults = [p for p in SCRIPT_PACKS.get(script, ()) if p in have]
        chosen = fitting[:2] or defaults[:1]
        if chosen:
            return "+".join(chosen)
        if script in SCRIPT_PACKS:  # reading it with another script's pack makes garbage
            pack = SCRIPT_PACKS[script][0]
            raise OcrUnavailable(f"Reading {script} text needs a Tesseract language pack: "
                                 f"install the Debian package {debian_package(pack)}.")
    picked = archive[:2] or (["eng"] if "eng" in have else sorted(have)[:1])
    return "+".join(picked)


def recover_pages(path: Path, password: str | None = None, *, pages: Sequence[int],
                  lang: str | None = None, doc_language: str | None = None,
                  archive_languages: Sequence[str] = (), force: bool = False,
                  dpi: int = DPI, ocr: bool = True) -> list[PageText]:
    """The worker's job: for each page number (1-based), repair the layer when a shift
    explains it, else recognise the page when it has no or garbled text (every page with
    force), else return it unchanged (source "pdf"). Pages needing OCR without Tesseract come
    back unchanged too. Raises NeedsPassword, OcrUnavailable, OcrFailed.
    """
    installed = installed_packs() if ocr else frozenset()
    with pymupdf.open(path) as doc:
        if doc.needs_pass and not (password and doc.authenticate(password)):
            raise NeedsPassword(f"“{path.name}” is encrypted and needs a password.")
        reader = _PageReader(doc, lang, doc_language, archive_languages, installed, dpi)
        found = []
        for number in pages:
            page = reader.read(number, force)
            page.height = doc[number - 1].rect.height
            found.append(page)
        return found


class _PageReader:
    """Reads pages of one open document, finding its code shift once."""

    def __init__(self, doc: pymupdf.Document, lang: str | None, doc_language: str | None,
                 archive_languages: Sequence[str], installed: frozenset[str], dpi: int) -> None:
        self.doc, self.lang, self.installed, self.dpi = doc, lang, installed, dpi
        self.doc_language, self.archive_languages = doc_language, archive_languages
        self._shift: int | None | bool = False  # False: not looked for yet

    def read(self, number: int, force: bool) -> PageText:
        """One page's best text."""
        page = self.doc[number - 1]
        layer = page.get_text("text", flags=TEXT_FLAGS)
        if not force and garbled_share(layer) > 0:
            repaired = repair_page(page, TEXT_FLAGS, self.shift())
            if repaired is not None and page_status(repaired.text) == TEXT_OK:
                return PageText(number, repaired.text, SOURCE_REPAIR, None, repaired.words)
        if (force or page_status(layer) != TEXT_OK) and self.installed - {"osd"}:
            return self.recognise(page, number)
        return PageText(number, layer, SOURCE_PDF)

    def shift(self) -> int | None:
        if self._shift is False:
            self._shift = _known_shift(self.doc)
        return self._shift  # type: ignore[return-value]

    def recognise(self, page: pymupdf.Page, number: int) -> PageText:
        """Run Tesseract on the page's image (script and orientation detected first when the
        language is not known)."""
        dpi = _dpi_for(page, self.dpi)
        image = _render(page, dpi)
        lang, rotate = self.lang, 0
        if lang is None:
            script, rotate = detect_script(image) if "osd" in self.installed else (None, 0)
            if rotate:  # the script of sideways text is a guess: look again, upright
                page.set_rotation((page.rotation + rotate) % 360)
                image = _render(page, dpi)
                script = detect_script(image)[0] or script
            lang = choose_languages(self.doc_language, self.archive_languages, script,
                                    self.installed)
        try:
            text, confidence, words = run_tesseract(image, lang, dpi)
            _unrotate(words, page)
        finally:
            if rotate:
                page.set_rotation((page.rotation - rotate) % 360)
        return PageText(number, text, SOURCE_OCR, confidence, words, lang)


def _unrotate(words: list[list[Any]], page: pymupdf.Page) -> None:
    """Word boxes from the page as shown (rotated) into the page's own coordinates, which
    PyMuPDF's text and annotations use."""
    if not page.rotation:
        return
    matrix = page.derotation_matrix
    for word in words:
        box = pymupdf.Rect(word[:4]) * matrix
        word[:4] = [round(box.x0, 2), round(box.y0, 2), round(box.x1, 2), round(box.y1, 2)]


# A worker reads one page per job; the document's shift is found once per worker and file.
_SHIFTS: dict[tuple[str, int], int | None] = {}


def _known_shift(doc: pymupdf.Document) -> int | None:
    """document_shift, remembered by file name and page count for this worker's next jobs."""
    key = (str(doc.name), doc.page_count)
    if key not in _SHIFTS:
        if len(_SHIFTS) > 64:
            _SHIFTS.clear()
        _SHIFTS[key] = document_shift(doc, TEXT_FLAGS)
    return _SHIFTS[key]


def _dpi_for(page: pymupdf.Page, dpi: int) -> int:
    """dpi, or a scan's own finer resolution (up to MAX_SCAN_DPI), lowered so the rendered
    page stays under MAX_PIXELS."""
    area = page.rect.width * page.rect.height / (72 * 72)
    try:
        for image in page.get_image_info():
            box = pymupdf.Rect(image["bbox"])
            if box.width * box.height >= 0.5 * page.rect.width * page.rect.height:
                own = image["width"] * 72 / max(box.width, 1)
                dpi = max(dpi, min(int(own), MAX_SCAN_DPI))
    except Exception:  # noqa: BLE001, S110 - a broken image list only costs the finer dpi
        pass
    return max(72, min(dpi, int((MAX_PIXELS / max(area, 1e-6)) ** 0.5)))


def _render(page: pymupdf.Page, dpi: int) -> bytes:
    return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False).tobytes("png")


def _tesseract(image: bytes, args: list[str], timeout: float = TESSERACT_TIMEOUT) -> str:
    """Tesseract's output for an image; raises OcrUnavailable or OcrFailed."""
    binary = shutil.which("tesseract")
    folder = tessdata_dir()
    if binary is None or folder is None:
        raise OcrUnavailable(MISSING)
    # One thread each: pages run in parallel workers, and OpenMP threads only fight them.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "TESSDATA_PREFIX": str(folder)}
    try:
        done = subprocess.run([binary, "stdin", "stdout", *args], input=image,  # noqa: S603
                              capture_output=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed(f"Tesseract took longer than {timeout:.0f} s on a page.") from exc
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = said[-1] if said else f"exit code {done.returncode}"
        raise OcrFailed(f"Tesseract could not read a page ({reason}).")
    return done.stdout.decode("utf-8", "replace")


def detect_script(image: bytes) -> tuple[str | None, int]:
    """(script, degrees to rotate the page clockwise) from Tesseract's orientation and script
    detection; (None, 0) when the page has too little text to tell."""
    try:
        report = _tesseract(image, ["--psm", "0", "-l", "osd"], timeout=60)
    except OcrFailed:
        return None, 0
    fields = dict(line.split(":", 1) for line in report.splitlines() if ":" in line)
    script = fields.get("Script", "").strip() or None
    try:
        rotate = int(fields.get("Rotate", "0"))
        sure = float(fields.get("Orientation confidence", "0")) >= 2.0
    except ValueError:
        rotate, sure = 0, False
    return script, rotate if sure and rotate in (90, 180, 270) else 0


def run_tesseract(image: bytes, lang: str, dpi: int) -> tuple[str, float | None,
                                                               list[list[Any]]]:
    """(text, mean word confidence, word boxes in PDF points) of a page image at dpi."""
    tsv = _tesseract(image, ["-l", lang, "--psm", "3", "--dpi", str(dpi),
                             "-c", "tessedit_do_invert=0", "tsv"])
    scale = 72.0 / dpi
    words: list[list[Any]] = []
    confidences: list[float] = []
    lines: dict[tuple[int, int, int], list[str]] = {}
    order: dict[tuple[int, int, int], int] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        block, par, line = int(row["block_num"]), int(row["par_num"]), int(row["line_num"])
        left, top = int(row["left"]) * scale, int(row["top"]) * scale
        right = left + int(row["width"]) * scale
        bottom = top + int(row["height"]) * scale
        key = (block, par, line)
        if key not in lines:
            lines[key], order[key] = [], len(order)
        lines[key].append(text)
        words.append([round(left, 2), round(top, 2), round(right, 2), round(bottom, 2), text,
                      block, order[key]])
        if float(row["conf"]) >= 0:
            confidences.append(float(row["conf"]))
    text = _CJK_GAP.sub("", "".join(" ".join(parts) + "\n" for parts in lines.values()))
    confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    return text, confidence, words
