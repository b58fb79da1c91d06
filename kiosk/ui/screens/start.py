"""The start screen: a welcome, and every language named in its own script."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QIcon, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.hours.calendar import Status
from kiosk.i18n.language import Language
from kiosk.i18n.languages import Languages
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import plain
from kiosk.i18n.opening_text import status_line
from kiosk.ui import icons, theme
from kiosk.ui.app import in_own_fonts
from kiosk.ui.language import layout_direction
from kiosk.ui.theme import Name
from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.cross_fade import CrossFade
from kiosk.ui.widgets.style_state import set_style_state
from kiosk.ui.widgets.text_label import TextLabel

# The welcome changes language every few seconds, so someone across the room sees theirs;
# meanwhile every language's own button greets in its own script.
ATTRACT_INTERVAL_MS = 3000
FADE_MS = 600
# Above this many languages, buttons and their text are smaller, so all fit with no scrolling.
COMPACT_ABOVE = 6


def columns_for(count: int) -> int:
    """How many buttons a row holds: every language on one 1280 x 800 screen, none scrolled."""
    return 3 if count <= 6 else 4 if count <= 12 else 6


class SpeakerButton(QToolButton):
    """The round speaker on a language button: one size, whatever the style would add round
    its icon (it has no words to make room for)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(theme.LISTEN_BADGE_PX, theme.LISTEN_BADGE_PX)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


