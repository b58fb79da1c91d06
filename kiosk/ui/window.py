"""The kiosk window: the start screen, home, the pages, and the bar that joins them."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.content import Content
from kiosk.hours.clock import Clock, system_clock
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import plain
from kiosk.ui import theme
from kiosk.ui.language import LanguageSwitch
from kiosk.ui.screens.start import StartScreen
from kiosk.ui.text_size import TextSize
from kiosk.ui.theme import Name

if TYPE_CHECKING:
    from kiosk.hours.calendar import Status
    from kiosk.ui.screens.home import HomeScreen
    from kiosk.ui.screens.nav_bar import NavBar
    from kiosk.ui.screens.page import PageView
    from kiosk.ui.watchers.opening_ticker import OpeningTicker

log = logging.getLogger(__name__)

START = "start"
HOME = "home"


class KioskWindow(QWidget):
    """Shows one screen at a time and remembers the way back. Text comes from the switch, its
    size from ``text_size`` (every screen but the start screen follows it)."""

    screen_changed = Signal(str)
    rest_built = Signal()  # home, the pages and the bar exist (after the first frame)

    def __init__(self, content: Content, switch: LanguageSwitch, default_language: str,
                 start_languages: Sequence[str], parent: QWidget | None = None,
                 clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.setObjectName(Name.KIOSK_WINDOW)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.content = content
        self.clock = clock
        self.switch = switch
        self.text_size = TextSize(self)
        self.ticker: OpeningTicker | None = None
        self.default_language = default_language
        self._history: list[str] = []

        self.stack = QStackedWidget(self)
        self.start = StartScreen(switch.languages, start_languages, default_language, self)
        self.stack.addWidget(self.start)
        self._screens: dict[str, QWidget] = {START: self.start}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(*theme.NO_MARGINS)
        self._layout.setSpacing(0)  # the bar sits flush under the screens
        self._layout.addWidget(self.stack, 1)
        self._rest: tuple[HomeScreen, NavBar, dict[str, PageView]] | None = None
        self.start.language_chosen.connect(self._on_language_chosen)

        switch.register(self)
        switch.register(self.start)
        self.show_screen(START)
        # Everything past the start screen is built once its first frame is painted:
        # a visitor sees the welcome sooner, and the build is done long before a tap.
        self.start.installEventFilter(self)

    @property
    def localizer(self) -> Localizer:
        return self.switch.localizer

    def retranslate(self, loc: Localizer) -> None:
        self.setWindowTitle(plain(loc.ui("app.office_name")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.start and event.type() == QEvent.Type.Paint:
            self.start.removeEventFilter(self)
            QTimer.singleShot(0, self._build_rest)
        return False

    @property
    def home(self) -> HomeScreen:
        return self._build_rest()[0]

    @property
    def nav(self) -> NavBar:
        return self._build_rest()[1]

    @property
    def pages(self) -> dict[str, PageView]:
        return self._build_rest()[2]

    @property
    def is_built(self) -> bool:
        return self._rest is not None

    def _build_rest(self) -> tuple[HomeScreen, NavBar, dict[str, PageView]]:
        if self._rest is not None:
            return self._rest
        # Imported here: creating their Qt types is part of the work that waits.
        from kiosk.hours.calendar import OpeningCalendar
        from kiosk.ui.screens.home import HomeScreen
        from kiosk.ui.screens.nav_bar import NavBar
        from kiosk.ui.screens.page import PageView
        from kiosk.ui.watchers.opening_ticker import OpeningTicker

        calendar = OpeningCalendar(self.content.office.schedule)
        home = HomeScreen(self.content.pages, self)
        pages = {page.id: PageView(page, self.content.office, calendar, self.clock, self)
                 for page in self.content.pages}
        nav = NavBar(self)
        for name, screen in ((HOME, home), *pages.items()):
            self.stack.addWidget(screen)
            self._screens[name] = screen
        self._layout.addWidget(nav)
        nav.setVisible(self.stack.currentWidget() is not self.start)
        home.page_chosen.connect(self.show_screen)
        nav.back_requested.connect(self.go_back)
        nav.home_requested.connect(lambda: self.show_screen(HOME))
        nav.language_requested.connect(self.return_to_start)
        nav.larger_text_requested.connect(self.text_size.step_up)
        self._rest = (home, nav, pages)
        self.start.add_icons()
        for widget in (home, nav, *pages.values()):
            self.switch.register(widget)
            self.text_size.register(widget)
        self.ticker = OpeningTicker(calendar, self.clock, self)
        self.ticker.changed.connect(self._on_opening_changed)
        self.ticker.refresh()
        self.rest_built.emit()
        return self._rest

    @property
    def screen_names(self) -> tuple[str, ...]:
        self._build_rest()
        return tuple(self._screens)

    @property
    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, widget in self._screens.items() if widget is current)

    def screen(self, name: str) -> QWidget:
        self._build_rest()
        return self._screens[name]

    def set_language(self, code: str) -> None:
        """Every text, the layout direction and Qt's own strings in ``code``."""
        self.switch.apply(code)

    def set_default_language(self, code: str) -> None:
        self.default_language = code
        self.start.set_default_language(code)

    def show_screen(self, name: str) -> None:
        if name != START:
            self._build_rest()
        if name not in self._screens:
            raise KeyError(name)
        if self._history and self._history[-1] == name:
            return
        if name == START:
            self._history.clear()
        elif name == HOME:
            self._history = [START]
        self._history.append(name)
        self._show(name)

    def go_back(self) -> None:
        if len(self._history) > 1:
            self._history.pop()
        self._show(self._history[-1])

    def reset_for_next_visitor(self) -> None:
        """The start screen in the default language and normal text; no trace of the last
        visitor's path."""
        if self.localizer.code != self.default_language:
            self.set_language(self.default_language)
        self.text_size.reset()
        self.show_screen(START)
        if self._rest is not None:
            for screen in (self._rest[0], *self._rest[2].values()):
                screen.scroll_to_top()

    def return_to_start(self) -> None:
        self.show_screen(START)

    def _show(self, name: str) -> None:
        widget = self._screens[name]
        # Caught up before it is shown: even in a window not yet on screen (a tap that
        # comes before the first frame), the screen is never seen in an earlier language.
        self.switch.catch_up(widget)
        if self._rest is not None and name in self._rest[2]:
            self._rest[2][name].scroll_to_top()
        self.stack.setCurrentWidget(widget)
        if self._rest is not None:
            self.switch.catch_up(self._rest[1])
            self._rest[1].setVisible(name != START)
        self.screen_changed.emit(name)

    def _on_opening_changed(self, status: Status) -> None:
        home, _nav, pages = self._build_rest()
        for screen in (self.start, home):
            screen.set_status(status)
            self.switch.refresh(screen)
        # The hours page lists the coming closures, which move with the date.
        for page in pages.values():
            if page.shows_opening_hours:
                self.switch.refresh(page)

    def _on_language_chosen(self, code: str) -> None:
        self.set_language(code)
        self.show_screen(HOME)
