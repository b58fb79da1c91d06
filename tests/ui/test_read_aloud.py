"""Listen buttons: what they read, that they say so, and everything that silences them."""

from __future__ import annotations

import json

from kiosk.hours.calendar import OpeningCalendar
from kiosk.i18n.marks import plain
from kiosk.speech.spoken import greeting_script, page_script
from kiosk.ui.read_aloud import GREETING
from kiosk.ui.window import START
from tests.support.kiosk import open_staff_panel
from tests.support.screen import scroll_to, tap
from tests.support.speech import peak


def listen_on(qtbot, kiosk, code: str, screen: str) -> None:
    tap(qtbot, kiosk.window.start.buttons[code])
    if screen != "home":
        tap(qtbot, kiosk.window.home.tiles[screen])
    tap(qtbot, kiosk.window.nav.listen)
    qtbot.waitUntil(lambda: kiosk.read_aloud.open_output.synthesised.is_set())


def test_listen_reads_the_page_in_the_visitors_language_and_becomes_stop(qtbot, kiosk, content, languages):
    listen_on(qtbot, kiosk, "fa", "hours")
    loc = languages.localizer("fa")
    nav = kiosk.window.nav
    assert kiosk.read_aloud.subject == "page:hours"
    assert nav.listen.text() == loc.ui("nav.stop_listening")
    recording = kiosk.read_aloud.open_output.last
    today = kiosk.window.clock().astimezone(OpeningCalendar(content.office.schedule).zone).date()
    script = page_script(content.page("hours"), content, loc, OpeningCalendar(content.office.schedule), today)
    assert kiosk.read_aloud.script("page:hours", "fa") == script
    assert recording.seconds > len(script.text) / 25 and peak(recording.pcm) > 8000
    # Played to its end, the button is Listen again.
    recording.play_out()
    qtbot.waitUntil(lambda: nav.listen.text() == loc.ui("nav.listen"))
    assert not kiosk.read_aloud.is_reading


def test_tapping_stop_silences_it(qtbot, kiosk, languages):
    listen_on(qtbot, kiosk, "en", "home")
    assert kiosk.read_aloud.subject == "home"
    tap(qtbot, kiosk.window.nav.listen)
    assert kiosk.read_aloud.open_output.last.aborted
    assert kiosk.window.nav.listen.text() == languages.localizer("en").ui("nav.listen")


def test_leaving_the_page_stops_the_reading(qtbot, kiosk):
    listen_on(qtbot, kiosk, "nb", "return")
    tap(qtbot, kiosk.window.nav.home)
    assert not kiosk.read_aloud.is_reading
    assert kiosk.read_aloud.open_output.last.aborted


def test_a_language_switch_stops_the_reading(qtbot, kiosk):
    listen_on(qtbot, kiosk, "ar", "office")
    kiosk.window.set_language("sv")
    assert not kiosk.read_aloud.is_reading
    assert kiosk.read_aloud.open_output.last.aborted


def test_the_idle_reset_stops_it_and_frees_the_voice(qtbot, kiosk):
    listen_on(qtbot, kiosk, "uk", "hours")
    assert kiosk.read_aloud.is_loaded
    kiosk.caretaker.reset_for_next_visitor()
    assert not kiosk.read_aloud.is_reading
    assert kiosk.read_aloud.open_output.last.aborted
    qtbot.waitUntil(lambda: not kiosk.read_aloud.is_loaded)
    assert kiosk.window.current_screen == START


def test_someone_listening_is_not_asked_whether_they_are_still_there(qtbot, make_kiosk):
    kiosk = make_kiosk(idle_timeout_seconds=10)
    listen_on(qtbot, kiosk, "en", "confidential")
    kiosk.caretaker.idle.idle.emit()
    assert "still_there" not in kiosk.caretaker.__dict__ or not kiosk.caretaker.still_there.isVisible()
    kiosk.read_aloud.open_output.last.play_out()
    qtbot.waitUntil(lambda: not kiosk.read_aloud.is_reading)
    kiosk.caretaker.idle.idle.emit()
    assert kiosk.caretaker.still_there.isVisible()


