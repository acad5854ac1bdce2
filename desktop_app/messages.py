"""The core's sentences in the interface language: known patterns of its (English) error
messages are recognised here, at the GUI edge, and said again through Qt's translations.

An import failure becomes a short reason without the file's name (the line already names the
file); any other sentence is translated whole. A sentence no pattern knows stays as it is.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_F = "“(?P<f>.+?)”"      # the file's name, in the core's quotation marks




def _fill(template: str, *values: str) -> str:
    """Replace %1, %2… (Qt's placeholders) without touching a % inside the values."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def _reason_rules() -> list[Rule]:
    """Why a file was not imported (short, without the file's name)."""
    return [
        (re.compile(rf"^{_F} is encrypted and needs a password\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "needs a password")),
        (re.compile(rf"^The password for {_F} is wrong\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "the password is wrong")),
        (re.compile(rf"^{_F} is not a readable PDF: it has no pages"),
         lambda m: QCoreApplication.translate("CoreMessages", "a damaged PDF: no page could be read")),
        (re.compile(rf"^{_F} is not a readable PDF: none of its pages can be read"),
         lambda m: QCoreApplication.translate("CoreMessages", "a damaged PDF: no page could be read")),
        (re.compile(rf"^{_F} is not a readable PDF: it is damaged"),
         lambda m: QCoreApplication.translate("CoreMessages", "a damaged PDF that cannot be read")),
        (re.compile(rf"^{_F} is not a readable PDF: the file is empty"),
         lambda m: QCoreApplication.translate("CoreMessages", "the file is empty")),
        (re.compile(rf"^{_F} is not a readable PDF: it (is .+, )?not a PDF"),
         lambda m: QCoreApplication.translate("CoreMessages", "not a PDF file, although its name says so")),
        (re.compile(rf"^{_F} is not a readable PDF: it cannot be read"),
         lambda m: QCoreApplication.translate("CoreMessages", "the file cannot be read")),
        (re.compile(rf"^{_F} (could not be found|does not exist)\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "the file does not exist")),
        (re.compile(rf"^{_F} is not a regular file\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "not a file")),
        (re.compile(rf"^{_F} (cannot|could not) be read: "),
         lambda m: QCoreApplication.translate("CoreMessages", "the file cannot be read")),
        (re.compile(rf"^{_F} is a copy of “(?P<o>.+)”, which failed\.$"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "a copy of “%1”, which failed"),
                         Path(m.group("o")).name)),
        (re.compile(rf"^{_F} is (a damaged|not a readable) Word document"),
         lambda m: QCoreApplication.translate("CoreMessages", "a damaged Word document")),
        (re.compile(rf"^{_F} is password-protected; "),
         lambda m: QCoreApplication.translate("CoreMessages", "a Word document with a password, which Dossier "
                                     "cannot open")),
        (re.compile(rf"^{_F} is an old-style Word document"),
         lambda m: QCoreApplication.translate("CoreMessages", "an old Word document (.doc): save it as .docx to "
                                     "import it")),
        (re.compile(rf"^{_F} is empty: there is no web page in it\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "empty: there is no web page in it")),
        (re.compile(rf"^({_F} is not a web page|.+ could not be read as a web page)"),
         lambda m: QCoreApplication.translate("CoreMessages", "not a readable web page")),
        (re.compile(rf"^{_F} is not a format Dossier reads"),
         lambda m: QCoreApplication.translate("CoreMessages", "not a format Dossier reads (PDF, HTML, text, "
                                     "Markdown, DOCX)")),
        (re.compile(rf"^{_F} needs more memory to read than allowed\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "needs more memory to read than allowed")),
        (re.compile(rf"^Reading {_F} took longer than (?P<s>\d+) s"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "reading it took longer than %1 s and was "
                                           "stopped"), m.group("s"))),
        (re.compile(rf"^The reader crashed on {_F}"),
         lambda m: QCoreApplication.translate("CoreMessages", "the reader crashed on it")),
        (re.compile(rf"^{_F} looks like a binary file, not text\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "a binary file, not text")),
    ]


def _sentence_rules() -> list[Rule]:
    """Whole sentences of the core: query errors, things not found."""
    return [
        (re.compile(r"^Type something to search for\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "Type something to search for.")),
        (re.compile(r"^The query has a quotation mark that is not closed\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "The query has a quotation mark that is not closed.")),
        (re.compile(r"^The query has an unmatched parenthesis\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "The query has an unmatched parenthesis.")),
        (re.compile(r"^The query has nothing to search for: type a word\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "The query has nothing to search for: type a word.")),
        (re.compile(r"^Ranges work on date: and year: only"),
         lambda m: QCoreApplication.translate("CoreMessages", "Ranges work on date: and year: only, as in year:[2020 TO 2023].")),
        (re.compile(r"^“(?P<w>.+)”: a wildcard needs at least one letter before it"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "“%1”: a wildcard needs at least one letter before it, as in negotiat*."), m.group("w"))),
        (re.compile(r"^“(?P<w>.+)” is not a (real )?date"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "“%1” is not a date; write a year, 2023-06 or 2023-06-19."), m.group("w"))),
        (re.compile(r"^The query nests brackets more than (?P<n>\d+) deep\.$"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "The query nests brackets more than %1 deep."), m.group("n"))),
        (re.compile(r"^The query only excludes words"),
         lambda m: QCoreApplication.translate("CoreMessages", "The query only excludes words; add a word to search for.")),
        (re.compile(r"^This search took too long and was stopped"),
         lambda m: QCoreApplication.translate("CoreMessages", "This search took too long and was stopped; try fewer or less common words, or a longer prefix.")),
        (re.compile(r"^This note was changed by someone else while you were editing it"),
         lambda m: QCoreApplication.translate("CoreMessages", "This note was changed by someone else while you were editing it; your text was not saved over theirs: compare both and save again.")),
        (re.compile(r"^Another Dossier is writing to this archive"),
         lambda m: QCoreApplication.translate("CoreMessages", "Another Dossier is writing to this archive; this will start when it has finished.")),
        (re.compile(r"^The query has an unmatched bracket\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "The query has an unmatched bracket.")),
        (re.compile(r"^There is no field “(?P<n>.+)”; the fields are: (?P<k>.+)\.$"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "There is no field “%1”; the fields are: %2."),
                         m.group("n"), m.group("k"))),
        (re.compile(r"^“(?P<n>.+):” needs something to search for after the colon\.$"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "“%1:” needs something to search for after "
                                           "the colon."), m.group("n"))),
        (re.compile(r"^“(?P<n>.+)” is not a country Dossier knows"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "“%1” is not a country Dossier knows; try its "
                                           "English name or its two-letter code."),
                         m.group("n"))),
        (re.compile(r"^(The query|Part of the query) “(?P<q>.+)” (could not be understood|"
                    r"is not valid)"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "The query “%1” could not be understood."),
                         m.group("q"))),
        (re.compile(r"^There is no (document|note|annotation|collection|saved search) with "
                    r"id (?P<i>\d+)\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "It no longer exists: it may have been deleted.")),
        (re.compile(r"^Document (?P<d>\d+) has no page (?P<p>\d+)"),
         lambda m: _fill(QCoreApplication.translate("CoreMessages", "The document has no page %1."), m.group("p"))),
        (re.compile(r"^A document needs a title\.$"),
         lambda m: QCoreApplication.translate("CoreMessages", "A document needs a title.")),
        (re.compile(r"^The archive database could not be written"),
         lambda m: QCoreApplication.translate("CoreMessages", "The archive database could not be written.")),
    ]


def _apply(rules: list[Rule], text: str) -> str | None:
    for pattern, say in rules:
        match = pattern.search(text)
        if match:
            return say(match)
    return None


def failure_reason(error: str) -> str:
    """Why one file was not imported, in the interface language and without its name."""
    return _apply(_reason_rules(), error.strip()) or error


def core_sentence(text: str) -> str:
    """A sentence of the core in the interface language (unknown ones unchanged)."""
    text = text.strip()
    said = _apply(_sentence_rules(), text)
    if said is not None:
        return said
    match = re.match(rf"^(The password for |Reading |The reader crashed on )?{_F}", text)
    reason = _apply(_reason_rules(), text)
    if reason is not None and match:
        return _fill(QCoreApplication.translate("CoreMessages", "“%1”: %2"), match.group("f"), reason)
    return text


def needs_password(error: str) -> bool:
    """Whether an import failure is a missing or wrong password."""
    return bool(re.search(r"^(“.+” is encrypted and needs a password|The password for "
                          r"“.+” is wrong)\.$", error.strip()))
