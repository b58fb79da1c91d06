"""A clock that stands still until a test moves it, in the office's own zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


class FakeClock:
    def __init__(self, text: str) -> None:
        self.now = at(text)

    def __call__(self) -> datetime:
        return self.now

    def set(self, text: str) -> None:
        self.now = at(text)


def at(text: str) -> datetime:
    """``"2026-11-23 14:59"`` as an aware time in Oslo."""
    return datetime.fromisoformat(text).replace(tzinfo=OSLO)
