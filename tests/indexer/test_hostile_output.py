"""Control characters never reach the terminal raw; exported names are safe everywhere."""
from __future__ import annotations

import io
import json
from pathlib import Path

from indexer.cli import main
from indexer.export.naming import MAX_STEM_BYTES, UniqueNames, safe_stem
from indexer.terminal import ProgressBar, plain_snippet, safe_text

EVIL_TITLE = "Evil \x1b]0;pwned\x07 title \u202egpj.exe"


def test_safe_text_escapes_controls_and_direction_marks() -> None:
    assert safe_text("a\x1b[31mb") == "a\\x1b[31mb"
    assert safe_text("x\u202ey\u2066z\u0085") == "x\\u202ey\\u2066z\\x85"
    assert safe_text("caf\udce9") == "caf\\xe9"  # a raw byte of a name that is not UTF-8
    assert safe_text("line\nnext\tcol") == "line\\x0anext\\x09col"
    assert safe_text("line\nnext\f\x1b", multiline=True) == "line\nnext\f\\x1b"
    assert safe_text("Ташкент — O‘zbekiston é") == "Ташкент — O‘zbekiston é"


def test_snippet_keeps_its_own_bold_but_escapes_the_text() -> None:
    snippet = "a &lt;b&gt; \x1b[2J <b>hit\x9b</b> z"
    assert plain_snippet(snippet, tty=False) == "a <b> \\x1b[2J **hit\\x9b** z"
    assert plain_snippet(snippet, tty=True) == "a <b> \\x1b[2J \x1b[1mhit\\x9b\x1b[0m z"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_escapes_the_path() -> None:
    stream = _Tty()
    ProgressBar(stream, min_interval=0).update(1, 2, "/x/\x1b[2Jevil.txt")
    assert "\x1b" not in stream.getvalue() and "\\x1b[2Jevil.txt" in stream.getvalue()


def _run(archive: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--archive", str(archive), *args], out=out)
    return code, out.getvalue()


def test_cli_escapes_names_and_titles_but_json_is_exact(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "name\x1b[2J.txt").write_text(f"{EVIL_TITLE}\n\nThe body of the river text.\n")
    code, out = _run(tmp_path / "a", "import", str(src))
    assert code == 0 and "name\\x1b[2J.txt" in out
    for args in (("list",), ("search", "river"), ("show", "1")):
        code, out = _run(tmp_path / "a", *args)
        assert code == 0 and "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "Evil \\x1b]0;pwned\\x07 title \\u202egpj.exe" in out
    code, out = _run(tmp_path / "a", "list", "--json")
    assert json.loads(out)[0]["title"] == EVIL_TITLE


def test_exported_names_are_safe_on_every_system(tmp_path: Path) -> None:
    names = UniqueNames(tmp_path)
    assert names.path("NUL.md", ".pdf").name == "_NUL.md.pdf"
    assert names.path("con", ".md").name == "_con.md"
    assert names.path("Lpt9 .txt", ".md").name == "_Lpt9 .txt.md"
    assert names.path("COM\u00b9", ".md").name == "_COM\u00b9.md"
    assert names.path("Console", ".md").name == "Console.md"  # only the device names
    assert safe_stem("invoice\u202efdp.exe") == "invoicefdp.exe"
    assert safe_stem("a\u2066b\u200bc\x1b[31md\x85e") == "abc [31md e"
    assert safe_stem(' ..a<b>c:d"e/f\\g|h?i*j. . ') == "a b c d e f g h i j"
    assert safe_stem("\u202e\u200b") == "document"
    long = safe_stem("Ташкент " * 40)
    assert len(long.encode("utf-8")) <= MAX_STEM_BYTES and not long.endswith((" ", "."))
    assert len(safe_stem("長" * 100).encode("utf-8")) <= MAX_STEM_BYTES
    (tmp_path / names.path("長" * 100, ".md.pdf").name).write_text("ok")  # the OS accepts it
