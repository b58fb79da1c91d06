"""An on-screen PIN pad: large digits, masked entry, no keyboard needed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.i18n.localizer import Localizer
from kiosk.settings.pin import PIN_FORMAT
from kiosk.ui import icons, theme
from kiosk.ui.overlays.overlay import Overlay, title_label, wide_button
from kiosk.ui.overlays.say import Say, nothing
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel

MAX_DIGITS = 8
MASK = "●"


class PinPad(Overlay):
    """Says what it is asked for; emits what was typed ("" for an entry that is no PIN)."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Name.OVERLAY_CARD)
        self.title = title_label(self.card)
        self.dots = TextLabel(Name.PIN_DOTS, self.card, wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = TextLabel(Name.PARAGRAPH, self.card)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keypad = QWidget(self.card)
        # Keypads read 1-2-3 from the left in every script, as on phones.
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setSpacing(theme.KEY_GAP)
        self.digits: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self.digits[digit] = self._key(keypad, digit)
            grid.addWidget(self.digits[digit], index // 3, index % 3)
        self.erase = self._key(keypad, "")
        self.digits["0"] = self._key(keypad, "0")
        self.confirm = self._key(keypad, "")
        for column, key in enumerate((self.erase, self.digits["0"], self.confirm)):
            grid.addWidget(key, 3, column)
        self.cancel = wide_button(self.card, Name.SECONDARY_BUTTON)
        self.content.setSpacing(theme.KEY_GAP)
        # Text spans the card's width: a wrapped label given an alignment is measured at
        # its narrow preferred width and clipped to one line.
        for widget in (self.title, self.dots, self.message):
            self.content.addWidget(widget)
        for widget in (keypad, self.cancel):
            self.content.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        for digit, key in self.digits.items():
            key.clicked.connect(lambda _=False, digit=digit: self._type(digit))
        self.erase.clicked.connect(self._erase)
        self.confirm.clicked.connect(self._submit)
        self.cancel.clicked.connect(self._cancel)
        self._entry = ""
        self._title: Say = nothing
        self._message: Say = nothing
        self._loc: Localizer | None = None

    def _key(self, parent: QWidget, text: str) -> QPushButton:
        key = QPushButton(text, parent)
        key.setObjectName(Name.PIN_KEY)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setIconSize(QSize(theme.ICON_PX, theme.ICON_PX))
        return key

    def ask(self, loc: Localizer, title: Say, message: Say = nothing) -> None:
        if self.confirm.icon().isNull():
            # Set on first use: icons load after the first frame.
            self.erase.setIcon(icons.icon(icons.ERASE))
            self.confirm.setIcon(icons.icon(icons.CONFIRM))
        self._title, self._message = title, message
        self._clear_entry()
        self.retranslate(loc)
        self.open()

    def say(self, message: Say) -> None:
        self._message = message
        self._clear_entry()
        if self._loc is not None:
            self.message.setText(message(self._loc))

    def retranslate(self, loc: Localizer) -> None:
        self._loc = loc
        self.title.setText(self._title(loc))
        self.message.setText(self._message(loc))
        self.cancel.setText(loc.ui("staff.cancel"))
        self.erase.setAccessibleName(loc.ui("staff.erase"))
        self.confirm.setAccessibleName(loc.ui("staff.ok"))

    def _clear_entry(self) -> None:
        self._entry = ""
        self.dots.setText("")

    def _type(self, digit: str) -> None:
        if len(self._entry) < MAX_DIGITS:
            self._entry += digit
            self.dots.setText(MASK * len(self._entry))

    def _erase(self) -> None:
        self._entry = self._entry[:-1]
        self.dots.setText(MASK * len(self._entry))

    def _submit(self) -> None:
        entry = self._entry
        self._clear_entry()
        self.submitted.emit(entry if PIN_FORMAT.match(entry) else "")

    def _cancel(self) -> None:
        self._clear_entry()
        self.hide()
