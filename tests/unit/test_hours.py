"""Opening hours that know the day: fixed cases, and properties over twenty years."""

from __future__ import annotations

import os
import time as time_module
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.hours.calendar import OpeningCalendar
from tests.support.clock import OSLO, at


@pytest.fixture(scope="module")
def calendar(content) -> OpeningCalendar:
    return OpeningCalendar(content.office.schedule)


@pytest.mark.parametrize(("when", "is_open", "next_change"), [
    ("2026-11-23 09:59", False, "2026-11-23 10:00"),  # Monday morning, not yet
    ("2026-11-23 10:00", True, "2026-11-23 15:00"),
    ("2026-11-23 14:59", True, "2026-11-23 15:00"),
    ("2026-11-23 15:00", False, "2026-11-24 10:00"),  # closes on the minute
    ("2026-11-27 15:05", False, "2026-11-30 10:00"),  # Friday afternoon: Monday
    ("2026-11-28 11:00", False, "2026-11-30 10:00"),  # Saturday
    ("2026-05-17 11:00", False, "2026-05-18 10:00"),  # Constitution Day (a Sunday in 2026)
    ("2027-05-17 11:00", False, "2027-05-18 10:00"),  # Constitution Day on a Monday
    ("2026-04-06 11:00", False, "2026-04-07 10:00"),  # Easter Monday
    ("2026-04-01 16:00", False, "2026-04-07 10:00"),  # before Maundy Thursday, Good Friday, Easter
    ("2026-05-25 11:00", False, "2026-05-26 10:00"),  # Whit Monday
    ("2026-12-23 16:00", False, "2026-12-28 10:00"),  # 24 (office), 25, 26 December
    ("2026-12-24 11:00", False, "2026-12-28 10:00"),
    ("2025-12-31 15:30", False, "2026-01-02 10:00"),  # the turn of the year
    ("2026-03-27 14:00", True, "2026-03-27 15:00"),  # Friday before summer time
    ("2026-03-27 15:00", False, "2026-03-30 10:00"),  # Monday after: 10:00 summer time
    ("2026-10-23 15:00", False, "2026-10-26 10:00"),  # and back to winter time
])
def test_fixed_cases(calendar, when, is_open, next_change):
    status = calendar.status(at(when))
    assert status.is_open is is_open
    assert status.next_change == at(next_change)


def test_dst_is_honoured_in_the_offset(calendar):
    after_spring = calendar.status(at("2026-03-27 15:00")).next_opening
    assert after_spring.utcoffset() == timedelta(hours=2)  # CEST
    after_autumn = calendar.status(at("2026-10-23 15:00")).next_opening
    assert after_autumn.utcoffset() == timedelta(hours=1)  # CET


def test_special_hours_and_single_closures_come_from_the_profile(content):
    schedule = replace(content.office.schedule, closed_on=(date(2026, 11, 25),),
                       special_hours={date(2026, 11, 26): calendar_interval("11:00-13:00")})
    cal = OpeningCalendar(schedule)
    assert not cal.status(at("2026-11-25 12:00")).is_open
    assert cal.status(at("2026-11-26 12:00")).closes_at == at("2026-11-26 13:00")
    assert cal.status(at("2026-11-26 10:30")).next_opening == at("2026-11-26 11:00")


def calendar_interval(text: str):
    from kiosk.hours.weekly import parse_intervals

    return parse_intervals("test", text)


def test_a_naive_time_is_refused(calendar):
    with pytest.raises(ValueError):
        calendar.status(datetime(2026, 11, 23, 12))


def test_closures_in_the_next_30_days_by_local_name(calendar):
    found = calendar.closures(date(2026, 12, 10), 30, calendar.holiday_language("nb"))
    assert [(c.day.isoformat(), c.name) for c in found] == [
        ("2026-12-24", None), ("2026-12-25", "Første juledag"), ("2027-01-01", "Første nyttårsdag")]
    english = calendar.closures(date(2026, 12, 10), 30, calendar.holiday_language("en"))
    assert english[1].name == "Christmas Day"
    # No Persian in the package: the English name, not a blank.
    assert calendar.holiday_language("fa") == "en_US"


def test_an_unknown_holiday_country_is_logged_and_the_week_still_holds(content, caplog):
    cal = OpeningCalendar(replace(content.office.schedule, country="XX"))
    assert cal.status(at("2026-05-18 12:00")).is_open  # a Monday; no holidays known
    assert "No public holidays known for country 'XX'" in caplog.text


instants = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 12, 31, 23, 59),
                        timezones=st.sampled_from([OSLO, ZoneInfo("UTC"), ZoneInfo("Asia/Tehran"),
                                                   ZoneInfo("America/New_York")]))
NORWAY = holidays.country_holidays("NO", years=range(2020, 2043))


@settings(max_examples=400, deadline=None)
@given(instants)
def test_while_open_the_office_closes_later_the_same_day(calendar, moment):
    status = calendar.status(moment)
    if status.is_open:
        assert status.closes_at > moment
        assert status.closes_at.date() == status.at.date()


@settings(max_examples=400, deadline=None)
@given(instants)
def test_the_next_opening_is_a_working_day_at_ten(calendar, moment):
    opening = calendar.status(moment).next_opening
    assert opening is not None and opening > moment
    assert opening.tzinfo is not None and (opening.hour, opening.minute) == (10, 0)
    day = opening.date()
    assert day.weekday() < 5 and day not in NORWAY and (day.month, day.day) != (12, 24)


@settings(max_examples=100, deadline=None)
@given(instants, st.sampled_from(["UTC", "Asia/Tehran", "Pacific/Kiritimati", "America/Los_Angeles"]))
def test_the_machines_own_zone_changes_nothing(calendar, moment, machine_zone):
    expected = calendar.status(moment)
    saved = os.environ.get("TZ")
    os.environ["TZ"] = machine_zone
    time_module.tzset()
    try:
        assert calendar.status(moment) == expected
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time_module.tzset()
