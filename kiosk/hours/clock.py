"""Where 'now' comes from: the wall clock, or a test's own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, aware: the calendar refuses naive datetimes."""
    return datetime.now(UTC)
