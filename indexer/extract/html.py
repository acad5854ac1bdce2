"""Saved web pages: the main article text and its metadata with trafilatura, never the network."""
from __future__ import annotations

import re
from copy import deepcopy
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from indexer.errors import CorruptFile
from indexer.extract.text import decode_bytes, normalize_text
from indexer.extract.types import TEXT_NONE, Extracted

# Chosen by measuring on the 115 trafilatura evaluation pages of the shared corpus
# (tests/benchmarks/bench_html_extraction.py --sweep): comments off and favor_recall.
# Balanced (trafilatura's default focus) scores the same in total, 96.5% of gold snippets found
# and 9.2% of boilerplate snippets kept, winning and losing different pages (each misses most
# of one page's article), but is slower: recall mode skips the second-opinion extractors
# (readability, jusText) when the first result is long. Against that: include_comments
# keeps more boilerplate (10.4%), favor_precision loses article text (94.8% found, one page
# emptied) for 7.7% kept, include_tables=False loses text kept in tables (95.3%), fast loses
# recall (95.0%), and deduplicate emptied a page even with a fresh cache per page. An archive
# would rather keep a stray menu line than lose a paragraph.
MAIN_TEXT_OPTIONS: MappingProxyType[str, Any] = MappingProxyType(
    {
        "include_comments": False,
        "include_tables": True,
        "favor_precision": False,
        "favor_recall": True,
        "deduplicate": False,
        "fast": False,
    }
)
# htmldate's "extensive search" (dates guessed from free text) found 9 more dates of 115, most
# of them wrong (from a copyright line, an image upload folder), and the first page that needs
# it makes dateparser load its locales: about 5 s of CPU once per worker process. Dates come
# from metadata, markup and the URL instead (106 of 115 pages dated).
EXTENSIVE_DATE_SEARCH = False

_SNIFF_BYTES = 4096
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_HTML_TAG = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|title|meta|div|p|article|main|section|span|table"
    r"|h[1-6]|br|a|ul|li)\b",
    re.IGNORECASE,
)
# Never part of the readable text of a page, even in the fallback.
_DROP_ALWAYS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
# Page furniture dropped by the fallback, unless it holds the article or most of the text
# (some sites wrap the whole page in a <header>; ASP.NET pages wrap it all in a <form>).
_CHROME = (
    "//nav | //header | //footer | //aside | //menu | //button | //select | //*[@role='navigation'"
    " or @role='banner' or @role='contentinfo' or @role='search' or @role='menu']"
)
_BLOCK_TAGS = (
    "p", "div", "br", "li", "dt", "dd", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "blockquote", "section", "article", "main", "table", "ul", "ol", "dl", "figure",
    "figcaption", "address", "hr", "td", "th",
)
_LANG = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*$")
_FALLBACK_WARNING = (
    "The article could not be told apart from the rest of the page, so the page's whole text "
    "was kept (without menus, header and footer)."
)


def extract_html(path: Path) -> Extracted:
    """Read a saved web page: main article text (paragraphs one per line) and metadata."""
    markup = read_html(path)
    tree = parse_html(markup, f"“{path.name}”")
    language = page_language(tree)
    document = _run_trafilatura(markup)
    text = _document_text(document)
    warnings: list[str] = []
    if not text:
        text = body_text(tree)
        if text:
            warnings.append(_FALLBACK_WARNING)
    if document is None:
        document = _metadata_only(tree)
    result = _result(normalize_text(text), document)
    result.language = language
    result.warnings.extend(warnings)
    return result


