"""Opening hours: the office's week, holidays and closures; plain Python with no Qt."""

from kiosk.hours.schedule import Schedule
from kiosk.hours.weekly import WEEKDAY_KEYS, Interval, WeeklyHours, parse_intervals

__all__ = ["WEEKDAY_KEYS", "Interval", "Schedule", "WeeklyHours", "parse_intervals"]
