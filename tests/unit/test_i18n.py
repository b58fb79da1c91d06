"""Languages from disk, CLDR formatting, and what happens when a catalog is wrong."""

from __future__ import annotations

import io
import logging
import shutil
import struct
import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from kiosk.i18n.digits import digits_of, to_digits
from kiosk.i18n.languages import discover_languages
from kiosk.i18n.marks import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE, isolate, plain
from kiosk.i18n.mo_file import parse_mo
from tests.support.languages import NATIVE
from tests.support.project import ROOT, SHIPPED


def test_languages_are_named_in_their_own_script(languages):
    names = {language.code: (language.native_name, language.direction) for language in languages.available}
    assert names == {code: NATIVE[code] for code in SHIPPED}
    assert names["fa_AF"] == ("دری", "rtl")  # CLDR's name for Dari, not "فارسی (افغانستان)"


def test_persian_times_and_numbers_use_persian_digits(languages):
    fa = languages.localizer("fa")
    # Isolated, so a range keeps its own order in any paragraph.
    assert fa.time_range(time(10), time(15)) == isolate("۱۰:۰۰ تا ۱۵:۰۰")
    assert fa.number(173) == "۱۷۳"
    assert fa.year(1951) == "۱۹۵۱"
    assert fa.weekday(0) == "دوشنبه"


def test_latin_languages_keep_their_own_conventions(languages):
    assert plain(languages.localizer("nb").time_range(time(10), time(15))) == "10:00–15:00"
    assert languages.localizer("nb").weekday(4) == "Fredag"
    assert languages.localizer("mk").weekday(0) == "Понеделник"
    # English follows CLDR's 12-hour clock, with its narrow and thin spaces.
    english = plain(languages.localizer("en").time_range(time(10), time(15)))
    assert english == "10:00\u202fAM\u2009–\u20093:00\u202fPM"


def test_text_values_are_isolated_and_localised(content, languages):
    fa = languages.localizer("fa")
    texts = content.page("office").texts()
    shown = fa.text(next(t for t in texts if "{chief_of_mission}" in t))
    assert f"{FIRST_STRONG_ISOLATE}Fatou Diallo Ndiaye{POP_DIRECTIONAL_ISOLATE}" in shown
    assert "{" not in shown
    assert "گینه" in fa.text(next(t for t in texts if "{chief_previous_offices}" in t))  # Guinea, CLDR's
    assert "۱۷۳" in fa.text(next(t for t in texts if "{member_states}" in t))  # in Persian digits


def test_digits_follow_cldr_numbering_systems():
    assert digits_of("arabext") == "۰۱۲۳۴۵۶۷۸۹"
    assert digits_of("arab") == "٠١٢٣٤٥٦٧٨٩"
    assert to_digits("10:00", digits_of("arabext")) == "۱۰:۰۰"
    assert to_digits("۱۰", digits_of("latn")) == "10"


def test_unknown_numbering_system_falls_back_to_latin_and_says_so(caplog):
    with caplog.at_level(logging.WARNING):
        assert digits_of("klingon") == "0123456789"
    assert "klingon" in caplog.text


def _po(path: Path, code: str, entries: dict[tuple[str | None, str], str]) -> None:
    catalog = Catalog(locale=code)
    for (context, msgid), msgstr in entries.items():
        catalog.add(msgid, msgstr, context=context)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog)


def test_a_new_po_is_a_new_language_and_missing_strings_fall_back_to_english(content, data_dir):
    _po(data_dir / "translations/de/LC_MESSAGES/kiosk.po", "de",
        {("nav.back", "Back"): "Zurück", (None, "Our office"): "Unser Büro"})
    languages = discover_languages(data_dir / "translations", content)
    assert "de" in languages.codes
    german = languages.get("de")
    assert german.native_name == "Deutsch" and german.direction == "ltr"
    assert german.completeness == pytest.approx(2 / len(content.message_keys()))
    de = languages.localizer("de")
    assert de.ui("nav.back") == "Zurück"
    assert de.text("Our office") == "Unser Büro"
    assert de.ui("nav.home") == "Home"  # untranslated: English, not a key or a blank


def test_fuzzy_entries_are_not_shown(content, data_dir):
    po = data_dir / "translations/nb/LC_MESSAGES/kiosk.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog.get("Back", context="nav.back").flags.add("fuzzy")
    with po.open("wb") as handle:
        write_po(handle, catalog)
    nb = discover_languages(data_dir / "translations", content).localizer("nb")
    assert nb.ui("nav.back") == "Back"
    assert nb.ui("nav.home") == "Hjem"


