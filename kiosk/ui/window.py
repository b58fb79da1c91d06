"""The kiosk window: the start screen, home, the pages, and the bar that joins them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content import Content
from kiosk.i18n.languages import Languages
from kiosk.i18n.localizer import Localizer
from kiosk.ui.home_screen import HomeScreen
from kiosk.ui.nav_bar import NavBar
from kiosk.ui.page_view import PageView
from kiosk.ui.start_screen import StartScreen

log = logging.getLogger(__name__)

START = "start"
HOME = "home"


class KioskWindow(QWidget):
    language_changed = Signal(str)
    screen_changed = Signal(str)

    def __init__(self, content: Content, languages: Languages, default_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.languages = languages
        self.default_language = default_language
        self._qt_translator = QTranslator(self)
        self._history: list[str] = []

        self.stack = QStackedWidget(self)
        self.start = StartScreen(languages, default_language, self)
        self.home = HomeScreen(content.pages, self)
        self.pages = {page.id: PageView(page, content.office, self) for page in content.pages}
        self._screens: dict[str, QWidget] = {START: self.start, HOME: self.home, **self.pages}
        for screen in self._screens.values():
            self.stack.addWidget(screen)
        self.nav = NavBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav)

        self.start.language_chosen.connect(self._on_language_chosen)
        self.home.page_chosen.connect(self.show_screen)
        self.nav.back_requested.connect(self.go_back)
        self.nav.home_requested.connect(lambda: self.show_screen(HOME))
        self.nav.language_requested.connect(self.return_to_start)

        self.localizer: Localizer = languages.localizer(default_language)
        self.set_language(default_language)
        self.show_screen(START)

    @property
    def screen_names(self) -> tuple[str, ...]:
        return tuple(self._screens)

    @property
    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, widget in self._screens.items() if widget is current)

    def screen(self, name: str) -> QWidget:
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
        for screen in (self.start, self.home, self.nav, *self.pages.values()):
            screen.retranslate(loc)
        self.language_changed.emit(code)

    def set_default_language(self, code: str) -> None:
        self.default_language = code
        self.start.set_default_language(code)

    def show_screen(self, name: str) -> None:
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

    def return_to_start(self) -> None:
        self.show_screen(START)

    def _show(self, name: str) -> None:
        widget = self._screens[name]
        if isinstance(widget, PageView):
            widget.scroll_to_top()
        self.stack.setCurrentWidget(widget)
        self.nav.setVisible(name != START)
        self.screen_changed.emit(name)

    def _on_language_chosen(self, code: str) -> None:
        self.set_language(code)
        self.show_screen(HOME)

    def _load_qt_translation(self, app: QApplication, code: str) -> None:
        app.removeTranslator(self._qt_translator)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self._qt_translator.load(QLocale(code), "qtbase", "_", folder):
            app.installTranslator(self._qt_translator)
        else:
            log.debug("Qt has no translation of its own strings for %s", code)
