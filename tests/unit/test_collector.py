"""The cycle collector held through the start, and let go once every screen is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kiosk import collector


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    yield
    collector.resume()
    gc.unfreeze()
    gc.enable()


def test_held_there_is_no_collection_until_the_kiosk_is_built() -> None:
    collector.hold()
    assert not gc.isenabled() and collector.is_held()
    frozen = gc.get_freeze_count()
    kept = [[] for _ in range(10)]  # tracked objects the start would make and keep
    collector.keep_built()
    assert gc.isenabled() and not collector.is_held()
    assert gc.get_freeze_count() > frozen  # what was built is out of the collector's walks
    assert kept


def test_a_command_that_shows_no_kiosk_collects_as_usual_again() -> None:
    collector.hold()
    frozen = gc.get_freeze_count()
    collector.resume()
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    collector.keep_built()  # a kiosk built afterwards keeps nothing aside: it was not held
    assert gc.get_freeze_count() == frozen


def test_a_host_that_turned_the_collector_off_keeps_it_off() -> None:
    gc.disable()
    collector.hold()
    assert not collector.is_held()
    collector.keep_built()
    collector.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0
