"""When the office is open: its week, the public holidays, and its own closures.

Every instant is handled as an aware datetime in the office's time zone
(``zoneinfo``, with the ``tzdata`` package where the OS has no database), so the
answer is the same whatever zone the machine itself is set to, across DST changes
and the turn of the year. Public holidays come from the ``holidays`` package:
no hand-written Easter arithmetic. Its answers for the years around now are written ahead
into a table (kiosk/hours/holiday_table.py); the package is imported only for a day outside it.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.hours import holiday_table
from kiosk.hours.holiday_table import HolidayTable
from kiosk.hours.schedule import Schedule
from kiosk.hours.weekly import Interval

log = logging.getLogger(__name__)

# Far enough to pass any run of holidays and closures; an office that never opens says so.
SEARCH_DAYS = 400
FALLBACK_HOLIDAY_LANGUAGE = "en_US"
# The catalogs' message context for holiday names, and the years whose names they hold.
HOLIDAY_CONTEXT = "holiday"
HOLIDAY_YEARS = range(holiday_table.FIRST_YEAR, holiday_table.LAST_YEAR + 1)
# The package joins two holidays on one day into one name ("Constitution Day; Pentecost Monday").
HOLIDAY_NAME_SEPARATOR = "; "


def holiday_names(country: str) -> list[str]:
    """Every English name of ``country``'s public holidays in HOLIDAY_YEARS, one holiday each."""
    import holidays

    try:
        calendar = holidays.country_holidays(country, language=FALLBACK_HOLIDAY_LANGUAGE,
                                             years=HOLIDAY_YEARS)
    except NotImplementedError:
        return []
    return sorted({part for name in calendar.values() for part in name.split(HOLIDAY_NAME_SEPARATOR)})


@dataclass(frozen=True)
class Status:
    """Whether the office is open at ``at``, and when that next changes."""

    at: datetime  # in the office's zone
    is_open: bool
    closes_at: datetime | None  # when open: the end of this opening, the same day
    next_opening: datetime | None  # the next start of an opening after ``at``; None: never

    @property
    def next_change(self) -> datetime | None:
        return self.closes_at if self.is_open else self.next_opening


@dataclass(frozen=True)
class Closure:
    """A day the office is closed that a weekday's hours would have opened."""

    day: date
    name: str | None  # the public holiday's name in the asked language; None: the office's own


class OpeningCalendar:
    def __init__(self, schedule: Schedule) -> None:
        self.zone = ZoneInfo(schedule.time_zone)
        self._weekly = schedule.week
        self._country = schedule.country
        self._every_year = frozenset(schedule.closed_every_year)
        self._closed_on = frozenset(schedule.closed_on)
        self._special = dict(schedule.special_hours)
        self._tables = schedule.holiday_tables
        self._holidays: dict[str, Any] = {}

    @functools.cached_property
    def _table(self) -> HolidayTable | None:
        if self._tables is None:
            return None
        return holiday_table.read_table(self._tables, self._country)

    def _package_calendar(self, language: str | None = None) -> Any:
        """The package's calendar in ``language`` (its own code, e.g. "no", "en_US")."""
        key = language or ""
        if key not in self._holidays:
            import holidays  # ~0.2 s and 25 MiB: only for a day the table does not hold

            try:
                self._holidays[key] = holidays.country_holidays(self._country, language=language)
            except NotImplementedError:
                log.error("No public holidays known for country %r; only the office's own "
                          "closures apply", self._country)
                self._holidays[key] = {}
        return self._holidays[key]

    def holiday_name(self, day: date, language: str | None = None) -> str | None:
        """The public holiday on ``day`` in the package's ``language``, or None: no holiday."""
        table = self._table
        if table is not None and table.covers(day) and (language is None or language in table.names):
            return table.name(day, language)
        return self._package_calendar(language).get(day)

    def has_holiday_names_in(self, code: str) -> bool:
        """Whether the package names the holidays in kiosk language ``code`` itself."""
        language = self.holiday_language(code)
        return language is not None and (language != FALLBACK_HOLIDAY_LANGUAGE or code == "en")

    @functools.cache  # noqa: B019 (one calendar per office, kept for the kiosk's life)
    def holiday_language(self, code: str) -> str | None:
        """The holidays package's language nearest to a kiosk language, or None."""
        if self._table is not None:
            supported: tuple[str, ...] = self._table.languages
        else:
            import holidays

            try:
                supported = holidays.country_holidays(self._country).supported_languages
            except NotImplementedError:
                return None
        wanted = {"nb": "no", "nn": "no"}.get(code, code)
        for candidate in supported:
            if candidate == wanted or candidate.split("_")[0] == wanted:
                return candidate
        return FALLBACK_HOLIDAY_LANGUAGE if FALLBACK_HOLIDAY_LANGUAGE in supported else None

    def is_closed_all_day(self, day: date) -> bool:
        return (day in self._closed_on or (day.month, day.day) in self._every_year
                or self.holiday_name(day) is not None)

    def intervals_on(self, day: date) -> tuple[Interval, ...]:
        if day in self._special:
            return self._special[day]
        if self.is_closed_all_day(day):
            return ()
        return self._weekly.on(day.weekday())

    def status(self, at: datetime) -> Status:
        if at.tzinfo is None:
            raise ValueError("status() needs an aware datetime")
        local = at.astimezone(self.zone)
        for interval in self.intervals_on(local.date()):
            opens, closes = self._at(local.date(), interval.opens), self._at(local.date(), interval.closes)
            if opens <= local < closes:
                return Status(local, True, closes, self._next_opening(closes))
        return Status(local, False, None, self._next_opening(local))

    def _next_opening(self, after: datetime) -> datetime | None:
        day = after.date()
        for _ in range(SEARCH_DAYS):
            for interval in self.intervals_on(day):
                opens = self._at(day, interval.opens)
                if opens > after:
                    return opens
            day += timedelta(days=1)
        return None

    def _at(self, day: date, moment: Any) -> datetime:
        # Office hours are wall-clock times; 10:00 and 15:00 never fall in a DST gap.
        return datetime.combine(day, moment, tzinfo=self.zone)

    def closures(self, start: date, days: int, language: str | None = None) -> list[Closure]:
        """Days in [start, start + days) when the week says open but the office is closed."""
        found = []
        for offset in range(days):
            day = start + timedelta(days=offset)
            if day in self._special or not self._weekly.on(day.weekday()):
                continue
            if self.is_closed_all_day(day):
                found.append(Closure(day, self.holiday_name(day, language)))
        return found
