"""Whether the office is open, and the days it is closed, in a visitor's language."""

from __future__ import annotations

from datetime import date

from kiosk.hours.calendar import OpeningCalendar, Status
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import isolate

WEEKDAY_HORIZON_DAYS = 6  # beyond this, "Monday" would be ambiguous: say the date
CLOSURES_AHEAD_DAYS = 30


def closures_ahead(calendar: OpeningCalendar, today: date, loc: Localizer) -> list[tuple[str, str]]:
    """The days the week says open but the office is closed, from ``today`` for 30 days: each
    as its weekday and date, and why (the holiday's name, isolated, or the office's own closure).
    What the hours table shows and what read-aloud says."""
    closures = calendar.closures(today, CLOSURES_AHEAD_DAYS, calendar.holiday_language(loc.code))
    # The package's own names where it has this language; else the kiosk's catalog's.
    native = calendar.has_holiday_names_in(loc.code)
    return [(f"{loc.weekday(c.day.weekday())} {loc.day_and_month(c.day)}",
             isolate(c.name if native else loc.holiday(c.name)) if c.name else loc.ui("hours.office_closure"))
            for c in closures]


def status_line(status: Status, loc: Localizer) -> str:
    """ "Open now · closes at 15:00" or "Closed · opens Monday at 10:00" (today, tomorrow,
    a weekday or a date, as fits). Empty if the office never opens."""
    if status.is_open and status.closes_at is not None:
        return loc.ui("hours.open_now", time=loc.time(status.closes_at.time()))
    opening = status.next_opening
    if opening is None:
        return ""
    time_text = loc.time(opening.time())
    days_ahead = (opening.date() - status.at.date()).days
    if days_ahead == 0:
        return loc.ui("hours.opens_today", time=time_text)
    if days_ahead == 1:
        return loc.ui("hours.opens_tomorrow", time=time_text)
    if days_ahead <= WEEKDAY_HORIZON_DAYS:
        return loc.ui("hours.opens_on_weekday", weekday=loc.weekday_in_sentence(opening.weekday()),
                      time=time_text)
    return loc.ui("hours.opens_on_date", date=loc.day_and_month(opening.date()), time=time_text)

