"""Background PDF work: one render thread owning its PyMuPDF document, and a GUI-side facade."""
from __future__ import annotations

import atexit
import logging
import threading
from collections import OrderedDict, deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QThread, Signal
from PySide6.QtGui import QImage

from desktop_app.reader.selection import place_words
from indexer.analysis import term_spans

if TYPE_CHECKING:
    import pymupdf

log = logging.getLogger(__name__)

# Failure reasons sent by RenderService.failed; the pane turns them into messages.
MISSING, ENCRYPTED, UNREADABLE, EMPTY = "missing", "encrypted", "unreadable", "empty"
# Largest device pixels per PDF point rendered; beyond it the image is scaled up.
MAX_RENDER_SCALE = 4.0
VIEW, THUMB = "view", "thumb"

Key = tuple[int, float]          # (0-based page, render scale)
Hit = tuple[int, QRectF]         # (0-based page, rectangle in PDF points)


class RenderCache:
    """A least-recently-used cache of rendered page images, bounded in bytes."""

    def __init__(self, max_bytes: int = 256 * 1024 * 1024) -> None:
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._bytes = 0
        self._max = max_bytes

    def get(self, key: Key) -> QImage | None:
        """The image for (page, scale), marked as recently used, or None."""
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def best(self, page: int) -> QImage | None:
        """The sharpest cached image of a page at any scale (a preview while rendering)."""
        keys = [key for key in self._images if key[0] == page]
        return self._images[max(keys, key=lambda k: k[1])] if keys else None

    def put(self, key: Key, image: QImage) -> None:
        """Store an image, dropping the least recently used ones beyond the byte bound."""
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self._max and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()

    def clear(self) -> None:
        """Forget every image."""
        self._images.clear()
        self._bytes = 0


@dataclass
class _Jobs:
    """Work for the render thread: commands in order first, then wanted renders by priority."""

    cond: threading.Condition = field(default_factory=threading.Condition)
    commands: deque[tuple[Any, ...]] = field(default_factory=deque)
    wanted: dict[str, list[tuple[int, int, float]]] = field(
        default_factory=lambda: {VIEW: [], THUMB: []})
    search_token: int = 0
    stopped: bool = False

    def command(self, *command: Any) -> None:
        """Queue a command (open, close, search)."""
        with self.cond:
            self.commands.append(command)
            self.cond.notify()

    def want(self, channel: str, jobs: list[tuple[int, int, float]]) -> None:
        """Replace the renders wanted on a channel; stale ones are thereby cancelled."""
        with self.cond:
            self.wanted[channel] = list(jobs)
            self.cond.notify()

    def take(self) -> tuple[Any, ...] | None:
        """Block until there is work; None once stopped."""
        with self.cond:
            while not self.stopped:
                if self.commands:
                    return self.commands.popleft()
                for channel in (VIEW, THUMB):
                    if self.wanted[channel]:
                        return ("render", channel, *self.wanted[channel].pop(0))
                self.cond.wait()
            return None

    def stop(self) -> None:
        """Make take() return None; pending work is dropped."""
        with self.cond:
            self.stopped = True
            self.commands.clear()
            self.cond.notify()


