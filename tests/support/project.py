"""The project's own places and facts, for tests of every room."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("en", "fa", "mk", "nb", "sv")
PIN = "2468"  # the staff PIN of every test kiosk that has one


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
