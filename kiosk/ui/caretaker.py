"""What keeps the visitor's side safe to leave alone all day.

Idle reset (the "Still there?" countdown, then the start screen for the next visitor),
kiosk-mode lock-down, dimming while the office is closed, the pointer, and the
anonymous counts. The staff's side is kiosk.ui.staff_mode; the window knows neither.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from kiosk.i18n.localizer import Localizer
from kiosk.runtime import Runtime
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.watchers.idle import IdleWatcher
from kiosk.ui.watchers.lockdown import LockDown
from kiosk.ui.window import START, KioskWindow

if TYPE_CHECKING:
    from kiosk.hours.calendar import Status
    from kiosk.ui.overlays.closed_dim import ClosedDim
    from kiosk.ui.overlays.still_there import StillThereOverlay
    from kiosk.ui.staff_mode import StaffMode

log = logging.getLogger(__name__)


class Caretaker(QObject):
    def __init__(self, window: KioskWindow, runtime: Runtime, staff: StaffMode, read_aloud: ReadAloud, *,
                 kiosk_mode: bool, countdown_seconds: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.read_aloud = read_aloud
        self.runtime = runtime
        self.staff = staff
        # None: the staff's setting, read at each countdown. Tests give a second.
        self._countdown_override = countdown_seconds
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self.idle = IdleWatcher(runtime.settings.idle_timeout_seconds, self)
        self.lockdown = LockDown(window, self) if kiosk_mode else None
        if self.lockdown is not None:
            # At once: the window refuses to close, and its platform window swallows the keys
            # and menus that would end the kiosk.
            window.installEventFilter(self.lockdown)
            window.watch_input(self.lockdown)
        # Touches are watched from when every screen exists, a fraction of a second after the
        # first frame: a touch that early cannot matter to a countdown of minutes.
        self._standing = True
        window.when_built(self._watch_input)
        self._cursor_hidden = False
        self.idle.idle.connect(self._on_idle)
        self.idle.touched.connect(self._on_touch)
        window.start.language_chosen.connect(runtime.usage.visit)
        window.screen_changed.connect(self._count_page)
        self.set_cursor_hidden(runtime.settings.hide_cursor)

    # --- overlays, built on first use: none is needed for the first frame ---------------
    @cached_property
    def still_there(self) -> StillThereOverlay:
        from kiosk.ui.overlays.still_there import StillThereOverlay

        overlay = StillThereOverlay(self.window)
        overlay.expired.connect(self.reset_for_next_visitor)
        overlay.kept.connect(self.idle.rearm)
        self.window.switch.register(overlay)
        self.window.text_size.register(overlay)  # a visitor who chose larger text reads it too
        return overlay

    @cached_property
    def dim(self) -> ClosedDim:
        from kiosk.ui.overlays.closed_dim import ClosedDim

        overlay = ClosedDim(self.window, self.runtime.settings.closed_dim_percent)
        overlay.woken.connect(self.idle.rearm)
        self.window.switch.register(overlay)
        if self.window.ticker is not None:
            self.window.ticker.changed.connect(self._on_opening_changed)
        return overlay

    @property
    def has_dimmed(self) -> bool:
        return "dim" in self.__dict__

    @property
    def at_rest(self) -> bool:
        """Nothing of a visitor is on screen: the start screen, in the default language, with
        normal text (a visitor may have gone back to it with larger text chosen)."""
        window = self.window
        countdown = "still_there" in self.__dict__ and self.still_there.isVisible()
        return (window.current_screen == START and window.localizer.code == window.default_language
                and window.text_size.is_normal and not countdown and not self.staff.is_open)

    def _on_idle(self) -> None:
        if self.read_aloud.is_reading:
            # A listener does not touch the screen; nobody has left.
            self.idle.rearm()
            return
        if self.at_rest:
            self._dim_if_closed()
            self.idle.rearm()
            return
        self.still_there.begin(self.window.localizer, self.countdown_seconds)

    @property
    def countdown_seconds(self) -> int:
        if self._countdown_override is not None:
            return self._countdown_override
        return self.runtime.settings.countdown_seconds

    def _dim_if_closed(self) -> None:
        ticker = self.window.ticker
        if ticker is None or ticker.status is None or self.runtime.settings.closed_dim_percent == 0:
            return
        if not ticker.status.is_open:
            self.dim.show_status(self.window.localizer, ticker.status, self._offered())

    def _on_opening_changed(self, status: Status) -> None:
        if status.is_open:
            self.dim.hide()
        elif self.dim.isVisible():
            self.dim.show_status(self.window.localizer, status, self._offered())

    def _offered(self) -> list[Localizer]:
        return [self.runtime.languages.localizer(code) for code in self.runtime.start_languages]

    def _on_touch(self) -> None:
        if self.window.ticker is not None:
            self.window.ticker.refresh_if_due()

    def dismiss_countdown(self) -> None:
        if "still_there" in self.__dict__:
            self.still_there.dismiss()

    def reset_for_next_visitor(self) -> None:
        self.read_aloud.release()
        self.dismiss_countdown()
        self.staff.close()
        self.window.reset_for_next_visitor()
        self.runtime.usage.save()
        self.idle.rearm()

    def _count_page(self, name: str) -> None:
        if self.window.is_page(name):
            self.runtime.usage.page(name)

    def set_cursor_hidden(self, hidden: bool) -> None:
        """For touch screens: no pointer over the visitor's screen."""
        if hidden and not self._cursor_hidden:
            self._app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        elif not hidden and self._cursor_hidden:
            self._app.restoreOverrideCursor()
        self._cursor_hidden = hidden

    def _watch_input(self) -> None:
        if self._standing:
            self.window.watch_input(self.idle)

    def stand_down(self) -> None:
        """Stop watching: filters off the window, timers stopped, the pointer back."""
        self._standing = False
        for watcher in (self.idle, self.lockdown):
            if watcher is not None:
                self.window.unwatch_input(watcher)
        if self.lockdown is not None:
            self.window.removeEventFilter(self.lockdown)
        self.idle.stop()
        self.dismiss_countdown()
        if self.lockdown is not None:
            self.lockdown.allow_close = True
        self.set_cursor_hidden(False)
