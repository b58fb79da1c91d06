"""The office's regular week: which hours it is open on each weekday."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

# Monday first, as datetime.weekday() and Babel's day names count.
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Interval:
    """One opening within a day, from ``opens`` until ``closes``."""

    opens: time
    closes: time


@dataclass(frozen=True)
class WeeklyHours:
    """Opening intervals per weekday; index 0 is Monday, an empty tuple is closed."""

    days: tuple[tuple[Interval, ...], ...]

    def on(self, weekday: int) -> tuple[Interval, ...]:
        return self.days[weekday]

    @classmethod
    def parse(cls, table: Mapping[str, object]) -> WeeklyHours:
        """Read ``{"monday": "10:00-15:00", ...}``; raises ValueError naming the key."""
        unknown = sorted(set(table) - set(WEEKDAY_KEYS))
        if unknown:
            raise ValueError(f"unknown weekday {unknown[0]!r}; use one of {', '.join(WEEKDAY_KEYS)}")
        days: list[tuple[Interval, ...]] = []
        for key in WEEKDAY_KEYS:
            value = table.get(key)
            if value is None:
                days.append(())
                continue
            days.append(parse_intervals(key, value))
        return cls(tuple(days))


def parse_intervals(key: str, value: object) -> tuple[Interval, ...]:
    """One "HH:MM-HH:MM" or a list of them; ValueError naming ``key``."""
    values = value if isinstance(value, list) else [value]
    return tuple(_parse_interval(key, item) for item in values)


def _parse_interval(key: str, value: object) -> Interval:
    match = _RANGE.match(value) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{key}: expected opening hours like \"10:00-15:00\", got {value!r}")
    h1, m1, h2, m2 = (int(group) for group in match.groups())
    try:
        opens, closes = time(h1, m1), time(h2, m2)
    except ValueError as exc:
        raise ValueError(f"{key}: {value!r} is not a time of day ({exc})") from exc
    if closes <= opens:
        raise ValueError(f"{key}: closing time {value!r} is not after the opening time")
    return Interval(opens, closes)
