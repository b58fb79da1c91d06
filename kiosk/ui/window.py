"""The kiosk window: the start screen, home, the pages, and the bar that joins them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content import Content
from kiosk.i18n.languages import Languages
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.opening_text import status_line
from kiosk.ui.opening_ticker import Clock, OpeningTicker, system_clock
from kiosk.ui.start_screen import StartScreen

if TYPE_CHECKING:
    from kiosk.ui.home_screen import HomeScreen
    from kiosk.ui.nav_bar import NavBar
    from kiosk.ui.page_view import PageView

log = logging.getLogger(__name__)

START = "start"
HOME = "home"
QT_TRANSLATOR_NAME = "kiosk-qtbase-translator"


class KioskWindow(QWidget):
    screen_changed = Signal(str)

    def __init__(self, content: Content, languages: Languages, default_language: str,
                 parent: QWidget | None = None, clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.content = content
        self.clock = clock
        self.ticker: OpeningTicker | None = None
        self.languages = languages
        self.default_language = default_language
        self._history: list[str] = []

        self.stack = QStackedWidget(self)
        self.start = StartScreen(languages, default_language, self)
        self.stack.addWidget(self.start)
        self._screens: dict[str, QWidget] = {START: self.start}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.stack, 1)
        self._rest: tuple[HomeScreen, NavBar, dict[str, PageView]] | None = None
        # Pages still showing an earlier language: each is retranslated when next shown,
        # so a switch only pays for what is on screen.
        self._stale_pages: set[str] = set()
        self.start.language_chosen.connect(self._on_language_chosen)

        self.localizer: Localizer = languages.localizer(default_language)
        self.set_language(default_language)
        self.show_screen(START)
        # Everything past the start screen is built once its first frame is painted:
        # a visitor sees the welcome sooner, and the build is done long before a tap.
        self.start.installEventFilter(self)

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
        from kiosk.ui.home_screen import HomeScreen
        from kiosk.ui.nav_bar import NavBar
        from kiosk.ui.page_view import PageView

        calendar = OpeningCalendar(self.content.office)
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
        self._rest = (home, nav, pages)
        self.start.add_icons()
        home.retranslate(self.localizer)
        nav.retranslate(self.localizer)
        self._stale_pages = set(pages)
        self.ticker = OpeningTicker(calendar, self.clock, self)
        self.ticker.changed.connect(self._on_opening_changed)
        self.ticker.refresh()
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
        """Switch every text, the layout direction and Qt's own strings to ``code``."""
        loc = self.languages.localizer(code)
        self.localizer = loc
        app = QApplication.instance()
        direction = Qt.LayoutDirection.RightToLeft if loc.is_rtl else Qt.LayoutDirection.LeftToRight
        # Set once on the application, so dialogs and every later widget follow too.
        if isinstance(app, QApplication):
            app.setLayoutDirection(direction)
            self._load_qt_translation(app, code)
        QLocale.setDefault(QLocale(code))
        self.start.retranslate(loc)
        if self._rest is not None:
            home, nav, pages = self._rest
            home.retranslate(loc)
            nav.retranslate(loc)
            self._stale_pages = set(pages)
            current = self.current_screen
            if current in pages:
                self._refresh_page(current)
        self._show_opening_status()

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
        """The start screen in the default language; no trace of the last visitor's path."""
        if self.localizer.code != self.default_language:
            self.set_language(self.default_language)
        self.show_screen(START)
        if self._rest is not None:
            for page in self._rest[2].values():
                page.scroll_to_top()

    def return_to_start(self) -> None:
        self.show_screen(START)

    def _show(self, name: str) -> None:
        widget = self._screens[name]
        if self._rest is not None and name in self._rest[2]:
            self._refresh_page(name)
            self._rest[2][name].scroll_to_top()
        self.stack.setCurrentWidget(widget)
        if self._rest is not None:
            self._rest[1].setVisible(name != START)
        self.screen_changed.emit(name)

    def _on_opening_changed(self, _status: object) -> None:
        # The hours page lists the coming closures: it catches up when next shown.
        if self._rest is not None:
            self._stale_pages |= {name for name, page in self._rest[2].items() if page.shows_opening_hours}
            current = self.current_screen
            if current in self._rest[2]:
                self._refresh_page(current)
        self._show_opening_status()

    def _show_opening_status(self) -> None:
        status = self.ticker.status if self.ticker is not None else None
        text = status_line(status, self.localizer) if status is not None else ""
        self.start.status_line.setText(text)
        if self._rest is not None:
            self._rest[0].status_line.setText(text)

    def _refresh_page(self, name: str) -> None:
        if name in self._stale_pages:
            self._stale_pages.discard(name)
            self.pages[name].retranslate(self.localizer)

    def _on_language_chosen(self, code: str) -> None:
        self.set_language(code)
        self.show_screen(HOME)

    def _load_qt_translation(self, app: QApplication, code: str) -> None:
        # One translator for the application, owned by it: a window that is closed but
        # not yet deleted must not leave its language behind in Qt's own strings.
        translator = app.findChild(QTranslator, QT_TRANSLATOR_NAME)
        if translator is None:
            translator = QTranslator(app)
            translator.setObjectName(QT_TRANSLATOR_NAME)
        app.removeTranslator(translator)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(QLocale(code), "qtbase", "_", folder):
            app.installTranslator(translator)
        else:
            log.debug("Qt has no translation of its own strings for %s", code)
