"""Files that parse but hold nonsense: each wrong value is dropped, logged and kept for IT."""

from __future__ import annotations

import json
import logging
import math
import tempfile
import time
from dataclasses import fields
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.content.ui_keys import REQUIRED_UI_KEYS
from kiosk.settings import pin
from kiosk.settings.locations import Locations
from kiosk.settings.options import INSTALLER, OPTIONS, STAFF
from kiosk.settings.pin import LONGEST_LOCKOUT_SECONDS, Outcome, PinGuard, hash_pin
from kiosk.settings.safe_files import remove_stale_temporaries
from kiosk.settings.store import Settings, SettingsStore
from kiosk.usage import UsageCounts

PIN = "2468"
TEN_YEARS = 10 * 365 * 24 * 3600


def _cheap_hash(code: str) -> str:
    # The hash carries its own cost, so a cheap one is checked cheaply: the files are what is tested.
    with mock.patch.object(pin, "SCRYPT_N", 16):
        return hash_pin(code)


CHEAP_HASH = _cheap_hash(PIN)


@pytest.fixture
def places(tmp_path: Path) -> Locations:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return Locations.under(tmp_path)


def _write_store(places: Locations, data: object) -> str:
    text = json.dumps(data)
    places.store.write_text(text, encoding="utf-8")
    return text


def _broken_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.broken-*"))


# --- declared once -----------------------------------------------------------------------

def test_settings_defaults_come_from_the_options():
    assert [option.name for option in OPTIONS] == [f.name for f in fields(Settings)]
    defaults = Settings()
    for option in OPTIONS:
        assert getattr(defaults, option.name) == option.default
        assert option.check(option.default) or option.default is None


def test_every_staff_option_has_a_label_staff_can_read():
    for option in OPTIONS:
        if option.who is STAFF:
            assert option.label in REQUIRED_UI_KEYS, option.name
        else:
            assert option.who is INSTALLER


def test_staff_cannot_set_an_installer_only_option(places, caplog):
    _write_store(places, {"pin": CHEAP_HASH, "closed_dim_percent": 10})
    with caplog.at_level(logging.WARNING):
        store = SettingsStore.open(places)
    assert store.settings.closed_dim_percent == Settings().closed_dim_percent
    assert "closed_dim_percent" in caplog.text and store.pin_hash == CHEAP_HASH
    with pytest.raises(ValueError, match="closed_dim_percent"):
        store.update(closed_dim_percent=10)


# --- settings.json: the lockout ----------------------------------------------------------

@pytest.mark.parametrize("lockout", [
    {"failures": 0, "level": 1, "until": 1e300},
    {"failures": 0, "level": 1, "until": "soon"},
    {"failures": "x", "level": 0, "until": 0},
    {"failures": 0, "level": 3, "until": time.time() + TEN_YEARS},
    {"failures": 0, "level": True, "until": float("nan")},
    {"failures": 2, "level": -4, "until": 0},
    "locked",
], ids=["until-1e300", "until-soon", "failures-x", "ten-years", "nan", "negative-level", "not-a-table"])
def test_a_bad_lockout_reads_as_none_and_never_costs_the_pin(places, caplog, lockout):
    original = _write_store(places, {"version": 1, "pin": CHEAP_HASH, "lockout": lockout,
                                     "idle_timeout_seconds": 60})
    with caplog.at_level(logging.WARNING):
        store = SettingsStore.open(places)
        guard = PinGuard(store)
        locked = guard.seconds_locked()
        attempt = guard.attempt(PIN)
    assert locked == 0
    assert attempt.outcome is Outcome.ACCEPTED
    assert store.pin_hash == CHEAP_HASH and store.settings.idle_timeout_seconds == 60
    assert str(places.store) in caplog.text and "lockout" in caplog.text
    (kept,) = _broken_copies(places.store)
    assert kept.read_text(encoding="utf-8") == original
    # The file itself keeps everything valid: a restart still has the PIN and the setting.
    again = SettingsStore.open(places)
    assert again.pin_hash == CHEAP_HASH and again.settings.idle_timeout_seconds == 60


def test_a_lockout_from_a_clock_that_ran_ahead_is_not_kept(places, caplog):
    store = SettingsStore.open(places)
    store.set_pin_hash(CHEAP_HASH)
    ahead = time.time() + 365 * 24 * 3600
    early = PinGuard(store, clock=lambda: ahead)
    for _ in range(5):
        early.attempt("0000")
    assert early.seconds_locked() == 30
    # The clock is put right: a lockout that would last a year is none.
    with caplog.at_level(logging.WARNING):
        right = PinGuard(SettingsStore.open(places))
        assert right.seconds_locked() == 0
    assert right.attempt(PIN).outcome is Outcome.ACCEPTED
    assert "lockout" in caplog.text


def test_a_sound_lockout_still_holds(places):
    until = time.time() + 1200
    _write_store(places, {"pin": CHEAP_HASH, "lockout": {"failures": 0, "level": 6, "until": until}})
    guard = PinGuard(SettingsStore.open(places))
    assert 1100 < guard.seconds_locked() <= 1200
    assert guard.attempt(PIN).outcome is Outcome.LOCKED
    assert _broken_copies(places.store) == []


