"""Every shipped catalog is complete, honest and in step with the English source."""

from __future__ import annotations

import re
import unicodedata

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from kiosk.content.placeholders import placeholders
from tests.support.catalogs import TRANSLATED, po_messages, template_keys
from tests.support.languages import NATIVE
from tests.support.project import ROOT, SHIPPED


def _numbers(text: str) -> list[int]:
    """Every number in ``text``, whatever digits it is written in (۲۰ and 20 alike)."""
    ascii_digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    return sorted(int(n) for n in re.findall(r"\d+", ascii_digits))


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalog_is_complete_and_nothing_is_fuzzy(code):
    messages = po_messages(code)
    template = template_keys()
    assert {(m.context, m.id) for m in messages if m.string} == template
    assert [m.id for m in messages if m.fuzzy] == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_are_intact(code):
    for message in po_messages(code):
        assert sorted(placeholders(message.string)) == sorted(placeholders(message.id)), message.id


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_number_of_the_source_is_in_the_translation(code):
    for message in po_messages(code):
        assert _numbers(message.string) == _numbers(message.id), message.id


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_markup_can_reach_the_screen(code):
    for message in po_messages(code):
        assert not re.search(r"<[a-zA-Z/!]", message.string), message.id


def test_template_is_in_step_with_the_content(tmp_path):
    """Running `make extract` would not change which messages the template holds."""
    # Babel's own command line, as `make extract` runs it: its configuration in pyproject.toml.
    fresh = tmp_path / "kiosk.pot"
    CommandLineInterface().run(["pybabel", "--quiet", "extract", "-F", str(ROOT / "pyproject.toml"),
                                "-o", str(fresh), str(ROOT)])
    extracted = {(m.context, m.id) for m in read_po(fresh.open("rb")) if m.id}
    template = template_keys()
    assert extracted == template


def test_template_and_content_agree(content):
    """The template holds the content's texts, and the office country's holiday names."""
    from kiosk.hours.calendar import HOLIDAY_CONTEXT, holiday_names

    template = template_keys()
    assert {key for key in template if key[0] != HOLIDAY_CONTEXT} == set(content.message_keys())
    holidays = {text for context, text in template if context == HOLIDAY_CONTEXT}
    assert holidays == set(holiday_names(content.office.country))
    assert {"Christmas Day", "Constitution Day", "Pentecost Monday"} <= holidays


def test_shipped_languages_are_all_discovered_complete(languages):
    assert languages.codes == SHIPPED
    assert all(language.completeness == 1.0 for language in languages.available)



RIGHT_TO_LEFT_SHIPPED = [code for code in TRANSLATED if NATIVE[code][1] == "rtl"]


@pytest.mark.parametrize("code", RIGHT_TO_LEFT_SHIPPED)
def test_no_middle_dot_that_reads_as_zero_in_any_arabic_script_language(code):
    # In Arabic script the digit zero (۰ ٠) is a small dot: "closed · Monday" reads "closed 0 Monday".
    for message in po_messages(code):
        assert "\u00b7" not in message.string, message.id


@pytest.mark.parametrize("code", ["fa", "fa_AF"])
def test_persian_and_dari_use_persian_letters(code):
    for message in po_messages(code):
        assert "\u064a" not in message.string and "\u0643" not in message.string, message.id


@pytest.mark.parametrize(("code", "digits"), [
    ("fa", "۱۷۳"), ("fa_AF", "۱۷۳"), ("ps", "۱۷۳"),  # extended Arabic-Indic, as CLDR says
    ("ckb", "١٧٣"),  # Arabic-Indic
    ("ar", "173"), ("ur", "173"), ("ti", "173"), ("am", "173"),  # CLDR's default for these is Latin
])
def test_digits_are_cldrs_for_each_language(languages, code, digits):
    if code not in languages.codes:
        pytest.skip(f"{code} is not shipped")
    assert languages.localizer(code).number(173) == digits
