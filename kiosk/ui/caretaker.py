"""What keeps a kiosk safe to leave alone all day, around the visitor's window.

Idle reset, kiosk-mode lock-down, the way into staff mode, the staff's changes,
and the anonymous counts. The window itself knows none of this.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.i18n.opening_text import status_line
from kiosk.runtime import Runtime
from kiosk.settings.pin import Outcome, hash_pin
from kiosk.settings.store import SaveError
from kiosk.ui.corner_hold import HOLD_MS, CornerHold
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.lockdown import LockDown
from kiosk.ui.window import START, KioskWindow

if TYPE_CHECKING:
    from kiosk.hours.calendar import Status
    from kiosk.ui.closed_dim import ClosedDim
    from kiosk.ui.pin_pad import PinPad
    from kiosk.ui.staff_panel import StaffPanel
    from kiosk.ui.still_there import StillThereOverlay

# Overlays and their modules load on first use; the first frame needs none of them.
COUNTDOWN_SECONDS = 10
# Staff quit on purpose: the systemd unit's RestartPreventExitStatus keeps it stopped.
STAFF_QUIT_EXIT_STATUS = 10

log = logging.getLogger(__name__)


class Caretaker(QObject):
    def __init__(self, window: KioskWindow, runtime: Runtime, *, kiosk_mode: bool,
                 countdown_seconds: int = COUNTDOWN_SECONDS, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self.runtime = runtime
        self.countdown_seconds = countdown_seconds
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app

        self.idle = IdleWatcher(runtime.settings.idle_timeout_seconds, self)
        self.corner = CornerHold(window, hold_ms, self)
        self.lockdown = LockDown(window, self) if kiosk_mode else None
        for watcher in (self.idle, self.corner, self.lockdown):
            if watcher is not None:
                app.installEventFilter(watcher)

        self._pin_purpose = "enter"
        self._new_pin = ""
        self._cursor_hidden = False

        self.idle.idle.connect(self._on_idle)
        self.idle.touched.connect(self._on_touch)
        self.corner.held.connect(self.open_staff_mode)
        window.start.language_chosen.connect(runtime.usage.visit)
        window.screen_changed.connect(self._count_page)
        self._apply_cursor(runtime.settings.hide_cursor)

    # --- overlays, built on first use: none is needed for the first frame ---------------
    @cached_property
    def still_there(self) -> StillThereOverlay:
        from kiosk.ui.still_there import StillThereOverlay

        overlay = StillThereOverlay(self.window)
        overlay.expired.connect(self.reset_for_next_visitor)
        overlay.kept.connect(self.idle.rearm)
        return overlay

    @cached_property
    def pin_pad(self) -> PinPad:
        from kiosk.ui.pin_pad import PinPad

        pad = PinPad(self.window)
        pad.submitted.connect(self._on_pin)
        return pad

    @cached_property
    def panel(self) -> StaffPanel:
        from kiosk.ui.staff_panel import StaffPanel

        panel = StaffPanel(self.window, self.runtime.languages.available)
        panel.default_language_chosen.connect(self._set_default_language)
        panel.idle_timeout_chosen.connect(self._set_idle_timeout)
        panel.cursor_hidden_chosen.connect(self._set_cursor_hidden)
        panel.export_requested.connect(self._export)
        panel.change_pin_requested.connect(self._ask_new_pin)
        panel.leave_requested.connect(panel.hide)
        panel.quit_requested.connect(self.quit_kiosk)
        return panel

    @cached_property
    def dim(self) -> ClosedDim:
        from kiosk.ui.closed_dim import ClosedDim

        overlay = ClosedDim(self.window, self.runtime.settings.closed_dim_percent)
        overlay.woken.connect(self.idle.rearm)
        return overlay

    def _built_overlays(self) -> list[QWidget]:
        names = ("still_there", "pin_pad", "panel")
        return [self.__dict__[name] for name in names if name in self.__dict__]

    # --- visitors -------------------------------------------------------------------
    @property
    def at_rest(self) -> bool:
        """Nothing of a visitor is on screen: the start screen, in the default language."""
        window = self.window
        return (window.current_screen == START and window.localizer.code == window.default_language
                and not any(overlay.isVisible() for overlay in self._built_overlays()))

    def _on_idle(self) -> None:
        if self.at_rest:
            self._dim_if_closed()
            self.idle.rearm()
            return
        self.still_there.begin(self.window.localizer, self.countdown_seconds)

    def _dim_if_closed(self) -> None:
        ticker = self.window.ticker
        if ticker is None or ticker.status is None or self.runtime.settings.closed_dim_percent == 0:
            return
        if not ticker.status.is_open:
            if "dim" not in self.__dict__:
                ticker.changed.connect(self._on_opening_changed)
            self.dim.show_message(status_line(ticker.status, self.window.localizer))

    def _on_opening_changed(self, status: Status) -> None:
        if status.is_open:
            self.dim.hide()
        elif self.dim.isVisible():
            self.dim.show_message(status_line(status, self.window.localizer))

    def _on_touch(self) -> None:
        if self.window.ticker is not None:
            self.window.ticker.refresh_if_due()

    def reset_for_next_visitor(self) -> None:
        for overlay in self._built_overlays():
            overlay.hide()
        self.window.reset_for_next_visitor()
        self.runtime.usage.save()
        self.idle.rearm()

    def _count_page(self, name: str) -> None:
        if name in self.window.pages:
            self.runtime.usage.page(name)

    # --- staff ----------------------------------------------------------------------
    def open_staff_mode(self) -> None:
        loc = self.window.localizer
        if "still_there" in self.__dict__:
            self.still_there.dismiss()
        if not self.runtime.guard.has_pin:
            self._pin_purpose = "none"
            self.pin_pad.ask(loc, loc.ui("staff.pin_title"), loc.ui("staff.no_pin"))
            return
        self._pin_purpose = "enter"
        locked = self.runtime.guard.seconds_locked()
        message = loc.ui("staff.pin_locked", time=loc.duration(locked)) if locked else ""
        self.pin_pad.ask(loc, loc.ui("staff.pin_title"), message)

    def _on_pin(self, pin: str) -> None:
        loc = self.window.localizer
        if self._pin_purpose == "none":
            return
        if not pin:
            self.pin_pad.say(loc.ui("staff.pin_length"))
            return
        if self._pin_purpose == "new":
            self._new_pin = pin
            self._pin_purpose = "repeat"
            self.pin_pad.ask(loc, loc.ui("staff.repeat_pin"))
            return
        if self._pin_purpose == "repeat":
            self._store_new_pin(pin)
            return
        attempt = self.runtime.guard.attempt(pin)
        if attempt.outcome is Outcome.ACCEPTED:
            self.pin_pad.hide()
            self._open_panel()
        elif attempt.outcome is Outcome.LOCKED or attempt.retry_after:
            self.pin_pad.say(loc.ui("staff.pin_locked", time=loc.duration(attempt.retry_after)))
        else:
            self.pin_pad.say(loc.ui("staff.pin_wrong"))

    def _open_panel(self) -> None:
        log.info("Staff mode opened")
        self.panel.present(self.window.localizer, self.runtime.settings, self.window.default_language,
                           self.runtime.usage.days())

    def _ask_new_pin(self) -> None:
        loc = self.window.localizer
        self._pin_purpose = "new"
        self.pin_pad.ask(loc, loc.ui("staff.new_pin"))

    def _store_new_pin(self, pin: str) -> None:
        loc = self.window.localizer
        if pin != self._new_pin:
            self._pin_purpose = "new"
            self.pin_pad.ask(loc, loc.ui("staff.new_pin"), loc.ui("staff.pins_differ"))
            return
        self.pin_pad.hide()
        self._save(lambda: self.runtime.store.set_pin_hash(hash_pin(pin)), loc.ui("staff.pin_changed"))

    def _set_default_language(self, code: str) -> None:
        self.window.set_default_language(code)
        self._save(lambda: self.runtime.store.update(default_language=code))

    def _set_idle_timeout(self, seconds: int) -> None:
        self.idle.set_timeout(seconds)
        self._save(lambda: self.runtime.store.update(idle_timeout_seconds=seconds))

    def _set_cursor_hidden(self, hidden: bool) -> None:
        self._apply_cursor(hidden)
        self._save(lambda: self.runtime.store.update(hide_cursor=hidden))

    def _save(self, action: Callable[[], None], done: str = "") -> None:
        loc = self.window.localizer
        try:
            action()
        except SaveError as exc:
            self.panel.say(loc.ui("staff.save_failed", reason=str(exc)))
        else:
            self.panel.say(done)
        self.panel.show_settings(self.runtime.settings, self.window.default_language)

    def _export(self) -> None:
        loc = self.window.localizer
        self.runtime.usage.save()
        try:
            path = self.runtime.usage.export_csv(self.runtime.locations.export_dir)
        except OSError as exc:
            self.panel.say(loc.ui("staff.save_failed", reason=exc.strerror or str(exc)))
            return
        self.panel.say(loc.ui("staff.exported", path=str(path)))

    def _apply_cursor(self, hidden: bool) -> None:
        if hidden and not self._cursor_hidden:
            self._app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        elif not hidden and self._cursor_hidden:
            self._app.restoreOverrideCursor()
        self._cursor_hidden = hidden

    def quit_kiosk(self) -> None:
        log.info("Kiosk quit by staff")
        self.runtime.usage.save()
        if self.lockdown is not None:
            self.lockdown.allow_close = True
        self.window.close()
        self._app.exit(STAFF_QUIT_EXIT_STATUS)
