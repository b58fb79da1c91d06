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

from kiosk import collector
from kiosk.hours.clock import Clock, system_clock
from kiosk.runtime import Runtime
from kiosk.ui import icons, theme
from kiosk.ui.app import WINDOW_SIZE, application
from kiosk.ui.caretaker import Caretaker
from kiosk.ui.language import LanguageSwitch
from kiosk.ui.read_aloud import GREETING, ReadAloud, subject_for_screen
from kiosk.ui.rehearsal import Rehearsal
from kiosk.ui.staff_mode import StaffMode
from kiosk.ui.text_size import TextSize
from kiosk.ui.watchers.corner_hold import HOLD_MS
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)

# Staff quit on purpose: the systemd unit's RestartPreventExitStatus keeps it stopped.
STAFF_QUIT_EXIT_STATUS = 10


@dataclass
class Kiosk:
    """A whole kiosk, its widgets wired to each other and to its Runtime."""

    app: QApplication
    runtime: Runtime
    switch: LanguageSwitch
    text_size: TextSize
    window: KioskWindow
    caretaker: Caretaker
    staff: StaffMode
    read_aloud: ReadAloud
    kiosk_mode: bool
    rehearsal: Rehearsal

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
        self.read_aloud.stop()
        self.caretaker.stand_down()
        self.staff.stand_down()


def build_kiosk(runtime: Runtime, *, language: str | None = None, kiosk_mode: bool = True,
                clock: Clock = system_clock, countdown_seconds: int | None = None,
                hold_ms: int = HOLD_MS) -> Kiosk:
    """A whole kiosk, greeting in ``language`` (else the default language), not yet shown."""
    app = application()
    default = runtime.default_language
    switch = LanguageSwitch(runtime.languages, default)
    window = KioskWindow(runtime.content, switch, default, runtime.start_languages, clock=clock)
    switch.setParent(window)  # one kiosk's switch goes with its window
    staff = StaffMode(window, runtime, hold_ms)
    read_aloud = ReadAloud(runtime, clock, window)
    caretaker = Caretaker(window, runtime, staff, read_aloud, kiosk_mode=kiosk_mode,
                          countdown_seconds=countdown_seconds)
    kiosk = Kiosk(app, runtime, switch, window.text_size, window, caretaker, staff, read_aloud, kiosk_mode,
                  Rehearsal(window))
    _connect_read_aloud(window, switch, staff, read_aloud)
    staff.opening.connect(caretaker.dismiss_countdown)
    staff.idle_timeout_changed.connect(caretaker.idle.set_timeout)
    staff.cursor_hidden_changed.connect(caretaker.set_cursor_hidden)
    staff.quit_requested.connect(kiosk.quit)
    staff.languages_changed.connect(lambda: window.start.set_languages(runtime.start_languages))
    # What the start built lives as long as the kiosk: out of the collector's walks from now on.
    window.when_built(collector.keep_built)
    if language and language != default:
        switch.apply(language)
    return kiosk


def _connect_read_aloud(window: KioskWindow, switch: LanguageSwitch, staff: StaffMode,
                        read_aloud: ReadAloud) -> None:
    """Listen buttons to the voice, and everything that must silence it: another screen, another
    language, staff coming (the idle reset is the caretaker's)."""
    pages = tuple(page.id for page in window.content.pages)

    def listen_here() -> None:
        subject = subject_for_screen(window.current_screen, pages)
        if subject is not None:
            read_aloud.toggle(subject, window.localizer.code)

    def show_reading(subject: str) -> None:
        greeting = subject.startswith(GREETING)
        window.start.set_reading(subject.removeprefix(GREETING) if greeting else None)
        if window.has_home_and_bar:
            window.nav.set_reading(bool(subject) and not greeting)

    def offer_here(*_: object) -> None:
        if window.has_home_and_bar:
            window.nav.set_listen_available(read_aloud.available(window.localizer.code))

    def offer_everywhere() -> None:
        # Which languages have a speaker changes only with staff's choice, not with a switch.
        voiced = frozenset(code for code in window.switch.languages.codes if read_aloud.available(code))
        window.start.set_voiced(voiced, icons.icon(icons.LISTEN),
                                icons.icon(icons.STOP_LISTENING, color=theme.ON_BLUE))
        offer_here()

    def on_rest_built() -> None:
        window.nav.listen_requested.connect(listen_here)
        offer_everywhere()

    window.rest_built.connect(on_rest_built)
    window.start.listen_requested.connect(lambda code: read_aloud.toggle(f"{GREETING}{code}", code))
    window.screen_changed.connect(lambda _name: read_aloud.stop())
    switch.changed.connect(lambda _loc: (read_aloud.stop(), offer_here()))
    staff.opening.connect(read_aloud.stop)
    staff.read_aloud_changed.connect(lambda: (read_aloud.stop(), offer_everywhere()))
    read_aloud.reading_changed.connect(show_reading)
