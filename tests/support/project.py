"""The project's own places and facts, for tests of every room."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
# Every language the repository ships: English, the source, and each catalog, in code order.
# Tests that loop over languages loop over these, so a new catalog is tested by itself.
SHIPPED = tuple(sorted({"en", *(po.parent.parent.name
                                 for po in (ROOT / "translations").glob("*/LC_MESSAGES/kiosk.po"))}))
# The languages of the source documents, which the kiosk spoke first; some tests name them.
FIRST_FIVE = ("en", "fa", "mk", "nb", "sv")
PIN = "2468"  # the staff PIN of every test kiosk that has one
OFFSCREEN_SCREEN = ROOT / "tests/support/offscreen-screen.json"


def on_a_kiosk_sized_screen(platform: str) -> str:
    """Qt's offscreen platform with one 1280 x 800 screen, as the kiosk's, for ``platform``
    "offscreen" (any other is kept as it is).

    Qt's offscreen screen is 800 x 800 by default. A press in a screen that scrolls is held by
    Qt's flick gesture and then handed to the widget at its place on the screen
    (QApplication.widgetAt), which off that small screen is none: a tap on a tile at the
    window's right, where a right-to-left home has its first, would never land."""
    return f"offscreen:configfile={OFFSCREEN_SCREEN}" if platform == "offscreen" else platform


def load_script(relative: str) -> ModuleType:
    """A module of the project that is not part of the kiosk package (packaging/ scripts),
    loaded from its file, so no test has to edit ``sys.path``."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
