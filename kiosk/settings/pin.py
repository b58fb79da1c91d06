"""The staff PIN: only a salted scrypt hash is kept, and wrong guesses lock it for longer each time."""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kiosk.settings.options import (
    FAILURES_BEFORE_LOCKOUT,
    FIRST_LOCKOUT_SECONDS,
    HIGHEST_LOCKOUT_LEVEL,
    LONGEST_LOCKOUT_SECONDS,
)
from kiosk.settings.store import Lockout, SaveError, SettingsStore

# Re-exported: the lockout's rules are read from here.
__all__ = ["FAILURES_BEFORE_LOCKOUT", "FIRST_LOCKOUT_SECONDS", "LONGEST_LOCKOUT_SECONDS", "Attempt",
           "Outcome", "PinGuard", "hash_pin", "pin_matches", "valid_pin"]

log = logging.getLogger(__name__)

PIN_FORMAT = re.compile(r"^[0-9]{4,8}$")
# scrypt's cost: about 16 MiB and a few dozen milliseconds per check, on purpose.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SALT_BYTES, KEY_BYTES = 2**14, 8, 1, 16, 32


def valid_pin(pin: str) -> bool:
    return bool(PIN_FORMAT.match(pin))


def hash_pin(pin: str) -> str:
    if not valid_pin(pin):
        raise ValueError("a PIN has 4 to 8 digits")
    salt = os.urandom(SALT_BYTES)
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
                     base64.b64encode(salt).decode(), base64.b64encode(key).decode()))


def pin_matches(pin: str, stored: str) -> bool:
    """Constant-time comparison against a stored hash; a malformed hash never matches."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key, validate=True)
        actual = _derive(pin, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, OverflowError, MemoryError):
        return False
    import hmac

    return hmac.compare_digest(actual, expected)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # Imported when a PIN is checked or set: loading OpenSSL need not delay the first frame.
    import hashlib

    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES,
                          maxmem=64 * 1024 * 1024)


class Outcome(Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NO_PIN = "no pin"


@dataclass(frozen=True)
class Attempt:
    """What one PIN typed at the pad came to."""

    outcome: Outcome
    # Seconds until another try is allowed (LOCKED, or WRONG that just caused a lockout).
    retry_after: float = 0.0


class PinGuard:
    """Checks PINs against the store; five wrong in a row lock it, twice as long each time."""

    def __init__(self, store: SettingsStore, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock

    @property
    def has_pin(self) -> bool:
        return self._store.pin_hash is not None

    def seconds_locked(self) -> float:
        """Never more than the longest lockout, whatever the store or the clock says."""
        return min(max(0.0, self._lockout().until - self._clock()), float(LONGEST_LOCKOUT_SECONDS))

    def attempt(self, pin: str) -> Attempt:
        stored = self._store.pin_hash
        if stored is None:
            return Attempt(Outcome.NO_PIN)
        locked = self.seconds_locked()
        if locked > 0:
            return Attempt(Outcome.LOCKED, locked)
        lockout = self._lockout()
        if pin_matches(pin, stored):
            if lockout.failures or lockout.level:
                self._save(Lockout())
            return Attempt(Outcome.ACCEPTED)
        lockout.failures += 1
        if lockout.failures < FAILURES_BEFORE_LOCKOUT:
            self._save(lockout)
            return Attempt(Outcome.WRONG)
        level = min(lockout.level, HIGHEST_LOCKOUT_LEVEL)
        seconds = min(FIRST_LOCKOUT_SECONDS * 2 ** level, LONGEST_LOCKOUT_SECONDS)
        lockout = Lockout(failures=0, level=min(level + 1, HIGHEST_LOCKOUT_LEVEL),
                          until=self._clock() + seconds)
        log.warning("Staff PIN locked for %d s after %d wrong tries", seconds, FAILURES_BEFORE_LOCKOUT)
        self._save(lockout)
        return Attempt(Outcome.WRONG, seconds)

    def _lockout(self) -> Lockout:
        """The store's lockout, unless it ends further ahead than any lockout lasts.

        That happens when the clock was ahead as it was set and has since been put
        right; kept, it would lock staff out for as long as the clock was wrong.
        """
        lockout = self._store.lockout
        now = self._clock()
        if lockout.until > now + LONGEST_LOCKOUT_SECONDS:
            log.warning("Staff PIN lockout until %r is more than an hour ahead of the clock; "
                        "read as no lockout", lockout.until)
            lockout = Lockout()
            self._save(lockout)
        return lockout

    def _save(self, lockout: Lockout) -> None:
        # A failed save is logged by the store; the lockout still holds in memory.
        with contextlib.suppress(SaveError):
            self._store.set_lockout(lockout)
