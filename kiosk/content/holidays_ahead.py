"""Write the office country's holiday table, for a running kiosk that need not import ``holidays``.

    python -m kiosk.content.holidays_ahead [RESOURCES]     (default: the kiosk's resources)

scripts/setup.sh and packaging/build_bundle.sh run it. The country is the bundled office
profile's; the table goes where the loader tells the schedule to look (kiosk/hours/holiday_table.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk import paths
from kiosk.content.loader import load_content
from kiosk.hours.holiday_table import FIRST_YEAR, LAST_YEAR, write_table


def main(argv: list[str]) -> int:
    resources = Path(argv[0]) if argv else paths.resources_dir()
    schedule = load_content(resources).office.schedule
    assert schedule.holiday_tables is not None  # the loader always names the folder
    try:
        path = write_table(schedule.holiday_tables, schedule.country)
    except NotImplementedError:
        print(f"the holidays package knows no country {schedule.country!r}: no table written")
        return 0
    print(f"holidays of {schedule.country}, {FIRST_YEAR}-{LAST_YEAR}, written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
