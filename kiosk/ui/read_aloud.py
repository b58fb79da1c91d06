"""The visitors' voice: what a Listen button reads, and everything that must silence it.

One subject is read at a time: a language's greeting on the start screen ("greeting:fa"),
the home screen ("home") or a page ("page:hours"). The reading itself runs on the
reader's thread (kiosk.speech.reader); this side only starts, stops and reports.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from kiosk.hours.clock import Clock
from kiosk.runtime import Runtime

if TYPE_CHECKING:
    # Imported on the first Listen tap: eSpeak's binding, the reader's thread, the sound
    # device and the opening calendar (which brings the holidays package) are not the first
    # frame's work.
    from kiosk.hours.calendar import OpeningCalendar
    from kiosk.speech.reader import OpenOutput, Reader
    from kiosk.speech.spoken import Script

log = logging.getLogger(__name__)

GREETING = "greeting:"
HOME = "home"
PAGE = "page:"


def subject_for_screen(screen: str, pages: tuple[str, ...]) -> str | None:
    """What the bar's Listen button reads on ``screen``; None on the start screen."""
    if screen in pages:
        return f"{PAGE}{screen}"
    return HOME if screen == HOME else None


class ReadAloud(QObject):
    reading_changed = Signal(str)  # the subject now read, or "" when silent
    # From the reader's threads; queued, so the slot runs on this object's thread.
    _ended = Signal(int, bool)

    def __init__(self, runtime: Runtime, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self._clock = clock
        self.subject = ""
        self._code = ""
        self._turn = 0
        # Where the sound goes (None: the sound device); a test puts a recording here.
        self.open_output: OpenOutput | None = None
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)

    def available(self, code: str) -> bool:
        """Whether ``code``'s visitors see a Listen button: staff left read-aloud on, and
        the language has a voice."""
        return self.runtime.settings.read_aloud and code in self.runtime.voices

    @property
    def is_reading(self) -> bool:
        return bool(self.subject)

    @property
    def is_loaded(self) -> bool:
        return "reader" in self.__dict__ and self.reader.is_loaded

    @cached_property
    def reader(self) -> Reader:
        from kiosk.speech.output import SoundDevice
        from kiosk.speech.reader import Reader

        return Reader(self.runtime.voices, self.open_output or SoundDevice)

    @cached_property
    def _calendar(self) -> OpeningCalendar:
        from kiosk.hours.calendar import OpeningCalendar

        return OpeningCalendar(self.runtime.content.office.schedule)

    def toggle(self, subject: str, code: str) -> None:
        """Read ``subject`` in ``code``; the same tap again while it reads stops it."""
        if subject == self.subject and code == self._code:
            self.stop()
        else:
            self.read(subject, code)

    def read(self, subject: str, code: str) -> None:
        if not self.available(code):
            log.warning("Read-aloud: no voice for %s, or read-aloud is off", code)
            return
        self._turn += 1
        turn = self._turn
        from kiosk.speech.espeak import loudness

        volume = loudness(self.runtime.settings.speech_volume_percent)
        self.reader.speak(self.script(subject, code), volume,
                          on_end=lambda read, turn=turn: self._ended.emit(turn, read))
        self._set_subject(subject, code)

    def script(self, subject: str, code: str) -> Script:
        from kiosk.speech import spoken

        if subject.startswith(GREETING):
            screen, code = spoken.START, subject.removeprefix(GREETING)
        else:
            screen = subject.removeprefix(PAGE) if subject.startswith(PAGE) else spoken.HOME
        today = self._clock().astimezone(self._calendar.zone).date()
        return spoken.screen_script(screen, self.runtime.content, self.runtime.languages.localizer(code),
                                    self._calendar, today)

    def stop(self) -> None:
        if "reader" in self.__dict__:
            self.reader.stop()
        self._set_subject("", "")

    def release(self) -> None:
        """The idle reset: silence, and eSpeak NG's data freed until someone listens again."""
        if "reader" in self.__dict__:
            self.reader.release()
        self._set_subject("", "")

    def _on_ended(self, turn: int, _read: bool) -> None:
        if turn == self._turn:
            self._set_subject("", "")

    def _set_subject(self, subject: str, code: str) -> None:
        changed = subject != self.subject
        self.subject, self._code = subject, code
        if changed:
            self.reading_changed.emit(subject)
