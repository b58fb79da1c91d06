"""The opening status on screen: in every language, kept true by one timer, dimming when closed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint

from kiosk.hours.calendar import OpeningCalendar
from kiosk.i18n.marks import plain
from kiosk.i18n.opening_text import status_line
from kiosk.ui.watchers.opening_ticker import GUARD_MINUTES
from kiosk.ui.window import HOME, KioskWindow
from tests.support.catalogs import po_messages
from tests.support.clock import FakeClock, at
from tests.support.project import SHIPPED
from tests.support.screen import finger, tap


def make_window(make_kiosk, clock: FakeClock) -> KioskWindow:
    return make_kiosk(kiosk_mode=False, clock=clock).window


@pytest.mark.parametrize("code", SHIPPED)
def test_the_status_line_in_every_language(make_kiosk, content, languages, code):
    clock = FakeClock("2026-11-27 16:00")  # a Friday after closing: opens Monday
    window = make_window(make_kiosk, clock)
    window.set_language(code)
    loc = languages.localizer(code)
    expected = status_line(OpeningCalendar(content.office.schedule).status(clock()), loc)
    assert window.start.status_line.shown_text() == expected
    window.show_screen(HOME)
    assert window.home.status_line.shown_text() == expected
    assert loc.weekday_in_sentence(0) in expected
    if code == "fa":
        assert "۱۰:۰۰" in expected and "10" not in expected
        assert window.start.status_line.isRightToLeft()
    if code == "nb":
        assert plain(expected) == "Stengt · åpner mandag kl. 10:00"
    if code == "en":
        assert plain(expected).startswith("Closed · opens Monday at 10:00")


def test_open_now_and_today_tomorrow_date(content, languages):
    calendar = OpeningCalendar(content.office.schedule)
    en = languages.localizer("en")

    def line(text: str) -> str:
        return plain(status_line(calendar.status(at(text)), en))

    assert line("2026-11-23 12:00") == "Open now · closes at 3:00\u202fPM"
    assert line("2026-11-23 08:00") == "Closed · opens today at 10:00\u202fAM"
    assert line("2026-11-23 16:00") == "Closed · opens tomorrow at 10:00\u202fAM"
    assert line("2026-05-15 16:00").startswith("Closed · opens Monday")  # Friday before 17 May
    # A run of closures longer than a week names the date.
    closed_in_june = replace(content.office.schedule, closed_on=tuple(date(2026, 6, d) for d in range(1, 13)))
    calendar = OpeningCalendar(closed_in_june)
    assert line("2026-05-29 16:00") == "Closed · opens June 15 at 10:00\u202fAM"


def test_one_timer_set_for_the_next_change_fires_the_change(make_kiosk):
    clock = FakeClock("2026-11-23 14:59")
    window = make_window(make_kiosk, clock)
    ticker = window.ticker
    assert ticker.status.is_open
    assert 59_000 <= ticker.next_check_ms <= 61_000  # one minute to 15:00, not a poll
    clock.now += timedelta(minutes=1)
    ticker._timer.timeout.emit()  # as the timer does at 15:00
    assert not ticker.status.is_open
    assert plain(window.start.status_line.shown_text()) == "Stengt · åpner i morgen kl. 10:00"
    # Far from any change it only checks again after the guard interval.
    assert ticker.next_check_ms == GUARD_MINUTES * 60_000


def test_a_missed_change_is_caught_at_the_next_touch(make_kiosk):
    clock = FakeClock("2026-11-23 09:00")
    window = make_window(make_kiosk, clock)
    clock.now += timedelta(hours=3)  # slept through 10:00 (suspend, a clock jump)
    finger("click", window.start, QPoint(640, 20))
    assert window.ticker.status.is_open
    assert window.start.status_line.shown_text().startswith("Åpent nå")


def test_the_hours_page_lists_the_coming_closures(make_kiosk, languages):
    window = make_window(make_kiosk, FakeClock("2026-12-10 12:00"))
    window.set_language("nb")
    window.show_screen(HOME)
    window.show_screen("hours")
    table = next(b for b in window.pages["hours"].blocks if hasattr(b, "closure_rows"))
    rows = [(day.shown_text(), name.shown_text()) for day, name in table.closure_rows]
    assert rows[0][0] == "Torsdag 24. desember"
    assert rows[0][1] == languages.localizer("nb").ui("hours.office_closure")  # the office's own day
    assert rows[1][0] == "Fredag 25. desember" and "Første juledag" in rows[1][1]
    assert table.closures_heading.isVisible()
    window.set_language("fa")
    window.show_screen("hours")
    fa_rows = [(d.shown_text(), n.shown_text()) for d, n in table.closure_rows]
    # The holidays package has no Persian names: the kiosk's own catalog names the day.
    persian_christmas = translated("fa", "holiday", "Christmas Day")
    assert persian_christmas and persian_christmas in fa_rows[1][1] and "۲۵" in fa_rows[1][0]
    assert "Christmas" not in fa_rows[1][1]


@pytest.mark.parametrize("code", ["sv", "mk"])
def test_holiday_names_the_package_lacks_come_from_the_catalog(make_kiosk, code):
    window = make_window(make_kiosk, FakeClock("2026-12-10 12:00"))
    window.set_language(code)
    window.show_screen(HOME)
    window.show_screen("hours")
    table = next(b for b in window.pages["hours"].blocks if hasattr(b, "closure_rows"))
    names = [name.shown_text() for _day, name in table.closure_rows if name.shown_text()]
    assert translated(code, "holiday", "Christmas Day") in names[1]  # after 24 December, the office's own


def test_closed_and_idle_dims_and_a_touch_wakes(make_kiosk):
    clock = FakeClock("2026-11-28 12:00")  # Saturday
    kiosk = make_kiosk(clock=clock)
    window, caretaker = kiosk.window, kiosk.caretaker
    caretaker.idle.idle.emit()
    assert caretaker.dim.isVisible()
    assert plain(caretaker.dim.message.shown_text()) == "Stengt · åpner mandag kl. 10:00"
    finger("click", caretaker.dim, QPoint(100, 100))
    assert not caretaker.dim.isVisible() and window.current_screen == "start"
    caretaker.idle.idle.emit()
    clock.set("2026-11-30 10:00")  # Monday morning: the office opens
    window.ticker.refresh()
    assert not caretaker.dim.isVisible()
    caretaker.idle.idle.emit()
    assert not caretaker.dim.isVisible()  # open: no dimming


def test_dimming_can_be_turned_off_by_the_installer(make_kiosk, home_dir):
    home_dir.mkdir(parents=True)
    (home_dir / "kiosk.toml").write_text("closed_dim_percent = 0\n", encoding="utf-8")
    caretaker = make_kiosk(clock=FakeClock("2026-11-28 12:00")).caretaker
    caretaker.idle.idle.emit()
    assert not caretaker.has_dimmed


def test_touching_the_status_area_is_harmless(qtbot, make_kiosk):
    window = make_window(make_kiosk, FakeClock("2026-11-23 12:00"))
    tap(qtbot, window.start.buttons["en"])
    assert plain(window.home.status_line.shown_text()) == "Open now · closes at 3:00\u202fPM"


def translated(code: str, context: str, english: str) -> str:
    """What ``code``'s .po file itself says for ``english``."""
    return next(m.string for m in po_messages(code) if m.context == context and m.id == english)


def test_the_closed_message_goes_through_the_offered_languages(qtbot, make_kiosk):
    kiosk = make_kiosk(clock=FakeClock("2026-11-28 12:00"))  # Saturday
    kiosk.caretaker.idle.idle.emit()
    dim = kiosk.caretaker.dim
    assert dim.message_language == "nb"
    qtbot.waitUntil(lambda: dim.message_language != "nb", timeout=5000)
    code = dim.message_language
    loc = kiosk.runtime.languages.localizer(code)
    assert code in kiosk.runtime.start_languages
    assert dim.message.shown_text() == status_line(OpeningCalendar(kiosk.runtime.content.office.schedule)
                                                   .status(at("2026-11-28 12:00")), loc)
