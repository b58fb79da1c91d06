"""Staff settings in layers: built-in defaults, the installer's file, the staff's own store.

The installer's file (TOML, written by the office's IT) is only read. The staff
store (JSON) is written atomically on each change and also holds the PIN's hash
and the lockout state. Command-line flags override both for one run, elsewhere.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.settings.locations import Locations
from kiosk.settings.options import (
    BY_NAME,
    HIGHEST_LOCKOUT_LEVEL,
    IDLE_TIMEOUT_CHOICES,
    IDLE_TIMEOUT_RANGE,
    STAFF,
    Settings,
    lockout_problem,
    pin_hash,
)
from kiosk.settings.safe_files import keep_copy, set_aside, shown, write_atomically

# Re-exported: the command line and the staff panel read them from here.
__all__ = ["IDLE_TIMEOUT_CHOICES", "IDLE_TIMEOUT_RANGE", "Lockout", "SaveError", "Settings", "SettingsStore"]

log = logging.getLogger(__name__)

STORE_VERSION = 1


@dataclass
class Lockout:
    """Wrong PINs in a row, how many lockouts so far, and until when (Unix time)."""

    failures: int = 0
    level: int = 0
    until: float = 0.0


class SaveError(Exception):
    """The store could not be written; the change holds until the kiosk restarts."""


@dataclass
class SettingsStore:
    """The installer's settings and staff's, read once and saved whole on each change."""

    locations: Locations
    _installer: dict[str, Any] = field(default_factory=dict)
    _staff: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, locations: Locations) -> SettingsStore:
        store = cls(locations)
        store._installer = _read_installer(locations.installer_config)
        store._staff, cleaned = _read_staff(locations.store)
        if cleaned:
            # The original is kept aside; writing what was kept stops the same warning every start.
            with contextlib.suppress(SaveError):
                store.save()
        return store

    @property
    def settings(self) -> Settings:
        return Settings(**{**self._installer, **{k: v for k, v in self._staff.items() if k in BY_NAME}})

    @property
    def office_profile(self) -> Path | None:
        value = self._installer.get("office_profile")
        return Path(value) if value else None

    def update(self, **changes: object) -> None:
        """Apply and save staff changes; SaveError if the disk refuses (they still apply now)."""
        for name, value in changes.items():
            option = BY_NAME.get(name)
            if option is None or option.who is not STAFF or not option.check(value):
                raise ValueError(f"not a valid setting: {name}={value!r}")
        for name, value in changes.items():
            if self._staff.get(name) != value:
                log.info("Setting changed by staff: %s = %r", name, value)
            self._staff[name] = value
        self.save()

    @property
    def pin_hash(self) -> str | None:
        value = self._staff.get("pin")
        return value if isinstance(value, str) else None

    def set_pin_hash(self, value: str) -> None:
        self._staff["pin"] = value
        self._staff["lockout"] = asdict(Lockout())
        log.info("Staff PIN set")
        self.save()

    @property
    def lockout(self) -> Lockout:
        """The stored lockout, sound in type and range; whether it is too far ahead is the guard's to say."""
        raw = self._staff.get("lockout")
        if raw is None or lockout_problem(raw, now=math.inf) is not None:
            return Lockout()
        try:
            return Lockout(raw.get("failures", 0), min(raw.get("level", 0), HIGHEST_LOCKOUT_LEVEL),
                           float(raw.get("until", 0.0)))
        except OverflowError:
            return Lockout()

    def set_lockout(self, lockout: Lockout) -> None:
        self._staff["lockout"] = asdict(lockout)
        self.save()

    def save(self) -> None:
        data = json.dumps({"version": STORE_VERSION, **self._staff}, indent=2, sort_keys=True)
        try:
            write_atomically(self.locations.store, data.encode("utf-8"))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            log.error("Settings not saved to %s: %s; they apply until the kiosk restarts",
                      self.locations.store, reason)
            raise SaveError(reason) from exc


def _read_installer(path: Path) -> dict[str, Any]:
    """The office IT's defaults; a bad value is logged and skipped, never fatal.

    The file is IT's own and the kiosk never rewrites it, so nothing is kept aside.
    """
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("Installer settings %s cannot be read (%s); using built-in defaults", path, exc)
        return {}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        problem = _setting_problem(name, value, staff_file=False)
        if problem:
            log.warning("%s: %s; ignored", path, problem)
        else:
            values[name] = value
    return values


def _read_staff(path: Path) -> tuple[dict[str, Any], bool]:
    """The staff store's sound values, and whether the file should be rewritten without the rest.

    Each part is judged alone, so a hand-edited lockout or setting never costs the PIN.
    A file with any unsound value is first copied aside for IT.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, False
    # ValueError covers JSONDecodeError and a number too long to convert; RecursionError, deep nesting.
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, PermissionError):
            log.error("Staff settings %s cannot be read (%s); using defaults", path, exc)
            return {}, False
        set_aside(path, f"not readable as settings: {exc}")
        return {}, False
    if not isinstance(raw, dict):
        set_aside(path, "not a settings object")
        return {}, False
    values: dict[str, Any] = {}
    dropped: list[str] = []
    for name, value in raw.items():
        if name == "version":
            continue  # rewritten on every save
        if name == "pin":
            problem = None if pin_hash(value) else f"pin = {shown(value)} is not a PIN hash"
        elif name == "lockout":
            reason = lockout_problem(value, now=time.time())
            problem = f"lockout {reason}: read as no lockout" if reason else None
        else:
            problem = _setting_problem(name, value, staff_file=True)
        if problem:
            log.warning("%s: %s; dropped", path, problem)
            dropped.append(name)
        else:
            values[name] = value
    if not dropped:
        return values, False
    return values, keep_copy(path, f"dropped {', '.join(dropped)}") is not None


def _setting_problem(name: str, value: object, *, staff_file: bool) -> str | None:
    option = BY_NAME.get(name)
    if option is None:
        return f"unknown setting {name!r}"
    if staff_file and option.who is not STAFF:
        return f"{name} may be set only in the installer's file"
    if not option.check(value):
        return f"{name} = {shown(value)} is not valid"
    return None
