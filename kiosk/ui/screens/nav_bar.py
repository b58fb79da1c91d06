"""The bar on every screen after the start: Back, Listen, Home, Language."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from kiosk.i18n.localizer import Localizer
from kiosk.ui import icons, theme
from kiosk.ui.theme import Name


class NavBar(QWidget):
    back_requested = Signal()
    home_requested = Signal()
    language_requested = Signal()
    listen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(Name.NAV_BAR)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # Always its full height: when a tall language leaves the window short of room,
        # the screens above (which scroll) give way, never the bar's buttons.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*theme.BAR_MARGINS)
        self.back = self._button(self.back_requested)
        self.home = self._button(self.home_requested)
        self.language = self._button(self.language_requested)
        self.listen = self._button(self.listen_requested)
        self._reading = False
        self._loc: Localizer | None = None
        layout.addWidget(self.back)
        layout.addStretch(1)
        layout.addWidget(self.listen)
        layout.addWidget(self.home)
        layout.addWidget(self.language)

    def _button(self, signal: Signal) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(Name.NAV_BUTTON)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(theme.ICON_PX, theme.ICON_PX))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal.emit)
        return button

    def retranslate(self, loc: Localizer) -> None:
        self.back.setText(loc.ui("nav.back"))
        self.home.setText(loc.ui("nav.home"))
        self.language.setText(loc.ui("nav.language"))
        # The back arrow points where the reader came from: right, in right-to-left.
        self.back.setIcon(icons.icon(icons.BACK, color=theme.ON_BLUE, mirrored=loc.is_rtl))
        self.back.setProperty("mirrored", loc.is_rtl)
        self.home.setIcon(icons.icon(icons.HOME, color=theme.ON_BLUE))
        self.language.setIcon(icons.icon(icons.LANGUAGE, color=theme.ON_BLUE))
        self._loc = loc
        self._show_reading()

    def set_reading(self, reading: bool) -> None:
        """The Listen button becomes Stop while the screen is read aloud."""
        self._reading = reading
        self._show_reading()

    def set_listen_available(self, available: bool) -> None:
        """Hidden for a language with no voice, or when staff turned read-aloud off."""
        self.listen.setVisible(available)

    def _show_reading(self) -> None:
        if self._loc is None:
            return
        self.listen.setText(self._loc.ui("nav.stop_listening" if self._reading else "nav.listen"))
        # While it reads, the button is drawn inverted (white, blue words): plainly "on".
        self.listen.setIcon(icons.icon(icons.STOP_LISTENING if self._reading else icons.LISTEN,
                                       color=theme.IOM_BLUE if self._reading else theme.ON_BLUE))
        self.listen.setProperty("reading", self._reading)
        self.listen.style().unpolish(self.listen)
        self.listen.style().polish(self.listen)
