"""The holidays written ahead: the package's own answers, and the package again where they end."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date

import holidays
import pytest

from kiosk import paths
from kiosk.hours import holiday_table
from kiosk.hours.calendar import OpeningCalendar
from tests.support.project import ROOT

YEARS = range(holiday_table.FIRST_YEAR, holiday_table.LAST_YEAR + 1)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("holidays")
    holiday_table.write_table(folder, "NO")
    return folder


def test_the_table_holds_what_the_package_says_in_each_of_its_languages(tables):
    table = holiday_table.read_table(tables, "NO")
    assert table is not None
    for language in holidays.country_holidays("NO").supported_languages:
        package = holidays.country_holidays("NO", years=YEARS, language=language)
        assert table.names[language] == dict(package.items()), language
    assert table.name(date(2026, 12, 25)) == "Første juledag"  # the package's default, Norwegian
    assert table.name(date(2026, 12, 25), "uk") == "Різдво Христове"
    assert table.name(date(2026, 12, 24)) is None


def test_the_shipped_table_is_the_one_setup_writes(content):
    assert content.office.schedule.holiday_tables == paths.resources_dir() / holiday_table.TABLES_FOLDER
    shipped = holiday_table.read_table(content.office.schedule.holiday_tables, "NO")
    assert shipped is not None, "scripts/setup.sh writes resources/holidays/NO.json"
    assert shipped.languages == holidays.country_holidays("NO").supported_languages


def test_a_calendar_with_the_table_imports_no_holidays_package():
    code = ("import sys; from datetime import date; from kiosk.content import load_content; "
            "from kiosk import paths; from kiosk.hours.calendar import OpeningCalendar; "
            "cal = OpeningCalendar(load_content(paths.resources_dir()).office.schedule); "
            "found = cal.closures(date(2026, 12, 10), 30, cal.holiday_language('nb')); "
            "print([c.name for c in found], 'holidays' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[None, 'Første juledag', 'Første nyttårsdag'] False"


def test_table_and_package_give_the_same_closures(content, tables, tmp_path):
    with_table = OpeningCalendar(replace(content.office.schedule, holiday_tables=tables))
    without = OpeningCalendar(replace(content.office.schedule, holiday_tables=None))  # the package
    for code in ("nb", "en", "uk", "fa"):
        language = with_table.holiday_language(code)
        assert language == without.holiday_language(code)
        for start in (date(2026, 3, 20), date(2026, 12, 10), date(2040, 12, 10)):
            ahead = with_table.closures(start, 60, language)
            assert ahead == without.closures(start, 60, language), (code, start)


def test_past_the_tables_years_the_package_answers(content, tables):
    calendar = OpeningCalendar(replace(content.office.schedule, holiday_tables=tables))
    assert calendar.holiday_name(date(2041, 12, 25), "no") == "Første juledag"  # 2041: not in the table
    assert calendar.holiday_name(date(2040, 12, 25), "no") == "Første juledag"


@pytest.mark.parametrize("breakage", ["not json", json.dumps({"format": 99, "country": "NO"}),
                                      json.dumps({"format": 1, "country": "SE"}),
                                      json.dumps({"format": 1, "country": "NO", "names": []})])
def test_a_broken_table_is_logged_and_the_package_answers(content, tmp_path, caplog, breakage):
    holiday_table.table_path(tmp_path, "NO").write_text(breakage, encoding="utf-8")
    calendar = OpeningCalendar(replace(content.office.schedule, holiday_tables=tmp_path))
    assert calendar.holiday_name(date(2026, 12, 25), "no") == "Første juledag"
    assert calendar.holiday_language("nb") == "no"
    assert "cannot be used" in caplog.text


def test_a_missing_table_is_logged(content, tmp_path, caplog):
    calendar = OpeningCalendar(replace(content.office.schedule, holiday_tables=tmp_path))
    assert not calendar.status(content_day_at_noon(date(2026, 12, 25))).is_open
    assert "No holiday table at" in caplog.text


def test_setup_writes_the_profiles_table(tmp_path):
    import shutil

    shutil.copytree(paths.resources_dir() / "content", tmp_path / "content")
    shutil.copy(paths.resources_dir() / "office.toml", tmp_path)
    done = subprocess.run([sys.executable, "-m", "kiosk.content.holidays_ahead", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    assert "holidays of NO" in done.stdout
    assert holiday_table.read_table(tmp_path / holiday_table.TABLES_FOLDER, "NO") is not None


def test_a_country_the_package_lacks_writes_no_table(content, tmp_path, caplog):
    with pytest.raises(NotImplementedError):
        holiday_table.write_table(tmp_path, "XX")
    calendar = OpeningCalendar(replace(content.office.schedule, country="XX", holiday_tables=tmp_path))
    assert calendar.holiday_name(date(2026, 12, 25)) is None
    assert "No public holidays known for country 'XX'" in caplog.text


def content_day_at_noon(day: date):
    from tests.support.clock import at

    return at(f"{day.isoformat()} 12:00")
