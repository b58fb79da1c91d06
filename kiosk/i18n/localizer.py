"""Everything one language needs to say: translated text, numbers, times, names.

Values put into text are wrapped in Unicode isolates (kiosk.i18n.marks), so a Latin
name or a phone number inside Persian keeps its own order and cannot reorder the
words around it.

Babel is imported where a number, a date or a name is first formatted, not with this
module: importing it takes 15-20 ms, and the start screen (translated text only) is
painted before anything needs it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date as date_type
from datetime import time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from kiosk.content import Content
from kiosk.hours.calendar import HOLIDAY_CONTEXT, HOLIDAY_NAME_SEPARATOR
from kiosk.i18n.catalog import MessageKey
from kiosk.i18n.digits import native_digits, to_digits
from kiosk.i18n.language import Language, sentence_case
from kiosk.i18n.language_table import NO_PLACES, Places, country_in, zone_city_in, zone_word
from kiosk.i18n.marks import isolate, isolate_in

if TYPE_CHECKING:
    from babel import Locale

log = logging.getLogger(__name__)


class Localizer:
    def __init__(self, language: Language, messages: Mapping[MessageKey, str], content: Content,
                 places: Places = NO_PLACES) -> None:
        """``places``: place names known without CLDR (the language table's)."""
        self.language = language
        self._places = places
        self._messages = messages
        self._content = content
        self._warned: set[MessageKey] = set()

    @cached_property
    def locale(self) -> Locale:
        """Babel's locale: its CLDR data is read on first use, which the start screen never makes."""
        from babel import Locale

        return Locale.parse(self.language.code)

    @cached_property
    def _digits(self) -> str:
        return native_digits(self.locale)

    @cached_property
    def _hour_skeleton(self) -> str:
        return "Hm" if "H" in str(self.locale.time_formats["short"]) else "hm"

    @property
    def code(self) -> str:
        return self.language.code

    @property
    def is_rtl(self) -> bool:
        return self.language.is_rtl

    def ui(self, key: str, **values: str) -> str:
        """A string of the frame (resources/content/ui.toml) by its key; the office's
        city and country may appear in it too."""
        return self._translate(key, self._content.ui[key], _OfficeValues(self, values))

    def text(self, english: str) -> str:
        """A page text, its {placeholders} filled with this language's facts."""
        return self._translate(None, english, self._text_values)

    def number(self, value: int) -> str:
        from babel.numbers import format_decimal

        return to_digits(format_decimal(value, locale=self.locale, numbering_system="default"), self._digits)

    def year(self, value: int) -> str:
        return to_digits(str(value), self._digits)

    def time_range(self, opens: time, closes: time) -> str:
        """Isolated: "10:00 AM – 3:00 PM" in an Urdu line must not be reordered around its
        Latin AM/PM (it read "AM – 3:00 PM 10:00"); Arabic's own ص/م keep their order."""
        from babel.dates import format_interval

        formatted = format_interval(opens, closes, self._hour_skeleton, locale=self.locale)
        return isolate_in(to_digits(formatted, self._digits), self.is_rtl)

    def duration(self, seconds: float) -> str:
        """"8 seconds", "5 minutes": seconds up to two minutes, then the larger unit."""
        from babel.dates import format_timedelta

        formatted = format_timedelta(timedelta(seconds=round(seconds)), threshold=2, locale=self.locale)
        return to_digits(formatted, self._digits)

    def percent(self, share: float) -> str:
        from babel.numbers import format_percent

        return to_digits(format_percent(share, locale=self.locale, numbering_system="default"), self._digits)

    def date(self, iso_date: str) -> str:
        from babel.dates import format_date

        return to_digits(format_date(date_type.fromisoformat(iso_date), "medium", locale=self.locale),
                         self._digits)

    def time(self, moment: time) -> str:
        """A time of day, isolated as ``time_range`` is."""
        from babel.dates import format_time

        formatted = to_digits(format_time(moment, "short", locale=self.locale), self._digits)
        return isolate_in(formatted, self.is_rtl)

    def weekday_in_sentence(self, index: int) -> str:
        """As inside a sentence: "mandag" in Norwegian, "Monday" in English."""
        from babel.dates import get_day_names

        return get_day_names("wide", context="format", locale=self.locale)[index]

    def day_and_month(self, day: date_type) -> str:
        from babel.dates import format_skeleton

        return to_digits(format_skeleton("MMMMd", day, locale=self.locale), self._digits)

    def weekday(self, index: int) -> str:
        """Monday is 0; capitalised, as it heads a row of the week."""
        from babel.dates import get_day_names

        return sentence_case(get_day_names("wide", context="stand-alone", locale=self.locale)[index])

    def holiday(self, english: str) -> str:
        """A public holiday's name from this language's catalog (its English where it has none);
        two holidays on one day, as the holidays package joins them, are both translated."""
        parts = english.split(HOLIDAY_NAME_SEPARATOR)
        return HOLIDAY_NAME_SEPARATOR.join(self._translate(HOLIDAY_CONTEXT, part, {}) for part in parts)

    def country(self, code: str) -> str:
        return self._places.countries.get(code) or country_in(self.locale, code)

    def city(self, name: str, time_zone: str) -> str:
        """A city's name in this language: CLDR's, when it is ``time_zone``'s own city
        (CLDR names one per zone, e.g. اسلو for Europe/Oslo); otherwise as written."""
        if name != zone_word(time_zone):
            return name
        return self._places.zone_cities.get(time_zone) or zone_city_in(self.locale, time_zone)

    def _translate(self, context: str | None, english: str, values: Mapping[str, str]) -> str:
        translated = self._messages.get((context, english))
        if translated:
            try:
                return translated.format_map(values)
            except (KeyError, ValueError, IndexError) as exc:
                if (context, english) not in self._warned:
                    self._warned.add((context, english))
                    log.warning("%s: translation of %r has a broken placeholder (%s); showing English",
                                self.code, english, exc)
        return english.format_map(values)

    @cached_property
    def office_values(self) -> dict[str, str]:
        office = self._content.office
        return {"office_city": isolate(self.city(office.city, office.time_zone)),
                "office_country": isolate(self.country(office.country))}

    @cached_property
    def _text_values(self) -> dict[str, str]:
        from babel.lists import format_list

        # Lazily: the start screen asks every language for a greeting, not for its facts.
        facts = self._content.facts
        office = self._content.office
        values = dict(self.office_values)
        values.update({name: isolate(self.year(value)) for name, value in facts.years.items()})
        values.update({name: isolate(self.number(value)) for name, value in facts.counts.items()})
        values["chief_of_mission"] = isolate(office.chief_name)
        countries = [self.country(code) for code in office.chief_previous_offices]
        values["chief_previous_offices"] = format_list(countries, locale=self.locale)
        return values


class _OfficeValues(dict[str, str]):
    """A frame string's values, the office's city and country looked up only if the string
    names them: most never do, and looking them up loads the language's CLDR data."""

    def __init__(self, loc: Localizer, values: Mapping[str, str]) -> None:
        super().__init__(values)
        self._loc = loc

    def __missing__(self, key: str) -> str:
        return self._loc.office_values[key]
