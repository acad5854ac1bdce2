"""Tests of the text and Markdown extractor: encodings, titles, headers, front matter, errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import UnsupportedFile
from indexer.extract.text import decode_bytes, extract_text, iso_date
from indexer.extract.types import TEXT_NONE, TEXT_OK

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"

RUSSIAN = (
    "Съешь же ещё этих мягких французских булок, да выпей чаю.\n\n"
    "Президент Узбекистана посетит Азербайджан в ближайшее время. Визит совпадает с "
    "тридцатой годовщиной установления дипломатических отношений между двумя странами; "
    "товарооборот вырос на 40% и превысил 200 миллионов долларов."
)
FRENCH = (
    "Négociations à Genève\n\n"
    "L’accord sur la haute mer a été adopté après des années de négociations. "
    "Les délégués ont salué « une étape décisive » — même si la ratification prendra du temps."
)
ENGLISH = "Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76% to $1.13bn (£600m)."


def _write(tmp_path: Path, data: bytes, name: str = "note.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(tmp_path: Path, data: bytes, name: str = "note.txt") -> str:
    return extract_text(_write(tmp_path, data, name)).text


# --- encodings ------------------------------------------------------------------------------


def test_utf8(tmp_path: Path) -> None:
    result = extract_text(_write(tmp_path, ENGLISH.encode("utf-8")))
    assert result.kind == "text"
    assert result.text == ENGLISH
    assert result.pages == [ENGLISH]
    assert result.text_status == TEXT_OK
    assert result.metadata["encoding"] == "utf-8"


def test_utf8_with_bom_drops_the_bom(tmp_path: Path) -> None:
    assert _read(tmp_path, b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8")) == RUSSIAN


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(tmp_path: Path, bom: bytes, codec: str) -> None:
    result = extract_text(_write(tmp_path, bom + RUSSIAN.encode(codec)))
    assert result.text == RUSSIAN
    assert result.metadata["encoding"] == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [ENGLISH, RUSSIAN, FRENCH])
def test_utf16_without_bom(tmp_path: Path, codec: str, text: str) -> None:
    assert _read(tmp_path, text.encode(codec)) == text


def test_windows_1251_russian(tmp_path: Path) -> None:
    result = extract_text(_write(tmp_path, RUSSIAN.encode("cp1251")))
    assert result.text == RUSSIAN
    assert result.metadata["encoding"] == "cp1251"
    assert result.title == "Съешь же ещё этих мягких французских булок, да выпей чаю."


def test_short_windows_1251_line(tmp_path: Path) -> None:
    assert _read(tmp_path, "Привет, мир! Как дела?".encode("cp1251")) == "Привет, мир! Как дела?"


def test_koi8r_russian(tmp_path: Path) -> None:
    assert _read(tmp_path, RUSSIAN.encode("koi8_r")) == RUSSIAN


def test_cp1252_with_accents(tmp_path: Path) -> None:
    result = extract_text(_write(tmp_path, FRENCH.encode("cp1252")))
    assert result.text == FRENCH
    assert result.metadata["encoding"] == "cp1252"
    assert result.title == "Négociations à Genève"


def test_short_cp1252_word(tmp_path: Path) -> None:
    # charset-normalizer alone calls these bytes UTF-16 BE.
    assert _read(tmp_path, "café".encode("cp1252")) == "café"


def test_mostly_utf8_with_a_stray_byte_is_read_as_utf8(tmp_path: Path) -> None:
    data = FRENCH.encode("utf-8") + b" \xe9t\xe9"  # a cp1252 tail pasted onto UTF-8 text
    result = extract_text(_write(tmp_path, data))
    assert result.text.startswith(FRENCH)
    assert result.metadata["encoding"] == "utf-8"
    assert result.warnings


def test_newlines_and_unicode_normalization(tmp_path: Path) -> None:
    data = "Cafe\u0301 one\r\nline two\rline three\n".encode()
    assert _read(tmp_path, data) == "Café one\nline two\nline three\n"


def test_form_feeds_split_pages(tmp_path: Path) -> None:
    result = extract_text(_write(tmp_path, b"Page one\n\fPage two\n\fPage three"))
    assert result.pages == ["Page one\n", "Page two\n", "Page three"]


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06" * 10,
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00" * 10,
        bytes(range(1, 32)) * 40,  # control bytes without NULs
    ],
)
def test_binary_file_is_rejected(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UnsupportedFile) as caught:
        extract_text(_write(tmp_path, data, "image.txt"))
    assert str(caught.value) == "“image.txt” looks like a binary file, not text."


@pytest.mark.parametrize("data", [b"", b"  \n\n\t \r\n"])
def test_empty_file_gives_empty_text(tmp_path: Path, data: bytes) -> None:
    result = extract_text(_write(tmp_path, data))
    assert result.pages == [""]
    assert result.text_status == TEXT_NONE
    assert result.title is None


def test_decode_bytes_reports_binary_as_none() -> None:
    assert decode_bytes(b"abc\x00\x01\x02\x03def\x00") is None


# --- plain text titles and headers ----------------------------------------------------------


def test_first_short_line_is_the_title(tmp_path: Path) -> None:
    assert extract_text(_write(tmp_path, ENGLISH.encode())).title == (
        "Ad sales boost Time Warner profit"
    )


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    assert extract_text(_write(tmp_path, ("word " * 40).encode())).title is None


def test_section_label_before_the_headline(tmp_path: Path) -> None:
    data = b"Events\n\nUzbekistan and Azerbaijan: what are your plans?\n\nThe visit of ..."
    result = extract_text(_write(tmp_path, data))
    assert result.title == "Uzbekistan and Azerbaijan: what are your plans?"
    assert result.metadata["section"] == "Events"


def test_header_block(tmp_path: Path) -> None:
    data = (
        b"Title: Uzbekistan and Azerbaijan\n"
        b"Source: Maili.uz\n"
        b"Date: 21 July 2025\n"
        b"URL: https://maili.uz/en/a\n"
        b"\n"
        b"The visit of the President..."
    )
    result = extract_text(_write(tmp_path, data))
    assert result.title == "Uzbekistan and Azerbaijan"
    assert result.source == "Maili.uz"
    assert result.published == "2025-07-21"
    assert result.metadata["url"] == "https://maili.uz/en/a"
    assert result.text.startswith("Title: Uzbekistan")  # the text itself is kept whole


def test_header_without_title_takes_the_first_line_after_it(tmp_path: Path) -> None:
    data = "Источник: Независимая газета\nДата: 19.06.2023\n\nЗаголовок статьи\n\nТекст.".encode()
    result = extract_text(_write(tmp_path, data))
    assert result.source == "Независимая газета"
    assert result.published == "2023-06-19"
    assert result.title == "Заголовок статьи"


def test_a_first_line_with_a_colon_is_not_a_header(tmp_path: Path) -> None:
    data = b"Note: the meeting moved to Tuesday.\nBring the report.\n"
    result = extract_text(_write(tmp_path, data))
    assert result.title == "Note: the meeting moved to Tuesday."
    assert result.source is None


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_title_from_first_h1(tmp_path: Path) -> None:
    data = b"Intro line\n\n```sh\n# not a heading\n```\n\n## Sub\n\n# The **Real** Title\n\nText."
    result = extract_text(_write(tmp_path, data, "notes.md"))
    assert result.kind == "markdown"
    assert result.title == "The Real Title"


def test_markdown_setext_title(tmp_path: Path) -> None:
    data = b"High Seas Treaty\n================\n\nText."
    assert extract_text(_write(tmp_path, data, "notes.markdown")).title == "High Seas Treaty"


def test_markdown_front_matter(tmp_path: Path) -> None:
    data = (
        b"---\n"
        b'title: "The BBNJ Agreement"\n'
        b"author: Jane Roe\n"
        b"date: 2023-06-19\n"
        b"tags: [sea, treaty]\n"
        b"---\n"
        b"# A heading that is not the title\n\nBody text.\n"
    )
    result = extract_text(_write(tmp_path, data, "note.md"))
    assert result.title == "The BBNJ Agreement"
    assert result.author == "Jane Roe"
    assert result.published == "2023-06-19"
    assert result.metadata["tags"] == "[sea, treaty]"
    assert result.text == "# A heading that is not the title\n\nBody text.\n"


def test_markdown_thematic_break_is_not_front_matter(tmp_path: Path) -> None:
    data = b"---\nJust a rule above.\n---\n\n# Title\n"
    result = extract_text(_write(tmp_path, data, "note.md"))
    assert result.title == "Title"
    assert result.text.startswith("---\nJust a rule above.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-06-19", "2023-06-19"),
        ("2023-06-19T10:00:00Z", "2023-06-19"),
        ("2023-06", "2023-06"),
        ("2023", "2023"),
        ("19.06.2023", "2023-06-19"),
        ("June 19, 2023", "2023-06-19"),
        ("19 июля 2025 года", "2025-07-19"),
        ("Mon, 19 Jun 2023 10:00:00 +0000", "2023-06-19"),
        ("2023-13-45", None),
        ("yesterday", None),
    ],
)
def test_iso_date(raw: str, expected: str | None) -> None:
    assert iso_date(raw) == expected


# --- the shared corpus ----------------------------------------------------------------------


@pytest.mark.corpus
def test_bbc_headline_is_the_title() -> None:
    folder = CORPUS / "articles" / "text" / "bbc_en"
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not present")
    files = sorted(folder.glob("*/*.txt"))[::40]
    assert files
    for path in files:
        result = extract_text(path)
        headline = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        assert result.title == headline, path
        assert result.text_status == TEXT_OK


@pytest.mark.corpus
def test_seed_article() -> None:
    path = CORPUS / "seed" / "uzbekistan-azerbaijan-maili-uz.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus is not present")
    result = extract_text(path)
    assert result.kind == "text"
    assert result.title == "Uzbekistan and Azerbaijan: what are your plans?"
    assert result.metadata["section"] == "Events"
    # The file has no "Source:"/"Date:" header, so none is invented.
    assert result.source is None and result.published is None
    assert "Узбекистан формирует Секретариат" in result.text