def read_html(path: Path) -> str:
    """The page's markup as text; CorruptFile if it is empty, binary or not HTML."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorruptFile(f"“{path.name}” could not be read: {exc.strerror or exc}.") from exc
    if not data.strip():
        raise CorruptFile(f"“{path.name}” is empty: there is no web page in it.")
    decoded = decode_bytes(data, declared_charset(data))
    if decoded is None:
        raise CorruptFile(f"“{path.name}” is not a web page: it looks like a binary file.")
    if not looks_like_html(decoded.text):
        raise CorruptFile(f"“{path.name}” is not a web page: it does not contain HTML markup.")
    return decoded.text


def looks_like_html(text: str) -> bool:
    """Starts with a tag (or doctype, comment, XML declaration) and has a common HTML tag."""
    return text.lstrip().startswith("<") and _HTML_TAG.search(text) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset named in the page's <meta> or XML declaration, if any."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _CHARSET.search(head)
    return match.group(1).decode("ascii", errors="ignore") if match else None


def parse_html(markup: str, label: str = "The page") -> lxml_html.HtmlElement:
    """An lxml tree of the page (the markup is re-encoded, so a declared charset is moot)."""
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml_html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        raise CorruptFile(f"{label} could not be read as a web page.") from exc
    return tree


def _run_trafilatura(markup: str) -> Any:
    """trafilatura's Document for the page, or None. Given a string (and no URL) it reads
    nothing from the network. Its own failures on odd markup lead to the fallback."""
    try:
        return trafilatura.bare_extraction(
            markup,
            url=None,
            with_metadata=True,
            output_format="python",
            date_extraction_params=date_params(),
            **MAIN_TEXT_OPTIONS,
        )
    except (etree.LxmlError, ValueError, TypeError, RecursionError):
        return None


def _metadata_only(tree: lxml_html.HtmlElement) -> Any:
    try:
        return trafilatura.extract_metadata(tree, date_config=date_params())
    except (etree.LxmlError, ValueError, TypeError, RecursionError):
        return None


def date_params() -> dict[str, Any]:
    """htmldate settings: the original publication date, not later than today."""
    return {
        "extensive_search": EXTENSIVE_DATE_SEARCH,
        "original_date": True,
        "max_date": date.today().isoformat(),
    }


def _document_text(document: Any) -> str:
    return (getattr(document, "text", None) or "").strip() if document is not None else ""


def body_text(tree: lxml_html.HtmlElement) -> str:
    """The fallback: all visible text of <body> without scripts, menus, header and footer,
    one line per block element."""
    body = tree.find("body")
    root = deepcopy(body if body is not None else tree)
    _drop(root, list(root.iter(*_DROP_ALWAYS)))
    total = len(root.text_content())
    _drop(root, [element for element in root.xpath(_CHROME) if _is_furniture(element, total)])
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _is_furniture(element: lxml_html.HtmlElement, total: int) -> bool:
    if element.xpath(".//article | .//main | .//h1"):
        return False
    return len(element.text_content()) < total * 0.5


def _drop(root: lxml_html.HtmlElement, elements: list[lxml_html.HtmlElement]) -> None:
    for element in elements:
        if element is not root and element.getparent() is not None:
            element.drop_tree()


def page_language(tree: lxml_html.HtmlElement) -> str | None:
    """The ISO 639-1 code from <html lang> or a content-language meta tag."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        kind = (meta.get("http-equiv") or meta.get("property") or "").lower()
        if kind in ("content-language", "og:locale"):
            candidates.append(meta.get("content"))
    for value in candidates:
        match = _LANG.match((value or "").strip())
        if match:
            return match.group(1).lower()
    return None


def _result(text: str, document: Any) -> Extracted:
    result = Extracted(
        kind="html",
        pages=[text],
        title=_field(document, "title"),
        author=_field(document, "author"),
        source=_field(document, "sitename") or _field(document, "hostname"),
        published=_field(document, "date"),
    )
    if not text:
        result.text_status = TEXT_NONE
    result.metadata = _metadata(document)
    return result


def _field(document: Any, name: str) -> str | None:
    value = getattr(document, name, None) if document is not None else None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(item) for item in value if item)
    value = " ".join(str(value).split()) if value else ""
    return value or None


def _metadata(document: Any) -> dict[str, str]:
    names = ("description", "url", "hostname", "categories", "tags", "license", "image")
    found = {name: _field(document, name) for name in names}
    return {name: value for name, value in found.items() if value}
