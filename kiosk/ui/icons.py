"""Icons from qtawesome, mirrored where they point along the reading direction.

qtawesome is imported on first use: through QtPy it star-imports Qt's modules,
which costs about 200 ms and 30 MiB, and the first screen needs no icon.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kiosk.ui import theme

BACK = "mdi6.arrow-left"
HOME = "mdi6.home"
LANGUAGE = "mdi6.translate"
DEFAULT_LANGUAGE = "mdi6.star"
ERASE = "mdi6.backspace-outline"
CONFIRM = "mdi6.check-bold"


def icon(name: str, *, color: str = theme.IOM_BLUE, mirrored: bool = False) -> QIcon:
    """``mirrored`` flips the icon left to right, for right-to-left layouts."""
    import qtawesome

    return qtawesome.icon(name, color=color, hflip=mirrored)
