"""Shared fixtures: the real content and catalogs, a throwaway copy to break, whole kiosks."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support.project import on_a_kiosk_sized_screen

# Before any Qt import: the suite renders offscreen, with or without a display, on a screen the
# size of the kiosk's (see on_a_kiosk_sized_screen).
os.environ.update(QT_QPA_PLATFORM=on_a_kiosk_sized_screen(os.environ.get("QT_QPA_PLATFORM", "offscreen")))
# Settings, counts and logs of the tests go to a scratch folder, never the user's own.
os.environ["IOM_KIOSK_HOME"] = tempfile.mkdtemp(prefix="iom-kiosk-tests-")

from kiosk import paths
from kiosk.content import Content, load_content
from kiosk.hours.clock import Clock, system_clock
from kiosk.i18n.languages import Languages, discover_languages
from tests.support.project import PIN, ROOT
from tests.support.speech import Recordings

if TYPE_CHECKING:
    from kiosk.ui.assemble import Kiosk



@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """A test that runs the command line in this process sets up the kiosk's logging, whose
    console handler holds pytest's captured stderr; later tests must not write to it."""
    handlers, level, hook = list(logging.root.handlers), logging.root.level, sys.excepthook
    yield
    logging.root.handlers[:] = handlers
    logging.root.setLevel(level)
    sys.excepthook = hook


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(paths.resources_dir())


@pytest.fixture(scope="session")
def languages(content: Content) -> Languages:
    return discover_languages(paths.translations_dir(), content)


@pytest.fixture
def home_dir(tmp_path: Path) -> Path:
    """Where a test kiosk keeps its settings, counts and log."""
    return tmp_path / "kiosk-home"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of resources/ and translations/ that a test may break."""
    for name in ("resources", "translations"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setenv("IOM_KIOSK_DATA", str(tmp_path))
    return tmp_path


MakeKiosk = Callable[..., "Kiosk"]


@pytest.fixture
def make_kiosk(qtbot, content: Content, languages: Languages, home_dir: Path) -> Iterator[MakeKiosk]:
    """``make_kiosk(**options)``: a kiosk in a 1280 x 800 window, shown and fully built.

    Options: kiosk_mode (lock-down on, the default), pin (set before start; None for none),
    clock, shown (False: built but never shown), languages (another set), and settings
    overrides for this run (idle_timeout_seconds=...), as the command line gives them.
    """
    # Imported here: the plain-Python tests never load Qt for their fixtures.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.runtime import Runtime
    from kiosk.settings.locations import Locations
    from kiosk.settings.pin import hash_pin
    from kiosk.ui.assemble import build_kiosk

    built: list[Kiosk] = []

    def make(*, kiosk_mode: bool = True, pin: str | None = PIN, clock: Clock = system_clock,
             shown: bool = True, languages: Languages = languages, **overrides: object) -> Kiosk:
        runtime = Runtime.open(content, languages, Locations.under(home_dir), overrides)
        if pin and runtime.store.pin_hash is None:
            runtime.store.set_pin_hash(hash_pin(pin))
        kiosk = build_kiosk(runtime, kiosk_mode=kiosk_mode, clock=clock, countdown_seconds=1, hold_ms=200)
        # No test plays sound: what a Listen tap says is kept, and held "playing" until the
        # test plays it out (kiosk.read_aloud.open_output.last.play_out()).
        kiosk.read_aloud.open_output = Recordings()
        qtbot.addWidget(kiosk.window)
        built.append(kiosk)
        if shown:
            kiosk.show_windowed()
            qtbot.waitExposed(kiosk.window)
            qtbot.waitUntil(lambda: kiosk.window.is_built)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.stand_down()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> Kiosk:
    return make_kiosk()
