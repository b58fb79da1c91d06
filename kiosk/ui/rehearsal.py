"""Urdu rehearsed while the kiosk waits, so that its first visitor does not wait for it.

Nastaliq is the one script whose ink is measured (kiosk.ui.widgets.text_label), and its
measures, shapes and glyphs are made the first time a text is shown in it: 38 ms on home when a
visitor first picks Urdu, and 20-30 ms more on each page they open then. Once every screen is
built, and while the start screen is showing, home and each page in turn are set in each
Nastaliq language out of sight (LanguageSwitch.rehearse), one screen a turn of the event loop:
a tap that comes meanwhile waits for one screen, not for all of them. A visitor who leaves the
start screen pauses it until the start screen is back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.ui.fonts import in_nastaliq
from kiosk.ui.window import START, KioskWindow


class Rehearsal(QObject):
    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window
        self._queue: list[tuple[str, QWidget]] | None = None  # None: not begun
        self._paused = False
        # Its own timer, not QTimer.singleShot: a kiosk closed meanwhile takes the timer with it,
        # and no turn comes for screens that are gone.
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._next)
        window.when_built(self._begin)
        window.screen_changed.connect(self._on_screen_changed)

    @property
    def is_done(self) -> bool:
        """Every screen rehearsed in every Nastaliq language (none to do is done too)."""
        return self._queue == []

    def _begin(self) -> None:
        window = self._window
        codes = [code for code in window.switch.languages.codes if in_nastaliq(code)]
        screens: list[QWidget] = [window.home, *window.pages.values()]
        self._queue = [(code, screen) for code in codes for screen in screens]
        self._turn.start()

    def _next(self) -> None:
        if not self._queue or self._paused:
            return  # not begun, done, or waiting for the start screen
        if self._window.current_screen != START:
            self._paused = True  # a visitor is here: nothing of theirs may wait for this
            return
        code, screen = self._queue.pop(0)
        self._window.switch.rehearse(code, [screen])
        self._turn.start()

    def _on_screen_changed(self, name: str) -> None:
        if name == START and self._paused:
            self._paused = False
            self._turn.start()
