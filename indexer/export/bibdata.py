"""Bibliographic facts derived from documents: personal or corporate authors, types, dates, keys."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from indexer.export.gather import ExportDoc

_ORG_WORDS = {
    "agency", "assembly", "associated", "bank", "bbc", "board", "bureau", "centre", "center",
    "commission", "committee", "corporation", "council", "department", "editorial", "editors",
    "foundation", "government", "group", "inc", "institute", "ltd", "ministry", "nations",
    "news", "office", "organisation", "organization", "press", "reporter", "reuters",
    "secretariat", "secretary-general", "service", "staff", "team", "un", "united",
    "university", "agreement", "conference",
}
_PARTICLES = {"van", "von", "de", "da", "del", "della", "der", "di", "du", "la", "le", "bin",
              "ibn", "al", "ter", "ten"}
_LEGAL = re.compile(
    r"\b(treaty|convention|agreement|protocol|charter|covenant|resolution|declaration|"
    r"statute|A/RES|A-RES|A-DEC|соглашени\w*|конвенци\w*|договор\w*|резолюци\w*|протокол\w*|"
    r"декларац\w*)", re.IGNORECASE)
_FLOWING = ("html", "text", "markdown")
_STOP = {"the", "a", "an", "of", "on", "and", "in", "to", "for", "at", "by", "with", "from",
         "is", "are", "its"}
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a",
     "g", "q", "ng", "o", "u", "u", "h", "i"], strict=True))


@dataclass(frozen=True)
class Name:
    """A person (family, given) or an organisation (literal)."""

    family: str = ""
    given: str = ""
    literal: str = ""

    @property
    def display(self) -> str:
        return self.literal or f"{self.given} {self.family}".strip()

    @property
    def sort_form(self) -> str:
        """'Family, Given' for a person, the literal name otherwise."""
        if self.literal:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else self.family

    def csl(self) -> dict[str, str]:
        """The CSL-JSON name object."""
        if self.literal:
            return {"literal": self.literal}
        return {"family": self.family, "given": self.given}


def split_authors(author: str | None) -> list[Name]:
    """The authors in a free-text author field ("A. Smith; B. Jones", "Smith, Anna", "BBC")."""
    if not author or not author.strip():
        return []
    text = " ".join(author.split())
    parts = re.split(r"\s*;\s*|\s+and\s+|\s+&\s+|\s+и\s+", text)
    if len(parts) == 1 and text.count(",") >= 2:
        parts = text.split(",")
    return [parse_name(p) for p in parts if p.strip()]


def parse_name(text: str) -> Name:
    """One name: 'Family, Given', 'Given [particle] Family', or an organisation (literal)."""
    text = " ".join(text.split()).strip(" ,.")
    words = text.split()
    if "," in text:
        family, given = (x.strip() for x in text.split(",", 1))
        if family and given and len(family.split()) <= 3:
            return Name(family=family, given=given)
    lowered = {w.lower().strip(".,") for w in words}
    if (not 2 <= len(words) <= 4 or lowered & _ORG_WORDS or any(c.isdigit() for c in text)
            or any(not w[0].isupper() and w.lower() not in _PARTICLES for w in words)):
        return Name(literal=text)
    split = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in _PARTICLES:
            split = i
            break
    return Name(family=" ".join(words[split:]), given=" ".join(words[:split]))


def doc_type(doc: ExportDoc) -> str:
    """A CSL type: legislation, article-newspaper, webpage, report or document."""
    legal = bool(_LEGAL.search(doc.title) or _LEGAL.search(doc.original_name))
    if doc.kind in _FLOWING and not legal:
        if doc.source:
            return "article-newspaper"
        if doc.url:
            return "webpage"
        return "document"
    if legal:
        return "legislation"
    if re.search(r"\breport\b", doc.title, re.IGNORECASE):
        return "report"
    return "document"


def date_parts(published: str | None) -> list[int]:
    """[year], [year, month] or [year, month, day] from an ISO date; [] when unknown."""
    if not published:
        return []
    found = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not found:
        return []
    return [int(g) for g in found.groups() if g]


def ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits of text (Cyrillic transliterated, accents dropped)."""
    text = "".join(_CYRILLIC.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text)


def _key_base(doc: ExportDoc) -> str:
    names = split_authors(doc.author)
    who = ""
    if names:
        who = ascii_word(names[0].family or names[0].literal.split()[0])
    if not who and doc.source:
        who = ascii_word(doc.source.split()[0])
    year = str(date_parts(doc.published)[0]) if date_parts(doc.published) else ""
    words = [ascii_word(w) for w in re.split(r"\W+", doc.title) if w.lower() not in _STOP]
    word = next((w for w in words if len(w) >= 3 and not w.isdigit()), "")
    return f"{who or 'anon'}{year}{word or 'doc'}"


def citation_keys(docs: list[ExportDoc]) -> dict[int, str]:
    """A unique key like smith2023climate per document id (b, c… added to repeats)."""
    keys: dict[int, str] = {}
    used: set[str] = set()
    for doc in docs:
        base = key = _key_base(doc)
        n = 0
        while key in used:
            n += 1
            key = base + _suffix(n)
        used.add(key)
        keys[doc.id] = key
    return keys


def _suffix(n: int) -> str:
    """b, c, …, z, then ba, bb…: a second 'smith2023climate' becomes 'smith2023climateb'."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 26)
        out = letters[r] + out
    return out