class _RenderThread(QThread):
    """Owns the only PyMuPDF Document of its file in this thread; all PDF work happens here."""

    opened = Signal(int, list)                  # generation, [(width, height)] per page
    failed = Signal(int, str)                   # generation, reason
    rendered = Signal(int, int, float, str, QImage)  # generation, page, scale, channel, image
    termRects = Signal(int, int, list)          # generation, page, [QRectF]
    pageWords = Signal(int, int, list)          # generation, page, [Word]
    searched = Signal(int, int, list)           # generation, token, [(page, QRectF)]

    def __init__(self) -> None:
        super().__init__()
        self.jobs = _Jobs()
        self._doc: pymupdf.Document | None = None
        self._gen = -1
        self._terms: frozenset[str] = frozenset()
        self._texts: list[str] = []
        self._terms_done: set[int] = set()

    def run(self) -> None:
        """Serve jobs until stopped."""
        while (job := self.jobs.take()) is not None:
            try:
                getattr(self, "_do_" + job[0])(*job[1:])
            except Exception:  # a damaged page must not end the thread
                log.exception("reader render job %s failed", job[0])
        self._close()

    def _close(self, gen: int = -1) -> None:
        if self._doc is not None:
            self._doc.close()
        self._doc, self._gen, self._terms_done = None, gen, set()

    def _do_close(self, gen: int) -> None:
        self._close(gen)

    def _do_open(self, gen: int, path: Path, terms: frozenset[str], texts: list[str]) -> None:
        self._close(gen)
        self._terms, self._texts = terms, texts
        if not path.is_file():
            self.failed.emit(gen, MISSING)
            return
        import pymupdf  # here, in the render thread: the window starts without it

        try:
            doc = pymupdf.open(path)
        except (RuntimeError, ValueError, OSError):  # pymupdf.FileDataError is a RuntimeError
            self.failed.emit(gen, UNREADABLE)
            return
        reason = ENCRYPTED if doc.needs_pass else EMPTY if doc.page_count == 0 else None
        if reason is not None:
            doc.close()
            self.failed.emit(gen, reason)
            return
        self._doc = doc
        sizes = [(page.rect.width, page.rect.height) for page in doc.pages()]
        self.opened.emit(gen, sizes)

    def _do_render(self, channel: str, gen: int, page: int, scale: float) -> None:
        if gen != self._gen or self._doc is None or not 0 <= page < self._doc.page_count:
            return
        pdf_page = self._doc.load_page(page)
        if page not in self._terms_done:
            self._terms_done.add(page)
            self.termRects.emit(gen, page, _term_rects(pdf_page, self._terms))
            text = self._texts[page] if page < len(self._texts) else ""
            from indexer.extract.pdf import TEXT_FLAGS

            words = pdf_page.get_text("words", flags=TEXT_FLAGS)
            self.pageWords.emit(gen, page, place_words(words, text))
        try:
            import pymupdf

            pix = pdf_page.get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
            image = QImage(pix.samples, pix.width, pix.height, pix.stride,
                           QImage.Format.Format_RGB888).copy()
        except Exception:
            log.exception("reader could not render page %d", page + 1)
            image = QImage()
        self.rendered.emit(gen, page, scale, channel, image)

    def _do_search(self, gen: int, token: int, text: str, future: Future | None) -> None:
        hits: list[Hit] = []
        if gen == self._gen and self._doc is not None:
            for number, page in enumerate(self._doc.pages()):
                if future is None and token != self.jobs.search_token:
                    return  # a newer search replaced this one
                hits += [(number, QRectF(r.x0, r.y0, r.width, r.height))
                         for r in page.search_for(text, quads=False)]
        if future is not None:
            future.set_result(hits)
        else:
            self.searched.emit(gen, token, hits)


def _term_rects(page: pymupdf.Page, terms: frozenset[str]) -> list[QRectF]:
    """Boxes of the words of a page whose index terms are in terms (parts of words too)."""
    rects: list[QRectF] = []
    if not terms:
        return rects
    for x0, y0, x1, y1, word, *_ in page.get_text("words"):
        for start, end, term in term_spans(word):
            if term in terms:
                unit = (x1 - x0) / max(len(word), 1)
                rects.append(QRectF(x0 + start * unit, y0, (end - start) * unit, y1 - y0))
    return rects


_LIVE: set[_RenderThread] = set()


def _stop(thread: _RenderThread) -> None:
    """Stop a render thread and wait for it (safe to call twice, or after its deletion)."""
    thread.jobs.stop()
    if shiboken6.isValid(thread):
        thread.wait()
    _LIVE.discard(thread)


@atexit.register
def _stop_all() -> None:
    """Stop every render thread still running (at application or interpreter exit)."""
    for thread in list(_LIVE):
        _stop(thread)


