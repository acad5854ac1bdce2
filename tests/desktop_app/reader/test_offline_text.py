"""The reader and the note preview load nothing a document names; raw HTML hides no text."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from desktop_app.offline_text import PLACEHOLDER_SIZE
from desktop_app.reader.text_view import TextView
from desktop_app.widgets.note_editor import NoteEditor

IMAGE = QTextDocument.ResourceType.ImageResource
RAW_HTML = ('<link rel="stylesheet" href="file:///etc/hostname">\n\nAfter the link block.\n\n'
            '<img src="{image}" width="400" height="300">\n\nAfter the img block.\n\n'
            '<script>\nalert(1)\n</script>\n\nAfter the script.\n\n'
            '<iframe src="https://example.com/">\n\nAfter the iframe.\n')


@pytest.fixture
def image(tmp_path: Path) -> Path:
    """A 50×40 red PNG: if Qt loaded it, the document would hold a 50×40 image."""
    path = tmp_path / "red.png"
    picture = QImage(50, 40, QImage.Format.Format_ARGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(path))
    return path


def _markdown(image: Path) -> str:
    url = QUrl.fromLocalFile(str(image)).toString()
    return (f"# Title\n\nBefore ![remote](https://example.com/x.png) and ![local]({url}) "
            f"and ![relative](red.png) and ![zero](file:///dev/zero) images.\n\n"
            + RAW_HTML.format(image=url))


def _assert_offline(document: QTextDocument, image: Path) -> None:
    for name in (QUrl.fromLocalFile(str(image)), QUrl("red.png"), QUrl("file:///dev/zero"),
                 QUrl("https://example.com/x.png")):
        resource = document.resource(IMAGE, name)
        assert isinstance(resource, QImage), name
        assert resource.width() == PLACEHOLDER_SIZE, name  # the placeholder, not the file
    text = document.toPlainText()
    for after in ("After the link block.", "After the img block.", "After the script.",
                  "After the iframe."):
        assert after in text
    assert '<link rel="stylesheet"' in text  # raw HTML is shown as the text it is


class _Counting(TextView):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        self.asked.append(QUrl(name).toString())
        return super().loadResource(kind, name)


@pytest.mark.gui
@pytest.mark.parametrize("pages", [1, 2])  # one Markdown page is set whole, more are inserted
def test_reader_loads_nothing_a_markdown_document_names(qtbot, image, tmp_path, monkeypatch,
                                                         pages):
    monkeypatch.chdir(tmp_path)  # where a relative image name would be looked for
    view = _Counting()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_document("markdown", [_markdown(image)] * pages, frozenset())
    view.viewport().repaint()
    _assert_offline(view.document(), image)
    assert "file:///dev/zero" in view.asked  # asked, and answered with the placeholder
    assert not any("hostname" in name for name in view.asked)  # the <link> is only text


@pytest.mark.gui
def test_note_preview_loads_nothing_and_keeps_text_after_raw_html(qtbot, image, tmp_path,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_text(_markdown(image))
    editor.toggle.setChecked(True)
    assert editor.stack.currentWidget() is editor.preview
    editor.preview.viewport().repaint()
    _assert_offline(editor.preview.document(), image)


@pytest.mark.gui
def test_preview_opens_only_web_links(qtbot, monkeypatch):
    from desktop_app import offline_text

    opened: list[str] = []
    monkeypatch.setattr(offline_text.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toString())))
    editor = NoteEditor()
    qtbot.addWidget(editor)
    for url in ("file:///etc/passwd", "https://example.com/a", "smb://host/share"):
        editor.preview.anchorClicked.emit(QUrl(url))
    assert opened == ["https://example.com/a"]
