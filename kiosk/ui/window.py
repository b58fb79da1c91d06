"""The kiosk window: the start screen, home, the pages, and the bar that joins them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
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
    from kiosk.hours.calendar import OpeningCalendar, Status
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
    rest_built = Signal()  # home and the bar exist (after the first frame); the pages follow
    built = Signal()  # every screen exists

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
        self.start = StartScreen(switch.languages, start_languages, default_language, self.stack)
        self.stack.addWidget(self.start)
        self._screens: dict[str, QWidget] = {START: self.start}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(*theme.NO_MARGINS)
        self._layout.setSpacing(0)  # the bar sits flush under the screens
        self._layout.addWidget(self.stack, 1)
        self._home_and_bar: tuple[HomeScreen, NavBar] | None = None
        self._calendar: OpeningCalendar | None = None
        self._pages: dict[str, PageView] = {}
        self._told_built = False
        self._input_watchers: list[QObject] = []
        self.start.language_chosen.connect(self._on_language_chosen)

        switch.register(self)
        switch.register(self.start)
        self.show_screen(START)
        # Everything past the start screen is built once its first frame is painted, a slice
        # at a time: a visitor sees the welcome sooner, and a tap that comes meanwhile waits
        # for one slice, not for the whole build.
        self.start.installEventFilter(self)

    @property
    def localizer(self) -> Localizer:
        return self.switch.localizer

    def retranslate(self, loc: Localizer) -> None:
        self.setWindowTitle(plain(loc.ui("app.office_name")))

    def watch_input(self, watcher: QObject) -> None:
        """``watcher`` filters the events of this window's platform window (its ``QWindow``):
        every touch, click and key a person makes reaches it there, once, before Qt hands it
        to a widget. A filter on the application would be handed every event of every widget
        (paints, layouts, and each step of an event up its parents), each crossing into Python:
        3 to 6 ms of every tap with three watchers. Installed when the window is shown, and
        again if it is shown on a new platform window."""
        if watcher not in self._input_watchers:
            self._input_watchers.append(watcher)
        handle = self.windowHandle()
        if handle is not None:
            handle.installEventFilter(watcher)

    @property
    def input_watchers(self) -> tuple[QObject, ...]:
        return tuple(self._input_watchers)

    def unwatch_input(self, watcher: QObject) -> None:
        if watcher in self._input_watchers:
            self._input_watchers.remove(watcher)
        handle = self.windowHandle()
        if handle is not None:
            handle.removeEventFilter(watcher)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # The platform window exists from the first show; a change of window flags (kiosk
        # mode's frameless, on top) makes a new one, and shows it again.
        handle = self.windowHandle()
        if handle is not None:
            for watcher in self._input_watchers:
                handle.installEventFilter(watcher)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.start and event.type() == QEvent.Type.Paint:
            self.start.removeEventFilter(self)
            QTimer.singleShot(0, self._build_next_slice)
        return False

    @property
    def home(self) -> HomeScreen:
        return self._build_home_and_bar()[0]

    @property
    def nav(self) -> NavBar:
        return self._build_home_and_bar()[1]

    @property
    def pages(self) -> dict[str, PageView]:
        """Every page, in the content's order (those not yet built are built now)."""
        pages = {page.id: self._build_page(page.id) for page in self.content.pages}
        self._stack_pages()
        return pages

    @property
    def has_home_and_bar(self) -> bool:
        return self._home_and_bar is not None

    @property
    def is_built(self) -> bool:
        """Every screen exists: home, the bar and every page."""
        return self._home_and_bar is not None and len(self._pages) == len(self.content.pages)

    def _build_next_slice(self) -> None:
        """Home and the bar first, then one page each turn of the event loop: a tap or a paint
        waiting meanwhile goes before the next slice. The pages join the stack together, once
        all are built (or when one is shown): each page added alone would lay the window out
        again, 3 ms a page."""
        if self._home_and_bar is None:
            self._build_home_and_bar()
        else:
            missing = next((page.id for page in self.content.pages if page.id not in self._pages), None)
            if missing is not None:
                self._build_page(missing)
        if self.is_built:
            self._stack_pages()
        else:
            QTimer.singleShot(0, self._build_next_slice)

    def _stack_pages(self) -> None:
        for page in self.content.pages:
            view = self._pages.get(page.id)
            if view is not None and self.stack.indexOf(view) < 0:
                self.stack.addWidget(view)
        if self.is_built and not self._told_built:
            self._told_built = True
            self.built.emit()

    def when_built(self, call: Callable[[], None]) -> None:
        """``call`` once every screen exists: now, if they do."""
        if self._told_built:
            call()
        else:
            self.built.connect(call, Qt.ConnectionType.SingleShotConnection)

    def _build_home_and_bar(self) -> tuple[HomeScreen, NavBar]:
        if self._home_and_bar is not None:
            return self._home_and_bar
        # Imported here: creating their Qt types is part of the work that waits.
        from kiosk.hours.calendar import OpeningCalendar
        from kiosk.ui.screens.home import HomeScreen
        from kiosk.ui.screens.nav_bar import NavBar
        from kiosk.ui.watchers.opening_ticker import OpeningTicker

        self._calendar = OpeningCalendar(self.content.office.schedule)
        home = HomeScreen(self.content.pages, self)
        nav = NavBar(self)
        self.stack.addWidget(home)
        self._screens[HOME] = home
        self._layout.addWidget(nav)
        nav.setVisible(self.stack.currentWidget() is not self.start)
        home.page_chosen.connect(self.show_screen)
        nav.back_requested.connect(self.go_back)
        nav.home_requested.connect(lambda: self.show_screen(HOME))
        nav.language_requested.connect(self.return_to_start)
        nav.larger_text_requested.connect(self.text_size.step_up)
        self._home_and_bar = (home, nav)
        self.start.add_icons()
        for widget in (home, nav):
            self.switch.register(widget)
            self.text_size.register(widget)
        self.ticker = OpeningTicker(self._calendar, self.clock, self)
        self.ticker.changed.connect(self._on_opening_changed)
        self.ticker.refresh()
        self.rest_built.emit()
        return self._home_and_bar

    def _build_page(self, page_id: str) -> PageView:
        if page_id in self._pages:
            return self._pages[page_id]
        from kiosk.ui.screens.page import PageView

        self._build_home_and_bar()
        assert self._calendar is not None
        # Out of the stack until it joins it (_stack_pages): a child made after its parent is
        # shown stays hidden.
        view = PageView(self.content.page(page_id), self.content.office, self._calendar, self.clock,
                        self.stack)
        self._screens[page_id] = view
        self._pages[page_id] = view
        self.switch.register(view)
        self.text_size.register(view)
        return view

    @property
    def screen_names(self) -> tuple[str, ...]:
        return (START, HOME, *self.pages)

    @property
    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, widget in self._screens.items() if widget is current)

    def screen(self, name: str) -> QWidget:
        self._build(name)
        return self._screens[name]

    def is_page(self, name: str) -> bool:
        return any(page.id == name for page in self.content.pages)

    def _build(self, name: str) -> None:
        """``name``'s screen exists (and home and the bar with any screen but the start)."""
        if name == HOME:
            self._build_home_and_bar()
        elif self.is_page(name):
            self._build_page(name)
            self._stack_pages()

    def set_language(self, code: str) -> None:
        """Every text, the layout direction and Qt's own strings in ``code``."""
        self.switch.apply(code)

    def set_default_language(self, code: str) -> None:
        self.default_language = code
        self.start.set_default_language(code)

    def show_screen(self, name: str) -> None:
        self._build(name)
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
        if self._home_and_bar is not None:
            for screen in (self._home_and_bar[0], *self._pages.values()):
                screen.scroll_to_top()

    def return_to_start(self) -> None:
        self.show_screen(START)

    def _show(self, name: str) -> None:
        widget = self._screens[name]
        if name in self._pages:
            self._stack_pages()
        # Caught up before it is shown: even in a window not yet on screen (a tap that
        # comes before the first frame), the screen is never seen in an earlier language.
        self.switch.catch_up(widget)
        if name in self._pages:
            self._pages[name].scroll_to_top()
        self.stack.setCurrentWidget(widget)
        if self._home_and_bar is not None:
            self.switch.catch_up(self._home_and_bar[1])
            self._home_and_bar[1].setVisible(name != START)
        self.screen_changed.emit(name)

    def _on_opening_changed(self, status: Status) -> None:
        home, _nav = self._build_home_and_bar()
        for screen in (self.start, home):
            screen.set_status(status)
            self.switch.refresh(screen)
        # The hours page lists the coming closures, which move with the date (a page built
        # later reads them when it is first shown).
        for page in self._pages.values():
            if page.shows_opening_hours:
                self.switch.refresh(page)

    def _on_language_chosen(self, code: str) -> None:
        self.set_language(code)
        self.show_screen(HOME)
