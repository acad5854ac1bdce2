"""Which extractor reads which file: by extension, else by sniffing the first bytes."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from indexer.errors import UnsupportedFile
from indexer.extract.guard import guarded
from indexer.extract.types import Extracted
from indexer.language import detect_language, detect_page_languages

Extractor = Callable[[Path], Extracted]

SUFFIX_KINDS: dict[str, str] = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".docx": "docx",
}


def sniff_kind(path: Path) -> str | None:
    """The reader for a file: by suffix, else by its first bytes; None if unknown."""
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    if kind:
        return kind
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return None
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def is_supported(path: Path) -> bool:
    """True if Dossier has a reader for this file name (used when walking folders)."""
    return path.suffix.lower() in SUFFIX_KINDS


def extract(path: Path, password: str | None = None) -> Extracted:
    """Read a file with the right extractor and detect its language.

    Raises UnsupportedFile, CorruptFile, NeedsPassword (all DossierError).
    """
    kind = sniff_kind(path)
    if kind is None:
        raise UnsupportedFile(
            f"“{path.name}” is not a format Dossier reads (PDF, HTML, text, Markdown, DOCX)."
        )
    result = guarded(_run(kind, path, password))
    if result.language is None:
        result.language = detect_language(result.text)
    if len(result.pages) > 1:
        languages = detect_page_languages(result.pages)
        if len({lang for lang in languages if lang}) > 1:
            result.page_languages = languages
    return result


def _run(kind: str, path: Path, password: str | None) -> Extracted:
    if kind == "pdf":
        from indexer.extract.pdf import extract_pdf

        return extract_pdf(path, password)
    if kind == "html":
        from indexer.extract.html import extract_html

        return extract_html(path)
    if kind == "docx":
        from indexer.extract.docx import extract_docx

        return extract_docx(path)
    from indexer.extract.text import extract_text

    return extract_text(path)