def test_a_huge_lockout_level_still_caps_at_an_hour(places):
    _write_store(places, {"pin": CHEAP_HASH, "lockout": {"failures": 4, "level": 10**30, "until": 0}})
    attempt = PinGuard(SettingsStore.open(places)).attempt("0000")
    assert attempt.retry_after == LONGEST_LOCKOUT_SECONDS


# --- settings.json: the rest --------------------------------------------------------------

def test_a_wrong_setting_is_dropped_named_and_kept_aside_and_the_rest_stays(places, caplog):
    original = _write_store(places, {"pin": CHEAP_HASH, "idle_timeout_seconds": 1e9,
                                     "default_language": "fa", "hide_cursor": "yes"})
    with caplog.at_level(logging.WARNING):
        store = SettingsStore.open(places)
    assert store.settings == Settings(default_language="fa")
    assert store.pin_hash == CHEAP_HASH
    assert f"{places.store}: idle_timeout_seconds = 1000000000.0" in caplog.text
    assert f"{places.store}: hide_cursor = 'yes'" in caplog.text
    (kept,) = _broken_copies(places.store)
    assert kept.read_text(encoding="utf-8") == original
    assert "kept as settings.json.broken-" in caplog.text


@pytest.mark.parametrize("stored", [12345, "", "scrypt$99999999999999999999999$8$1$AAAA$AAAA",
                                    "scrypt$16384$8$100000$AAAA$AAAA", "md5$abc"])
def test_a_pin_hash_that_cannot_be_one_is_dropped(places, caplog, stored):
    _write_store(places, {"pin": stored, "hide_cursor": True})
    with caplog.at_level(logging.WARNING):
        store = SettingsStore.open(places)
    assert store.pin_hash is None and store.settings.hide_cursor is True
    assert PinGuard(store).attempt(PIN).outcome is Outcome.NO_PIN
    assert "pin" in caplog.text and _broken_copies(places.store)


# --- usage.json ---------------------------------------------------------------------------

def test_usage_counts_that_are_not_whole_numbers_are_dropped_and_the_rest_kept(places, caplog):
    today = date(2026, 11, 23)
    original = json.dumps({
        "2026-11-22": {"visits": 4, "languages": {"fa": 3, "nb": 1}, "pages": {"hours": 2}},
        "2026-11-23": {"visits": 2, "languages": {"fa": "x", "nb": 2}, "pages": {"hours": None, "about": 1}},
        "2026-11-21": {"visits": True, "languages": {"sv": 1.5, "mk": -1, "en": 1}, "pages": []},
        "someday": {"visits": 1, "languages": {}, "pages": {}},
    })
    places.usage.write_text(original, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        counts = UsageCounts(places.usage, today=lambda: today)
    counts.visit("fa")
    counts.page("hours")
    counts.save()
    assert json.loads(places.usage.read_text(encoding="utf-8")) == {
        "2026-11-21": {"visits": 0, "languages": {"en": 1}, "pages": {}},
        "2026-11-22": {"visits": 4, "languages": {"fa": 3, "nb": 1}, "pages": {"hours": 2}},
        "2026-11-23": {"visits": 3, "languages": {"fa": 1, "nb": 2}, "pages": {"hours": 1, "about": 1}},
    }
    assert f"{places.usage}: 2026-11-23 languages fa = 'x'" in caplog.text
    assert "'someday'" in caplog.text
    (kept,) = _broken_copies(places.usage)
    assert kept.read_text(encoding="utf-8") == original


def test_sound_usage_counts_are_not_set_aside(places):
    places.usage.write_text(json.dumps({"2026-11-22": {"visits": 1, "languages": {"fa": 1},
                                                       "pages": {}}}), encoding="utf-8")
    UsageCounts(places.usage)
    assert _broken_copies(places.usage) == []


# --- temporary files left by a kill -------------------------------------------------------

def test_only_the_kiosks_own_stale_temporary_files_are_removed(places, caplog):
    stale = [places.store.with_name(".settings.json.k2x_9abc.tmp"),
             places.usage.with_name(".usage.json.0a1b2c3d.tmp")]
    others = [places.store.with_name(".settings.json.tmp"),
              places.store.with_name(".other.json.k2x_9abc.tmp"),
              places.store.with_name("settings.json.k2x_9abc.tmp"),
              places.store.with_name(".settings.json.k2x_9abc.tmp.keep")]
    elsewhere = places.store.parent / "sub" / ".settings.json.k2x_9abc.tmp"
    elsewhere.parent.mkdir()
    for path in (*stale, *others, elsewhere):
        path.write_text("half a save", encoding="utf-8")
    with caplog.at_level(logging.INFO):
        removed = remove_stale_temporaries([places.store, places.usage])
    assert sorted(removed) == sorted(stale)
    assert not any(path.exists() for path in stale)
    assert all(path.exists() for path in (*others, elsewhere))
    assert ".settings.json.k2x_9abc.tmp" in caplog.text


def test_no_folder_yet_is_nothing_to_clean(tmp_path):
    assert remove_stale_temporaries([tmp_path / "missing" / "settings.json"]) == []


# --- properties: any JSON at all ----------------------------------------------------------

_scalars = (st.none() | st.booleans() | st.integers() | st.integers(min_value=-(10**40), max_value=10**40)
            | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12))
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_lockout = _json | st.fixed_dictionaries({}, optional={
    "failures": _json | st.integers(-2, 8), "level": _json | st.integers(-2, 40),
    "until": _json | st.floats(0, 2e9) | st.just(time.time() + 600)})
