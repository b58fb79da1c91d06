"""An on-screen PIN pad: large digits, masked entry, no keyboard needed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.i18n.localizer import Localizer
from kiosk.settings.pin import PIN_FORMAT
from kiosk.ui import icons, theme
from kiosk.ui.overlay import Overlay, title_label, wide_button
from kiosk.ui.text_label import TextLabel

MAX_DIGITS = 8
MASK = "●"


class PinPad(Overlay):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "OverlayCard")
        self.title = title_label(self.card)
        self.dots = TextLabel("PinDots", self.card, wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = TextLabel("Paragraph", self.card)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keypad = QWidget(self.card)
        # Keypads read 1-2-3 from the left in every script, as on phones.
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setSpacing(12)
        self.digits: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self.digits[digit] = self._key(keypad, digit)
            grid.addWidget(self.digits[digit], index // 3, index % 3)
        self.erase = self._key(keypad, "")
        self.digits["0"] = self._key(keypad, "0")
        self.confirm = self._key(keypad, "")
        for column, key in enumerate((self.erase, self.digits["0"], self.confirm)):
            grid.addWidget(key, 3, column)
        self.cancel = wide_button(self.card, "SecondaryButton")
        self.content.setSpacing(12)
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

    def _key(self, parent: QWidget, text: str) -> QPushButton:
        key = QPushButton(text, parent)
        key.setObjectName("PinKey")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setIconSize(QSize(theme.ICON_PX, theme.ICON_PX))
        return key

    @property
    def entry_length(self) -> int:
        return len(self._entry)

    def ask(self, loc: Localizer, title: str, message: str = "") -> None:
        if self.confirm.icon().isNull():
            # Set on first use: the pad is built before the first frame, icons may wait.
            self.erase.setIcon(icons.icon("mdi6.backspace-outline"))
            self.confirm.setIcon(icons.icon("mdi6.check-bold"))
        self.title.setText(title)
        self.cancel.setText(loc.ui("staff.cancel"))
        self._entry = ""
        self.dots.setText("")
        self.message.setText(message)
        self.open()

    def say(self, message: str) -> None:
        self._entry = ""
        self.dots.setText("")
        self.message.setText(message)

    def _type(self, digit: str) -> None:
        if len(self._entry) < MAX_DIGITS:
            self._entry += digit
            self.dots.setText(MASK * len(self._entry))

    def _erase(self) -> None:
        self._entry = self._entry[:-1]
        self.dots.setText(MASK * len(self._entry))

    def _submit(self) -> None:
        entry, self._entry = self._entry, ""
        self.dots.setText("")
        if PIN_FORMAT.match(entry):
            self.submitted.emit(entry)
        else:
            self.submitted.emit("")

    def _cancel(self) -> None:
        self._entry = ""
        self.hide()
        self.cancelled.emit()
