"""What the kiosk shows, as immutable values: pages of blocks, facts, the office."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.hours import Schedule


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a page, in English; each language's catalog translates it."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A heading within a page, over the blocks that follow it."""

    text: str


@dataclass(frozen=True)
class Bullets:
    """A list, each item a text of its own for the catalogs."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class OpeningHours:
    """The office's week, drawn from the office profile."""


@dataclass(frozen=True)
class ContactDetails:
    """Addresses and phone numbers, drawn from the office profile."""


Block = Paragraph | Heading | Bullets | OpeningHours | ContactDetails


@dataclass(frozen=True)
class Page:
    """One page a tile on home opens: its title, its icon's name and its blocks, in order."""

    id: str
    title: str
    icon: str
    blocks: tuple[Block, ...]

    def texts(self) -> tuple[str, ...]:
        """Every translatable source text on the page, title first."""
        found = [self.title]
        for block in self.blocks:
            if isinstance(block, Paragraph | Heading):
                found.append(block.text)
            elif isinstance(block, Bullets):
                found.extend(block.items)
        return tuple(found)


@dataclass(frozen=True)
class Address:
    """A street address as the office's letters write it."""

    street: str
    postcode: str
    town: str
    # As the building and the office's letters write it ("4. etasje"), and how many floors
    # above the street that is: countries count floors differently (Norway's 4th is 3 up).
    floor: str | None = None
    floors_above_street: int | None = None


@dataclass(frozen=True)
class Office:
    """The office this kiosk stands in. Its identity (city, country) reaches the texts as
    placeholders, so another office's profile makes the kiosk speak of that office."""

    city: str
    default_language: str
    visiting_address: Address
    postal_address: Address
    phone: str
    fax: str
    chief_name: str
    chief_previous_offices: tuple[str, ...]
    schedule: Schedule

    @property
    def country(self) -> str:
        return self.schedule.country

    @property
    def time_zone(self) -> str:
        return self.schedule.time_zone


@dataclass(frozen=True)
class Facts:
    """Numbers that texts refer to by name; years are shown without grouping."""

    years: Mapping[str, int]
    counts: Mapping[str, int]


@dataclass(frozen=True)
class SourceMessage:
    """One English source string as the catalogs know it."""

    id: str
    context: str | None
    line: int | None
    comment: str


@dataclass(frozen=True)
class Content:
    """Everything the kiosk shows, loaded and checked once at the start."""

    pages: tuple[Page, ...]
    ui: Mapping[str, str]
    facts: Facts
    office: Office

    def page(self, page_id: str) -> Page:
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(page_id)

    def message_keys(self) -> frozenset[tuple[str | None, str]]:
        """Every (context, English text) a complete catalog translates."""
        keys: set[tuple[str | None, str]] = {(key, text) for key, text in self.ui.items()}
        for page in self.pages:
            keys.update((None, text) for text in page.texts())
        return frozenset(keys)


# Texts may name these besides the facts; kiosk.i18n fills them per language.
OFFICE_PLACEHOLDERS = ("office_city", "office_country", "chief_of_mission", "chief_previous_offices")


def placeholder_names(facts: Facts) -> frozenset[str]:
    return frozenset((*facts.years, *facts.counts, *OFFICE_PLACEHOLDERS))
