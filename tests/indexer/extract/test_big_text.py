"""A huge text file is read and indexed only up to a limit, with a note; memory stays small."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import pytest

from indexer.extract.guard import guarded
from indexer.extract.text import MAX_TEXT_BYTES, _read_head, extract_text
from indexer.extract.types import Extracted

ROOT = Path(__file__).resolve().parents[3]
# Long words: fewer tokens per megabyte keep the indexing part of the slow test short.
WORDS = ("internationalisation", "demarcationline", "transboundaryrivers", "hydroelectricity",
         "plenipotentiaries", "ratificationsdeposit", "continentalshelves", "arbitrationpanel")


def write_big_text(path: Path, megabytes: int, marks: dict[int, str]) -> Path:
    """A text file of about megabytes MB of lines; marks puts a unique word at byte offsets."""
    line = (" ".join(WORDS) + ".\n").encode()
    block = line * (2**20 // len(line))
    with open(path, "wb") as out:
        written = 0
        for offset, word in sorted(marks.items()):
            while written + len(block) <= offset:
                out.write(block)
                written += len(block)
            sentence = f"The {word} stands here.\n".encode()
            out.write(sentence)
            written += len(sentence)
        while written < megabytes * 2**20:
            out.write(block)
            written += len(block)
    return path


def test_only_the_head_of_a_huge_text_is_read(tmp_path: Path) -> None:
    path = write_big_text(tmp_path / "big.txt", 60, {100: "openingword"})
    tracemalloc.start()
    try:
        result = extract_text(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MAX_TEXT_BYTES  # the 60 MB file is never in memory whole
    text = result.text
    assert MAX_TEXT_BYTES - 2**20 < len(text) <= MAX_TEXT_BYTES and text.endswith(".\n")
    assert "openingword" in text[:1000]
    size_mb = round(path.stat().st_size / 2**20)
    assert result.warnings == [f"The file is {size_mb} MB: only the first 10 MB of text were "
                               "indexed; the original is kept whole."]


def test_small_text_has_no_note(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text("A small file.\n\nWith two paragraphs.\n")
    assert extract_text(path).warnings == []


def test_cut_never_splits_a_character_or_a_line(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes("первая строка\nвторая строка\n".encode())
    data, size = _read_head(path, 30)
    assert data.decode("utf-8") == "первая строка\n" and size == len(path.read_bytes())
    path.write_bytes(("ж" * 40).encode())  # one line: cut between characters, never inside one
    assert _read_head(path, 31)[0].decode("utf-8") == "ж" * 15
    path.write_bytes("\ufeffзапись\n".encode("utf-16-le") * 20)
    data, _ = _read_head(path, 63)
    assert len(data) % 4 == 0


def test_any_extractor_result_is_capped_with_a_note() -> None:
    result = guarded(Extracted(kind="pdf", pages=["a" * 60, "b" * 60, "c" * 60],
                               page_languages=["en", "ru", "en"]), limit=100)
    assert result.pages == ["a" * 60, "b" * 40] and result.page_languages == ["en", "ru"]
    assert result.warnings == ["The text is 180 characters long: only the first 100 were "
                               "indexed; the original is kept whole."]


_IMPORT_SCRIPT = textwrap.dedent("""
    import json, resource, sys
    from pathlib import Path
    from indexer.archive import Archive
    archive = Archive.open(Path(sys.argv[1]))
    report = archive.import_paths([Path(sys.argv[2])])
    found = {w: [h.snippet for h in archive.search(w).hits] for w in sys.argv[3:]}
    detail = archive.document(report.imported[0][1]).to_json()
    archive.close()
    def peak_mb():  # this program's own peak: ru_maxrss also keeps the peak of the
        try:        # process it was started from (pytest's), across the exec
            status = Path("/proc/self/status").read_text()
            return int(status.split("VmHWM:")[1].split()[0]) // 1024
        except (OSError, IndexError):
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"peak_mb": peak_mb(),
                      "found": found, "warnings": detail["meta"].get("warnings"),
                      "stored": detail["stored_path"]}))
""")


@pytest.mark.slow
def test_huge_text_import_keeps_memory_small_and_snippets_right(tmp_path: Path) -> None:
    marks = {500: "openingword", MAX_TEXT_BYTES - 2**20: "lastindexedword",
             MAX_TEXT_BYTES + 2**20: "beyondlimitword"}
    path = write_big_text(tmp_path / "big.txt", 60, marks)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _IMPORT_SCRIPT, str(tmp_path / "a"), str(path),
                           *marks.values()], capture_output=True, text=True, env=env, check=True)
    data = json.loads(done.stdout.splitlines()[-1])
    assert data["peak_mb"] < 600  # was 1.4 GB for 60 MB, 5.3 GB for 200 MB
    assert "the first 10 MB of text were indexed" in data["warnings"][0]
    for word in ("openingword", "lastindexedword"):
        assert len(data["found"][word]) == 1 and f"<b>{word}</b>" in data["found"][word][0]
    assert data["found"]["beyondlimitword"] == []
    stored = Path(data["stored"])
    assert stored.stat().st_size == path.stat().st_size  # the original is kept whole
