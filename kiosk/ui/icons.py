"""Icons from qtawesome, mirrored where they point along the reading direction.

qtawesome is imported on first use: through QtPy it star-imports Qt's modules,
which costs about 200 ms and 30 MiB, and the first screen needs no icon.

Every icon is Material Design Icons 6 (``mdi6``). qtawesome's own ``qtawesome.icon``
loads (and checksums) all twelve fonts it ships; this loads only mdi6, so the
installers' bundle carries that one font (packaging/bundle_contents.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
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
MORE_BELOW = "mdi6.chevron-double-down"
LISTEN = "mdi6.volume-high"
STOP_LISTENING = "mdi6.stop-circle-outline"

_font: dict[str, Any] = {}
log = logging.getLogger(__name__)


def icon(name: str, *, color: str = theme.IOM_BLUE, mirrored: bool = False) -> QIcon:
    """``mirrored`` flips the icon left to right, for right-to-left layouts."""
    if not name.startswith(f"{ICON_FONT}."):
        log.error("Icon %r is not a Material Design Icons 6 name (mdi6.*); none is drawn", name)
        return QIcon()
    try:
        return _icon_font().icon(name, color=color, hflip=mirrored)
    except FileNotFoundError as exc:
        log.error("No icons: %s", exc)
        return QIcon()


def _icon_font() -> Any:
    """qtawesome's IconicFont holding mdi6 only, made again if Qt's font database lost it."""
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    font = _font.get(ICON_FONT)
    if font is None or not qtawesome.has_valid_font_ids(font):
        files = _font_files(Path(qtawesome.__file__).parent / "fonts")
        font = _font[ICON_FONT] = IconicFont((ICON_FONT, *files))
    return font


def _font_files(folder: Path) -> tuple[str, str]:
    """mdi6's font and charmap as qtawesome ships them, whatever their version in the name."""
    ttf = next(folder.glob("materialdesignicons6-webfont-*.ttf"), None)
    charmap = next(folder.glob("materialdesignicons6-webfont-charmap-*.json"), None)
    if ttf is None or charmap is None:
        raise FileNotFoundError(f"qtawesome's Material Design Icons 6 font is not in {folder}")
    return ttf.name, charmap.name
