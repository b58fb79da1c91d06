"""The bar on every screen after the start: Back, Listen, Home, Language, and A+ for larger text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import left_to_right
from kiosk.ui import icons, theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.style_state import set_style_state

# The larger-text button's face, the same in every language (its name for a screen reader is
# translated). At the largest step it shows a plain "A": the next tap brings normal text back.
LARGER_FACE = "A+"
NORMAL_FACE = "A"


class NavBar(QWidget):
    back_requested = Signal()
    home_requested = Signal()
    language_requested = Signal()
    larger_text_requested = Signal()
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
        self.text_size = self._button(self.larger_text_requested)
        self.text_size.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.text_size.setProperty("textSize", True)
        self.listen = self._button(self.listen_requested)
        self._reading = False
        layout.addWidget(self.back)
        layout.addStretch(1)
        layout.addWidget(self.listen)
        layout.addWidget(self.home)
        layout.addWidget(self.language)
        layout.addWidget(self.text_size)
        self._percent = theme.NORMAL_TEXT
        self._loc: Localizer | None = None
        self._show_text_size()

    def _button(self, signal: Signal) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(Name.NAV_BUTTON)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(theme.ICON_PX, theme.ICON_PX))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal.emit)
        return button

    def retranslate(self, loc: Localizer) -> None:
        self._loc = loc
        self.back.setText(loc.ui("nav.back"))
        self.home.setText(loc.ui("nav.home"))
        self.language.setText(loc.ui("nav.language"))
        # The back arrow points where the reader came from: right, in right-to-left.
        self.back.setIcon(icons.icon(icons.BACK, color=theme.ON_BLUE, mirrored=loc.is_rtl))
        self.back.setProperty("mirrored", loc.is_rtl)
        self.home.setIcon(icons.icon(icons.HOME, color=theme.ON_BLUE))
        self.language.setIcon(icons.icon(icons.LANGUAGE, color=theme.ON_BLUE))
        self.text_size.setAccessibleName(loc.ui("nav.larger_text"))
        self._show_text_size()
        self._show_reading()
        self._fit()

    def set_reading(self, reading: bool) -> None:
        """The Listen button becomes Stop while the screen is read aloud."""
        self._reading = reading
        self._show_reading()

    def set_listen_available(self, available: bool) -> None:
        """Hidden for a language with no voice, or when staff turned read-aloud off."""
        self.listen.setVisible(available)
        self._fit()

    def _show_reading(self) -> None:
        if self._loc is None:
            return
        self.listen.setText(self._loc.ui("nav.stop_listening" if self._reading else "nav.listen"))
        # While it reads, the button is drawn inverted (white, blue words): plainly "on".
        self.listen.setIcon(icons.icon(icons.STOP_LISTENING if self._reading else icons.LISTEN,
                                       color=theme.IOM_BLUE if self._reading else theme.ON_BLUE))
        set_style_state(self.listen, "reading", self._reading)

    def rescale(self, percent: int) -> None:
        self._percent = percent
        side = theme.grown_px(theme.ICON_PX, percent)
        for button in (self.back, self.listen, self.home, self.language):
            button.setIconSize(QSize(side, side))
        self._show_text_size()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    @property
    def words_under_icons(self) -> bool:
        return self.back.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon

    def _fit(self) -> None:
        """Words beside their icons where the bar has room for all of them; else under them,
        so that long words at large text keep every button whole (the bar grows taller)."""
        labelled = [button for button in (self.back, self.listen, self.home, self.language)
                    if not button.isHidden()]
        for button in labelled:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        margins = self.layout().contentsMargins()
        shown = [*labelled, self.text_size]
        needed = (sum(button.sizeHint().width() for button in shown) + margins.left() + margins.right()
                  + self.layout().spacing() * len(shown))
        if self.width() > 0 and needed > self.width():
            for button in labelled:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)

    def _show_text_size(self) -> None:
        largest = self._percent == theme.TEXT_STEPS[-1]
        # Kept left to right: in a right-to-left bar "A+" would read "+A".
        self.text_size.setText(left_to_right(NORMAL_FACE if largest else LARGER_FACE))
        if self._loc is not None:
            # The step it is at, in the visitor's digits: "130 %", "۱۳۰٪".
            self.text_size.setAccessibleDescription(self._loc.percent(self._percent / 100))
