"""Labels for translated text, laid out in the language's direction.

Qt gives a wrapped label the direction of its first strong letter, so Persian
that begins with "IOM" would be laid out left to right, its full stop on the
wrong side. A leading direction mark (invisible) makes the layout's direction win.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.i18n.marks import plain
from kiosk.ui.theme import Name

LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"


class TextLabel(QLabel):
    """Plain text only: a translation can never inject markup, images or links."""

    def __init__(self, object_name: Name, parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Once a style sheet gives a label padding, Qt indents its text by half an "x";
        # headings would stand out of line with the paragraphs under them.
        self.setIndent(0)
        self._source = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._source = text
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        super().setText((RIGHT_TO_LEFT_MARK if rtl else LEFT_TO_RIGHT_MARK) + text)
        # A screen reader reads the words, never the marks and isolates that steer the layout.
        self.setAccessibleName(plain(text))

    def shown_text(self) -> str:
        """The text as set, without the direction mark."""
        return self._source

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange and self._source:
            self.setText(self._source)
