"""The staff panel: default language, idle timeout, countdown, pointer, read-aloud, languages,
counts, PIN, leave.

It shows state and says what staff chose; the Caretaker applies it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n.language import Language
from kiosk.i18n.localizer import Localizer
from kiosk.settings.options import COUNTDOWN_CHOICES, VOLUME_CHOICES
from kiosk.settings.store import IDLE_TIMEOUT_CHOICES, Settings
from kiosk.ui import theme
from kiosk.ui.overlays.overlay import Overlay, title_label, wide_button
from kiosk.ui.overlays.say import Say, nothing
from kiosk.ui.theme import Name
from kiosk.ui.widgets.grid_rows import fill_rows
from kiosk.ui.widgets.text_label import TextLabel
from kiosk.ui.widgets.touch_scroll import make_touch_scrollable

DAYS_SHOWN = 14
CHOICES_PER_ROW = 4


class StaffPanel(Overlay):
    default_language_chosen = Signal(str)
    idle_timeout_chosen = Signal(int)
    cursor_hidden_chosen = Signal(bool)
    countdown_chosen = Signal(int)
    read_aloud_chosen = Signal(bool)
    volume_chosen = Signal(int)
    export_requested = Signal()
    change_pin_requested = Signal()
    language_shown_chosen = Signal(str, bool)
    language_raised = Signal(str)  # one place earlier on the start screen
    leave_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget, languages: Sequence[Language], voiced: Collection[str] = ()) -> None:
        super().__init__(parent, Name.PANEL_CARD)
        self._languages = tuple(languages)
        self._voiced = frozenset(voiced)
        scroll = QScrollArea(self.card)
        make_touch_scrollable(scroll)
        body = QWidget()
        body.setObjectName(Name.PANEL_BODY)
        column = QVBoxLayout(body)
        column.setSpacing(theme.PANEL_GAP)
        scroll.setWidget(body)
        self.content.addWidget(scroll)

        self.title = title_label(body)
        column.addWidget(self.title)
        self.status = TextLabel(Name.STATUS, body)
        column.addWidget(self.status)

        self.language_heading = self._heading(column, body)
        self.language_buttons = {lang.code: self._choice(lang.native_name, body) for lang in self._languages}
        column.addLayout(_grid(self.language_buttons.values(), CHOICES_PER_ROW))
        for code, button in self.language_buttons.items():
            button.clicked.connect(lambda _=False, code=code: self.default_language_chosen.emit(code))

        self.timeout_heading = self._heading(column, body)
        self.timeout_buttons = self._choices(column, body, IDLE_TIMEOUT_CHOICES, self.idle_timeout_chosen)

        self.countdown_heading = self._heading(column, body)
        self.countdown_buttons = self._choices(column, body, COUNTDOWN_CHOICES, self.countdown_chosen)

        self.cursor_heading = self._heading(column, body)
        self.cursor_buttons = self._choices(column, body, (True, False), self.cursor_hidden_chosen)

        self.read_aloud_heading = self._heading(column, body)
        self.read_aloud_buttons = self._choices(column, body, (True, False), self.read_aloud_chosen)
        self.volume_heading = self._heading(column, body)
        self.volume_buttons = self._choices(column, body, VOLUME_CHOICES, self.volume_chosen)
        # Which languages the visitors can hear, and which they cannot.
        self.voices = TextLabel(Name.LABEL, body)
        self.no_voices = TextLabel(Name.LABEL, body)
        column.addWidget(self.voices)
        column.addWidget(self.no_voices)

        self.languages_heading = self._heading(column, body)
        # A row a language: its name, how much is translated and whether a native speaker has
        # checked it, and whether the start screen shows it.
        self.language_rows = QGridLayout()
        self.language_rows.setHorizontalSpacing(theme.COLUMN_GAP)
        self.language_states: dict[str, tuple[TextLabel, TextLabel]] = {}
        self.shown_buttons: dict[str, QPushButton] = {}
        self.raise_buttons: dict[str, QPushButton] = {}
        for row, lang in enumerate(self._languages):
            name, state = TextLabel(Name.VALUE, body, wrap=False), TextLabel(Name.LABEL, body)
            name.setText(lang.native_name)
            shown = self._choice("", body)
            shown.clicked.connect(lambda _=False, code=lang.code, button=shown:
                                  self.language_shown_chosen.emit(code, button.isChecked()))
            earlier = wide_button(body, Name.SECONDARY_BUTTON)
            earlier.clicked.connect(lambda _=False, code=lang.code: self.language_raised.emit(code))
            for column_index, widget in enumerate((name, state, shown, earlier)):
                self.language_rows.addWidget(widget, row, column_index)
            self.raise_buttons[lang.code] = earlier
            self.language_states[lang.code] = (name, state)
            self.shown_buttons[lang.code] = shown
        self.language_rows.setColumnStretch(1, 1)
        column.addLayout(self.language_rows)

        self.usage_heading = self._heading(column, body)
        self.usage_rows = QGridLayout()
        column.addLayout(self.usage_rows)
        column.addStretch(1)

        # The actions stay in view below the scrolling settings: staff never hunt for them.
        self.export = wide_button(self.card, Name.SECONDARY_BUTTON)
        self.change_pin = wide_button(self.card, Name.SECONDARY_BUTTON)
        self.leave = wide_button(self.card)
        self.quit = wide_button(self.card, Name.DANGER_BUTTON)
        self.export.clicked.connect(self.export_requested.emit)
        self.change_pin.clicked.connect(self.change_pin_requested.emit)
        self.leave.clicked.connect(self.leave_requested.emit)
        self.quit.clicked.connect(self.quit_requested.emit)
        # Two rows: in longer languages four buttons do not fit side by side.
        self.content.addLayout(_row((self.export, self.change_pin)))
        self.content.addLayout(_row((self.leave, self.quit)))
        self._status: Say = nothing
        self._settings = Settings()
        self._default_language = ""
        self._usage_days: Sequence[tuple[str, dict[str, Any]]] = ()
        self._loc: Localizer | None = None

    def _heading(self, column: QVBoxLayout, parent: QWidget) -> TextLabel:
        heading = TextLabel(Name.HEADING, parent)
        column.addWidget(heading)
        return heading

    def _choices(self, column: QVBoxLayout, parent: QWidget, values: Sequence[Any],
                 chosen: Any) -> dict[Any, QPushButton]:
        """A row of choices, one a value; a tap emits ``chosen`` with its value."""
        buttons = {value: self._choice("", parent) for value in values}
        column.addLayout(_row(buttons.values()))
        for value, button in buttons.items():
            button.clicked.connect(lambda _=False, value=value: chosen.emit(value))
        return buttons

    def _choice(self, text: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(Name.CHOICE)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def present(self, loc: Localizer, settings: Settings, default_language: str,
                usage_days: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Fill the panel in ``loc``'s language and open it."""
        self._status = nothing
        self._settings, self._default_language = settings, default_language
        self._usage_days = usage_days
        self.retranslate(loc)
        self.open()

    def retranslate(self, loc: Localizer) -> None:
        self._loc = loc
        self.title.setText(loc.ui("staff.panel_title"))
        self._show_status()
        self.language_heading.setText(loc.ui("staff.default_language"))
        self.timeout_heading.setText(loc.ui("staff.idle_timeout"))
        for seconds, button in self.timeout_buttons.items():
            button.setText(loc.duration(seconds))
        self.countdown_heading.setText(loc.ui("staff.countdown"))
        for seconds, button in self.countdown_buttons.items():
            button.setText(loc.duration(seconds))
        self.cursor_heading.setText(loc.ui("staff.hide_cursor"))
        self.read_aloud_heading.setText(loc.ui("staff.read_aloud"))
        for buttons in (self.cursor_buttons, self.read_aloud_buttons):
            buttons[True].setText(loc.ui("staff.on"))
            buttons[False].setText(loc.ui("staff.off"))
        self.volume_heading.setText(loc.ui("staff.volume"))
        for percent, button in self.volume_buttons.items():
            button.setText(loc.percent(percent / 100))
        voiced = [lang.native_name for lang in self._languages if lang.code in self._voiced]
        voiceless = [lang.native_name for lang in self._languages if lang.code not in self._voiced]
        self.voices.setText(loc.ui("staff.voices", languages=", ".join(voiced) or "–"))
        self.no_voices.setText(loc.ui("staff.no_voices", languages=", ".join(voiceless)))
        self.no_voices.setVisible(bool(voiceless))
        self.languages_heading.setText(loc.ui("staff.languages"))
        self.usage_heading.setText(loc.ui("staff.usage"))
        self.export.setText(loc.ui("staff.export"))
        self.change_pin.setText(loc.ui("staff.change_pin"))
        self.leave.setText(loc.ui("staff.back_to_visitors"))
        self.quit.setText(loc.ui("staff.quit"))
        self.show_settings(self._settings, self._default_language)
        for lang in self._languages:
            review = loc.ui("staff.reviewed" if lang.review.reviewed else "staff.unreviewed")
            self.language_states[lang.code][1].setText(f"{loc.percent(lang.completeness)} – {review}")
        rows = [(loc.ui("staff.date"), loc.ui("staff.visits"))]
        rows += [(loc.date(day), loc.number(totals["visits"]))
                 for day, totals in self._usage_days[:DAYS_SHOWN]]
        fill_rows(self.usage_rows, self, rows)

    def show_settings(self, settings: Settings, default_language: str) -> None:
        self._settings, self._default_language = settings, default_language
        for code, button in self.shown_buttons.items():
            shown = code == default_language or code not in settings.hidden_languages
            button.setChecked(shown)
            button.setEnabled(code != default_language)  # the default is always offered
            if self._loc is not None:
                button.setText(self._loc.ui("staff.shown" if shown else "staff.hidden"))
        for code, button in self.raise_buttons.items():
            button.setEnabled(code != default_language)  # the default is always first
            if self._loc is not None:
                button.setText(self._loc.ui("staff.earlier"))
        for code, button in self.language_buttons.items():
            button.setChecked(code == default_language)
        for seconds, button in self.timeout_buttons.items():
            button.setChecked(seconds == settings.idle_timeout_seconds)
        for hidden, button in self.cursor_buttons.items():
            button.setChecked(hidden == settings.hide_cursor)
        for seconds, button in self.countdown_buttons.items():
            button.setChecked(seconds == settings.countdown_seconds)
        for on, button in self.read_aloud_buttons.items():
            button.setChecked(on == settings.read_aloud)
        for percent, button in self.volume_buttons.items():
            button.setChecked(percent == settings.speech_volume_percent)
            button.setEnabled(settings.read_aloud)

    def say(self, status: Say) -> None:
        self._status = status
        self._show_status()

    def _show_status(self) -> None:
        text = self._status(self._loc) if self._loc is not None else ""
        self.status.setText(text)
        self.status.setVisible(bool(text))


def _grid(widgets: Any, columns: int) -> QGridLayout:
    """Choices in rows of ``columns``: seventeen languages do not fit side by side."""
    grid = QGridLayout()
    grid.setSpacing(theme.KEY_GAP)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
    return grid


def _row(widgets: Any) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(theme.KEY_GAP)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row

