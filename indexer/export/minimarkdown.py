"""A small, safe Markdown-to-HTML renderer for notes: escaped text, a few block and inline forms."""
from __future__ import annotations

import re
from html import escape

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: f"<b>{m.group(1) or m.group(2)}</b>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"),
     lambda m: f"<i>{m.group(1) or m.group(2)}</i>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r"\1 (\2)"),
]


def inline(text: str) -> str:
    """One line of Markdown as escaped HTML with code, bold, italics and links as text."""
    out = escape(text)
    for pattern, repl in _INLINE:
        out = pattern.sub(repl, out)  # type: ignore[call-overload]
    return out


class _Blocks:
    """Collects the HTML blocks of a note, line by line."""

    def __init__(self, heading_base: int) -> None:
        self.heading_base = heading_base
        self.blocks: list[str] = []
        self.para: list[str] = []
        self.items: list[str] = []
        self.list_tag = ""

    def flush(self) -> None:
        if self.para:
            self.blocks.append("<p>" + "<br>".join(inline(x) for x in self.para) + "</p>")
            self.para.clear()
        if self.items:
            items = "".join(f"<li>{x}</li>" for x in self.items)
            self.blocks.append(f"<{self.list_tag}>{items}</{self.list_tag}>")
            self.items.clear()
            self.list_tag = ""

    def line(self, line: str) -> None:
        heading, bullet, numbered = (_HEADING.match(line), _BULLET.match(line),
                                     _NUMBERED.match(line))
        if not line.strip():
            self.flush()
        elif heading:
            self.flush()
            level = min(6, self.heading_base + len(heading.group(1)) - 1)
            self.blocks.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif line.startswith(">"):
            self.flush()
            self.blocks.append(f"<blockquote>{inline(line.lstrip('>').strip())}</blockquote>")
        elif bullet or numbered:
            tag = "ul" if bullet else "ol"
            if self.para or (self.items and self.list_tag != tag):
                self.flush()
            self.list_tag = tag
            self.items.append(inline((bullet or numbered).group(1)))  # type: ignore[union-attr]
        else:
            if self.items:
                self.flush()
            self.para.append(line.strip())


def to_html(text: str, heading_base: int = 4) -> str:
    """Markdown as HTML; headings start at h<heading_base>; nothing unescaped gets through."""
    blocks = _Blocks(heading_base)
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith("```"):  # a fenced block, shown as it is
            blocks.flush()
            end = i + 1
            while end < len(lines) and not lines[end].strip().startswith("```"):
                end += 1
            blocks.blocks.append("<pre>" + escape("\n".join(lines[i + 1:end])) + "</pre>")
            i = end + 1
            continue
        blocks.line(lines[i])
        i += 1
    blocks.flush()
    return "\n".join(blocks.blocks)