def test_a_language_without_a_voice_shows_no_listen_button(qtbot, kiosk):
    tap(qtbot, kiosk.window.start.buttons["ps"])
    assert not kiosk.window.nav.listen.isVisible()
    assert kiosk.window.start.buttons["ps"].listen is None
    tap(qtbot, kiosk.window.nav.language)
    tap(qtbot, kiosk.window.start.buttons["ti"])
    assert kiosk.window.nav.listen.isVisible()


def test_each_language_button_says_its_own_greeting_without_choosing_it(qtbot, kiosk, languages):
    start = kiosk.window.start
    button = start.buttons["am"]
    assert button.listen is not None and button.listen.isVisible()
    assert button.listen.accessibleName() == languages.localizer("am").ui("nav.listen")
    assert button.listen.locale().name().startswith("am")
    tap(qtbot, button.listen)
    qtbot.waitUntil(lambda: kiosk.read_aloud.open_output.synthesised.is_set())
    assert kiosk.read_aloud.subject == f"{GREETING}am"
    said = kiosk.read_aloud.script(kiosk.read_aloud.subject, "am")
    assert said == greeting_script(languages.localizer("am"))
    assert button.listen.property("reading") is True
    assert button.listen.accessibleName() == plain(languages.localizer("am").ui("nav.stop_listening"))
    assert kiosk.window.current_screen == START
    assert kiosk.window.localizer.code == kiosk.window.default_language
    # The welcome above shows the language being heard, and holds still.
    assert start.greeting_language == "am" and not start.is_attracting
    assert plain(start.greeting.text()) == plain(languages.localizer("am").ui("start.greeting"))
    tap(qtbot, start.buttons["fr"].listen)  # another language's: the first one stops
    assert kiosk.read_aloud.subject == f"{GREETING}fr"
    assert button.listen.property("reading") is False
    assert start.greeting_language == "fr"
    qtbot.waitUntil(lambda: len(kiosk.read_aloud.open_output.opened) == 2)
    kiosk.read_aloud.open_output.last.play_out()
    qtbot.waitUntil(lambda: start.is_attracting)


def test_staff_turn_read_aloud_off_and_set_its_volume(qtbot, kiosk, home_dir, languages):
    open_staff_panel(qtbot, kiosk)
    panel = kiosk.staff.panel
    loc = kiosk.window.localizer
    assert languages.get("ps").native_name in panel.no_voices.text()
    assert languages.get("ti").native_name in panel.voices.text()
    assert languages.get("ps").native_name not in panel.voices.text()
    scroll_to(panel.volume_buttons[100])
    tap(qtbot, panel.volume_buttons[100])
    scroll_to(panel.read_aloud_buttons[False])
    tap(qtbot, panel.read_aloud_buttons[False])
    saved = json.loads((home_dir / "settings.json").read_text())
    assert saved["read_aloud"] is False and saved["speech_volume_percent"] == 100
    assert not panel.volume_buttons[100].isEnabled()
    assert plain(panel.read_aloud_heading.text()) == plain(loc.ui("staff.read_aloud"))
    tap(qtbot, panel.leave)
    assert all(button.listen is None or not button.listen.isVisible()
               for button in kiosk.window.start.buttons.values())
    tap(qtbot, kiosk.window.start.buttons["en"])
    assert not kiosk.window.nav.listen.isVisible()


def test_staff_may_give_visitors_longer_to_answer(qtbot, make_kiosk, home_dir):
    kiosk = make_kiosk()
    open_staff_panel(qtbot, kiosk)
    scroll_to(kiosk.staff.panel.countdown_buttons[60])
    tap(qtbot, kiosk.staff.panel.countdown_buttons[60])
    assert json.loads((home_dir / "settings.json").read_text())["countdown_seconds"] == 60
    assert kiosk.runtime.settings.countdown_seconds == 60
