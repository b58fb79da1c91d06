"""An office's opening schedule as the profile states it: its zone, week and closures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kiosk.hours.weekly import Interval, WeeklyHours


@dataclass(frozen=True)
class Schedule:
    """When the office opens: its week, its closures and its special days, in its time zone."""

    time_zone: str  # an IANA name, e.g. Europe/Oslo
    week: WeeklyHours
    # ISO 3166 code: whose public holidays close the office.
    country: str = "NO"
    # (month, day) closed every year, and single dates, besides the public holidays.
    closed_every_year: tuple[tuple[int, int], ...] = ()
    closed_on: tuple[date, ...] = ()
    special_hours: Mapping[date, tuple[Interval, ...]] = field(default_factory=dict)
    # Where the country's holidays are written ahead (kiosk/hours/holiday_table.py); None: the
    # holidays package is asked for every day.
    holiday_tables: Path | None = None
