"""A large button that holds wrapped lines of text (and an icon), for touch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel

# Extra height goes to the picture first (up to its full size), then around the face.
ICON_SHARE = 100


class FaceIcon(QLabel):
    """A button face's picture: drawn as large as the room allows, from ``least`` up to ``most``
    pixels square, so that where room is short the picture gives way, never the words."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._icon = QIcon()
        self._least = self._most = 0
        self._peers: Sequence[FaceIcon] = (self,)
        self._side = -1  # the size its picture is drawn at (-1: not yet)

    def set_icon(self, icon: QIcon, least: int, most: int) -> None:
        self._icon, self._least, self._most = icon, least, most
        self._side = -1
        self.setMaximumHeight(most)
        self.updateGeometry()
        self._fit()

    def share_size_with(self, peers: Sequence[FaceIcon]) -> None:
        """Drawn as large as the smallest of ``peers`` (itself among them) can be: a row of
        buttons whose words take more lines in some shows its pictures all alike."""
        self._peers = peers

    @property
    def room(self) -> int:
        """How large the picture could be drawn in its own place."""
        return min(self.width(), self.height(), self._most)

    @property
    def side(self) -> int:
        """How large the picture is drawn now."""
        return self._side

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._most, self._least)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._least, self._least)

    def _fit(self) -> None:
        side = min(peer.room for peer in self._peers)
        for peer in self._peers:
            peer._draw_at(side)

    def _draw_at(self, side: int) -> None:
        # A picture of that size, drawn once: qtawesome would paint its glyph (in Python) on
        # every paint, and the label paints a picture by itself.
        if side != self._side:
            self._side = side
            self.setPixmap(self._icon.pixmap(QSize(side, side)) if side > 0 and not self._icon.isNull()
                           else QPixmap())


class CardButton(QPushButton):
    """A button whose face is a column of labels; the labels let every touch through.

    A push button measures only its own text and icon, and this one has neither: by default
    a layout shares out the room as if its face were empty, which suits buttons sized to fill
    a screen that was sized for them (the start screen's). With ``asks_room_for_face`` it
    claims the room its words need, and a screen that cannot give it scrolls.
    """

    def __init__(self, object_name: Name, line_names: tuple[Name, ...], icon_px: int = 0,
                 parent: QWidget | None = None, *, asks_room_for_face: bool = False) -> None:
        super().__init__(parent)
        self._asks_room_for_face = asks_room_for_face
        self.setObjectName(object_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.BUTTON_FACE_MARGINS)
        layout.setSpacing(theme.LINE_GAP)
        layout.addStretch(1)
        self.icon_label: FaceIcon | None = None
        self._icon_px = icon_px
        self._compact = False
        if icon_px:
            self.icon_label = FaceIcon(self)
            layout.addWidget(self.icon_label, ICON_SHARE)
        self.lines: list[TextLabel] = []
        for name in line_names:
            label = TextLabel(name, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
            self.lines.append(label)
        layout.addStretch(1)

    def set_face_icon(self, icon: QIcon, most: int = 0, least: int = 0) -> None:
        """``icon`` on the face: ``most`` pixels square where there is room (else the size the
        button was made with), down to ``least`` where there is not (else never smaller)."""
        if self.icon_label is not None:
            most = most or self._icon_px
            self.icon_label.set_icon(icon, least or most, most)

    def set_compact(self, compact: bool) -> None:
        """Narrower margins and no gap between the lines: for a screen whose buttons would
        otherwise be too short for their text (seventeen languages on one start screen)."""
        self._compact = compact
        self.layout().setContentsMargins(*(theme.COMPACT_BUTTON_FACE_MARGINS if compact
                                           else theme.BUTTON_FACE_MARGINS))
        self.layout().setSpacing(0 if compact else theme.LINE_GAP)

    @property
    def is_compact(self) -> bool:
        return self._compact

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return hint.expandedTo(self.layout().totalSizeHint()) if self._asks_room_for_face else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return hint.expandedTo(self.layout().totalMinimumSize()) if self._asks_room_for_face else hint
