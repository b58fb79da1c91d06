"""Labels for translated text, laid out in the language's direction.

Qt gives a wrapped label the direction of its first strong letter, so Persian
that begins with "IOM" would be laid out left to right, its full stop on the
wrong side. A leading direction mark (invisible) makes the layout's direction win.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QMargins, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.i18n.marks import plain
from kiosk.ui.fonts import NASTALIQ, ink_beyond_line
from kiosk.ui.theme import Name

LEFT_TO_RIGHT_MARK = "\u200e"
# What changes where a label's lines break, and so its height at a width.
RESHAPING = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish,
                       QEvent.Type.LayoutDirectionChange, QEvent.Type.ContentsRectChange,
                       QEvent.Type.ApplicationFontChange})
RIGHT_TO_LEFT_MARK = "\u200f"
# Heights of Nastaliq texts laid out, shared by every label: the same words come back at the
# same widths in the same fonts at each switch into Urdu, and in several labels.
HEIGHTS_KEPT = 8192
_heights_of_texts: dict[tuple[object, ...], int] = {}
_texts_laid_out = 0


def texts_laid_out() -> int:
    """How many times a label's Nastaliq text has been laid out for its height, in this process."""
    return _texts_laid_out


class TextLabel(QLabel):
    """Plain text only: a translation can never inject markup, images or links."""

    def __init__(self, object_name: Name, parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}  # heightForWidth's answers, until the text changes
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Once a style sheet gives a label padding, Qt indents its text by half an "x";
        # headings would stand out of line with the paragraphs under them.
        self.setIndent(0)
        self._source = ""
        self._ink_room = QMargins()  # px added around the text for ink that leaves its lines
        self._margins = QMargins()  # as this label last set them, the room included
        self._changing = False  # text, direction and font being changed together
        self._in_nastaliq = False  # as of its last font: whose heights are worth sharing

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._source = text
        self._heights.clear()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        super().setText((RIGHT_TO_LEFT_MARK if rtl else LEFT_TO_RIGHT_MARK) + text)
        # A screen reader reads the words, never the marks and isolates that steer the layout.
        self.setAccessibleName(plain(text))
        self._make_room_for_the_ink()

    # What else moves the line breaks; Qt's own calls of these never come from outside.
    def setWordWrap(self, on: bool) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802 (Qt's name)
        self._heights.clear()
        super().setMargin(margin)

    def shown_text(self) -> str:
        """The text as set, without the direction mark."""
        return self._source

    def event(self, event: QEvent) -> bool:
        # One handler for what changeEvent would also be given: each event crosses into Python
        # once, and its type (a Python enum made anew) is asked once.
        kind = event.type()
        if kind in RESHAPING:
            self._heights.clear()
        handled = super().event(event)
        if kind == QEvent.Type.LayoutDirectionChange:
            if self._source:
                self.setText(self._source)
        elif kind in (QEvent.Type.FontChange, QEvent.Type.Polish):
            self._in_nastaliq = NASTALIQ in self.font().families()
            self._make_room_for_the_ink()
        return handled

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        # A layout asks a label for its height at a width several times in one pass, and Qt
        # lays the text out anew for each: in an Urdu switch, 238 questions of 70 labels, and
        # each Nastaliq answer about 50 µs. The answer holds until the text, font, direction,
        # style or margins change (RESHAPING).
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._height_of_text(width)
        return height

    def _height_of_text(self, width: int) -> int:
        # The text changes at each switch, and so the label's own answers go; but into Urdu a
        # visitor's home is laid out as the last one's was: 66 texts, each Nastaliq one 50 to
        # 100 µs, 4 ms of the switch. Other scripts lay out in less time than the key takes to
        # make (into Norwegian, 0.5 ms slower with it). What QLabel's answer depends on is the key.
        if width < 0 or not self._in_nastaliq:
            return super().heightForWidth(width)
        font = self.font()
        margins = self.contentsMargins()
        key = (self.text(), font.key(), tuple(font.families()), width, margins.left(), margins.top(),
               margins.right(), margins.bottom(), self.margin(), self.indent(), self.frameWidth(),
               self.alignment().value, self.wordWrap(), self.layoutDirection().value,
               self.minimumWidth(), self.minimumHeight())
        height = _heights_of_texts.get(key)
        if height is None:
            global _texts_laid_out
            _texts_laid_out += 1
            height = super().heightForWidth(width)
            if len(_heights_of_texts) >= HEIGHTS_KEPT:
                _heights_of_texts.clear()
            _heights_of_texts[key] = height
        return height

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Direction, fonts and text changed together, the ink measured once, after all of
        them: each step alone would measure the old text in the new font, or the reverse."""
        self._changing = True
        try:
            yield
        finally:
            self._changing = False
            self._make_room_for_the_ink()

    def measure_ahead(self, families: list[str]) -> None:
        """Measure this text's ink as it will be set in ``families`` (in place of this label's
        own), so that the label finds it measured when it is: a language's rehearsal, out of
        sight. The style sheet gives fonts their size and weight, a language only its families."""
        if NASTALIQ in families:
            font = self.font()
            font.setFamilies(families)
            ink_beyond_line(self.text(), font)

    def _make_room_for_the_ink(self) -> None:
        # Measured once the style sheet has given the label its font (Qt polishes a widget
        # before it is first laid out or shown, and marks it polished before its Polish event),
        # not at each font it passes through before: a Nastaliq measure costs a millisecond.
        if self._changing or not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            return
        # A label is as big as its lines, and paints nothing outside itself. Nastaliq's words
        # cascade down to the line from their first letter, and a tall one reaches above the
        # font's own ascent (the kaf of کبھی by a fifth of an em); the stroke of a first ک or گ
        # reaches back past the start of its word by up to two fifths. Without that much more
        # room, above or beside the text, a line's first letter loses its top or its stroke.
        # No other bundled font's text leaves its line: other labels are left as they are.
        room = (ink_beyond_line(self.text(), self.font())
                if NASTALIQ in self.font().families() else QMargins())
        if self.alignment() & Qt.AlignmentFlag.AlignHCenter:
            # As much on both sides, so that centred text stays in the middle.
            side = max(room.left(), room.right())
            room.setLeft(side)
            room.setRight(side)
        if room == self._ink_room and (room.isNull() or self.contentsMargins() == self._margins):
            return
        self._ink_room = room
        # The margins the style gives (a style sheet's padding), then the room on top of them.
        self.setFrameRect(QRect())
        self._margins = self.contentsMargins() + room
        self.setContentsMargins(self._margins)
