"""Anonymous daily counts: how many visits, which languages, which pages. Nothing else.

No visitor is identified and nothing is kept per visit: only whole-day totals on
this machine, which staff can see and export. A year of days is kept.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.settings.safe_files import keep_copy, set_aside, shown, write_atomically

log = logging.getLogger(__name__)

DAYS_KEPT = 366


class UsageCounts:
    def __init__(self, path: Path, today: Callable[[], date] = date.today) -> None:
        self._path = path
        self._today = today
        self._days: dict[str, dict[str, Any]] = _read(path)
        self._unsaved = False

    def visit(self, language: str) -> None:
        """A visitor chose a language on the start screen."""
        day = self._day()
        day["visits"] += 1
        day["languages"][language] = day["languages"].get(language, 0) + 1
        self._unsaved = True

    def page(self, page_id: str) -> None:
        day = self._day()
        day["pages"][page_id] = day["pages"].get(page_id, 0) + 1
        self._unsaved = True

    def days(self) -> list[tuple[str, dict[str, Any]]]:
        """Newest first."""
        return sorted(self._days.items(), reverse=True)

    def save(self) -> None:
        """Write the totals if they changed; a failure is logged and the counts stay in memory."""
        if not self._unsaved:
            return
        for old in sorted(self._days)[:-DAYS_KEPT]:
            del self._days[old]
        try:
            write_atomically(self._path, json.dumps(self._days, indent=1, sort_keys=True).encode())
        except OSError as exc:
            log.error("Usage counts not saved to %s: %s", self._path, exc.strerror or exc)
            return
        self._unsaved = False

    def to_csv(self) -> str:
        """One row a day: date, visits, then a column per language and per page."""
        languages = sorted({code for _, day in self._days.items() for code in day["languages"]})
        pages = sorted({page for _, day in self._days.items() for page in day["pages"]})
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = ["date", "visits", *(f"language:{c}" for c in languages), *(f"page:{p}" for p in pages)]
        writer.writerow(header)
        for when, day in sorted(self._days.items()):
            writer.writerow([when, day["visits"], *(day["languages"].get(c, 0) for c in languages),
                             *(day["pages"].get(p, 0) for p in pages)])
        return out.getvalue()

    def export_csv(self, folder: Path) -> Path:
        """Write the CSV into ``folder``; OSError if that fails (staff see why)."""
        path = folder / f"iom-kiosk-usage-{self._today().isoformat()}.csv"
        write_atomically(path, self.to_csv().encode("utf-8"))
        log.info("Usage counts exported to %s", path)
        return path

    def _day(self) -> dict[str, Any]:
        key = self._today().isoformat()
        return self._days.setdefault(key, {"visits": 0, "languages": {}, "pages": {}})


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """The counts, keeping every sound day and count; a file with any unsound one is copied aside."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    # ValueError covers JSONDecodeError and a number too long to convert; RecursionError, deep nesting.
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        set_aside(path, f"not readable as usage counts: {exc}")
        return {}
    if not isinstance(raw, dict):
        set_aside(path, "not usage counts")
        return {}
    problems: list[str] = []
    days = {key: _day(key, value, problems) for key, value in raw.items() if _is_date(key)}
    problems.extend(f"{key!r} is not a date" for key in raw if not _is_date(key))
    days = {key: day for key, day in days.items() if day is not None}
    for problem in problems:
        log.warning("%s: %s; dropped", path, problem)
    if problems and not days:
        set_aside(path, "no usable counts")
    elif problems:
        keep_copy(path, f"{len(problems)} unusable entries dropped")
    return days


def _is_date(key: str) -> bool:
    """Only the form the kiosk writes, so one day can never be counted under two keys."""
    try:
        return date.fromisoformat(key).isoformat() == key
    except ValueError:
        return False


def _day(key: str, value: object, problems: list[str]) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        problems.append(f"{key} = {shown(value)} is not a day of counts")
        return None
    visits = value.get("visits", 0)
    if not _is_count(visits):
        problems.append(f"{key} visits = {shown(visits)}")
        visits = 0
    day: dict[str, Any] = {"visits": visits}
    for kind in ("languages", "pages"):
        table = value.get(kind, {})
        if not isinstance(table, dict):
            problems.append(f"{key} {kind} = {shown(table)}")
            table = {}
        day[kind] = {name: count for name, count in table.items() if _is_count(count)}
        problems.extend(f"{key} {kind} {name} = {shown(count)}"
                        for name, count in table.items() if not _is_count(count))
    problems.extend(f"{key} {name!r} is not a count" for name in value
                    if name not in ("visits", "languages", "pages"))
    return day


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
