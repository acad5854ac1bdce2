"""The application's icons: small SVG files in the package's resources/icons, by name."""
from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

RESOURCES: Traversable = resources.files("desktop_app.resources")
ICONS = RESOURCES / "icons"
ICON_SIZES = (16, 20, 24, 32, 48, 64, 128, 256)


@functools.cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg (an empty icon if there is none)."""
    source = ICONS / f"{name}.svg"
    if not source.is_file():
        return QIcon()
    if hasattr(source, "resolve"):       # an ordinary folder: Qt reads the SVG itself
        return QIcon(str(source))
    data = QByteArray(source.read_bytes())    # inside a zip: render from the bytes
    result = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        if pixmap.loadFromData(data, "SVG"):
            result.addPixmap(pixmap)
    return result
