"""A small archive with every kind of mark, shared by the export tests (built once a module)."""
from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

from indexer.archive import Archive
from indexer.models import Annotation
from tests.conftest import write_pdf

PDF_PAGES = [
    "Article 1. Use of terms. The Area means the seabed.",
    "Article 76. The continental shelf of a coastal State comprises the seabed.",
    "Article 77. The coastal State exercises over the continental shelf sovereign rights.",
    ("Article 78. The rights of the coastal State over the continental shelf do not affect the "
     "legal status of the superjacent waters or of the air space above those waters, and the "
     "exercise of those rights must not infringe or result in any unjustifiable interference "
     "with navigation and other rights and freedoms of other States."),
]
LONG_QUOTE = ("legal status of the superjacent waters or of the air space above those waters, "
              "and the exercise of those rights")
TEXT = ("Соглашение о сотрудничестве на море\n\n"
        "Стороны договорились о морском праве и охране среды.\n"
        "The parties agreed on the law of the sea. The sea is shared.\n")
MARKDOWN = ("---\ntitle: Fish & Ships: 100% legal_stuff {draft}\nauthor: Anna Smith; United "
            "Nations\nsource: The Diplomat\ndate: 2023-06-19\n"
            "url: https://example.org/a?b=1&c=2\n---\n\n"
            "Fishing fleets met in Tashkent to discuss quotas and the ships of the region.\n")
PASSWORD = "secret"


@dataclass
class Sample:
    """The sample archive and the ids of what it holds."""

    archive: Archive
    root: Path
    pdf: int
    text: int
    md: int
    locked: int
    marks: dict[str, int]  # name -> annotation id


def squash(text: str) -> str:
    """Letters and digits only, lower case: compares text across PDF readers."""
    return re.sub(r"\W+", "", text).casefold()


def pdftotext(path: Path, *args: str) -> str:
    """Poppler's reading of a PDF (skips the test when poppler-utils is missing)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    done = subprocess.run([exe, "-enc", "UTF-8", *args, str(path), "-"], capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8")


def _encrypted_pdf(path: Path) -> Path:
    write_pdf(path.with_suffix(".plain.pdf"), ["A locked agreement on fisheries."])
    doc = pymupdf.open(path.with_suffix(".plain.pdf"))
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=PASSWORD, owner_pw="owner")
    doc.close()
    path.with_suffix(".plain.pdf").unlink()
    return path


def build_sample(root: Path) -> Sample:
    """An archive with a PDF, a Cyrillic text, a Markdown article and an encrypted PDF."""
    src = root / "src"
    src.mkdir(parents=True)
    write_pdf(src / "unclos.pdf", PDF_PAGES, title="UNCLOS extract")
    (src / "note.txt").write_text(TEXT, encoding="utf-8")
    (src / "fish.md").write_text(MARKDOWN, encoding="utf-8")
    _encrypted_pdf(src / "locked.pdf")
    archive = Archive.open(root / "archive")
    report = archive.import_paths([src / "unclos.pdf", src / "note.txt", src / "fish.md"])
    ids = {Path(p).name: i for p, i in report.imported}
    locked = archive.import_paths([src / "locked.pdf"], password=PASSWORD).imported[0][1]
    sample = Sample(archive, root, ids["unclos.pdf"], ids["note.txt"], ids["fish.md"], locked, {})
    _mark(sample)
    archive.add_tags(sample.pdf, ["Region/Central Asia"])
    archive.add_tags(sample.text, ["Region"])
    archive.add_tags(sample.md, ["Fisheries"])
    pack = archive.create_collection("Briefing pack")
    archive.add_to_collection(pack.id, [sample.pdf, sample.text, sample.md])
    return sample


def _mark(s: Sample) -> None:
    add = s.archive.add_annotation
    s.marks["green"] = add(s.pdf, 3, quote="continental shelf", comment="key <b> & “why”",
                           color="green").id
    s.marks["underline"] = add(s.pdf, 2, quote="coastal State", kind="underline",
                               comment="check").id
    s.marks["strike"] = add(s.pdf, 1, quote="seabed", kind="strike", color="red").id
    s.marks["sticky"] = add(s.pdf, 2, quote="seabed", kind="note", comment="sticky note").id
    s.marks["long"] = add(s.pdf, 4, quote=LONG_QUOTE, color="blue", comment="two lines").id
    s.marks["orphan"] = add(s.pdf, 1, quote="Use of terms", comment="re-found").id
    s.marks["lost"] = add(s.pdf, 1, quote="The Area", comment="gone").id
    s.archive.add_note(s.pdf, "# Summary\nThe shelf is **key** & <important>.")
    s.marks["ru"] = add(s.text, 1, quote="морском праве", comment="по-русски").id
    text = s.archive.page_texts(s.text)[0]
    second = text.index("sea", text.index("sea") + 1)
    s.marks["sea2"] = add(s.text, 1, start=second, end=second + 3, color="purple").id
    s.marks["fish"] = add(s.md, 1, quote="Tashkent", comment="venue").id
    with s.archive.sessions() as session, session.begin():
        orphan = session.get(Annotation, s.marks["orphan"])
        lost = session.get(Annotation, s.marks["lost"])
        assert orphan is not None and lost is not None
        orphan.orphaned, orphan.rects = True, []
        lost.orphaned, lost.rects, lost.quote = True, [], "a passage that is nowhere"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    """The sample archive, built once per test module (treat it as read-only)."""
    built = build_sample(tmp_path_factory.mktemp("sample"))
    yield built
    built.archive.close()
