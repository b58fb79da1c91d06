"""One offered language as CLDR describes it: its own name, direction, and how complete it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.i18n.language_table import Row, from_cldr
from kiosk.i18n.review import SOURCE, Review


@dataclass(frozen=True)
class Language:
    """An offered language: its code, its name in its own script, its direction."""

    code: str
    native_name: str
    direction: Literal["ltr", "rtl"]
    # Share of the source messages this catalog translates, 0.0 to 1.0.
    completeness: float
    review: Review = SOURCE

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"


def describe(code: str, completeness: float, review: Review = SOURCE,
             known: Row | None = None) -> Language:
    """``code``'s name in its own script and its direction: ``known`` (the language table's
    row), else from Babel's CLDR data."""
    name, direction = (known.name, known.direction) if known else from_cldr(code)
    return Language(code, sentence_case(name), direction, completeness, review)


def sentence_case(text: str) -> str:
    """First letter capitalised, for names that stand alone on a button or row.

    CLDR writes "norsk bokmål" and "mandag" for use inside a sentence; its
    context transforms ask for a capital in menus, but Babel does not expose them.
    """
    return text[:1].upper() + text[1:]
