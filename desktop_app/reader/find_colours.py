"""The colours of search and find marks: orange, outlined, never the yellow of a highlight."""
from __future__ import annotations

from PySide6.QtGui import QColor

# A search's words: a pale orange fill (multiplied, so the text stays black) in an orange
# outline; the user's own highlights are yellow fills without an outline.
TERM_FILL = QColor(255, 208, 160)
TERM_OUTLINE = QColor(232, 118, 20)
# The find bar's hits, and the current one.
HIT_COLOUR = QColor(255, 190, 120)
CURRENT_COLOUR = QColor(255, 120, 40)
