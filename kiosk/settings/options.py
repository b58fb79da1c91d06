"""Every setting, declared once: its default, its check, who may set it, and the label staff see.

``Settings`` below is that declaration: each field's metadata carries its check,
owner and label, and ``OPTIONS`` is read from it, so the defaults and the store's
validation cannot drift apart. The shapes of what else the store keeps (the PIN's
hash and the lockout) are checked here too, as the store reads them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any


class Who(Enum):
    """Who may set an option: only the office's IT in the installer file, or staff too."""

    INSTALLER = "installer file only"
    STAFF = "staff"


INSTALLER, STAFF = Who.INSTALLER, Who.STAFF

IDLE_TIMEOUT_RANGE = (10, 3600)
IDLE_TIMEOUT_CHOICES = (30, 60, 90, 120, 180, 300)
CLOSED_DIM_RANGE = (0, 95)
# WCAG 2.2.1 asks for at least 20 s to answer a time limit; staff may give more.
COUNTDOWN_RANGE = (20, 600)
COUNTDOWN_CHOICES = (20, 30, 60, 120)
# Of the voice's full loudness.
VOLUME_CHOICES = (25, 50, 75, 100)

Check = Callable[[object], bool]


def whole(low: int, high: int) -> Check:
    """A whole number from ``low`` to ``high``; JSON's true and false are not numbers here."""

    def check(value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return check


def language_code(value: object) -> bool:
    return isinstance(value, str) and 2 <= len(value) <= 16 and value.replace("_", "").isalnum()


def language_codes(value: object) -> bool:
    """A list of distinct language codes (JSON and TOML give lists)."""
    return (isinstance(value, list | tuple) and len(value) <= 64 and all(map(language_code, value))
            and len(set(value)) == len(value))


def flag(value: object) -> bool:
    return isinstance(value, bool)


def file_path(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and "\0" not in value


def _option(default: object, check: Check, who: Who, label: str | None = None) -> Any:
    return field(default=default, metadata={"check": check, "who": who, "label": label})


@dataclass(frozen=True)
class Settings:
    """Every setting, its default, its check and who may change it (``OPTIONS``)."""

    # None: the office profile's default language.
    default_language: str | None = _option(None, language_code, STAFF, "staff.default_language")
    idle_timeout_seconds: int = _option(90, whole(*IDLE_TIMEOUT_RANGE), STAFF, "staff.idle_timeout")
    hide_cursor: bool = _option(False, flag, STAFF, "staff.hide_cursor")
    # How long "Still there?" waits for a touch before the screen starts over.
    countdown_seconds: int = _option(20, whole(*COUNTDOWN_RANGE), STAFF, "staff.countdown")
    # Listen buttons, for the languages that have a voice.
    read_aloud: bool = _option(True, flag, STAFF, "staff.read_aloud")
    # Of the loudest; 75 is eSpeak NG's normal loudness (kiosk.speech.espeak.NORMAL_SHARE).
    speech_volume_percent: int = _option(75, whole(10, 100), STAFF, "staff.volume")
    # The start screen's order after the default language (the rest follow in code order).
    languages: tuple[str, ...] = _option((), language_codes, STAFF, "staff.languages")
    # Left off the start screen and out of the welcome's loop; never the default language.
    hidden_languages: tuple[str, ...] = _option((), language_codes, STAFF, "staff.languages")
    # An office.toml of the installer's, in place of the bundled one.
    office_profile: str | None = _option(None, file_path, INSTALLER)
    # How dark the screen goes while the office is closed and nobody is there; 0 = never.
    closed_dim_percent: int = _option(60, whole(*CLOSED_DIM_RANGE), INSTALLER)


@dataclass(frozen=True)
class Option:
    """One setting as the store checks it and the staff panel offers it."""

    name: str
    default: object
    check: Check
    who: Who
    label: str | None  # the ui.toml key staff see it under; None if staff never see it


OPTIONS: tuple[Option, ...] = tuple(
    Option(f.name, f.default, f.metadata["check"], f.metadata["who"], f.metadata["label"])
    for f in fields(Settings))
BY_NAME: Mapping[str, Option] = {option.name: option for option in OPTIONS}


# --- the rest of the staff store --------------------------------------------------------

FAILURES_BEFORE_LOCKOUT = 5
FIRST_LOCKOUT_SECONDS = 30
LONGEST_LOCKOUT_SECONDS = 3600
# 30 s doubled this often is already past the hour; higher levels would only grow the number.
HIGHEST_LOCKOUT_LEVEL = 8

_BASE64 = r"[A-Za-z0-9+/]+={0,2}"
_PIN_HASH = re.compile(rf"^scrypt\$(\d{{1,8}})\$(\d{{1,3}})\$(\d{{1,3}})\${_BASE64}\${_BASE64}$")


def pin_hash(value: object) -> bool:
    """A salted scrypt hash as hash_pin writes it, at a cost a PIN check can afford.

    The cost is part of the stored text, so a hand-edited one could make each PIN
    check take minutes or ask for gigabytes; those are refused here.
    """
    if not isinstance(value, str):
        return False
    match = _PIN_HASH.match(value)
    if not match:
        return False
    n, r, p = (int(part) for part in match.groups())
    return 2 <= n <= 2**16 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4


def lockout_problem(raw: object, now: float) -> str | None:
    """Why a stored lockout cannot be used, or None when it can.

    ``until`` may lie at most the longest lockout ahead: one further ahead was set by a
    clock that has since been put right, or by hand, and would lock staff out for good.
    """
    if not isinstance(raw, dict):
        return "not a table"
    failures, level, until = raw.get("failures", 0), raw.get("level", 0), raw.get("until", 0.0)
    if not whole(0, FAILURES_BEFORE_LOCKOUT)(failures):
        return f"failures = {failures!r}"
    if isinstance(level, bool) or not isinstance(level, int) or level < 0:
        return f"level = {level!r}"
    if isinstance(until, bool) or not isinstance(until, int | float):
        return f"until = {until!r}"
    # Compared as it is: a huge int has no float, but compares exactly.
    if (isinstance(until, float) and math.isnan(until)) or not 0 <= until <= now + LONGEST_LOCKOUT_SECONDS:
        return f"until = {until!r}, not a time within the next hour"
    unknown = sorted(set(raw) - {"failures", "level", "until"})
    if unknown:
        return f"unknown keys {', '.join(map(repr, unknown))}"
    return None
