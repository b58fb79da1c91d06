"""Where the kiosk keeps its files, in each platform's proper places (platformdirs)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "iom-kiosk"


@dataclass(frozen=True)
class Locations:
    """Where this machine keeps the kiosk's files."""

    installer_config: Path  # written by the office's IT; read only
    store: Path  # staff settings, PIN hash, lockout
    usage: Path  # anonymous daily counts
    log_dir: Path
    export_dir: Path  # where staff exports land

    @classmethod
    def for_this_machine(cls) -> Locations:
        """The platform's places; ``IOM_KIOSK_HOME`` puts everything under one folder instead."""
        home = os.environ.get("IOM_KIOSK_HOME")
        if home:
            return cls.under(Path(home))
        data = Path(platformdirs.user_data_dir(APP, appauthor=False))
        return cls(
            installer_config=Path(platformdirs.site_config_dir(APP, appauthor=False)) / "kiosk.toml",
            store=data / "settings.json",
            usage=data / "usage.json",
            log_dir=Path(platformdirs.user_log_dir(APP, appauthor=False)),
            export_dir=Path(platformdirs.user_documents_dir()),
        )

    @classmethod
    def under(cls, root: Path) -> Locations:
        return cls(root / "kiosk.toml", root / "settings.json", root / "usage.json", root / "log", root)
