"""A large button that holds wrapped lines of text (and an icon), for touch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel


class CardButton(QPushButton):
    """A button whose face is a column of labels; the labels let every touch through."""

    def __init__(self, object_name: Name, line_names: tuple[Name, ...], icon_px: int = 0,
                 parent: QWidget | None = None, *, compact_icon_px: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.BUTTON_FACE_MARGINS)
        layout.setSpacing(theme.LINE_GAP)
        layout.addStretch(1)
        self.icon_label: QLabel | None = None
        self._icon = QIcon()
        self._icon_px = icon_px
        self._compact_icon_px = compact_icon_px or icon_px
        self._compact = False
        if icon_px:
            self.icon_label = QLabel(self)
            self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(self.icon_label)
        self.lines: list[TextLabel] = []
        for name in line_names:
            label = TextLabel(name, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
            self.lines.append(label)
        layout.addStretch(1)

    def set_face_icon(self, icon: QIcon) -> None:
        self._icon = icon
        self._show_icon()

    def set_compact(self, compact: bool) -> None:
        """Narrower margins, no gap between the lines and the smaller icon: for a screen whose
        buttons would otherwise be too short for their text."""
        self._compact = compact
        self.layout().setContentsMargins(*(theme.COMPACT_BUTTON_FACE_MARGINS if compact
                                           else theme.BUTTON_FACE_MARGINS))
        self.layout().setSpacing(0 if compact else theme.LINE_GAP)
        self._show_icon()

    @property
    def is_compact(self) -> bool:
        return self._compact

    def _show_icon(self) -> None:
        if self.icon_label is not None and not self._icon.isNull():
            px = self._compact_icon_px if self._compact else self._icon_px
            self.icon_label.setPixmap(self._icon.pixmap(px, px))
