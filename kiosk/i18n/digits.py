"""Native digits for a language, as CLDR's numbering systems define them.

Babel knows which numbering system a locale uses (fa: ``arabext``) and its
symbols, but formats with Latin digits and ships no digit tables. The zero of
each decimal system below is from CLDR's ``numberingSystems.xml``; Unicode keeps
every decimal digit set contiguous, so the other nine follow from it.
"""

from __future__ import annotations

import logging
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

log = logging.getLogger(__name__)

_ZERO_OF_SYSTEM = {
    "latn": "0",
    "arab": "\u0660",  # Arabic-Indic (ar)
    "arabext": "\u06f0",  # Extended Arabic-Indic (fa, ps, ur-IN)
    "beng": "\u09e6",
    "deva": "\u0966",
    "mymr": "\u1040",
    "thai": "\u0e50",
    "tibt": "\u0f20",
    "khmr": "\u17e0",
    "laoo": "\u0ed0",
    "gujr": "\u0ae6",
    "guru": "\u0a66",
    "orya": "\u0b66",
    "telu": "\u0c66",
    "knda": "\u0ce6",
    "mlym": "\u0d66",
    "tamldec": "\u0be6",
}


def digits_of(numbering_system: str) -> str:
    """The ten digits of ``numbering_system``; Latin for one not listed (logged)."""
    zero = _ZERO_OF_SYSTEM.get(numbering_system)
    if zero is None:
        log.warning("No digit table for numbering system %r; showing Latin digits", numbering_system)
        zero = "0"
    return "".join(chr(ord(zero) + value) for value in range(10))


def native_digits(locale: Locale) -> str:
    return digits_of(locale.default_numbering_system)


def to_digits(text: str, digits: str) -> str:
    """``text`` with every decimal digit (of any script) written in ``digits``."""
    return "".join(digits[unicodedata.decimal(char)] if char.isdecimal() else char for char in text)
