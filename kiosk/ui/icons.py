"""Icons from qtawesome, mirrored where they point along the reading direction."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon

from kiosk.ui import theme

BACK = "mdi6.arrow-left"
HOME = "mdi6.home"
LANGUAGE = "mdi6.translate"
DEFAULT_LANGUAGE = "mdi6.star"


def icon(name: str, *, color: str = theme.IOM_BLUE, mirrored: bool = False) -> QIcon:
    """``mirrored`` flips the icon left to right, for right-to-left layouts."""
    return qtawesome.icon(name, color=color, hflip=mirrored)
