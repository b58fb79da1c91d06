"""The staff's side: the corner hold, the PIN pad, the staff panel, and the changes made there.

What staff change is saved through the Runtime; what it changes on the visitor's side
(the idle timeout, the pointer, quitting) goes out as signals that the composition root
connects, so this module needs to know nothing of the Caretaker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum, auto
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.runtime import Runtime
from kiosk.settings.pin import Outcome, hash_pin
from kiosk.settings.store import SaveError
from kiosk.ui.overlays.say import Say, nothing, ui_text
from kiosk.ui.watchers.corner_hold import HOLD_MS, CornerHold
from kiosk.ui.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.ui.overlays.pin_pad import PinPad
    from kiosk.ui.overlays.staff_panel import StaffPanel

log = logging.getLogger(__name__)


class PinStep(Enum):
    """What the PIN pad is asking for."""

    NO_PIN = auto()  # none is set: the pad only says how to set one
    ENTER = auto()  # the PIN, to open the panel
    NEW = auto()  # a new PIN, from the panel
    REPEAT = auto()  # the new PIN again


class StaffMode(QObject):
    idle_timeout_changed = Signal(int)
    languages_changed = Signal()  # which languages the start screen offers
    cursor_hidden_changed = Signal(bool)
    read_aloud_changed = Signal()  # on or off, or its volume
    quit_requested = Signal()
    opening = Signal()  # the corner was held: staff are coming, visitors' overlays may go

    def __init__(self, window: KioskWindow, runtime: Runtime, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self.runtime = runtime
        self.corner = CornerHold(window, hold_ms, self)
        # Watched from when every screen exists, as the caretaker watches input (caretaker.py).
        self._standing = True
        window.when_built(self._watch_the_corner)
        self.corner.held.connect(self.open)
        self.step = PinStep.ENTER
        self._new_pin = ""

    # --- overlays, built on first use -------------------------------------------------
    @cached_property
    def pin_pad(self) -> PinPad:
        from kiosk.ui.overlays.pin_pad import PinPad

        pad = PinPad(self.window)
        pad.submitted.connect(self._on_pin)
        self.window.switch.register(pad)
        return pad

    @cached_property
    def panel(self) -> StaffPanel:
        from kiosk.ui.overlays.staff_panel import StaffPanel

        panel = StaffPanel(self.window, self.runtime.languages.available,
                           self.runtime.voices)
        panel.default_language_chosen.connect(self._set_default_language)
        panel.idle_timeout_chosen.connect(self._set_idle_timeout)
        panel.cursor_hidden_chosen.connect(self._set_cursor_hidden)
        panel.countdown_chosen.connect(self._set_countdown)
        panel.read_aloud_chosen.connect(self._set_read_aloud)
        panel.volume_chosen.connect(self._set_volume)
        panel.export_requested.connect(self._export)
        panel.change_pin_requested.connect(self._ask_new_pin)
        panel.language_shown_chosen.connect(self._set_language_shown)
        panel.language_raised.connect(self._raise_language)
        panel.leave_requested.connect(panel.hide)
        panel.quit_requested.connect(self.quit_requested.emit)
        self.window.switch.register(panel)
        return panel

    @property
    def is_open(self) -> bool:
        return any(name in self.__dict__ and self.__dict__[name].isVisible() for name in ("pin_pad", "panel"))

    def close(self) -> None:
        for name in ("pin_pad", "panel"):
            if name in self.__dict__:
                self.__dict__[name].hide()

    def _watch_the_corner(self) -> None:
        if self._standing:
            self.window.watch_input(self.corner)

    def stand_down(self) -> None:
        self._standing = False
        self.window.unwatch_input(self.corner)

    # --- the way in -------------------------------------------------------------------
    def open(self) -> None:
        """The corner was held: ask for the PIN (or say how to set one)."""
        self.opening.emit()
        loc = self.window.localizer
        title = ui_text("staff.pin_title")
        if not self.runtime.guard.has_pin:
            self.step = PinStep.NO_PIN
            self.pin_pad.ask(loc, title, ui_text("staff.no_pin"))
            return
        self.step = PinStep.ENTER
        locked = self.runtime.guard.seconds_locked()
        self.pin_pad.ask(loc, title, _locked_for(locked) if locked else nothing)

    def _on_pin(self, pin: str) -> None:
        if self.step is PinStep.NO_PIN:
            return
        if not pin:
            self.pin_pad.say(ui_text("staff.pin_length"))
            return
        if self.step is PinStep.NEW:
            self._new_pin = pin
            self.step = PinStep.REPEAT
            self.pin_pad.ask(self.window.localizer, ui_text("staff.repeat_pin"))
            return
        if self.step is PinStep.REPEAT:
            self._store_new_pin(pin)
            return
        attempt = self.runtime.guard.attempt(pin)
        if attempt.outcome is Outcome.ACCEPTED:
            self.pin_pad.hide()
            self.open_panel()
        elif attempt.outcome is Outcome.LOCKED or attempt.retry_after:
            self.pin_pad.say(_locked_for(attempt.retry_after))
        else:
            self.pin_pad.say(ui_text("staff.pin_wrong"))

    def open_panel(self) -> None:
        log.info("Staff mode opened")
        self.panel.present(self.window.localizer, self.runtime.settings, self.window.default_language,
                           self.runtime.usage.days())

    # --- what staff change ------------------------------------------------------------
    def _ask_new_pin(self) -> None:
        self.step = PinStep.NEW
        self.pin_pad.ask(self.window.localizer, ui_text("staff.new_pin"))

    def _store_new_pin(self, pin: str) -> None:
        if pin != self._new_pin:
            self.step = PinStep.NEW
            self.pin_pad.ask(self.window.localizer, ui_text("staff.new_pin"), ui_text("staff.pins_differ"))
            return
        self.pin_pad.hide()
        self._save(lambda: self.runtime.store.set_pin_hash(hash_pin(pin)), ui_text("staff.pin_changed"))

    def _set_default_language(self, code: str) -> None:
        self.window.set_default_language(code)
        self._save(lambda: self.runtime.update_settings(default_language=code))
        self.languages_changed.emit()  # the default goes first

    def _set_language_shown(self, code: str, shown: bool) -> None:
        hidden = [c for c in self.runtime.settings.hidden_languages if c != code]
        if not shown:
            hidden.append(code)
        self._save(lambda: self.runtime.update_settings(hidden_languages=sorted(hidden)))
        self.languages_changed.emit()

    def _raise_language(self, code: str) -> None:
        """One place earlier on the start screen (after the default, which stays first)."""
        default = self.window.default_language
        order = [c for c in self.runtime.start_languages if c != default]
        order += [c for c in self.runtime.languages.codes if c not in order and c != default]
        if code in order and order.index(code) > 0:
            at = order.index(code)
            order[at - 1], order[at] = order[at], order[at - 1]
        self._save(lambda: self.runtime.update_settings(languages=order))
        self.languages_changed.emit()

    def _set_idle_timeout(self, seconds: int) -> None:
        self.idle_timeout_changed.emit(seconds)
        self._save(lambda: self.runtime.update_settings(idle_timeout_seconds=seconds))

    def _set_cursor_hidden(self, hidden: bool) -> None:
        self.cursor_hidden_changed.emit(hidden)
        self._save(lambda: self.runtime.update_settings(hide_cursor=hidden))

    def _set_countdown(self, seconds: int) -> None:
        # The caretaker reads the setting at each countdown: nothing to tell it.
        self._save(lambda: self.runtime.update_settings(countdown_seconds=seconds))

    def _set_read_aloud(self, on: bool) -> None:
        self._save(lambda: self.runtime.update_settings(read_aloud=on))
        self.read_aloud_changed.emit()

    def _set_volume(self, percent: int) -> None:
        self._save(lambda: self.runtime.update_settings(speech_volume_percent=percent))
        self.read_aloud_changed.emit()

    def _save(self, action: Callable[[], None], done: Say = nothing) -> None:
        try:
            action()
        except SaveError as exc:
            self.panel.say(ui_text("staff.save_failed", reason=str(exc)))
        else:
            self.panel.say(done)
        self.panel.show_settings(self.runtime.settings, self.window.default_language)

    def _export(self) -> None:
        self.runtime.usage.save()
        try:
            path = self.runtime.usage.export_csv(self.runtime.locations.export_dir)
        except OSError as exc:
            self.panel.say(ui_text("staff.save_failed", reason=exc.strerror or str(exc)))
            return
        self.panel.say(ui_text("staff.exported", path=str(path)))


def _locked_for(seconds: float) -> Say:
    return lambda loc: loc.ui("staff.pin_locked", time=loc.duration(seconds))
