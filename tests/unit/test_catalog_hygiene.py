"""Each catalog passes gettext's own check, the translate-toolkit's, and has CLDR's plural rule."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from babel import Locale
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from translate.filters import checks
from translate.storage import factory

from kiosk.i18n.digits import native_digits
from tests.support.catalogs import TRANSLATED
from tests.support.project import ROOT

# pofilter's checks that matter for text a kiosk shows: placeholders, numbers, brackets,
# stray spaces and doubled words. Others (sentence counts, capitals, length) flag good
# translations that say the same thing in their own way.
POFILTER_CHECKS = ["variables", "pythonbraceformat", "numbers", "brackets", "doublespacing",
                   "startwhitespace", "endwhitespace", "newlines", "xmltags", "doublewords"]


def _po(code: str):
    return ROOT / f"translations/{code}/LC_MESSAGES/kiosk.po"


def _false_positives(code: str) -> set[str]:
    """Checks that cannot judge ``code``: pofilter compares numbers as ASCII digits, so a
    language with its own digits (Persian ۴) fails it; tests/unit/test_catalogs.py compares
    the numbers' values instead."""
    return set() if native_digits(Locale.parse(code)) == "0123456789" else {"numbers"}


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed "
                    "(scripts/setup.sh installs the gettext package)")
@pytest.mark.parametrize("code", TRANSLATED)
def test_msgfmt_check_is_clean(code):
    done = subprocess.run(["msgfmt", "--check", "--output-file=/dev/null", str(_po(code))],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == "", done.stderr


@pytest.mark.parametrize("code", TRANSLATED)
def test_pofilter_finds_nothing(code):
    checker = checks.StandardChecker(checkerconfig=checks.CheckerConfig(targetlanguage=code),
                                     limitfilters=POFILTER_CHECKS)
    found = []
    for unit in factory.getobject(str(_po(code))).units:
        if unit.isheader() or not unit.target:
            continue
        failed = set(checker.run_filters(unit)) - _false_positives(code)
        if failed:
            found.append(f"{unit.getcontext() or ''} {unit.source!r}: {sorted(failed)}")
    assert found == []


def test_pofilter_would_catch_a_lost_placeholder():
    checker = checks.StandardChecker(limitfilters=POFILTER_CHECKS)
    unit = factory.getobject(str(_po("nb"))).units[1]
    unit.source, unit.target = "Open now · closes at {time}", "Åpent nå"
    assert checker.run_filters(unit)


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_forms_are_babels(code):
    """The rule `pybabel init` would write for the language, from Babel's CLDR-based table."""
    with _po(code).open("rb") as handle:
        declared = dict(read_po(handle).mime_headers)["Plural-Forms"]
    assert declared == get_plural(code).plural_forms
