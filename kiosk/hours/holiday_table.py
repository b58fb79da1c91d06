"""The office country's public holidays, written ahead by the ``holidays`` package.

kiosk/content/holidays_ahead.py writes the table for the office profile's country;
scripts/setup.sh and packaging/build_bundle.sh run it; the table is build output, like the
compiled catalogs and the icons, and is not committed. A running kiosk reads the package's
answers from it instead of importing the package: importing a country imports all of the
package's 250 countries (``holidays/countries/__init__.py``), about 0.2 s and 25 MiB once Qt's
import hook reads each one's source. A day outside the table's years, or a missing or
unreadable table, goes to the package itself (kiosk/hours/calendar.py).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

# The years the catalogs hold holiday names for (kiosk.hours.calendar.HOLIDAY_YEARS).
FIRST_YEAR, LAST_YEAR = 2020, 2040
FORMAT = 1
# Under the kiosk's resources; the loader gives the office's schedule this folder.
TABLES_FOLDER = "holidays"


def table_path(folder: Path, country: str) -> Path:
    return folder / f"{country}.json"


@dataclass(frozen=True)
class HolidayTable:
    """A country's public holidays for a run of years, written ahead, with their names."""

    country: str
    years: range
    default_language: str
    # The package's languages, in its order, each with its name for every holiday.
    names: dict[str, dict[date, str]]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.names)

    def covers(self, day: date) -> bool:
        return day.year in self.years

    def name(self, day: date, language: str | None = None) -> str | None:
        return self.names[language or self.default_language].get(day)


def write_table(folder: Path, country: str) -> Path:
    """The package's holidays for ``country`` in every language it has, FIRST_YEAR to LAST_YEAR."""
    import holidays

    years = range(FIRST_YEAR, LAST_YEAR + 1)
    default = holidays.country_holidays(country, years=years)
    names = {language: {day.isoformat(): name for day, name in sorted(
                 holidays.country_holidays(country, years=years, language=language).items())}
             for language in default.supported_languages}
    document = {"format": FORMAT, "country": country, "holidays_version": holidays.__version__,
                "first_year": FIRST_YEAR, "last_year": LAST_YEAR,
                "default_language": default.default_language, "names": names}
    folder.mkdir(parents=True, exist_ok=True)
    path = table_path(folder, country)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def read_table(folder: Path, country: str) -> HolidayTable | None:
    """The table for ``country``, or None (logged) when there is none or it cannot be used."""
    path = table_path(folder, country)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document["format"] != FORMAT or document["country"] != country:
            raise ValueError(f"format {document['format']!r} for {document['country']!r}")
        names = {language: {date.fromisoformat(day): name for day, name in days.items()}
                 for language, days in document["names"].items()}
        table = HolidayTable(country, range(int(document["first_year"]), int(document["last_year"]) + 1),
                             document["default_language"], names)
        if table.default_language not in names:
            raise ValueError(f"no names in its default language {table.default_language!r}")
    except FileNotFoundError:
        log.warning("No holiday table at %s (python -m kiosk.content.holidays_ahead writes it); "
                    "asking the holidays package instead", path)
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.error("Holiday table %s cannot be used (%s); asking the holidays package instead", path, error)
        return None
    return table
