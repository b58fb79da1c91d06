"""The start screen: a welcome, and every language named in its own script."""

from __future__ import annotations

from PySide6.QtCore import QPropertyAnimation, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.hours.calendar import Status
from kiosk.i18n.language import Language
from kiosk.i18n.languages import Languages
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.opening_text import status_line
from kiosk.ui import icons, theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.card_button import CardButton
from kiosk.ui.widgets.text_label import TextLabel

COLUMNS = 3
# The welcome changes language every few seconds, so someone across the room sees theirs.
ATTRACT_INTERVAL_MS = 4000
FADE_MS = 600


class LanguageButton(CardButton):
    """Written wholly in its own language and direction, whatever the screen's."""

    def __init__(self, language: Language, loc: Localizer, parent: QWidget | None = None) -> None:
        super().__init__(Name.LANGUAGE_BUTTON, (Name.LANGUAGE_NAME, Name.LANGUAGE_GREETING), parent=parent)
        self.language = language
        direction = Qt.LayoutDirection.RightToLeft if language.is_rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        self.lines[0].setText(language.native_name)
        self.lines[1].setText(f"{loc.ui('start.greeting')}\n{loc.ui('start.tap_here')}")
        self.badge = QLabel(self)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_default(False)

    def set_default(self, is_default: bool) -> None:
        self.setProperty("default", is_default)
        self.badge.setVisible(is_default)
        self.style().unpolish(self)
        self.style().polish(self)

    @property
    def is_default(self) -> bool:
        return bool(self.property("default"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # The mark sits in the top corner where this language's lines end.
        inset_x, inset_y = theme.BADGE_INSET
        x = inset_x if self.language.is_rtl else self.width() - theme.BADGE_PX - inset_x
        self.badge.move(x, inset_y)


class StartScreen(QWidget):
    """The welcome, the opening status and a button per language. The status line is its own:
    it shows whatever status it was last given, in the language it was last translated to."""

    language_chosen = Signal(str)

    def __init__(self, languages: Languages, default_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(Name.START_SCREEN)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.START_MARGINS)
        layout.setSpacing(theme.HEADER_GAP)
        self.office_name = TextLabel(Name.OFFICE_NAME, self)
        self.office_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.office_name)
        self.status_line = TextLabel(Name.STATUS_LINE, self)
        self.status_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status_line)
        welcome = QWidget(self)
        welcome_layout = QVBoxLayout(welcome)
        welcome_layout.setContentsMargins(*theme.NO_MARGINS)
        self.greeting = TextLabel(Name.GREETING, welcome)
        self.prompt = TextLabel(Name.PROMPT, welcome)
        for label in (self.greeting, self.prompt):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            welcome_layout.addWidget(label)
        layout.addWidget(welcome)
        self._fade = QGraphicsOpacityEffect(welcome)
        self._fade.setOpacity(1.0)  # Qt's default is 0.7: a washed-out welcome
        welcome.setGraphicsEffect(self._fade)
        self._fade_out = QPropertyAnimation(self._fade, b"opacity", self)
        self._fade_out.setDuration(FADE_MS // 2)
        self._fade_out.setEndValue(0.0)
        self._fade_out.finished.connect(self._show_next_greeting)
        self._fade_in = QPropertyAnimation(self._fade, b"opacity", self)
        self._fade_in.setDuration(FADE_MS // 2)
        self._fade_in.setEndValue(1.0)
        self._attract = QTimer(self)
        self._attract.setInterval(ATTRACT_INTERVAL_MS)
        self._attract.timeout.connect(self._fade_out.start)
        layout.addSpacing(theme.SECTION_GAP)
        grid = QGridLayout()
        grid.setSpacing(theme.GRID_GAP)
        layout.addLayout(grid, 1)
        self.buttons: dict[str, LanguageButton] = {}
        self._welcomes = [languages.localizer(language.code) for language in languages.available]
        self._shown = 0
        for index, language in enumerate(languages.available):
            button = LanguageButton(language, languages.localizer(language.code), self)
            button.clicked.connect(lambda _=False, code=language.code: self.language_chosen.emit(code))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[language.code] = button
        self.set_default_language(default_language)
        self._status: Status | None = None

    def add_icons(self) -> None:
        """The default's star, once icons may load (after the first paint)."""
        star = icons.icon(icons.DEFAULT_LANGUAGE, color=theme.ACCENT).pixmap(
            QSize(theme.BADGE_PX, theme.BADGE_PX))
        for button in self.buttons.values():
            button.badge.setPixmap(star)

    def set_default_language(self, code: str) -> None:
        for button_code, button in self.buttons.items():
            button.set_default(button_code == code)

    def set_status(self, status: Status | None) -> None:
        """The office's opening status, shown from the next retranslate on."""
        self._status = status

    def retranslate(self, loc: Localizer) -> None:
        self.office_name.setText(loc.ui("app.office_name"))
        self.status_line.setText(status_line(self._status, loc) if self._status else "")
        self._shown = next(i for i, welcome in enumerate(self._welcomes) if welcome.code == loc.code)
        self._welcome_in(loc)

    @property
    def is_attracting(self) -> bool:
        return self._attract.isActive()

    @property
    def welcome_opacity(self) -> float:
        return self._fade.opacity()

    @property
    def greeting_language(self) -> str:
        return self._welcomes[self._shown].code

    def _welcome_in(self, loc: Localizer) -> None:
        for label in (self.greeting, self.prompt):
            # Each welcome in its own direction, whatever the screen's.
            label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if loc.is_rtl
                                     else Qt.LayoutDirection.LeftToRight)
        self.greeting.setText(loc.ui("start.greeting"))
        self.prompt.setText(loc.ui("start.prompt"))

    def _show_next_greeting(self) -> None:
        self._shown = (self._shown + 1) % len(self._welcomes)
        self._welcome_in(self._welcomes[self._shown])
        self._fade_in.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if len(self._welcomes) > 1:
            self._attract.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Nobody sees it: no timer, no animation, no CPU.
        self._attract.stop()
        self._fade_out.stop()
        self._fade_in.stop()
        self._fade.setOpacity(1.0)
        super().hideEvent(event)
