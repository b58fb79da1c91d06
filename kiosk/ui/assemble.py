"""The one place a running kiosk is put together, for the CLI, --screenshots, benchmarks and tests.

``build_kiosk`` takes a Runtime (the plain-Python half: content, languages, settings,
counts) and adds the Qt half: the application, the language switch, the window, the
visitor's caretaker and staff mode, wired to each other. Everything that shows a kiosk
gets it here, so what a screenshot shows is what a visitor sees.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from kiosk.hours.clock import Clock, system_clock
from kiosk.runtime import Runtime
from kiosk.ui.app import WINDOW_SIZE, application
from kiosk.ui.caretaker import COUNTDOWN_SECONDS, Caretaker
from kiosk.ui.language import LanguageSwitch
from kiosk.ui.staff_mode import StaffMode
from kiosk.ui.text_size import TextSize
from kiosk.ui.watchers.corner_hold import HOLD_MS
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)

# Staff quit on purpose: the systemd unit's RestartPreventExitStatus keeps it stopped.
STAFF_QUIT_EXIT_STATUS = 10


@dataclass
class Kiosk:
    app: QApplication
    runtime: Runtime
    switch: LanguageSwitch
    text_size: TextSize
    window: KioskWindow
    caretaker: Caretaker
    staff: StaffMode
    kiosk_mode: bool

    def show(self) -> None:
        if not self.kiosk_mode:
            self.window.resize(*WINDOW_SIZE)
            self.window.show()
            return
        self.window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        # Full screen is a request to the window manager; a bare X server or a minimal
        # kiosk session may have none, so the window also takes the screen's geometry.
        self.window.setGeometry(self.app.primaryScreen().geometry())
        self.window.showFullScreen()

    def show_windowed(self) -> None:
        """At the kiosk's 1280 x 800 in a plain window, whatever the mode (screenshots, tests)."""
        self.window.resize(*WINDOW_SIZE)
        self.window.show()

    def settle(self, rounds: int = 5) -> None:
        """Let posted work run to the end, as the event loop does between frames.

        New text goes label -> page body -> scroll area, one posted LayoutRequest per
        step, and replaced rows are deleted later: a grab after a single round would
        catch a page half laid out, or old rows not yet gone.
        """
        for _ in range(rounds):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()

    def quit(self) -> None:
        log.info("Kiosk quit by staff")
        self.runtime.usage.save()
        self.stand_down()
        self.window.close()
        self.app.exit(STAFF_QUIT_EXIT_STATUS)

    def stand_down(self) -> None:
        """Stop watching the application (filters, timers, pointer); the window may close."""
        self.caretaker.stand_down()
        self.staff.stand_down()


def build_kiosk(runtime: Runtime, *, language: str | None = None, kiosk_mode: bool = True,
                clock: Clock = system_clock, countdown_seconds: int = COUNTDOWN_SECONDS,
                hold_ms: int = HOLD_MS) -> Kiosk:
    """A whole kiosk, greeting in ``language`` (else the default language), not yet shown."""
    app = application()
    default = runtime.default_language
    switch = LanguageSwitch(runtime.languages, default)
    window = KioskWindow(runtime.content, switch, default, runtime.start_languages, clock=clock)
    switch.setParent(window)  # one kiosk's switch goes with its window
    staff = StaffMode(window, runtime, hold_ms)
    caretaker = Caretaker(window, runtime, staff, kiosk_mode=kiosk_mode, countdown_seconds=countdown_seconds)
    kiosk = Kiosk(app, runtime, switch, window.text_size, window, caretaker, staff, kiosk_mode)
    staff.opening.connect(caretaker.dismiss_countdown)
    staff.idle_timeout_changed.connect(caretaker.idle.set_timeout)
    staff.cursor_hidden_changed.connect(caretaker.set_cursor_hidden)
    staff.quit_requested.connect(kiosk.quit)
    staff.languages_changed.connect(lambda: window.start.set_languages(runtime.start_languages))
    if language and language != default:
        switch.apply(language)
    return kiosk
