"""Where the kiosk's data lives: beside the package, or inside a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_root() -> Path:
    """``IOM_KIOSK_DATA`` if set (tests, installers), else the bundle or source tree."""
    override = os.environ.get("IOM_KIOSK_DATA")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return data_root() / "resources"


def translations_dir() -> Path:
    return data_root() / "translations"
