"""Facet filters beside the results: checkable values with counts, grouped by facet."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.i18n import interface_language
from desktop_app.names import kind_name, language_name
from desktop_app.search_query import FACETS
from indexer.countries import country_name

FacetRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2


class FacetModel(QStandardItemModel):
    """Groups (kind, language, year, countries, tags) of checkable values; checking narrows
    the search. Countries are named in language ("en", "ru"; default: the interface's)."""

    filtersChanged = Signal()

    def __init__(self, parent: QObject | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.language = language or interface_language()
        self.filters: dict[str, set[str]] = {}
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)

    def group_titles(self) -> dict[str, str]:
        """The translated heading of each facet."""
        return {"kind": self.tr("Kind"), "lang": self.tr("Language"), "year": self.tr("Year"),
                "countries": self.tr("Countries"), "tags": self.tr("Tags")}

    def label(self, facet: str, value: str) -> str:
        """How a value is shown: a country, language or kind by its name in the interface
        language, anything else as it is."""
        if facet == "countries":
            return country_name(value, self.language)
        if facet == "lang":
            return language_name(value, self.language)
        if facet == "kind":
            return kind_name(value)
        return value

    def populate(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        """Show the counts of a search; checked values stay checked even when absent."""
        self._filling = True
        try:
            self.removeRows(0, self.rowCount())
            titles = self.group_titles()
            for facet in FACETS:
                values = self._values(facet, facets.get(facet, []))
                if values:
                    self._group(facet, titles[facet], values)
        finally:
            self._filling = False

    def _values(self, facet: str, counted: list[tuple[str, int]]) -> list[tuple[str, int]]:
        values = list(counted)
        present = {v for v, _ in values}
        values += [(v, 0) for v in sorted(self.filters.get(facet, set()) - present)]
        if facet == "year":
            values.sort(key=lambda kv: kv[0], reverse=True)
        return values

    def _group(self, facet: str, title: str, values: list[tuple[str, int]]) -> None:
        header = QStandardItem(title)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        blank = QStandardItem("")
        blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for value, count in values:
            item = QStandardItem(self.label(facet, value))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            checked = value in self.filters.get(facet, set())
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(facet, FacetRole)
            item.setData(value, ValueRole)
            shown_code = facet == "countries" and item.text() != value
            item.setToolTip(f"{item.text()} ({value})" if shown_code else item.text())
            number = QStandardItem(str(count))
            number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            header.appendRow([item, number])
        self.appendRow([header, blank])

    def clear_filters(self) -> None:
        """Uncheck everything and forget the facet counts."""
        self.filters = {}
        self._filling = True
        try:
            self.removeRows(0, self.rowCount())
        finally:
            self._filling = False

    def toggle(self, facet: str, value: str) -> None:
        """Check or uncheck one value (as a click on its box would)."""
        for row in range(self.rowCount()):
            group = self.item(row, 0)
            for child in range(group.rowCount()):
                item = group.child(child, 0)
                if item.data(FacetRole) == facet and item.data(ValueRole) == value:
                    on = item.checkState() != Qt.CheckState.Checked
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                    return

    @Slot(QStandardItem)
    def _on_item_changed(self, item: QStandardItem) -> None:
        facet, value = item.data(FacetRole), item.data(ValueRole)
        if self._filling or facet is None:
            return
        chosen = self.filters.setdefault(facet, set())
        if item.checkState() == Qt.CheckState.Checked:
            chosen.add(value)
        else:
            chosen.discard(value)
        if not chosen:
            del self.filters[facet]
        self.filtersChanged.emit()
