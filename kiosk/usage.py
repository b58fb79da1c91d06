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

from kiosk.settings.safe_files import set_aside, write_atomically

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
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        set_aside(path, f"not readable as usage counts: {exc}")
        return {}
    if not isinstance(raw, dict) or not all(_is_day(key, value) for key, value in raw.items()):
        set_aside(path, "not usage counts")
        return {}
    return raw


def _is_day(key: object, value: object) -> bool:
    try:
        date.fromisoformat(str(key))
    except ValueError:
        return False
    return (isinstance(value, dict) and isinstance(value.get("visits"), int)
            and isinstance(value.get("languages"), dict) and isinstance(value.get("pages"), dict))
