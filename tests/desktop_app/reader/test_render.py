"""The render service: pages render off the GUI thread, the cache is bounded, stale work is
dropped."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtGui import QImage

from desktop_app.reader.render import ENCRYPTED, THUMB, VIEW, RenderCache, RenderService

WAIT_MS = 10_000


def image(width: int) -> QImage:
    result = QImage(width, 10, QImage.Format.Format_RGB888)
    result.fill(0)
    return result


def test_cache_is_bounded_and_keeps_recent_images():
    one = image(100).sizeInBytes()
    cache = RenderCache(max_bytes=3 * one)
    for page in range(3):
        cache.put((page, 1.0), image(100))
    assert cache.get((0, 1.0)) is not None        # 0 is now the most recently used
    cache.put((3, 1.0), image(100))
    assert cache.get((1, 1.0)) is None
    assert cache.get((0, 1.0)) is not None
    cache.put((0, 2.0), image(200))
    assert cache.best(0).width() == 200
    cache.clear()
    assert cache.best(0) is None


@pytest.fixture
def service(qtbot) -> Iterator[RenderService]:
    svc = RenderService()
    yield svc
    svc.shutdown()


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    doc = pymupdf.open()
    for number in range(1, 4):
        doc.new_page(width=300, height=400).insert_text((50, 50), f"page {number} shelf")
    path = tmp_path / "three.pdf"
    doc.save(path)
    doc.close()
    return path


@pytest.mark.gui
def test_pages_render_in_the_render_thread(qtbot, service, pdf, monkeypatch):
    threads: list[int] = []
    original = pymupdf.Page.get_pixmap

    def spy(page: pymupdf.Page, *args: object, **kwargs: object) -> pymupdf.Pixmap:
        threads.append(threading.get_ident())
        return original(page, *args, **kwargs)

    monkeypatch.setattr(pymupdf.Page, "get_pixmap", spy)
    with qtbot.waitSignal(service.opened, timeout=WAIT_MS) as opened:
        service.open(pdf, frozenset({"shelf"}))
    assert opened.args == [[(300.0, 400.0)] * 3]
    with qtbot.waitSignal(service.pageRendered, timeout=WAIT_MS) as rendered:
        service.want(VIEW, [(1, 2.0)])
    assert rendered.args == [1, 2.0]
    assert service.cache.get((1, 2.0)).size().width() == 600
    assert threads and threading.get_ident() not in threads


@pytest.mark.gui
def test_new_wants_replace_stale_ones(qtbot, service, pdf):
    with qtbot.waitSignal(service.opened, timeout=WAIT_MS):
        service.open(pdf)
    rendered: list[tuple[int, float]] = []
    service.thumbRendered.connect(lambda page, scale: rendered.append((page, scale)))
    with qtbot.waitSignal(service.thumbRendered, timeout=WAIT_MS):
        service.want(THUMB, [(0, 0.5), (1, 0.5), (2, 0.5)])
        service.want(THUMB, [(2, 0.5)])
    qtbot.waitUntil(lambda: service.cache.get((2, 0.5)) is not None, timeout=WAIT_MS)
    assert (2, 0.5) in rendered
    assert len(rendered) <= 2          # at most one stale job was already taken


@pytest.mark.gui
def test_search_now_and_failures(qtbot, service, pdf, tmp_path):
    with qtbot.waitSignal(service.opened, timeout=WAIT_MS):
        service.open(pdf)
    hits = service.search_now("SHELF")
    assert [page for page, _ in hits] == [0, 1, 2]
    locked = tmp_path / "locked.pdf"
    doc = pymupdf.open()
    doc.new_page()
    doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    doc.close()
    with qtbot.waitSignal(service.failed, timeout=WAIT_MS) as failed:
        service.open(locked)
    assert failed.args == [ENCRYPTED]
    assert service.search_now("shelf") == []