_settings_file = _json | st.fixed_dictionaries({}, optional={
    "version": _json | st.just(1),
    "pin": _json | st.just(CHEAP_HASH),
    "lockout": _lockout,
    "idle_timeout_seconds": _json | st.integers(0, 4000),
    "default_language": _json | st.sampled_from(["fa", "nb", "en_GB"]),
    "hide_cursor": _json,
    "closed_dim_percent": _json,
})


def _valid_staff_values(raw: object) -> dict[str, object]:
    if not isinstance(raw, dict):
        return {}
    return {o.name: raw[o.name] for o in OPTIONS
            if o.who is STAFF and o.name in raw and o.check(raw[o.name])}


@settings(max_examples=150, deadline=None)
@given(_settings_file)
@example({"pin": CHEAP_HASH, "lockout": {"until": 1e300}})
@example({"pin": CHEAP_HASH, "lockout": {"failures": "x"}})
@example({"pin": CHEAP_HASH, "lockout": {"until": float("inf"), "level": 10**30}})
def test_any_settings_file_opens_and_never_breaks_the_pin_pad(raw):
    text = json.dumps(raw, allow_nan=True)
    with tempfile.TemporaryDirectory() as folder:
        places = Locations.under(Path(folder))
        places.store.write_text(text, encoding="utf-8")
        store = SettingsStore.open(places)
        valid = _valid_staff_values(raw)
        settings_now = store.settings
        for name, value in valid.items():
            assert getattr(settings_now, name) == value
        for option in OPTIONS:
            value = getattr(settings_now, option.name)
            assert value == option.default or option.check(value)
        guard = PinGuard(store)
        locked = guard.seconds_locked()
        assert math.isfinite(locked) and 0 <= locked <= LONGEST_LOCKOUT_SECONDS
        kept_pin = isinstance(raw, dict) and raw.get("pin") == CHEAP_HASH
        if kept_pin:
            assert store.pin_hash == CHEAP_HASH
            expected = Outcome.LOCKED if locked > 0 else Outcome.ACCEPTED
            assert guard.attempt(PIN).outcome is expected
        for _ in range(6):
            guard.attempt("0000")
        assert 0 <= guard.seconds_locked() <= LONGEST_LOCKOUT_SECONDS
        again = SettingsStore.open(places)
        for name, value in valid.items():
            assert getattr(again.settings, name) == value
        if kept_pin:
            assert again.pin_hash == CHEAP_HASH


_count = st.integers(0, 10**30) | _json
_day = _json | st.fixed_dictionaries({}, optional={
    "visits": _count,
    "languages": _json | st.dictionaries(st.sampled_from(["fa", "nb", "sv", "x"]), _count, max_size=4),
    "pages": _json | st.dictionaries(st.sampled_from(["hours", "about", ""]), _count, max_size=3),
})
_usage_file = _json | st.dictionaries(
    st.dates(date(2020, 1, 1), date(2029, 12, 31)).map(date.isoformat) | st.text(max_size=10),
    _day, max_size=5)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@settings(max_examples=150, deadline=None)
@given(_usage_file)
def test_any_usage_file_opens_counts_saves_and_keeps_every_valid_count(raw):
    text = json.dumps(raw, allow_nan=True)
    today = date(2030, 6, 1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "usage.json"
        path.write_text(text, encoding="utf-8")
        counts = UsageCounts(path, today=lambda: today)
        counts.visit("fa")
        counts.page("hours")
        counts.save()
        saved = json.loads(path.read_text(encoding="utf-8"))
        assert saved[today.isoformat()] == {"visits": 1, "languages": {"fa": 1}, "pages": {"hours": 1}}
        for key, day in (raw.items() if isinstance(raw, dict) else ()):
            if not isinstance(day, dict) or _canonical_date(key) is None:
                continue
            out = saved[key]
            if _whole(day.get("visits")):
                assert out["visits"] == day["visits"]
            for kind in ("languages", "pages"):
                table = day.get(kind)
                for name, value in (table.items() if isinstance(table, dict) else ()):
                    if _whole(value):
                        assert out[kind][name] == value
        assert UsageCounts(path, today=lambda: today).days() == sorted(saved.items(), reverse=True)


def _canonical_date(key: str) -> date | None:
    try:
        day = date.fromisoformat(key)
    except ValueError:
        return None
    return day if day.isoformat() == key else None
