"""Icons from qtawesome, mirrored where they point along the reading direction.

qtawesome is imported on first use: through QtPy it star-imports Qt's modules,
which costs about 200 ms and 30 MiB, and the first screen needs no icon.

Every icon is Material Design Icons 6 (``mdi6``). qtawesome's own ``qtawesome.icon``
loads (and checksums) all twelve fonts it ships; this loads only mdi6, so the
installers' bundle carries that one font (packaging/bundle_contents.py).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QIcon

from kiosk.ui import theme

ICON_FONT = "mdi6"
BACK = "mdi6.arrow-left"
HOME = "mdi6.home"
LANGUAGE = "mdi6.translate"
DEFAULT_LANGUAGE = "mdi6.star"
ERASE = "mdi6.backspace-outline"
CONFIRM = "mdi6.check-bold"

_font: dict[str, Any] = {}
log = logging.getLogger(__name__)


def icon(name: str, *, color: str = theme.IOM_BLUE, mirrored: bool = False) -> QIcon:
    """``mirrored`` flips the icon left to right, for right-to-left layouts."""
    if not name.startswith(f"{ICON_FONT}."):
        log.error("Icon %r is not a Material Design Icons 6 name (mdi6.*); none is drawn", name)
        return QIcon()
    return _icon_font().icon(name, color=color, hflip=mirrored)


def _icon_font() -> Any:
    """qtawesome's IconicFont holding mdi6 only, made again if Qt's font database lost it."""
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    font = _font.get("mdi6")
    if font is None or not qtawesome.has_valid_font_ids(font):
        entry = next(fargs for fargs in qtawesome._BUNDLED_FONTS if fargs[0] == ICON_FONT)
        font = _font["mdi6"] = IconicFont(entry)
    return font
