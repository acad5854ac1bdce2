"""Dragging documents between views: their ids in a private MIME type."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData

DOCUMENT_IDS = "application/x-dossier-document-ids"


def ids_to_mime(ids: Iterable[int]) -> QMimeData:
    """MIME data carrying document ids."""
    data = QMimeData()
    data.setData(DOCUMENT_IDS, ",".join(str(i) for i in ids).encode("ascii"))
    return data


def ids_from_mime(data: QMimeData | None) -> list[int]:
    """The document ids carried by data (empty if it holds none)."""
    if data is None or not data.hasFormat(DOCUMENT_IDS):
        return []
    text = bytes(data.data(DOCUMENT_IDS).data()).decode("ascii", "replace")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]
