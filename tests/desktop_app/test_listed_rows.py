"""The library's rows, kept as tuples the garbage collector does not walk."""
from __future__ import annotations

import gc
from dataclasses import replace
from datetime import datetime

from desktop_app.models.listed_rows import MADE_AT_MOST, ListedRows
from indexer.rows import DocumentRow


def _row(n: int) -> DocumentRow:
    return DocumentRow(id=n, uuid=f"u{n}", title=f"Treaty {n}", kind="pdf", source=None,
                       author="UN", published="1982-12-10", year=1982, language="en",
                       page_count=3, size=1000 + n, text_status="ok",
                       imported_at=datetime(2026, 12, 7, 12, n % 60), original_name=f"{n}.pdf",
                       tags=(f"Region/{n}", "Sea"), date_source="text:p1")


def test_rows_come_back_as_they_went_in() -> None:
    rows = ListedRows()
    given = [_row(n) for n in range(3 * MADE_AT_MOST)]
    rows.extend(given)
    assert len(rows) == len(given)
    assert [rows[i] for i in range(len(rows))] == given
    assert rows.id_at(7) == 7 and rows.row_of(1000) == 1000 and rows.row_of(-5) == -1
    seen = rows[5]
    rows[5] = replace(seen, title="Renamed")
    assert rows[5].title == "Renamed" and rows[5] != seen
    rows.clear()
    assert len(rows) == 0 and rows.row_of(5) == -1


def test_the_collector_stops_tracking_listed_rows() -> None:
    rows = ListedRows()
    given = [_row(n) for n in range(1000)]
    rows.extend(given)
    gc.collect()
    assert all(gc.is_tracked(row) for row in given)  # row objects would be walked
    assert not any(gc.is_tracked(plain) for plain in rows._tuples)
