"""The start screen: a welcome, and every language named in its own script."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.i18n.languages import Language, Languages
from kiosk.i18n.localizer import Localizer
from kiosk.ui import icons, theme
from kiosk.ui.card_button import CardButton
from kiosk.ui.text_label import TextLabel

COLUMNS = 3
BADGE_PX = 36


class LanguageButton(CardButton):
    """Written wholly in its own language and direction, whatever the screen's."""

    def __init__(self, language: Language, loc: Localizer, parent: QWidget | None = None) -> None:
        super().__init__("LanguageButton", ("LanguageName", "LanguageGreeting"), parent=parent)
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
        x = 14 if self.language.is_rtl else self.width() - BADGE_PX - 14
        self.badge.move(x, 12)


class StartScreen(QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: Languages, default_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(8)
        self.office_name = TextLabel("OfficeName", self)
        self.greeting = TextLabel("Greeting", self)
        self.prompt = TextLabel("Prompt", self)
        for label in (self.office_name, self.greeting, self.prompt):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(24)
        grid = QGridLayout()
        grid.setSpacing(24)
        layout.addLayout(grid, 1)
        self.buttons: dict[str, LanguageButton] = {}
        for index, language in enumerate(languages.available):
            button = LanguageButton(language, languages.localizer(language.code), self)
            button.clicked.connect(lambda _=False, code=language.code: self.language_chosen.emit(code))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[language.code] = button
        self.set_default_language(default_language)

    def add_icons(self) -> None:
        """The default's star, once icons may load (after the first paint)."""
        star = icons.icon(icons.DEFAULT_LANGUAGE, color=theme.ACCENT).pixmap(QSize(BADGE_PX, BADGE_PX))
        for button in self.buttons.values():
            button.badge.setPixmap(star)

    def set_default_language(self, code: str) -> None:
        for button_code, button in self.buttons.items():
            button.set_default(button_code == code)

    def retranslate(self, loc: Localizer) -> None:
        self.office_name.setText(loc.ui("app.office_name"))
        self.greeting.setText(loc.ui("start.greeting"))
        self.prompt.setText(loc.ui("start.prompt"))
