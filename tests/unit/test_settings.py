"""Settings, PIN and counts: what is on disk after a save, and what happens when it is not."""

from __future__ import annotations

import json
import logging
import os
from datetime import date
from pathlib import Path

import pytest

from kiosk.settings import pin
from kiosk.settings.locations import Locations
from kiosk.settings.pin import Outcome, PinGuard, hash_pin, pin_matches
from kiosk.settings.safe_files import write_atomically
from kiosk.settings.store import SaveError, Settings, SettingsStore
from kiosk.usage import UsageCounts


@pytest.fixture
def places(tmp_path: Path) -> Locations:
    return Locations.under(tmp_path)


def test_defaults_when_nothing_is_on_disk(places):
    assert SettingsStore.open(places).settings == Settings(None, 90, False)


def test_layers_installer_then_staff(places):
    places.installer_config.write_text('default_language = "fa"\nidle_timeout_seconds = 120\n',
                                       encoding="utf-8")
    store = SettingsStore.open(places)
    assert store.settings == Settings("fa", 120, False)
    store.update(idle_timeout_seconds=60, hide_cursor=True)
    on_disk = json.loads(places.store.read_text(encoding="utf-8"))
    assert on_disk["idle_timeout_seconds"] == 60 and on_disk["hide_cursor"] is True
    # A new kiosk reads the same store: staff's change wins over the installer's.
    assert SettingsStore.open(places).settings == Settings("fa", 60, True)