class LanguageButton(CardButton):
    """Written wholly in its own language and direction, whatever the screen's."""

    def __init__(self, language: Language, loc: Localizer, parent: QWidget | None = None) -> None:
        super().__init__(Name.LANGUAGE_BUTTON, (Name.LANGUAGE_NAME, Name.LANGUAGE_GREETING), parent=parent)
        self.language = language
        self.setLayoutDirection(layout_direction(language.is_rtl))
        self.lines[0].setText(language.native_name)
        self.lines[1].setText(loc.ui("start.greeting"))
        # Named, and in its own language, for a screen reader: "فارسی, خوش آمدید".
        self.setAccessibleName(plain(f"{language.native_name}, {loc.ui('start.greeting')}"))
        self.setLocale(QLocale(language.code))
        # Drawn as its readers expect it (Urdu in Nastaliq), whatever language the screen is in.
        # Set on every button, not only Urdu's: while the screen itself is in Urdu, the others
        # must not take Nastaliq from the application's font.
        in_own_fonts(self.lines, language.code)
        # The default language's mark, made for the first button that is the default: one
        # button in seventeen needs it.
        self.badge: QLabel | None = None
        self.listen: QToolButton | None = None
        self._listen_name = plain(loc.ui("nav.listen"))
        self._stop_name = plain(loc.ui("nav.stop_listening"))
        self.set_default(False)

    def add_listen(self, icon: QIcon) -> QToolButton:
        """A speaker at the start of the greeting's line: it says the greeting aloud, so a
        visitor who cannot read the script still finds their language. Beside the short
        greeting, not in a corner: a corner would cover a long name or push it out of view."""
        listen = SpeakerButton(self)
        listen.setObjectName(Name.LISTEN_BADGE)
        listen.setFixedSize(theme.LISTEN_BADGE_PX, theme.LISTEN_BADGE_PX)
        listen.setIcon(icon)
        listen.setIconSize(QSize(theme.LISTEN_BADGE_ICON_PX, theme.LISTEN_BADGE_ICON_PX))
        listen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        listen.setAccessibleName(self._listen_name)
        listen.setLocale(QLocale(self.language.code))
        face = self.layout()
        assert isinstance(face, QVBoxLayout)
        greeting = self.lines[1]
        at = face.indexOf(greeting)
        face.removeWidget(greeting)
        self._greeting_row = QHBoxLayout()
        self._greeting_row.setSpacing(theme.LINE_GAP)
        self._greeting_row.addWidget(greeting, 1)
        face.insertLayout(at, self._greeting_row)
        # Where a long word leaves no room beside it (Добредојдовте), the speaker has a line
        # of its own under the greeting.
        self._own_row = QHBoxLayout()
        face.insertLayout(at + 1, self._own_row)
        self.listen = listen
        self._place_listen()
        return listen

    def _place_listen(self) -> None:
        listen = self.listen
        if listen is None:
            return
        greeting = self.lines[1]
        metrics = greeting.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in greeting.text().split()), default=0)
        left, _top, right, _bottom = self.layout().getContentsMargins()
        beside = longest + theme.LISTEN_BADGE_PX + theme.LINE_GAP <= self.width() - left - right
        row = self._greeting_row if beside else self._own_row
        if row.indexOf(listen) >= 0:
            return
        for other in (self._greeting_row, self._own_row):
            other.removeWidget(listen)
        if beside:
            row.insertWidget(0, listen, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            row.addWidget(listen, 0, Qt.AlignmentFlag.AlignCenter)

    def set_reading(self, reading: bool, icon: QIcon) -> None:
        """While its greeting is read: filled, with a stop sign, as the bar's Listen turns Stop."""
        if self.listen is not None:
            self.listen.setIcon(icon)
            self.listen.setAccessibleName(self._stop_name if reading else self._listen_name)
            set_style_state(self.listen, "reading", reading)

    def set_default(self, is_default: bool, star: QPixmap | None = None) -> None:
        """Marked as the default language (with ``star``, once icons may load), or not."""
        if is_default and self.badge is None:
            self.badge = QLabel(self)
            self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.badge.setScaledContents(True)
            self._place_badge()
        if self.badge is not None:
            if star is not None:
                self.badge.setPixmap(star)
            self.badge.setVisible(is_default)
        set_style_state(self, "default", is_default)

    def set_compact(self, compact: bool) -> None:
        super().set_compact(compact)
        for label in self.lines:
            set_style_state(label, "compact", compact)

    @property
    def is_default(self) -> bool:
        return bool(self.property("default"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_badge()
        self._place_listen()

    def _place_badge(self) -> None:
        # The mark sits in the corner where this language's lines end: at the top, or beside
        # the short greeting when a narrow button's name fills its width.
        if self.badge is None:
            return
        size = theme.COMPACT_BADGE_PX if self.is_compact else theme.BADGE_PX
        inset_x, inset_y = theme.COMPACT_BADGE_INSET if self.is_compact else theme.BADGE_INSET
        x = inset_x if self.language.is_rtl else self.width() - size - inset_x
        y = self.height() - size - inset_y if self.is_compact else inset_y
        self.badge.setGeometry(x, y, size, size)


class StartScreen(QWidget):
    """The welcome, the opening status and a button per language, the default first. The status
    line is its own: it shows whatever status it was last given, in the language last shown."""

    language_chosen = Signal(str)
    listen_requested = Signal(str)  # a language's greeting, read aloud

    def __init__(self, languages: Languages, shown: Sequence[str], default_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(Name.START_SCREEN)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._languages = languages
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.START_MARGINS)
        layout.setSpacing(theme.HEADER_GAP)
        self.office_name = TextLabel(Name.OFFICE_NAME, self)
        self.office_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.office_name)
        self.status_line = TextLabel(Name.STATUS_LINE, self)
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status_line)
        self.welcome = QWidget(self)
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.setContentsMargins(*theme.NO_MARGINS)
        self.greeting = TextLabel(Name.GREETING, self.welcome)
        self.prompt = TextLabel(Name.PROMPT, self.welcome)
        for label in (self.greeting, self.prompt):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            welcome_layout.addWidget(label)
        layout.addWidget(self.welcome)
        self._fade = CrossFade(self.welcome, FADE_MS, self._show_next_greeting)
        self._attract = QTimer(self)
        self._attract.setInterval(ATTRACT_INTERVAL_MS)
        self._attract.timeout.connect(self._fade.start)
        layout.addSpacing(theme.SECTION_GAP)
        self._grid = QGridLayout()
        layout.addLayout(self._grid, 1)
        self.buttons: dict[str, LanguageButton] = {}
        self._welcomes: list[Localizer] = []
        self._shown = 0
        self._measured_for: tuple[int, tuple[str, ...]] | None = None  # width, fonts
        self._default = default_language
        self._status: Status | None = None
        self._star: QPixmap | None = None
        self._voiced: frozenset[str] = frozenset()
        self._listen_icon: QIcon | None = None
        self._stop_icon: QIcon | None = None
        self._reading: str | None = None
        self.set_languages(shown)

    def set_languages(self, shown: Sequence[str]) -> None:
        """The buttons, in this order (the kiosk puts the default first)."""
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = {}
        compact = len(shown) > COMPACT_ABOVE
        columns = columns_for(len(shown))
        self._grid.setSpacing(theme.COMPACT_GRID_GAP if compact else theme.GRID_GAP)
        # Arabic-script lines are about twice as tall as Latin ones: with many languages the
        # whole screen is set tighter, so that every button still fits with nothing cut off.
        self.layout().setContentsMargins(*(theme.COMPACT_START_MARGINS if compact else theme.START_MARGINS))
        for label in (self.greeting, self.prompt):
            set_style_state(label, "compact", compact)
        for index, code in enumerate(shown):
            button = LanguageButton(self._languages.get(code), self._languages.localizer(code), self)
            button.set_compact(compact)
            button.clicked.connect(lambda _=False, code=code: self.language_chosen.emit(code))
            self._grid.addWidget(button, index // columns, index % columns)
            self.buttons[code] = button
            self._add_listen(button)
        previous = self.greeting_language if self._welcomes else None
        self._welcomes = [self._languages.localizer(code) for code in shown]
        self._shown = next((i for i, w in enumerate(self._welcomes) if w.code == previous), 0)
        self._measured_for = None
        self.set_default_language(self._default)

    def add_icons(self) -> None:
        """The default's star, once icons may load (after the first paint)."""
        self._star = icons.icon(icons.DEFAULT_LANGUAGE, color=theme.ACCENT).pixmap(
            QSize(theme.BADGE_PX, theme.BADGE_PX))
        self.set_default_language(self._default)

    def set_voiced(self, codes: frozenset[str], icon: QIcon, stop_icon: QIcon) -> None:
        """Speakers on the buttons of the languages that can be read aloud (after the first
        paint: finding the voices and drawing the icons are not the first frame's work)."""
        self._voiced, self._listen_icon, self._stop_icon = codes, icon, stop_icon
        for button in self.buttons.values():
            if button.listen is not None:
                button.listen.setVisible(button.language.code in codes)
            self._add_listen(button)

    def _add_listen(self, button: LanguageButton) -> None:
        code = button.language.code
        if button.listen is None and code in self._voiced and self._listen_icon is not None:
            listen = button.add_listen(self._listen_icon)
            listen.clicked.connect(lambda _=False, code=code: self.listen_requested.emit(code))
        self._show_reading(button)

    def set_reading(self, code: str | None) -> None:
        """Which language's greeting is being read, if any. While it is, the welcome above shows
        that language and holds still: what is heard is also what is seen."""
        self._reading = code
        for button in self.buttons.values():
            self._show_reading(button)
        shown = next((i for i, welcome in enumerate(self._welcomes) if welcome.code == code), None)
        if shown is not None:
            self._attract.stop()
            self._fade.stop()
            self._shown = shown
            self._welcome_in(self._welcomes[shown])
        elif self.isVisible() and len(self._welcomes) > 1 and not self._attract.isActive():
            self._attract.start()

    def _show_reading(self, button: LanguageButton) -> None:
        reading = button.language.code == self._reading
        icon = self._stop_icon if reading else self._listen_icon
        if icon is not None:
            button.set_reading(reading, icon)

    def set_default_language(self, code: str) -> None:
        self._default = code
        for button_code, button in self.buttons.items():
            button.set_default(button_code == code, self._star)

    def set_status(self, status: Status | None) -> None:
        """The office's opening status, shown from the next retranslate on."""
        self._status = status

    def retranslate(self, loc: Localizer) -> None:
        self.office_name.setText(loc.ui("app.office_name"))
        self.status_line.setText(status_line(self._status, loc) if self._status else "")
        self._shown = next((i for i, welcome in enumerate(self._welcomes) if welcome.code == loc.code),
                           self._shown)
        self._welcome_in(loc)
        self._hold_the_welcomes_height()

    @property
    def is_attracting(self) -> bool:
        return self._attract.isActive()

    @property
    def welcome_opacity(self) -> float:
        return self._fade.opacity

    @property
    def greeting_language(self) -> str:
        return self._welcomes[self._shown].code

    def _welcome_in(self, loc: Localizer) -> None:
        with self.greeting.changing(), self.prompt.changing():
            for label in (self.greeting, self.prompt):
                # Each welcome in its own direction, whatever the screen's.
                label.setLayoutDirection(layout_direction(loc.is_rtl))
            # And its own fonts: Persian's is not drawn in Urdu's Nastaliq while the screen is
            # in Urdu, nor Urdu's in Naskh.
            in_own_fonts((self.greeting, self.prompt), loc.code)
            self.greeting.setText(loc.ui("start.greeting"))
            self.prompt.setText(loc.ui("start.prompt"))

    def _show_next_greeting(self) -> None:
        self._shown = (self._shown + 1) % len(self._welcomes)
        self._welcome_in(self._welcomes[self._shown])

    def _hold_the_welcomes_height(self) -> None:
        """As tall as the tallest welcome of any language, so the buttons under it never move
        while the welcome changes language (Persian's lines are taller than English ones)."""
        width = self.welcome.width()
        # Measured again when the fonts change too: the screen in Urdu draws the welcomes in
        # Nastaliq, whose lines are taller than the Naskh they were measured in.
        measured_for = (width, tuple(self.greeting.font().families()))
        # Not while hidden: before the window is first shown, the welcome is laid out 36 px
        # wide, and every language's words, one to a line there, took 6 ms to measure. Shown,
        # it is measured at its own width (resizeEvent, showEvent).
        if (not self.isVisible() or width <= 0 or measured_for == self._measured_for
                or not self._welcomes):
            return
        self._measured_for = measured_for
        shown = self._welcomes[self._shown]
        spacing = self.welcome.layout().spacing()
        tallest = 0
        for loc in self._welcomes:
            self._welcome_in(loc)
            tallest = max(tallest, self.greeting.heightForWidth(width) + spacing
                          + self.prompt.heightForWidth(width))
        self._welcome_in(shown)
        self.welcome.setFixedHeight(tallest)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._hold_the_welcomes_height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # The start screen is the one shown without the bar, so it has the whole window. Its
        # own minimum (all languages' buttons) must not become the other screens' through the
        # stack, or those plus the bar would ask for more than the screen's height.
        hint = super().minimumSizeHint()
        return QSize(hint.width(), min(hint.height(), theme.SCREEN_MIN_HEIGHT))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._hold_the_welcomes_height()
        if len(self._welcomes) > 1:
            self._attract.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Nobody sees it: no timer, no animation, no CPU.
        self._attract.stop()
        self._fade.stop()
        super().hideEvent(event)