class RenderService(QObject):
    """GUI-thread facade of the render thread: open, wanted renders, image cache, search."""

    opened = Signal(list)            # [(width, height)] in points, per page
    failed = Signal(str)             # MISSING | ENCRYPTED | UNREADABLE | EMPTY
    pageRendered = Signal(int, float)  # 0-based page, scale: the image is in the cache
    thumbRendered = Signal(int, float)
    termRects = Signal(int, list)    # 0-based page, [QRectF] in PDF points
    pageWords = Signal(int, list)    # 0-based page, [Word] in reading order (PDF points)
    searchFinished = Signal(list)    # [(0-based page, QRectF)] of the latest search

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gen = 0
        self._token = 0
        self.cache = RenderCache()
        self._thread = _RenderThread()
        self._thread.opened.connect(self._on_opened)
        self._thread.failed.connect(self._on_failed)
        self._thread.rendered.connect(self._on_rendered)
        self._thread.termRects.connect(self._on_term_rects)
        self._thread.pageWords.connect(self._on_page_words)
        self._thread.searched.connect(self._on_searched)
        _LIVE.add(self._thread)
        self._thread.start()
        thread = self._thread
        self.destroyed.connect(lambda *_: _stop(thread))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def shutdown(self) -> None:
        """Stop the render thread; the service is unusable afterwards."""
        _stop(self._thread)

    def open(self, path: Path, terms: frozenset[str] = frozenset(),
             texts: list[str] | None = None) -> None:
        """Open a PDF in the render thread; opened or failed follows. texts, the archive's
        page texts, place each page's words in them (pageWords)."""
        self._gen += 1
        self.cache.clear()
        self._thread.jobs.want(VIEW, [])
        self._thread.jobs.want(THUMB, [])
        self._thread.jobs.command("open", self._gen, Path(path), frozenset(terms),
                                  list(texts or []))

    def close(self) -> None:
        """Forget the open document."""
        self._gen += 1
        self.cache.clear()
        self._thread.jobs.want(VIEW, [])
        self._thread.jobs.want(THUMB, [])
        self._thread.jobs.command("close", self._gen)

    def want(self, channel: str, keys: list[Key]) -> None:
        """Render these (page, scale) keys not already cached, in order; cancels others."""
        jobs = [(self._gen, page, scale) for page, scale in keys if self.cache.get((page, scale))
                is None]
        self._thread.jobs.want(channel, jobs)

    def search(self, text: str) -> None:
        """Search every page in the background; searchFinished follows unless superseded."""
        self._token += 1
        self._thread.jobs.search_token = self._token
        self._thread.jobs.command("search", self._gen, self._token, text, None)

    def search_now(self, text: str, timeout: float = 60.0) -> list[Hit]:
        """Search every page in the render thread and wait for the hits."""
        self._token += 1
        self._thread.jobs.search_token = self._token
        future: Future[list[Hit]] = Future()
        self._thread.jobs.command("search", self._gen, self._token, text, future)
        try:
            return future.result(timeout)
        except TimeoutError:
            return []

    def _on_opened(self, gen: int, sizes: list) -> None:
        if gen == self._gen:
            self.opened.emit(sizes)

    def _on_failed(self, gen: int, reason: str) -> None:
        if gen == self._gen:
            self.failed.emit(reason)

    def _on_rendered(self, gen: int, page: int, scale: float, channel: str,
                     image: QImage) -> None:
        if gen != self._gen:
            return
        self.cache.put((page, scale), image)
        (self.thumbRendered if channel == THUMB else self.pageRendered).emit(page, scale)

    def _on_term_rects(self, gen: int, page: int, rects: list) -> None:
        if gen == self._gen:
            self.termRects.emit(page, rects)

    def _on_page_words(self, gen: int, page: int, words: list) -> None:
        if gen == self._gen:
            self.pageWords.emit(page, words)

    def _on_searched(self, gen: int, token: int, hits: list) -> None:
        if gen == self._gen and token == self._token:
            self.searchFinished.emit(hits)
