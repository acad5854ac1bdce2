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


def attention_label(text_status: str) -> str:
    """Why, in two or three words, for a list where the title keeps the room ("" if none)."""
    if text_status == "no_text":
        return QCoreApplication.translate("Attention", "no text")
    if text_status == "garbled":
        return QCoreApplication.translate("Attention", "broken text layer")
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
                         "Repair Text rebuilds it, or reads the page images where it "
                         "cannot.")
    return ""


def attention_action(text_status: str) -> str:
    """The button that fixes a stored document's text: recognise it or repair it."""
    if text_status == "garbled":
        return QCoreApplication.translate("Attention", "Repair Text")
    return QCoreApplication.translate("Attention", "Recognise Text (OCR)")


def failure_title(reason: str) -> str:
    """Why a file could not be imported at all (an import failure's reason), in a few words."""
    if reason == "password":
        return QCoreApplication.translate("Attention", "locked by a password")
    return QCoreApplication.translate("Attention", "damaged: it cannot be read")


def failure_advice(reason: str) -> str:
    """What would fix an import failure, as one sentence."""
    if reason == "password":
        return QCoreApplication.translate(
            "Attention", "Not imported yet. Enter its password to import it.")
    return QCoreApplication.translate(
        "Attention", "Not imported. Repair the file or get a sound copy, then try again.")
