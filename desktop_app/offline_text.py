"""Text browsers that load nothing a document names, and Markdown shown without raw HTML."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

# Raw HTML in Markdown is shown as the text it is: Qt's HTML reader would otherwise hide
# everything after a <link>, <img>, <script> or <iframe> block, and load what they name.
MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)
LINK_SCHEMES = ("http", "https", "mailto")
PLACEHOLDER_SIZE = 16


def placeholder(kind: int) -> object:
    """What a document gets instead of any resource: a small blank image for images, empty
    bytes otherwise. Never None: Qt then reads local files itself (file:///dev/zero)."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(PLACEHOLDER_SIZE, PLACEHOLDER_SIZE, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        return image
    return QByteArray()


def set_markdown(document: QTextDocument, text: str) -> None:
    """Show Markdown text in document, raw HTML as plain text."""
    document.setMarkdown(text, MARKDOWN_FEATURES)


def insert_markdown(cursor: QTextCursor, text: str) -> None:
    """Insert Markdown text at cursor, raw HTML as plain text."""
    cursor.insertMarkdown(text, MARKDOWN_FEATURES)


class OfflineBrowser(QTextBrowser):
    """A read-only text browser that loads no images, style sheets or other resources, and
    opens only web and mail links (outside, in the user's browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(open_web_link)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Load nothing: the archive is offline and a document must not read local files."""
        return placeholder(kind)

    def setMarkdown(self, markdown: str) -> None:
        """Show Markdown, its raw HTML as plain text."""
        set_markdown(self.document(), markdown)


def open_web_link(url: QUrl) -> None:
    """Open url in the user's browser or mail program if it is a web or mail link."""
    if url.scheme() in LINK_SCHEMES:
        QDesktopServices.openUrl(url)