def test_bad_installer_values_are_skipped_with_a_warning(places, caplog):
    places.installer_config.write_text('idle_timeout_seconds = "soon"\nfavourite = 1\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        settings = SettingsStore.open(places).settings
    assert settings.idle_timeout_seconds == 90
    assert "idle_timeout_seconds = 'soon' is not valid" in caplog.text and "'favourite'" in caplog.text


def test_a_corrupt_store_is_set_aside_and_defaults_used(places, caplog):
    places.store.write_text('{"idle_timeout_seconds": 60, "hide_', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        store = SettingsStore.open(places)
    assert store.settings == Settings()
    kept = list(places.store.parent.glob("settings.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").startswith('{"idle_timeout_seconds": 60')
    assert "kept as settings.json.broken-" in caplog.text
    store.update(hide_cursor=True)  # and the kiosk can save again
    assert json.loads(places.store.read_text(encoding="utf-8"))["hide_cursor"] is True


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_keeps_the_change_in_memory_and_says_why(places, caplog):
    places.store.parent.chmod(0o500)
    try:
        store = SettingsStore.open(places)
        with caplog.at_level(logging.ERROR), pytest.raises(SaveError):
            store.update(idle_timeout_seconds=30)
        assert store.settings.idle_timeout_seconds == 30
        assert "Settings not saved" in caplog.text
    finally:
        places.store.parent.chmod(0o700)


def test_a_store_whose_folder_is_a_file_cannot_be_saved_and_says_why(tmp_path, caplog):
    # Unwritable even for root: the settings folder's path is taken by a plain file.
    (tmp_path / "taken").write_text("not a folder", encoding="utf-8")
    store = SettingsStore.open(Locations.under(tmp_path / "taken"))
    with caplog.at_level(logging.ERROR), pytest.raises(SaveError):
        store.update(idle_timeout_seconds=30)
    assert store.settings.idle_timeout_seconds == 30
    assert "Settings not saved" in caplog.text


def test_an_interrupted_save_leaves_the_old_file(places, monkeypatch):
    store = SettingsStore.open(places)
    store.update(idle_timeout_seconds=60)

    def power_cut(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(SaveError):
        store.update(idle_timeout_seconds=120)
    assert json.loads(places.store.read_text(encoding="utf-8"))["idle_timeout_seconds"] == 60
    assert [p.name for p in places.store.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_write_atomically_replaces_whole(tmp_path):
    target = tmp_path / "a" / "file.json"
    write_atomically(target, b"one")
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"


def test_pin_is_stored_only_as_a_salted_hash(places):
    store = SettingsStore.open(places)
    store.set_pin_hash(hash_pin("4711"))
    text = places.store.read_text(encoding="utf-8")
    assert "4711" not in text and '"pin": "scrypt$16384$8$1$' in text
    assert hash_pin("4711") != hash_pin("4711")  # a new salt each time
    assert pin_matches("4711", store.pin_hash) and not pin_matches("4712", store.pin_hash)
    assert not pin_matches("4711", "scrypt$garbage")
    with pytest.raises(ValueError):
        hash_pin("12a4")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_pins_lock_and_each_lockout_doubles_even_after_a_restart(places):
    clock = Clock()
    store = SettingsStore.open(places)
    store.set_pin_hash(hash_pin("2468"))
    guard = PinGuard(store, clock)
    for _ in range(4):
        assert guard.attempt("0000").outcome is Outcome.WRONG
    fifth = guard.attempt("0000")
    assert fifth.outcome is Outcome.WRONG and fifth.retry_after == 30
    assert guard.attempt("2468").outcome is Outcome.LOCKED  # even the right PIN waits

    restarted = PinGuard(SettingsStore.open(places), clock)
    assert restarted.attempt("2468").outcome is Outcome.LOCKED
    clock.now += 31
    for _ in range(5):
        last = restarted.attempt("1111")
    assert last.retry_after == 60  # doubled
    clock.now += 61
    assert restarted.attempt("2468").outcome is Outcome.ACCEPTED
    assert SettingsStore.open(places).lockout.level == 0  # the right PIN clears it


def test_a_thousand_wrong_pins_never_lock_longer_than_an_hour(places, caplog, monkeypatch):
    monkeypatch.setattr(pin, "SCRYPT_N", 16)  # cheap hashing; the lockout logic is what is tested
    clock = Clock()
    store = SettingsStore.open(places)
    store.set_pin_hash(hash_pin("2468"))
    guard = PinGuard(store, clock)
    longest = 0.0
    with caplog.at_level(logging.INFO):
        for _ in range(1000):
            attempt = guard.attempt("0000")
            longest = max(longest, attempt.retry_after)
            if attempt.outcome is Outcome.LOCKED:
                clock.now += attempt.retry_after + 1
    assert longest == 3600
    assert "0000" not in caplog.text and "2468" not in caplog.text
    assert guard.attempt("2468").outcome is Outcome.ACCEPTED


def test_no_pin_is_said_as_such(places):
    assert PinGuard(SettingsStore.open(places)).attempt("1234").outcome is Outcome.NO_PIN


def test_usage_counts_only_daily_totals(places):
    day = date(2026, 11, 23)
    counts = UsageCounts(places.usage, today=lambda: day)
    counts.visit("fa")
    counts.page("hours")
    counts.page("hours")
    counts.visit("nb")
    counts.save()
    assert json.loads(places.usage.read_text(encoding="utf-8")) == {
        "2026-11-23": {"visits": 2, "languages": {"fa": 1, "nb": 1}, "pages": {"hours": 2}}}
    day = date(2026, 11, 24)
    counts.visit("fa")
    assert UsageCounts(places.usage).days()[0][0] == "2026-11-23"  # unsaved yet
    assert counts.to_csv().splitlines() == [
        "date,visits,language:fa,language:nb,page:hours",
        "2026-11-23,2,1,1,2",
        "2026-11-24,1,1,0,0"]
    exported = counts.export_csv(places.export_dir)
    assert exported.name == "iom-kiosk-usage-2026-11-24.csv" and exported.read_text().startswith("date,")


def test_corrupt_usage_counts_are_set_aside(places, caplog):
    places.usage.parent.mkdir(parents=True, exist_ok=True)
    places.usage.write_text('{"yesterday": 3}', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        counts = UsageCounts(places.usage)
    assert counts.days() == []
    assert list(places.usage.parent.glob("usage.json.broken-*"))
