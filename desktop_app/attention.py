"""Why a document needs attention, and what fixes it, in the interface language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from indexer.documents import NEEDS_ATTENTION


def needs_attention(text_status: str) -> bool:
    """Whether a document's text is missing or unreadable."""
    return text_status in NEEDS_ATTENTION


def attention_reason(text_status: str) -> str:
    """Why the document is listed under Needs attention ("" when it is not)."""
    if text_status == "no_text":
        return QCoreApplication.translate("Attention", "no text: a scan or an empty file")
    if text_status == "garbled":
        return QCoreApplication.translate("Attention", "unreadable text layer: its letters "
                                                       "do not decode to words")
    return ""


def attention_advice(text_status: str) -> str:
    """What would fix it, as one sentence."""
    if text_status == "no_text":
        return QCoreApplication.translate(
            "Attention", "Search cannot find its words. Recognise its text (OCR), or read "
                         "the original again if it was replaced.")
    if text_status == "garbled":
        return QCoreApplication.translate(
            "Attention", "Search cannot find its words: the PDF's text layer is broken. "
                         "Recognise its text (OCR) from the page images.")
    return ""
