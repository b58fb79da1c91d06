"""A kiosk left alone all day: idle reset, lock-down, staff mode, settings that survive."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.settings.locations import Locations
from kiosk.ui.window import START
from tests.support.kiosk import PIN, enter_pin, hold_corner, make_kiosk, tear_down
from tests.support.project import ROOT
from tests.support.screen import scroll_to, tap


@pytest.fixture
def kiosk(qtbot, content, languages, home_dir):
    caretaker = make_kiosk(qtbot, content, languages, home_dir)
    yield caretaker
    tear_down(caretaker)


# --- idle reset ---------------------------------------------------------------------------

def test_after_idle_the_next_visitor_finds_the_start_screen_in_the_default_language(
        qtbot, content, languages, home_dir):
    caretaker = make_kiosk(qtbot, content, languages, home_dir, idle_seconds=1)
    try:
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
    finally:
        tear_down(caretaker)


def test_any_touch_on_the_countdown_keeps_the_visitor_where_they_were(qtbot, kiosk):
    window = kiosk.window
    tap(qtbot, window.start.buttons["sv"])
    tap(qtbot, window.home.tiles["hours"])
    kiosk.idle.idle.emit()  # as the timer does after the timeout
    assert kiosk.still_there.isVisible()
    QTest.mouseClick(kiosk.still_there, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    assert not kiosk.still_there.isVisible()
    assert window.current_screen == "hours" and window.localizer.code == "sv"


def test_at_rest_idle_shows_nothing(qtbot, kiosk):
    assert kiosk.at_rest
    kiosk.idle.idle.emit()
    assert not kiosk.still_there.isVisible() and kiosk.idle.is_armed


def test_one_idle_timer_rearmed_by_input(qtbot, kiosk):
    kiosk.idle.set_timeout(60)
    kiosk.idle.stop()
    QTest.mouseClick(kiosk.window.start.buttons["en"], Qt.MouseButton.LeftButton)
    assert kiosk.idle.is_armed and kiosk.idle.timeout_seconds == 60


def test_the_welcome_cycles_through_the_languages_only_while_seen(qtbot, kiosk):
    start = kiosk.window.start
    assert start.welcome_opacity == 1.0  # fully there between fades, not Qt's default 0.7
    assert start.is_attracting and start.greeting_language == "nb"
    qtbot.waitUntil(lambda: start.greeting_language != "nb", timeout=6000)
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
    window = kiosk.window
    with qtbot.assertNotEmitted(window.destroyed):
        QTest.keyClick(window, key, modifier)
    assert window.isVisible()


def test_the_close_event_is_refused_in_kiosk_mode(qtbot, kiosk):
    assert not kiosk.window.close()
    assert kiosk.window.isVisible()


def test_context_menus_and_tooltips_never_show(qtbot, kiosk):
    target = kiosk.window.start.buttons["en"]
    target.setToolTip("tip")
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5))
    assert kiosk.lockdown.eventFilter(target, menu) is True


def test_windowed_mode_can_be_closed(qtbot, content, languages, home_dir):
    caretaker = make_kiosk(qtbot, content, languages, home_dir, kiosk_mode=False)
    try:
        assert caretaker.lockdown is None
        assert caretaker.window.close()
    finally:
        tear_down(caretaker)


# --- staff mode ---------------------------------------------------------------------------

def test_corner_hold_pin_and_panel(qtbot, kiosk):
    hold_corner(qtbot, kiosk)
    assert kiosk.pin_pad.title.shown_text() == kiosk.window.localizer.ui("staff.pin_title")
    tap(qtbot, kiosk.pin_pad.digits["1"])
    assert kiosk.pin_pad.dots.shown_text() == "●"  # masked
    tap(qtbot, kiosk.pin_pad.erase)
    enter_pin(qtbot, kiosk, PIN)
    assert kiosk.panel.isVisible() and not kiosk.pin_pad.isVisible()
    names = [b.text() for b in kiosk.panel.language_buttons.values()]
    assert names == ["English", "فارسی", "Македонски", "Norsk bokmål", "Svenska"]
    assert kiosk.panel.language_buttons["nb"].isChecked()


def test_a_short_press_in_the_corner_opens_nothing(qtbot, kiosk):
    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))
    assert not kiosk.corner.is_holding and not kiosk.pin_pad.isVisible()


def test_without_a_pin_the_gesture_says_how_to_set_one(qtbot, content, languages, home_dir):
    caretaker = make_kiosk(qtbot, content, languages, home_dir, pin=None)
    try:
        hold_corner(qtbot, caretaker)
        assert "iom-kiosk --set-pin" in caretaker.pin_pad.message.shown_text()
        enter_pin(qtbot, caretaker, "1234")
        assert not caretaker.panel.isVisible()
    finally:
        tear_down(caretaker)


def test_five_wrong_pins_lock_and_a_restarted_kiosk_is_still_locked(qtbot, content, languages, home_dir):
    caretaker = make_kiosk(qtbot, content, languages, home_dir)
    try:
        hold_corner(qtbot, caretaker)
        for _ in range(4):
            enter_pin(qtbot, caretaker, "0000")
            assert caretaker.pin_pad.message.shown_text() == caretaker.window.localizer.ui("staff.pin_wrong")
        enter_pin(qtbot, caretaker, "0000")
        locked = caretaker.pin_pad.message.shown_text()
        assert locked.startswith("Too many wrong PINs") or "PIN" in locked
        enter_pin(qtbot, caretaker, PIN)
        assert not caretaker.panel.isVisible()
    finally:
        tear_down(caretaker)
    restarted = make_kiosk(qtbot, content, languages, home_dir)
    try:
        assert restarted.runtime.guard.seconds_locked() > 0
        hold_corner(qtbot, restarted)
        nb = languages.localizer("nb")
        assert restarted.pin_pad.message.shown_text().startswith(nb.ui("staff.pin_locked", time="")[:10])
    finally:
        tear_down(restarted)


def test_default_language_changes_at_once_and_after_a_restart(qtbot, content, languages, home_dir):
    caretaker = make_kiosk(qtbot, content, languages, home_dir)
    try:
        hold_corner(qtbot, caretaker)
        enter_pin(qtbot, caretaker, PIN)
        tap(qtbot, caretaker.panel.language_buttons["fa"])
        start = caretaker.window.start
        assert [c for c, b in start.buttons.items() if b.is_default] == ["fa"]
        assert caretaker.panel.language_buttons["fa"].isChecked()
        tap(qtbot, caretaker.panel.timeout_buttons[60])
        assert caretaker.idle.timeout_seconds == 60
        tap(qtbot, caretaker.panel.leave)
        caretaker.reset_for_next_visitor()
        assert caretaker.window.localizer.code == "fa"
    finally:
        tear_down(caretaker)
    on_disk = json.loads((home_dir / "settings.json").read_text(encoding="utf-8"))
    assert on_disk["default_language"] == "fa" and on_disk["idle_timeout_seconds"] == 60
    restarted = make_kiosk(qtbot, content, languages, home_dir)
    try:
        assert restarted.window.localizer.code == "fa"
        assert restarted.window.start.buttons["fa"].is_default
    finally:
        tear_down(restarted)


def test_the_pointer_can_be_hidden_for_touch_screens(qtbot, kiosk):
    hold_corner(qtbot, kiosk)
    enter_pin(qtbot, kiosk, PIN)
    scroll_to(kiosk.panel.cursor_buttons[True])
    tap(qtbot, kiosk.panel.cursor_buttons[True])
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    tap(qtbot, kiosk.panel.cursor_buttons[False])
    assert QApplication.overrideCursor() is None


def test_staff_change_the_pin(qtbot, kiosk):
    hold_corner(qtbot, kiosk)
    enter_pin(qtbot, kiosk, PIN)
    tap(qtbot, kiosk.panel.change_pin)
    enter_pin(qtbot, kiosk, "13579")
    enter_pin(qtbot, kiosk, "13570")
    assert kiosk.pin_pad.message.shown_text() == kiosk.window.localizer.ui("staff.pins_differ")
    enter_pin(qtbot, kiosk, "13579")
    enter_pin(qtbot, kiosk, "13579")
    assert kiosk.panel.status.shown_text() == kiosk.window.localizer.ui("staff.pin_changed")
    assert kiosk.runtime.guard.attempt("13579").outcome.value == "accepted"


def test_counts_are_kept_shown_and_exported(qtbot, kiosk, home_dir):
    window = kiosk.window
    tap(qtbot, window.start.buttons["fa"])
    tap(qtbot, window.home.tiles["hours"])
    tap(qtbot, window.nav.back)
    tap(qtbot, window.home.tiles["hours"])
    kiosk.reset_for_next_visitor()
    saved = json.loads((home_dir / "usage.json").read_text(encoding="utf-8"))
    (day,) = saved.values()
    assert day == {"visits": 1, "languages": {"fa": 1}, "pages": {"hours": 2}}
    hold_corner(qtbot, kiosk)
    enter_pin(qtbot, kiosk, PIN)
    tap(qtbot, kiosk.panel.export)
    exported = list(home_dir.glob("iom-kiosk-usage-*.csv"))
    assert len(exported) == 1 and "language:fa" in exported[0].read_text(encoding="utf-8")
    assert str(exported[0]) in kiosk.panel.status.shown_text()


def test_staff_can_quit_the_kiosk_and_it_stays_quit(qtbot, kiosk, monkeypatch):
    from kiosk.ui.caretaker import STAFF_QUIT_EXIT_STATUS

    exits = []
    monkeypatch.setattr(kiosk, "_app", type("App", (), {"exit": staticmethod(exits.append)})())
    hold_corner(qtbot, kiosk)
    enter_pin(qtbot, kiosk, PIN)
    tap(qtbot, kiosk.panel.quit)
    assert kiosk.lockdown.allow_close and not kiosk.window.isVisible()
    assert exits == [STAFF_QUIT_EXIT_STATUS]
    unit = (ROOT / "packaging/linux/iom-kiosk.service").read_text(encoding="utf-8")
    assert "Restart=always" in unit and f"RestartPreventExitStatus={STAFF_QUIT_EXIT_STATUS}" in unit


def test_idle_also_closes_staff_mode(qtbot, kiosk):
    hold_corner(qtbot, kiosk)
    enter_pin(qtbot, kiosk, PIN)
    kiosk.idle.idle.emit()
    qtbot.waitUntil(lambda: kiosk.window.current_screen == START and not kiosk.panel.isVisible(),
                    timeout=4000)


# --- command line and files ---------------------------------------------------------------

def _kiosk_command(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IOM_KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_set_pin_reads_stdin_and_stores_only_a_hash(home_dir):
    done = _kiosk_command(home_dir, "--set-pin", stdin=f"{PIN}\n{PIN}\n")
    assert done.returncode == 0, done.stderr
    stored = (home_dir / "settings.json").read_text(encoding="utf-8")
    assert '"pin": "scrypt$' in stored and PIN not in stored
    assert _kiosk_command(home_dir, "--set-pin", stdin="1234\n1243\n").returncode == 1
    refused = _kiosk_command(home_dir, "--set-pin", stdin="12\n")
    assert refused.returncode == 1 and "4 to 8 digits" in refused.stderr


def test_a_corrupt_settings_file_is_kept_aside_and_the_kiosk_starts(home_dir, tmp_path):
    home_dir.mkdir(parents=True)
    (home_dir / "settings.json").write_text("{not json", encoding="utf-8")
    done = _kiosk_command(home_dir, "--screenshots", str(tmp_path / "shots"))
    assert done.returncode == 0, done.stderr
    assert "kept as settings.json.broken-" in done.stderr
    assert list(home_dir.glob("settings.json.broken-*"))
    log = (home_dir / "log" / "kiosk.log").read_text(encoding="utf-8")
    assert "settings.json.broken-" in log


def test_a_home_that_cannot_be_written_still_starts_and_says_why(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the kiosk's folder should be", encoding="utf-8")
    done = _kiosk_command(blocked, "--screenshots", str(tmp_path / "shots"))
    assert done.returncode == 0, done.stderr
    assert "No log file" in done.stderr


def test_command_line_overrides_for_one_run(home_dir):
    bad = _kiosk_command(home_dir, "--default-language", "xx", "--list-languages")
    assert bad.returncode == 2 and "unknown language 'xx'" in bad.stderr
    assert _kiosk_command(home_dir, "--idle-timeout", "2", "--list-languages").returncode == 2


@pytest.mark.parametrize("code", ["en", "fa", "mk", "nb", "sv"])
def test_overlays_fit_every_language(qtbot, kiosk, code):
    from tests.support.screen import clipped

    window = kiosk.window
    window.set_language(code)
    loc = window.localizer
    kiosk.still_there.begin(loc, 10)
    qtbot.waitUntil(lambda: not clipped(kiosk.still_there))
    kiosk.still_there.dismiss()
    kiosk.pin_pad.ask(loc, loc.ui("staff.pin_title"), loc.ui("staff.no_pin"))
    qtbot.waitUntil(lambda: not clipped(kiosk.pin_pad))
    kiosk.pin_pad.hide()
    kiosk._open_panel()
    kiosk.panel.say(loc.ui("staff.save_failed", reason="No space left on device"))
    qtbot.waitUntil(lambda: not clipped(kiosk.panel.card))
    for button in (kiosk.panel.export, kiosk.panel.change_pin, kiosk.panel.leave, kiosk.panel.quit):
        assert button.width() >= button.sizeHint().width(), button.text()


def test_the_installer_can_name_an_office_profile(home_dir, tmp_path):
    from kiosk import paths
    from kiosk.content import load_content
    from kiosk.settings.store import SettingsStore

    profile = tmp_path / "another-office.toml"
    text = (ROOT / "resources/office.toml").read_text(encoding="utf-8")
    profile.write_text(text.replace('default_language = "nb"', 'default_language = "fa"'), encoding="utf-8")
    home_dir.mkdir(parents=True)
    (home_dir / "kiosk.toml").write_text(f'office_profile = "{profile}"\n', encoding="utf-8")
    store = SettingsStore.open(Locations.under(home_dir))
    assert store.office_profile == profile
    assert load_content(paths.resources_dir(), store.office_profile).office.default_language == "fa"

    profile.write_text("this is = = not toml", encoding="utf-8")
    done = _kiosk_command(home_dir, "--list-languages")
    assert done.returncode == 0 and "Office profile not used, the bundled one is" in done.stderr
    assert str(profile) in done.stderr


def test_the_real_start_path_loads_no_icon_font_before_the_first_frame(tmp_path):
    """qtawesome costs ~200 ms and ~45 MiB; the welcome must not wait for it."""
    code = f"""
import sys
from pathlib import Path
from kiosk import paths
from kiosk.content import load_content
from kiosk.i18n.languages import discover_languages
from kiosk.runtime import Runtime
from kiosk.settings.locations import Locations
from kiosk.ui.app import application
from kiosk.ui.caretaker import Caretaker
from kiosk.ui.window import KioskWindow
app = application()
content = load_content(paths.resources_dir())
languages = discover_languages(paths.translations_dir(), content)
runtime = Runtime.open(content, languages, Locations.under(Path({str(tmp_path)!r})))
window = KioskWindow(content, languages, runtime.default_language)
Caretaker(window, runtime, kiosk_mode=True)
sys.exit(1 if "qtawesome" in sys.modules else 0)
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr or "qtawesome was imported before the first frame"
