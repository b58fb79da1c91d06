"""What each screen says when read aloud, in the visitor's language, one utterance at a time.

Written for a listener, not copied from the screen: headings and paragraphs in order,
phone numbers and postcodes digit by digit ("2 3, 1 0", not "twenty-three million"),
times as a clock is read, the address as words, and no direction marks or isolates
(a voice would stumble on them or say nothing useful).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from babel.dates import format_time

from kiosk.content import Bullets, ContactDetails, Content, Heading, OpeningHours, Page, Paragraph
from kiosk.content.model import Address
from kiosk.hours import WEEKDAY_KEYS
from kiosk.i18n.digits import to_digits
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.opening_text import closures_ahead

if TYPE_CHECKING:
    from kiosk.hours.calendar import OpeningCalendar

LATIN_DIGITS = "0123456789"

# Unicode's bidirectional controls: embeddings, overrides, isolates and marks.
_DIRECTION_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# AM/PM in Latin letters: every voice reads them. "ص" or "ቅ.ቀ." it would spell out.
_LATIN_DAY_PERIOD = re.compile(r"\b[AaPp]\.?[Mm]\.?\b")


@dataclass(frozen=True)
class Script:
    """One screen's read-aloud: ``utterances`` spoken in order by ``code``'s voice."""

    code: str
    utterances: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.utterances)


def unmarked(text: str) -> str:
    return _DIRECTION_CONTROLS.sub("", text)


def sentence(text: str) -> str:
    """A line ends in a stop, so the voice pauses between lines as a reader would."""
    text = unmarked(text).strip()
    return text if not text or text[-1] in ".!?։።؟۔:" else f"{text}."


def digit_by_digit(number: str) -> str:
    """"+47 23 10 53 20" → "+4 7, 2 3, 1 0, 5 3, 2 0": each digit on its own, a pause
    between the groups as they are written."""
    groups = [" ".join(group) for group in unmarked(number).split()]
    return ", ".join(groups)


def spoken_time(moment: time, loc: Localizer) -> str:
    """A time as a clock is read: "10", "15 30"; "10 AM" where the language writes AM/PM in
    Latin letters. Other period marks are abbreviations (ص, ቅ.ቀ.), so those languages hear
    the 24-hour clock, as it is written on the office's door."""
    shown = to_digits(unmarked(format_time(moment, "short", locale=loc.locale)), LATIN_DIGITS)
    if ":" in shown and (" " not in shown.replace("\u202f", " ") or _LATIN_DAY_PERIOD.search(shown)):
        hours = shown.replace("\u202f", " ")
    else:
        hours = f"{moment.hour}:{moment.minute:02d}"
    # "10:00" is read "ten zero zero" or "ten colon"; "10" and "15 30" are read as a clock.
    return re.sub(r"(\d+):(\d\d)", lambda m: m[1] if m[2] == "00" else f"{m[1]} {m[2]}", hours)


def greeting_script(loc: Localizer) -> Script:
    """What a language button says before it is chosen: the language's name and welcome."""
    return Script(loc.code, tuple(sentence(text) for text in (
        loc.language.native_name, loc.ui("start.greeting"), loc.ui("start.prompt"))))


def home_script(content: Content, loc: Localizer) -> Script:
    titles = [loc.text(page.title) for page in content.pages]
    lines = [loc.ui("app.office_name"), loc.ui("home.prompt"), *titles]
    return Script(loc.code, _with_review_note(lines, loc))


def page_script(page: Page, content: Content, loc: Localizer, calendar: OpeningCalendar,
                today: date) -> Script:
    lines = [loc.text(page.title)]
    for block in page.blocks:
        if isinstance(block, Paragraph | Heading):
            lines.append(loc.text(block.text))
        elif isinstance(block, Bullets):
            lines.extend(loc.text(item) for item in block.items)
        elif isinstance(block, OpeningHours):
            lines.extend(_hours(content, loc, calendar, today))
        elif isinstance(block, ContactDetails):
            lines.extend(_contact(content, loc))
    return Script(loc.code, _with_review_note(lines, loc))


# The screens with a read-aloud besides the pages, as --speak-to names their files.
START = "start"  # a language button's greeting
HOME = "home"


def screen_names(content: Content) -> tuple[str, ...]:
    return (START, HOME, *(page.id for page in content.pages))


def screen_script(screen: str, content: Content, loc: Localizer, calendar: OpeningCalendar,
                  today: date) -> Script:
    """What ``screen`` reads aloud in ``loc``'s language: the greeting, home, or a page by its id."""
    if screen == START:
        return greeting_script(loc)
    if screen == HOME:
        return home_script(content, loc)
    return page_script(content.page(screen), content, loc, calendar, today)


def _with_review_note(lines: list[str], loc: Localizer) -> tuple[str, ...]:
    # The screen says the translation is unchecked; so does the voice.
    if not loc.language.review.reviewed:
        lines = [*lines, loc.ui("app.unreviewed")]
    return tuple(sentence(line) for line in lines if unmarked(line).strip())


def _hours(content: Content, loc: Localizer, calendar: OpeningCalendar, today: date) -> list[str]:
    lines = [loc.ui("hours.heading")]
    week = content.office.schedule.week
    for weekday in range(len(WEEKDAY_KEYS)):
        ranges = [loc.ui("speech.time_range", opens=spoken_time(interval.opens, loc),
                         closes=spoken_time(interval.closes, loc)) for interval in week.on(weekday)]
        lines.append(f"{loc.weekday(weekday)}: {', '.join(ranges) or loc.ui('hours.closed')}")
    closures = closures_ahead(calendar, today, loc)
    if closures:
        lines.append(loc.ui("hours.closures_heading"))
        lines.extend(f"{day}: {why}" for day, why in closures)
    return lines


def _contact(content: Content, loc: Localizer) -> list[str]:
    office = content.office
    visiting = office.visiting_address
    floors = visiting.floors_above_street
    floor_line = loc.ui("contact.floors_up", floors=str(floors)) if floors else None
    return [
        loc.ui("contact.heading"),
        f"{loc.ui('contact.visiting_address')}: {_address(visiting, loc, office.time_zone)}",
        *([floor_line] if floor_line else []),
        f"{loc.ui('contact.postal_address')}: {_address(office.postal_address, loc, office.time_zone)}",
        f"{loc.ui('contact.phone')}: {digit_by_digit(office.phone)}",
        f"{loc.ui('contact.fax')}: {digit_by_digit(office.fax)}",
    ]


def _address(address: Address, loc: Localizer, time_zone: str) -> str:
    # The street as written (it is a name); the postcode digit by digit; the town in the
    # listener's language when CLDR names it (Oslo is اسلو in Persian). The floor as the
    # building writes it ("4. etasje") is left to the translated floors-up line.
    return f"{address.street}, {digit_by_digit(address.postcode)}, {loc.city(address.town, time_zone)}"
