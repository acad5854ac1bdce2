"""Render the window offscreen in each state a new user meets, at two sizes and in English and
Russian: python tools/screenshots.py --out DIR [--corpus ../shared/corpus].

The archive is built once in DIR/archive from the corpus (treaty PDFs, BBC politics articles,
the seed article; a few marks on UNCLOS); the pictures are DIR/<lang>-<size>-<state>.png.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ((1280, 800), (1600, 960))
LANGUAGES = ("en", "ru")
STATES = ("library", "search", "reader", "annotations", "import", "attention", "details")
QUERY = "continental shelf"
BBC_ARTICLES = 40
FAILING = ("pdfjs/bug1020226.pdf", "pdfjs/issue9105_other.pdf", "pdfminer/aes-128.pdf",
           "pdfminer/aes-256.pdf", "pdfminer/rc4-128.pdf")


def build_archive(corpus: Path, root: Path) -> None:
    """Import the treaties, some BBC politics articles and the seed; mark UNCLOS."""
    from indexer.archive import Archive

    if root.is_dir() and any(root.iterdir()):
        return
    treaties = sorted((corpus / "treaties" / "pdf").glob("*.pdf"))
    articles = sorted((corpus / "articles" / "text" / "bbc_en" / "politics").glob("*.txt"))
    seed = sorted((corpus / "seed").glob("*.txt"))
    with Archive.open(root) as archive:
        report = archive.import_paths([*treaties, *articles[:BBC_ARTICLES], *seed])
        unclos = next((doc_id for path, doc_id in report.imported if "unclos" in path.lower()),
                      None)
        if unclos is not None:
            archive.add_tags(unclos, ["Law of the sea"])
            for page, quote, comment, colour in (
                    (48, "shall deposit with the Secretary-General", "Article 76(9): charts "
                     "and geodetic data go to the Secretary-General", "yellow"),
                    (48, "final and", "", "green"),
                    (1, "Convention", "The 1982 text", "yellow")):
                try:
                    archive.add_annotation(unclos, page, quote=quote, comment=comment,
                                           color=colour)
                except Exception as error:  # noqa: BLE001 - a missing quote is not fatal here
                    print(f"mark on page {page} skipped: {error}", file=sys.stderr)


def _failing_files(corpus: Path, folder: Path) -> list[Path]:
    """Copies of a few bad PDFs (damaged, empty, encrypted) to import."""
    folder.mkdir(parents=True, exist_ok=True)
    found = []
    for name in FAILING:
        source = corpus / "badpdfs" / name
        if source.is_file():
            target = folder / Path(name).name
            target.write_bytes(source.read_bytes())
            found.append(target)
    return found


class Driver:
    """Drives one window through the states, saving a picture of each."""

    def __init__(self, app: object, out: Path, lang: str, corpus: Path, archive: Path) -> None:
        self.app, self.out, self.lang = app, out, lang
        self.corpus, self.archive = corpus, archive

    def wait(self, signal: object, timeout_ms: int = 30_000) -> list[object]:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        got: list[object] = []

        def done(*args: object) -> None:
            got.extend(args)
            loop.quit()

        signal.connect(done)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(done)  # type: ignore[attr-defined]
        return got

    def settle(self, ms: int = 500) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(self, test: Callable[[], bool], timeout_ms: int = 30_000) -> None:
        waited = 0
        while not test() and waited < timeout_ms:
            self.settle(50)
            waited += 50

    def shoot(self, window: object, size: tuple[int, int], state: str) -> None:
        path = self.out / f"{self.lang}-{size[0]}x{size[1]}-{state}.png"
        window.grab().save(str(path), "PNG")  # type: ignore[attr-defined]
        print(path)

    def run(self, size: tuple[int, int], scratch: Path) -> None:
        from PySide6.QtCore import QSettings

        from desktop_app.session import ArchiveSession
        from desktop_app.settings import AppSettings
        from desktop_app.tasks import TaskRunner
        from desktop_app.widgets.main_window import MainWindow

        store = QSettings(str(scratch / f"settings-{size[0]}.ini"), QSettings.Format.IniFormat)
        settings = AppSettings(store)
        settings.language = self.lang
        runner = TaskRunner()
        session = ArchiveSession(runner)
        window = MainWindow(session, settings)
        window.resize(*size)
        window.show()
        window.open_archive(self.archive)
        self.wait(window.libraryLoaded)
        self._library(window, size)
        self._search(window, size)
        self._reader(window, size)
        self._annotations(window, size)
        self._import(window, size, scratch)
        self._attention(window, size)
        self._details(window, size)
        window.close()
        session.shutdown()
        runner.wait(30_000)

    def _library(self, window: object, size: tuple[int, int]) -> None:
        window.ui.table.setFocus()
        window.ui.table.select_first()
        self.wait(window.documentShown)
        self.settle(800)
        self.shoot(window, size, "library")

    def _search(self, window: object, size: tuple[int, int]) -> None:
        window.ui.search_bar.set_text(QUERY)
        self.wait(window.searcher.searched)
        self.wait(window.documentShown, 3000)
        self.settle(800)
        self.shoot(window, size, "search")

    def _reader(self, window: object, size: tuple[int, int]) -> None:
        hit = window.ui.results.model.hit_at(0)
        window.ui.results.hitActivated.emit(hit)
        self.wait(window.documentShown)
        self.settle(1200)
        self.shoot(window, size, "reader")

    def _annotations(self, window: object, size: tuple[int, int]) -> None:
        window.annotating.dock.show()
        self.settle(1200)
        self.shoot(window, size, "annotations")
        window.annotating.dock.hide()

    def _import(self, window: object, size: tuple[int, int], scratch: Path) -> None:
        if window.actions_.reading.isChecked():
            window.actions_.reading.setChecked(False)
        files = _failing_files(self.corpus, scratch / f"bad-{size[0]}")
        files.append(self.corpus / "seed" / next(
            p.name for p in (self.corpus / "seed").glob("*.txt")))
        window.importer.import_paths(files)
        self.wait(window.importer.finished)
        self.settle(800)
        self.shoot(window, size, "import")
        dialog = window.importer.password_dialog
        if dialog is not None:
            path = self.out / f"{self.lang}-{size[0]}x{size[1]}-password.png"
            dialog.grab().save(str(path), "PNG")
            print(path)
            dialog.reject()
        window.import_panel.details.setChecked(True)
        self.settle(500)
        self.shoot(window, size, "import-details")
        window.import_panel.details.setChecked(False)
        window.import_dock.hide()

    def _attention(self, window: object, size: tuple[int, int]) -> None:
        from desktop_app.models.sidebar import Node

        window.ui.search_bar.clear_quietly()
        window.searcher.clear()
        window.sidebar.select_view(Node.ATTENTION.value)
        self.settle(1000)
        window.ui.table.setFocus()
        window.ui.table.select_first()     # its bar says why it is listed and what fixes it
        self.wait(window.documentShown, 10_000)
        self.settle(1000)
        self.shoot(window, size, "attention")


    def _details(self, window: object, size: tuple[int, int]) -> None:
        """UNCLOS in the library with its details: the date and where it came from."""
        from desktop_app.models.sidebar import Node

        window.sidebar.select_view(Node.ALL.value)
        self.settle(1000)
        window.actions_.show_details.setChecked(True)
        model = window.table_model
        rows = [model.row_at(r) for r in range(model.rowCount())]
        unclos = next((r for r, row in enumerate(rows)
                       if row is not None and "unclos" in row.original_name.lower()), 0)
        window.ui.table.setFocus()
        window.ui.table.selectRow(unclos)
        self.wait(window.documentShown, 10_000)
        self.settle(1000)
        self.shoot(window, size, "details")
        window.actions_.show_details.setChecked(False)


def one_language(out: Path, lang: str, corpus: Path, archive: Path) -> int:
    """Every size and state in one language (one process: translators are per process)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import install_translators

    app = QApplication([sys.argv[0]])
    install_translators(app, lang)
    driver = Driver(app, out, lang, corpus, archive)
    with tempfile.TemporaryDirectory(prefix="dossier-shots-") as scratch:
        for size in SIZES:
            driver.run(size, Path(scratch))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    archive = args.out / "archive"
    if not (args.corpus / "treaties").is_dir():
        print(f"No corpus at {args.corpus}", file=sys.stderr)
        return 1
    if args.lang:
        return one_language(args.out, args.lang, args.corpus.resolve(), archive)
    build_archive(args.corpus.resolve(), archive)
    for lang in LANGUAGES:
        subprocess.run([sys.executable, __file__, "--out", str(args.out), "--corpus",
                        str(args.corpus), "--lang", lang], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
