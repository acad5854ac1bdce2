"""Dates read from a document's own text: signature and adoption lines, title pages, words."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.dates import (
    FoundDate,
    choose_date,
    document_date,
    file_name_date,
    find_dates,
    format_date,
    parse_date,
    source_page,
)

STYLES = ("en", "en-us", "en-words", "ru", "fr", "es", "iso")


@pytest.mark.parametrize(("text", "expected"), [
    ("Done at Montego Bay, this tenth day of December, one thousand nine hundred and "
     "eighty-two.", "1982-12-10"),
    ("DONE AT NEW YORK, this ... day of July, one thousand nine hundred and\nninety-four.",
     "1994-07"),
    ("Done at New York on 19 June 2023", "2023-06-19"),
    ("adopted on 10 December 1948", "1948-12-10"),
    ("General Assembly resolution 217 A (III) of 10 December 1948", "1948-12-10"),
    ("10 декабря 1982 года", "1982-12-10"),
    ("«10» декабря 1982 г.", "1982-12-10"),
    ("fait à Paris le 1er juin 2023", "2023-06-01"),
    ("hecho en Madrid el 10 de diciembre de 1982", "1982-12-10"),
    ("December 10, 1982", "1982-12-10"),
    ("19.06.2023", "2023-06-19"),
    ("Report, June 2023", "2023-06"),
    ("the twenty-first day of March, nineteen hundred and ninety-nine", "1999-03-21"),
])
def test_parse_date_reads_each_way_of_writing(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31 February 2020", "2023-13-01", "page 12 of 40",
                                  "5 May 99", "the year nineteen", "1.2.3"])
def test_parse_date_refuses_what_is_no_day(text: str) -> None:
    assert parse_date(text) is None


def test_signature_line_wins_over_title_page_and_says_its_page() -> None:
    pages = ["Convention\nDistr.: General\n3 May 2001", "Article 1 …",
             "IN WITNESS WHEREOF …\nDONE AT MONTEGO BAY, this tenth day of December, one "
             "thousand\nnine hundred and eighty-two.\n", "Annex I"]
    assert document_date(pages) == FoundDate("1982-12-10", 3, "signature")


def test_russian_and_french_signature_lines() -> None:
    assert document_date(["Преамбула", "Совершено в Нью-Йорке 19 июня 2023 года."]) == \
        FoundDate("2023-06-19", 2, "signature")
    assert document_date(["Préambule", "Fait à New York le 19 juin 2023."]) == \
        FoundDate("2023-06-19", 2, "signature")


def test_narrated_signature_is_not_a_signature_line() -> None:
    pages = ["Resolution adopted by the General Assembly\non 24 April 2024",
             "Noting that the Agreement was opened for signature in New York on "
             "20 September 2023,"]
    assert document_date(pages) == FoundDate("2024-04-24", 1, "adoption")


def test_a_more_precise_line_refines_the_signature_month() -> None:
    pages = ["Resolution", "Decides …\n101st plenary meeting\n28 July 1994\nANNEX",
             "DONE AT NEW YORK, this ... day of July, one thousand nine hundred and "
             "ninety-four."]
    assert document_date(pages) == FoundDate("1994-07-28", 2, "adoption")


def test_title_page_skips_the_date_of_another_text() -> None:
    pages = ["Agreement relating to the Convention on the Law of the Sea of 10 December 1982"
             "\nNew York, 28 July 1994", "text"]
    assert document_date(pages) == FoundDate("1994-07-28", 1, "title")


def test_a_year_alone_on_the_title_page() -> None:
    assert document_date(["AGREEMENT\n\nUNITED NATIONS \n2023 \n", "body"]) == \
        FoundDate("2023", 1, "title")
    assert document_date(["no date here", "nor here"]) is None
    assert document_date([]) is None


def test_choose_date_order_of_sources() -> None:
    title_only = ["Report\n4 May 2026", "body"]
    assert choose_date("pdf", title_only, "2026-06-18", "report.pdf") == ("2026-05-04",
                                                                         "text:p1")
    assert choose_date("pdf", title_only, None, "r_2026-04-02.pdf") == ("2026-04-02", "file")
    assert choose_date("pdf", ["nothing"], "2001-09-27", "x.pdf") == ("2001-09-27",
                                                                      "metadata")
    assert choose_date("pdf", ["nothing"], None, "x.pdf") == (None, "none")
    # A web page's own date field is the author's: it wins over a date in its text.
    assert choose_date("html", title_only, "2025-01-02", "a.html") == ("2025-01-02",
                                                                       "metadata")


def test_sources_and_file_names() -> None:
    assert source_page("text:p138") == 138
    assert source_page("metadata") is None and source_page(None) is None
    assert file_name_date("1971-10-25_GA_Resolution_2758_ru.pdf") == "1971-10-25"
    assert file_name_date("report-2026-3.pdf") is None
    assert file_name_date("1971-13-45 x.pdf") is None


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)),
       st.sampled_from(STYLES))
def test_parses_what_it_formats(day: date, style: str) -> None:
    written = format_date(day, style)
    assert parse_date(written) == day.isoformat()
    assert parse_date(f"Signed. {written}; more text 12") == day.isoformat()


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
       | st.lists(st.sampled_from(["10", "December", "декабря", "1982", "day", "of", "the",
                                   "tenth", "one", "thousand", "hundred", "and", "Done at",
                                   "...", "\n", ".", "2023-", "31", "года", "de"]),
                  max_size=40).map(" ".join))
def test_never_raises_on_any_text(text: str) -> None:
    for start, end, iso in find_dates(text):
        assert 0 <= start < end <= len(text)
        assert date.fromisoformat(iso if len(iso) == 10 else f"{iso}-01")
    found = document_date([text, text])
    assert found is None or found.kind in ("signature", "adoption", "title")


TREATIES = {
    "unclos-1982-en.pdf": ("1982-12-10", "text:p138"),
    "fish-stocks-agreement-1995-en.pdf": ("1995-12-04", "text:p35"),
    "agreement-partxi-1994-en.pdf": ("1994-07-28", "text:p3"),
    "A-RES-78-272-en.pdf": ("2024-04-24", "text:p1"),
    "bbnj-agreement-2023-en.pdf": ("2023", "text:p1"),
}


@pytest.mark.parametrize("name", sorted(TREATIES))
def test_real_treaties_are_dated_from_their_text(corpus: Path, name: str) -> None:
    from indexer.extract.pdf import extract_pdf

    path = corpus / "treaties" / "pdf" / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the corpus")
    ex = extract_pdf(path)
    assert choose_date(ex.kind, ex.pages, ex.published, path.name) == TREATIES[name]
    assert ex.published != TREATIES[name][0]  # the metadata tells another date


def test_an_articles_date_is_in_its_heading_not_its_story() -> None:
    story = ("Blair backs pre-election budget\n\nThe chancellor said on 3 March 1998 that "
             "taxes would not rise, as he had in October 1989.")
    assert document_date([story], flowing=True) is None
    dated = "Talks on water\n19 June 2023\n\nMinisters met on 3 March 1998."
    assert document_date([dated], flowing=True) == FoundDate("2023-06-19", 1, "title")
    assert choose_date("text", [story], None, "012.txt") == (None, "none")
    # A signature line counts anywhere, in an article too.
    assert choose_date("docx", [story + "\nDone at Baku on 4 May 2024."], None, "a.docx") == \
        ("2024-05-04", "text:p1")
