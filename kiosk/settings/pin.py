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

from kiosk.settings.store import Lockout, SaveError, SettingsStore

log = logging.getLogger(__name__)

PIN_FORMAT = re.compile(r"^[0-9]{4,8}$")
# scrypt's cost: about 16 MiB and a few dozen milliseconds per check, on purpose.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SALT_BYTES, KEY_BYTES = 2**14, 8, 1, 16, 32
FAILURES_BEFORE_LOCKOUT = 5
FIRST_LOCKOUT_SECONDS = 30
LONGEST_LOCKOUT_SECONDS = 3600


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
    except ValueError:
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
        return max(0.0, self._store.lockout.until - self._clock())

    def attempt(self, pin: str) -> Attempt:
        stored = self._store.pin_hash
        if stored is None:
            return Attempt(Outcome.NO_PIN)
        locked = self.seconds_locked()
        if locked > 0:
            return Attempt(Outcome.LOCKED, locked)
        lockout = self._store.lockout
        if pin_matches(pin, stored):
            if lockout.failures or lockout.level:
                self._save(Lockout())
            return Attempt(Outcome.ACCEPTED)
        lockout.failures += 1
        if lockout.failures < FAILURES_BEFORE_LOCKOUT:
            self._save(lockout)
            return Attempt(Outcome.WRONG)
        seconds = min(FIRST_LOCKOUT_SECONDS * 2 ** lockout.level, LONGEST_LOCKOUT_SECONDS)
        lockout = Lockout(failures=0, level=lockout.level + 1, until=self._clock() + seconds)
        log.warning("Staff PIN locked for %d s after %d wrong tries", seconds, FAILURES_BEFORE_LOCKOUT)
        self._save(lockout)
        return Attempt(Outcome.WRONG, seconds)

    def _save(self, lockout: Lockout) -> None:
        # A failed save is logged by the store; the lockout still holds in memory.
        with contextlib.suppress(SaveError):
            self._store.set_lockout(lockout)
