"""A kiosk left alone all day: idle reset, lock-down, staff mode, settings that survive."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.overlays.say import ui_text
from kiosk.ui.window import START
from tests.support.kiosk import PIN, enter_pin, hold_corner, open_staff_panel
from tests.support.languages import NATIVE
from tests.support.project import ROOT, SHIPPED
from tests.support.screen import clipped, finger, scroll_to, tap

# --- idle reset ---------------------------------------------------------------------------

def test_after_idle_the_next_visitor_finds_the_start_screen_in_the_default_language(
        qtbot, make_kiosk, languages):
    caretaker = make_kiosk(idle_timeout_seconds=1).caretaker
    window = caretaker.window
    tap(qtbot, window.start.buttons["fa"])
    tap(qtbot, window.home.tiles["about"])
    bar = window.pages["about"].verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: caretaker.still_there.isVisible(), timeout=4000)
    assert caretaker.still_there.title.shown_text() == languages.localizer("fa").ui("idle.still_there")
    qtbot.waitUntil(lambda: window.current_screen == START, timeout=4000)
    assert window.localizer.code == "nb"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert bar.value() == 0
    assert not caretaker.still_there.isVisible() and not window.nav.isVisible()
    assert caretaker.idle.is_armed


def test_any_touch_on_the_countdown_keeps_the_visitor_where_they_were(qtbot, kiosk):
    window = kiosk.window
    tap(qtbot, window.start.buttons["sv"])
    tap(qtbot, window.home.tiles["hours"])
    kiosk.caretaker.idle.idle.emit()  # as the timer does after the timeout
    assert kiosk.caretaker.still_there.isVisible()
    finger("click", kiosk.caretaker.still_there, QPoint(30, 30))
    assert not kiosk.caretaker.still_there.isVisible()
    assert window.current_screen == "hours" and window.localizer.code == "sv"


def test_at_rest_idle_shows_nothing(qtbot, kiosk):
    assert kiosk.caretaker.at_rest
    kiosk.caretaker.idle.idle.emit()
    assert not kiosk.caretaker.still_there.isVisible() and kiosk.caretaker.idle.is_armed


def test_one_idle_timer_rearmed_by_input(qtbot, kiosk):
    kiosk.caretaker.idle.set_timeout(60)
    kiosk.caretaker.idle.stop()
    finger("click", kiosk.window.start.buttons["en"])
    assert kiosk.caretaker.idle.is_armed and kiosk.caretaker.idle.timeout_seconds == 60


def test_the_welcome_cycles_through_the_languages_only_while_seen(qtbot, kiosk):
    start = kiosk.window.start
    assert start.welcome_opacity == 1.0
    assert start.is_attracting and start.greeting_language == "nb"
    qtbot.waitUntil(lambda: start.greeting_language != "nb", timeout=6000)
    # Faded back in wholly, not to Qt's default opacity of 0.7.
    qtbot.waitUntil(lambda: start.welcome_opacity == 1.0, timeout=2000)
    assert start.greeting.shown_text() == kiosk.runtime.languages.localizer(
        start.greeting_language).ui("start.greeting")
    tap(qtbot, start.buttons["en"])
    assert not start.is_attracting  # hidden: no timer


# --- lock-down ----------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "modifier"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
])
def test_keys_that_would_end_the_kiosk_are_swallowed(qtbot, kiosk, key, modifier):
    """Typed on a keyboard (through the platform window, as a real key comes): such a key never
    reaches a widget, and any other key does."""
    window = kiosk.window
    reached: list[Qt.Key] = []
    spy = KeySpy(reached)
    window.installEventFilter(spy)
    with qtbot.assertNotEmitted(window.destroyed):
        QTest.keyClick(window.windowHandle(), key, modifier)
    assert window.isVisible() and reached == []
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)
    assert reached == [Qt.Key.Key_A]
    window.removeEventFilter(spy)


MODIFIER_KEYS = frozenset({Qt.Key.Key_Alt, Qt.Key.Key_Control, Qt.Key.Key_Meta, Qt.Key.Key_Shift})


class KeySpy(QObject):
    def __init__(self, reached: list[Qt.Key]) -> None:
        super().__init__()
        self.reached = reached

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The modifier's own press comes first, and is harmless alone.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() not in MODIFIER_KEYS):
            self.reached.append(Qt.Key(event.key()))
        return False


def test_the_close_event_is_refused_in_kiosk_mode(qtbot, kiosk):
    assert not kiosk.window.close()
    assert kiosk.window.isVisible()


def test_context_menus_and_tooltips_never_show(qtbot, kiosk):
    """A right click on a page's scroll bar would open Qt's own menu ("Scroll here", "Top"...)."""
    window = kiosk.window
    tap(qtbot, window.start.buttons["en"])
    tap(qtbot, window.home.tiles["about"])
    bar = window.stack.currentWidget().verticalScrollBar()
    assert bar.isVisible()
    menus: list[str] = []

    def right_click_the_bar() -> None:
        def close_any_menu() -> None:
            popup = QApplication.activePopupWidget()
            if popup is not None:
                menus.append(type(popup).__name__)
                popup.close()
        QTimer.singleShot(200, close_any_menu)  # Qt's menu runs its own loop until closed
        finger("click", bar, button=Qt.MouseButton.RightButton)
        qtbot.wait(250)  # the closing timer has run, whatever the click did

    right_click_the_bar()
    assert menus == []
    window.unwatch_input(kiosk.caretaker.lockdown)
    right_click_the_bar()  # without lock-down, the same click opens the menu
    assert menus == ["QMenu"]
    # Tooltips and "what's this" are never asked for at the platform window: no widget has one.
    window.pages  # noqa: B018 (every page built)
    helped = [widget.objectName() or type(widget).__name__ for widget in window.findChildren(QWidget)
              if widget.toolTip() or widget.whatsThis()]
    assert helped == []


def test_windowed_mode_can_be_closed(make_kiosk):
    kiosk = make_kiosk(kiosk_mode=False)
    assert kiosk.caretaker.lockdown is None
    assert kiosk.window.close()


# --- staff mode ---------------------------------------------------------------------------

def test_corner_hold_pin_and_panel(qtbot, kiosk):
    hold_corner(qtbot, kiosk)
    assert kiosk.staff.pin_pad.title.shown_text() == kiosk.window.localizer.ui("staff.pin_title")
    tap(qtbot, kiosk.staff.pin_pad.digits["1"])
    assert kiosk.staff.pin_pad.dots.shown_text() == "●"  # masked
    tap(qtbot, kiosk.staff.pin_pad.erase)
    enter_pin(qtbot, kiosk, PIN)
    assert kiosk.staff.panel.isVisible() and not kiosk.staff.pin_pad.isVisible()
    names = [b.text() for b in kiosk.staff.panel.language_buttons.values()]
    assert names == [NATIVE[code][0] for code in SHIPPED]
    assert kiosk.staff.panel.language_buttons["nb"].isChecked()


def test_a_short_press_in_the_corner_opens_nothing(qtbot, kiosk):
    finger("click", kiosk.window, QPoint(12, 12))
    assert not kiosk.staff.corner.is_holding and not kiosk.staff.pin_pad.isVisible()


def test_without_a_pin_the_gesture_says_how_to_set_one(qtbot, make_kiosk):
    kiosk = make_kiosk(pin=None)
    hold_corner(qtbot, kiosk)
    assert "iom-kiosk --set-pin" in kiosk.staff.pin_pad.message.shown_text()
    enter_pin(qtbot, kiosk, "1234")
    assert not kiosk.staff.panel.isVisible()


def test_five_wrong_pins_lock_and_a_restarted_kiosk_is_still_locked(qtbot, make_kiosk, languages):
    kiosk = make_kiosk()
    pad = kiosk.staff.pin_pad
    hold_corner(qtbot, kiosk)
    for _ in range(4):
        enter_pin(qtbot, kiosk, "0000")
        assert pad.message.shown_text() == kiosk.window.localizer.ui("staff.pin_wrong")
    enter_pin(qtbot, kiosk, "0000")
    nb = languages.localizer("nb")
    assert pad.message.shown_text().startswith(nb.ui("staff.pin_locked", time="")[:10])
    enter_pin(qtbot, kiosk, PIN)
    assert not kiosk.staff.panel.isVisible()
    kiosk.stand_down()
    restarted = make_kiosk()
    assert restarted.runtime.guard.seconds_locked() > 0
    hold_corner(qtbot, restarted)
    assert restarted.staff.pin_pad.message.shown_text().startswith(nb.ui("staff.pin_locked", time="")[:10])


def test_default_language_changes_at_once_and_after_a_restart(qtbot, make_kiosk, home_dir):
    kiosk = make_kiosk()
    panel = kiosk.staff.panel
    open_staff_panel(qtbot, kiosk)
    tap(qtbot, panel.language_buttons["fa"])
    start = kiosk.window.start
    assert [c for c, b in start.buttons.items() if b.is_default] == ["fa"]
    assert panel.language_buttons["fa"].isChecked()
    scroll_to(panel.timeout_buttons[60])
    tap(qtbot, panel.timeout_buttons[60])
    assert kiosk.caretaker.idle.timeout_seconds == 60
    tap(qtbot, panel.leave)
    kiosk.caretaker.reset_for_next_visitor()
    assert kiosk.window.localizer.code == "fa"
    kiosk.stand_down()
    on_disk = json.loads((home_dir / "settings.json").read_text(encoding="utf-8"))
    assert on_disk["default_language"] == "fa" and on_disk["idle_timeout_seconds"] == 60
    restarted = make_kiosk()
    assert restarted.window.localizer.code == "fa"
    assert restarted.window.start.buttons["fa"].is_default


def test_a_staff_change_outlasts_this_runs_command_line_value(qtbot, make_kiosk, home_dir):
    """--idle-timeout 120, then staff choose 60: the timer, the file and the panel all say 60."""
    kiosk = make_kiosk(idle_timeout_seconds=120)
    panel = kiosk.staff.panel
    open_staff_panel(qtbot, kiosk)
    assert panel.timeout_buttons[120].isChecked()
    scroll_to(panel.timeout_buttons[60])
    tap(qtbot, panel.timeout_buttons[60])
    assert kiosk.caretaker.idle.timeout_seconds == 60
    assert json.loads((home_dir / "settings.json").read_text(encoding="utf-8"))["idle_timeout_seconds"] == 60
    assert panel.timeout_buttons[60].isChecked() and not panel.timeout_buttons[120].isChecked()
    assert kiosk.runtime.settings.idle_timeout_seconds == 60


def test_the_pointer_can_be_hidden_for_touch_screens(qtbot, kiosk):
    open_staff_panel(qtbot, kiosk)
    scroll_to(kiosk.staff.panel.cursor_buttons[True])
    tap(qtbot, kiosk.staff.panel.cursor_buttons[True])
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    tap(qtbot, kiosk.staff.panel.cursor_buttons[False])
    assert QApplication.overrideCursor() is None


def test_staff_change_the_pin(qtbot, kiosk):
    open_staff_panel(qtbot, kiosk)
    tap(qtbot, kiosk.staff.panel.change_pin)
    enter_pin(qtbot, kiosk, "13579")
    enter_pin(qtbot, kiosk, "13570")
    assert kiosk.staff.pin_pad.message.shown_text() == kiosk.window.localizer.ui("staff.pins_differ")
    enter_pin(qtbot, kiosk, "13579")
    enter_pin(qtbot, kiosk, "13579")
    assert kiosk.staff.panel.status.shown_text() == kiosk.window.localizer.ui("staff.pin_changed")
    assert kiosk.runtime.guard.attempt("13579").outcome.value == "accepted"


def test_counts_are_kept_shown_and_exported(qtbot, kiosk, home_dir):
    window = kiosk.window
    tap(qtbot, window.start.buttons["fa"])
    tap(qtbot, window.home.tiles["hours"])
    tap(qtbot, window.nav.back)
    tap(qtbot, window.home.tiles["hours"])
    kiosk.caretaker.reset_for_next_visitor()
    saved = json.loads((home_dir / "usage.json").read_text(encoding="utf-8"))
    (day,) = saved.values()
    assert day == {"visits": 1, "languages": {"fa": 1}, "pages": {"hours": 2}}
    open_staff_panel(qtbot, kiosk)
    tap(qtbot, kiosk.staff.panel.export)
    exported = list(home_dir.glob("iom-kiosk-usage-*.csv"))
    assert len(exported) == 1 and "language:fa" in exported[0].read_text(encoding="utf-8")
    assert str(exported[0]) in kiosk.staff.panel.status.shown_text()


def test_staff_can_quit_the_kiosk_and_it_stays_quit(qtbot, kiosk, monkeypatch):
    from kiosk.ui.assemble import STAFF_QUIT_EXIT_STATUS

    exits = []
    monkeypatch.setattr(kiosk.app, "exit", exits.append)
    open_staff_panel(qtbot, kiosk)
    tap(qtbot, kiosk.staff.panel.quit)
    assert kiosk.caretaker.lockdown.allow_close and not kiosk.window.isVisible()
    assert exits == [STAFF_QUIT_EXIT_STATUS]
    unit = (ROOT / "packaging/linux/iom-kiosk.service").read_text(encoding="utf-8")
    assert "Restart=always" in unit and f"RestartPreventExitStatus={STAFF_QUIT_EXIT_STATUS}" in unit


def test_idle_also_closes_staff_mode(qtbot, kiosk):
    open_staff_panel(qtbot, kiosk)
    kiosk.caretaker.idle.idle.emit()
    qtbot.waitUntil(lambda: kiosk.window.current_screen == START and not kiosk.staff.panel.isVisible(),
                    timeout=4000)




# --- every overlay in every language ----------------------------------------------------------

@pytest.mark.parametrize("code", SHIPPED)
def test_overlays_fit_every_language(qtbot, kiosk, code):
    window = kiosk.window
    window.set_language(code)
    loc = window.localizer
    still_there, pad, panel = kiosk.caretaker.still_there, kiosk.staff.pin_pad, kiosk.staff.panel
    still_there.begin(loc, 10)
    qtbot.waitUntil(lambda: not clipped(still_there))
    still_there.dismiss()
    pad.ask(loc, ui_text("staff.pin_title"), ui_text("staff.no_pin"))
    qtbot.waitUntil(lambda: not clipped(pad))
    pad.hide()
    kiosk.staff.open_panel()
    panel.say(ui_text("staff.save_failed", reason="No space left on device"))
    qtbot.waitUntil(lambda: not clipped(panel.card))
    for button in (panel.export, panel.change_pin, panel.leave, panel.quit):
        assert button.width() >= button.sizeHint().width(), button.text()


def test_an_open_overlay_follows_a_language_switch(qtbot, kiosk, languages):
    """Every widget that shows text retranslates, overlays included."""
    open_staff_panel(qtbot, kiosk)
    kiosk.window.set_language("fa")
    fa = languages.localizer("fa")
    assert kiosk.staff.panel.title.shown_text() == fa.ui("staff.panel_title")
    assert kiosk.staff.panel.isRightToLeft()
    kiosk.window.set_language("sv")
    assert kiosk.staff.panel.title.shown_text() == languages.localizer("sv").ui("staff.panel_title")


def test_touches_are_watched_once_every_screen_exists_and_kiosk_mode_locks_at_once(qtbot, make_kiosk):
    """Lock-down, which keeps the kiosk from being closed, watches from the start; the idle and
    corner watchers from when every screen exists. All of them watch the platform window, where
    a touch arrives once, not the application, where every widget's every event would."""
    kiosk = make_kiosk(shown=False, kiosk_mode=True)
    window, lockdown = kiosk.window, kiosk.caretaker.lockdown
    assert window.input_watchers == (lockdown,) and not window.is_built
    assert window.close() is False  # lock-down already holds the window open
    window.pages  # noqa: B018 (every screen built now, as the event loop would)
    assert set(window.input_watchers) == {lockdown, kiosk.caretaker.idle, kiosk.staff.corner}
    kiosk.show_windowed()
    qtbot.waitExposed(window)
    touches: list[int] = []
    kiosk.caretaker.idle.touched.connect(lambda: touches.append(1))
    finger("click", window.start.buttons["en"])
    assert touches == [1, 1]  # its press and its release, each once
    finger("press", window, QPoint(12, 12))
    assert kiosk.staff.corner.is_holding
    finger("release", window, QPoint(12, 12))
    kiosk.stand_down()
    assert window.input_watchers == ()
    finger("click", window.nav.home)
    assert touches == [1, 1, 1, 1]  # the corner's press and release; nothing after standing down
