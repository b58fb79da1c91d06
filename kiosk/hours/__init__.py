"""Opening hours: the office's week, plain Python with no Qt."""

from kiosk.hours.weekly import WEEKDAY_KEYS, Interval, WeeklyHours

__all__ = ["WEEKDAY_KEYS", "Interval", "WeeklyHours"]
