"""The details panel says where a document's date came from, and goes to that page."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_app.date_names import date_line, date_source_text, spelled_date
from tests.desktop_app.helpers import WAIT_MS, select_document

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("no_dialogs")]


def test_dates_are_spelled_in_the_interface_language(qapp) -> None:
    english, russian = QLocale(QLocale.Language.English), QLocale(QLocale.Language.Russian)
    assert spelled_date("1982-12-10", english) == "10 December 1982"
    assert spelled_date("1982-12-10", russian) == "10 декабря 1982"
    assert spelled_date("1994-07", english) == "July 1994"
    assert spelled_date("1994-07", russian) == "июль 1994"
    assert spelled_date("2023", russian) == "2023"
    assert spelled_date("not a date", english) == "not a date"
    assert spelled_date("1982-02-31", english) == "1982-02-31"
    assert spelled_date(None) == ""


def test_sources_are_sentences(qapp) -> None:
    assert date_source_text("text:p138", "pdf") == "from the text, page 138"
    assert date_source_text("text:p3", "pdf", link=True) == \
        'from the text, page <a href="page:3">3</a>'
    assert date_source_text("metadata", "pdf").startswith("from the PDF’s metadata")
    assert date_source_text("file", "pdf") == "from the file name"
    assert date_source_text("user", "pdf") == "set by you"
    assert date_source_text(None, "pdf") == date_source_text("none", "pdf") == ""
    assert date_line(None, "none", "pdf") == ""


def test_details_show_the_dates_source_and_open_its_page(qtbot, make_window,
                                                         filled_archive: Path) -> None:
    window = make_window(filled_archive)
    select_document(qtbot, window, "Caspian Fisheries Convention")
    panel = window.side_panel
    assert panel.fields["published"].text() == "2018-08-12"
    origin = panel.date_origin
    assert origin.isVisible()
    assert "12 August 2018 · from the text, page" in origin.text()
    assert 'href="page:3"' in origin.text()
    with qtbot.waitSignal(window.documentShown, timeout=WAIT_MS):
        origin.linkActivated.emit("page:3")
    qtbot.waitUntil(lambda: window.ui.reader.current_page() == 3, timeout=WAIT_MS)
    # The user's own date: the panel says so at once and after saving.
    field = panel.fields["published"]
    field.setText("2018-08-13")
    with qtbot.waitSignal(panel.saved, timeout=WAIT_MS):
        field.editingFinished.emit()
    assert origin.text() == "13 August 2018 · set by you"


def test_documents_dated_before_are_dated_from_their_text_on_opening(
        qtbot, settings, runner, filled_archive: Path) -> None:
    from sqlalchemy import text

    from desktop_app.session import ArchiveSession
    from desktop_app.widgets.main_window import MainWindow
    from indexer.archive import Archive

    with Archive.open(filled_archive) as archive:   # as dated before schema 4
        with archive.sessions() as session, session.begin():
            session.execute(text("UPDATE documents SET published = NULL, date_source = NULL"))
    window = MainWindow(ArchiveSession(runner), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.housekeeping.redated, timeout=WAIT_MS) as redated:
        window.open_archive(filled_archive)
    report = redated.args[0]
    assert [new for _id, _old, new, _source in report.changed] == ["2018-08-12"]
    assert report.examined == 3
    with Archive.open(filled_archive) as archive:
        assert archive.undated() == []
    with qtbot.waitSignal(window.housekeeping.redated, timeout=WAIT_MS) as again:
        window.actions_.redate.trigger()   # Tools menu: again, nothing more to change
    assert again.args[0].changed == [] and again.args[0].examined == 3


def test_the_library_date_column_says_where_each_date_came_from(qtbot, make_window,
                                                                filled_archive: Path) -> None:
    from PySide6.QtCore import Qt

    from tests.desktop_app.helpers import table_titles

    window = make_window(filled_archive)
    row = table_titles(window).index("Caspian Fisheries Convention")
    date = window.table_model.index(row, 2)
    assert date.data() == "2018-08-12"
    assert date.data(Qt.ItemDataRole.ToolTipRole) == "12 August 2018 · from the text, page 3"
