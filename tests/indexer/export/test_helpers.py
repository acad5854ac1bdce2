"""Small pieces of the exporters: note Markdown, author names, citation keys."""
from __future__ import annotations

from indexer.export.bibdata import parse_name, split_authors
from indexer.export.minimarkdown import to_html


def test_note_markdown_is_rendered_and_escaped() -> None:
    html = to_html("# Plan <now>\n- **one** & `two`\n- [site](https://x.org)\n\n<script>x</script>")
    assert html.startswith("<h4>Plan &lt;now&gt;</h4>")
    assert "<li><b>one</b> &amp; <code>two</code></li>" in html
    assert "site (https://x.org)" in html and "<script>" not in html
    assert to_html("```\n<b>raw</b>\n```") == "<pre>&lt;b&gt;raw&lt;/b&gt;</pre>"


def test_author_names() -> None:
    assert [n.csl() for n in split_authors("Anna Smith; Ludwig van Beethoven")] == [
        {"family": "Smith", "given": "Anna"}, {"family": "van Beethoven", "given": "Ludwig"}]
    assert parse_name("Smith, Anna").sort_form == "Smith, Anna"
    assert parse_name("BBC News").csl() == {"literal": "BBC News"}
    assert parse_name("United Nations General Assembly").literal
    assert split_authors("") == [] and split_authors(None) == []
