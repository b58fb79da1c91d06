"""Staff settings in layers: built-in defaults, the installer's file, the staff's own store.

The installer's file (TOML, written by the office's IT) is only read. The staff
store (JSON) is written atomically on each change and also holds the PIN's hash
and the lockout state. Command-line flags override both for one run, elsewhere.
"""

from __future__ import annotations

import json
import logging
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.settings.locations import Locations
from kiosk.settings.safe_files import set_aside, write_atomically

log = logging.getLogger(__name__)

STORE_VERSION = 1
IDLE_TIMEOUT_RANGE = (10, 3600)
IDLE_TIMEOUT_CHOICES = (30, 60, 90, 120, 180, 300)


@dataclass(frozen=True)
class Settings:
    # None: the office profile's default language.
    default_language: str | None = None
    idle_timeout_seconds: int = 90
    hide_cursor: bool = False
    # An office.toml of the installer's, in place of the bundled one (installer file only).
    office_profile: str | None = None
    # How dark the screen goes while the office is closed and nobody is there; 0 = never.
    closed_dim_percent: int = 60


@dataclass
class Lockout:
    """Wrong PINs in a row, how many lockouts so far, and until when (Unix time)."""

    failures: int = 0
    level: int = 0
    until: float = 0.0


def _language(value: object) -> bool:
    return isinstance(value, str) and 2 <= len(value) <= 16 and value.replace("_", "").isalnum()


def _timeout(value: object) -> bool:
    low, high = IDLE_TIMEOUT_RANGE
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


_CHECKS: Mapping[str, Callable[[object], bool]] = {
    "default_language": _language,
    "idle_timeout_seconds": _timeout,
    "hide_cursor": lambda value: isinstance(value, bool),
}
# Only the office's IT chooses these, in the installer's file; staff cannot change them.
_INSTALLER_ONLY: Mapping[str, Callable[[object], bool]] = {
    "office_profile": lambda value: isinstance(value, str) and bool(value.strip()),
    "closed_dim_percent": lambda value: (isinstance(value, int) and not isinstance(value, bool)
                                         and 0 <= value <= 95),
}


class SaveError(Exception):
    """The store could not be written; the change holds until the kiosk restarts."""


@dataclass
class SettingsStore:
    locations: Locations
    _installer: dict[str, Any] = field(default_factory=dict)
    _staff: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, locations: Locations) -> SettingsStore:
        store = cls(locations)
        store._installer = _read_installer(locations.installer_config)
        store._staff = _read_staff(locations.store)
        return store

    @property
    def settings(self) -> Settings:
        values = {**self._installer, **{k: v for k, v in self._staff.items() if k in _CHECKS}}
        return Settings(**values)

    @property
    def office_profile(self) -> Path | None:
        value = self._installer.get("office_profile")
        return Path(value) if value else None

    def update(self, **changes: object) -> None:
        """Apply and save staff changes; SaveError if the disk refuses (they still apply now)."""
        for name, value in changes.items():
            check = _CHECKS.get(name)
            if check is None or not check(value):
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
        raw = self._staff.get("lockout")
        if isinstance(raw, dict):
            try:
                return Lockout(**{f.name: raw[f.name] for f in fields(Lockout) if f.name in raw})
            except TypeError:
                pass
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
    """The office IT's defaults; a bad value is logged and skipped, never fatal."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("Installer settings %s cannot be read (%s); using built-in defaults", path, exc)
        return {}
    return _valid_values(raw, path, {**_CHECKS, **_INSTALLER_ONLY})


def _read_staff(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        if isinstance(exc, PermissionError):
            log.error("Staff settings %s cannot be read (%s); using defaults", path, exc)
            return {}
        set_aside(path, f"not readable as settings: {exc}")
        return {}
    if not isinstance(raw, dict):
        set_aside(path, "not a settings object")
        return {}
    kept = {key: raw[key] for key in ("pin", "lockout") if key in raw}
    return {**_valid_values({k: v for k, v in raw.items() if k not in ("pin", "lockout")}, path), **kept}


def _valid_values(raw: Mapping[str, Any], path: Path,
                  checks: Mapping[str, Callable[[object], bool]] = _CHECKS) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name == "version":
            continue
        check = checks.get(name)
        if check is None:
            log.warning("%s: unknown setting %r ignored", path, name)
        elif not check(value):
            log.warning("%s: %s = %r is not valid; ignored", path, name, value)
        else:
            values[name] = value
    return values
