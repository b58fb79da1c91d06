"""Keeps 'open now / closed' true: one single-shot timer, set for the next change.

Qt's timers run on a monotonic clock, which does not see the wall clock being set
or the machine waking from sleep; so the timer never waits longer than
GUARD_MINUTES, and a touch after the change time refreshes at once. No polling.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.hours.calendar import OpeningCalendar, Status
from kiosk.hours.clock import Clock, system_clock

GUARD_MINUTES = 15


class OpeningTicker(QObject):
    changed = Signal(object)  # Status

    def __init__(self, calendar: OpeningCalendar, clock: Clock = system_clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse timers may fire early
        self._timer.timeout.connect(self.refresh)
        self.status: Status | None = None

    @property
    def next_check_ms(self) -> int:
        return self._timer.interval() if self._timer.isActive() else -1

    def refresh(self) -> Status:
        now = self.clock()
        status = self.calendar.status(now)
        self.status = status
        guard_ms = GUARD_MINUTES * 60_000
        change = status.next_change
        delay = guard_ms if change is None else int((change - now).total_seconds() * 1000) + 1
        self._timer.start(max(0, min(delay, guard_ms)))
        self.changed.emit(status)
        return status

    def refresh_if_due(self) -> None:
        """After a touch: catch up at once if a change was missed (sleep, a clock jump)."""
        change = self.status.next_change if self.status else None
        if change is not None and self.clock() >= change:
            self.refresh()