def test_a_broken_catalog_is_skipped_with_a_warning(content, data_dir, caplog):
    po = data_dir / "translations/sv/LC_MESSAGES/kiosk.po"
    po.write_text(po.read_text(encoding="utf-8") + "\nthis line is not gettext\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        languages = discover_languages(data_dir / "translations", content)
    assert "sv" not in languages.codes
    assert languages.codes == tuple(code for code in SHIPPED if code != "sv")
    assert "Language left out" in caplog.text and str(po) in caplog.text


def test_a_corrupt_compiled_catalog_is_skipped(content, data_dir, caplog):
    mo = data_dir / "translations/mk/LC_MESSAGES/kiosk.mo"
    mo.write_bytes(b"\xde\x12\x04\x95" + b"\x00" * 7)  # gettext magic, then nothing
    with caplog.at_level(logging.WARNING):
        languages = discover_languages(data_dir / "translations", content)
    assert "mk" not in languages.codes
    assert str(mo) in caplog.text


def test_a_compiled_catalog_is_used_when_current(content, data_dir):
    po = data_dir / "translations/nb/LC_MESSAGES/kiosk.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    catalog.get("Back", context="nav.back").string = "Tilbake (mo)"
    with po.with_suffix(".mo").open("wb") as handle:
        write_mo(handle, catalog)
    assert discover_languages(data_dir / "translations", content).localizer("nb").ui("nav.back") \
        == "Tilbake (mo)"


def test_a_folder_that_is_no_locale_is_skipped(content, data_dir, caplog):
    shutil.copytree(data_dir / "translations/nb", data_dir / "translations/xx_NOPE")
    with caplog.at_level(logging.WARNING):
        languages = discover_languages(data_dir / "translations", content)
    assert "xx_NOPE" not in languages.codes and "xx_NOPE" in caplog.text


def test_a_broken_placeholder_in_a_translation_shows_english(content, data_dir, caplog):
    po = data_dir / "translations/nb/LC_MESSAGES/kiosk.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    english = next(t for t in content.page("about").texts() if "{member_states}" in t)
    catalog.get(english).string = "IOM har {medlemsland} medlemsland."
    with po.open("wb") as handle:
        write_po(handle, catalog)
    nb = discover_languages(data_dir / "translations", content).localizer("nb")
    with caplog.at_level(logging.WARNING):
        shown = nb.text(english)
    assert shown.startswith("IOM has ") and "173" in shown
    assert "broken placeholder" in caplog.text


def test_no_translations_at_all_still_offers_english(content, tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        languages = discover_languages(tmp_path / "missing", content)
    assert languages.codes == ("en",)
    assert "No translations found" in caplog.text


def test_the_repository_ships_no_compiled_catalogs():
    # .mo files are build output; a committed one would silently outrank a newer .po.
    tracked = subprocess.run(["git", "ls-files", "*.mo"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
    assert tracked == ""


def test_compiled_and_source_catalogs_say_the_same(content):
    """The kiosk's .mo reader agrees with Babel's .po reader on every shipped catalog."""
    for code in ("fa", "mk", "nb", "sv"):
        with (ROOT / f"translations/{code}/LC_MESSAGES/kiosk.po").open("rb") as handle:
            catalog = read_po(handle)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        expected = {(m.context, m.id): m.string for m in catalog if m.id and m.string and not m.fuzzy}
        assert parse_mo(buffer.getvalue()) == expected


# A string that runs past the end: one entry whose tables fit, its text 1000 bytes on.
STRING_PAST_THE_END = struct.pack("<7I", 0x950412DE, 0, 1, 28, 36, 0, 0) + struct.pack("<4I", 5, 1000, 0, 0)


@pytest.mark.parametrize("data", [b"", b"\x00" * 40, b"\xde\x12\x04\x95" + b"\x00" * 4 + b"\x05\x00\x00\x00"
                                  + b"\xff" * 8, STRING_PAST_THE_END])
def test_a_damaged_compiled_catalog_is_a_clear_error(data):
    with pytest.raises(ValueError):
        parse_mo(data)


def test_the_texts_speak_of_the_office_in_the_profile(content):
    """Another office's profile makes the kiosk name that office's city and country, each in
    the visitor's language (CLDR), and nothing of Oslo or Norway in the lines that name them."""
    from dataclasses import replace

    from kiosk.i18n.language import describe
    from kiosk.i18n.localizer import Localizer

    tehran = replace(content.office, city="Tehran",
                     schedule=replace(content.office.schedule, country="IR", time_zone="Asia/Tehran"))
    elsewhere = replace(content, office=tehran)
    english = Localizer(describe("en", 1.0), {}, elsewhere)
    assert english.ui("app.office_name") == f"IOM {FIRST_STRONG_ISOLATE}Iran{POP_DIRECTIONAL_ISOLATE}"
    office_page = next(page for page in content.pages if page.id == "office")
    naming = [english.text(text) for text in office_page.texts()
              if "{office_city}" in text or "{office_country}" in text]
    assert any("centre of \u2068Tehran\u2069" in text for text in naming)
    assert any("IOM in \u2068Iran\u2069" in text for text in naming)
    assert not any("Oslo" in text or "Norway" in text for text in naming)
    persian = Localizer(describe("fa", 1.0), {}, elsewhere)
    assert "ایران" in persian.ui("app.office_name")
    assert persian.city("Tehran", "Asia/Tehran") == "تهران"
    assert persian.city("Bergen", "Europe/Oslo") == "Bergen"  # not the zone's city: as written


def test_plain_text_drops_the_invisible_direction_controls():
    from kiosk.i18n.marks import isolate, left_to_right, plain

    assert plain(f"IOM {isolate('نروژ')} {left_to_right('+47 23')}\u200f") == "IOM نروژ +47 23"


def test_a_time_range_reads_in_the_readers_direction(languages):
    """Digits alone take the language's direction (a right-to-left reader finds the opening time
    on the right); a range with letters keeps its own (Urdu's "10:00 AM – 3:00 PM")."""
    from kiosk.i18n.marks import LEFT_TO_RIGHT_ISOLATE, RIGHT_TO_LEFT_ISOLATE

    if "ps" in languages.codes:
        assert languages.localizer("ps").time_range(time(10), time(15)).startswith(RIGHT_TO_LEFT_ISOLATE)
    assert languages.localizer("nb").time_range(time(10), time(15)).startswith(LEFT_TO_RIGHT_ISOLATE)
    assert languages.localizer("fa").time_range(time(10), time(15)).startswith(FIRST_STRONG_ISOLATE)  # "تا"
    if "ur" in languages.codes:
        assert languages.localizer("ur").time(time(10)).startswith(FIRST_STRONG_ISOLATE)  # AM


# --- the language table: CLDR's names and directions without CLDR at start-up ---------------

def test_the_language_table_says_what_babel_says_for_every_catalog(languages, content):
    from kiosk import paths
    from kiosk.i18n.language_table import from_cldr, places_from_cldr, read_table

    table = read_table(paths.translations_dir())
    assert set(table) == set(languages.codes), "run `make language-table`"
    office = content.office
    for code in languages.codes:
        row = table[code]
        assert (row.name, row.direction) == from_cldr(code), f"{code}: run `make language-table`"
        # The office's places too: the start screen names its country before any CLDR is read.
        assert row.places == places_from_cldr(code, [office.country, *office.chief_previous_offices],
                                              [office.time_zone]), f"{code}: run `make language-table`"


def test_without_the_table_babel_names_the_languages(tmp_path, content, caplog):
    from kiosk import paths
    from kiosk.i18n.languages import discover_languages

    copy = tmp_path / "translations"
    shutil.copytree(paths.translations_dir(), copy)
    (copy / "languages.toml").write_text('[fa]\nname = "Broken"\ndirection = "up"\n', encoding="utf-8")
    found = discover_languages(copy, content)
    assert found.get("fa").native_name == "فارسی" and found.get("fa").is_rtl
    assert "the row for 'fa' is not a name and a direction" in caplog.text
    # Place names that are not names: Babel names the office's country.
    (copy / "languages.toml").write_text('[nb]\nname = "norsk bokmål"\ndirection = "ltr"\n'
                                         'countries = "Norge"\nzone_cities = { "Europe/Oslo" = 5 }\n',
                                         encoding="utf-8")
    norwegian = discover_languages(copy, content).localizer("nb")
    assert norwegian.country("NO") == "Norge" and norwegian.city("Oslo", "Europe/Oslo") == "Oslo"
    (copy / "languages.toml").write_text("not toml = = =", encoding="utf-8")
    assert discover_languages(copy, content).get("ur").native_name == "اردو"
    (copy / "languages.toml").unlink()
    assert discover_languages(copy, content).get("am").native_name == "አማርኛ"


def test_the_start_screen_loads_no_cldr_data_and_a_status_line_only_its_own():
    """In a fresh interpreter, as at start-up: Babel's loads are counted. The office's name
    ("IOM Norge") comes from the language table, so the first frame reads no CLDR at all."""
    program = """
import babel.localedata
loaded = []
real = babel.localedata.load
babel.localedata.load = lambda name, *a, **k: (loaded.append(name), real(name, *a, **k))[1]
from kiosk import paths
from kiosk.content import load_content
from kiosk.i18n.languages import discover_languages
languages = discover_languages(paths.translations_dir(), load_content(paths.resources_dir()))
for code in languages.codes:
    languages.localizer(code).ui("start.greeting")
    languages.localizer(code).ui("start.prompt")
print("greetings", *loaded)
names = [languages.localizer(code).ui("app.office_name") for code in languages.codes]
print("office name", *loaded)
languages.localizer("ti").time_range(__import__("datetime").time(10), __import__("datetime").time(15))
print("status", *loaded)
print(names[languages.codes.index("nb")])
"""
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    greetings, office, status, norwegian = done.stdout.splitlines()
    assert greetings == "greetings"
    assert office == "office name"
    assert status.split()[1] == "ti"
    assert plain(norwegian) == "IOM Norge"
