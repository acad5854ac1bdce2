"""A name for what is exported, in the interface language (default file and folder names)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from indexer.export import ExportSelection


class SelectionNames(QObject):
    """Translations of the names of a selection (a QObject for tr()'s context)."""

    def label(self, selection: ExportSelection) -> str:
        """"Tag Energy", "Search «salmon»", "3 documents"… as the interface says them."""
        if selection.collection:
            return selection.collection
        if selection.tag:
            return self.tr("Tag %1").replace("%1", selection.tag)
        if selection.query:
            return self.tr("Search “%1”").replace("%1", selection.query)
        if len(selection.ids) == 1:
            return self.tr("Document %1").replace("%1", str(selection.ids[0]))
        return self.tr("%n document(s)", "", len(selection.ids))


def selection_label(selection: ExportSelection) -> str:
    """The selection's name in the interface language."""
    return SelectionNames().label(selection)
