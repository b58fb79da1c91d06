"""The one line that says whether the office is open, in a visitor's language."""

from __future__ import annotations

from kiosk.hours.calendar import Status
from kiosk.i18n.localizer import Localizer

WEEKDAY_HORIZON_DAYS = 6  # beyond this, "Monday" would be ambiguous: say the date


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

