"""Icons from qtawesome, mirrored where they point along the reading direction.

qtawesome draws them, once, ahead of time: ``python -m kiosk.ui.icon_drawings`` (run by
scripts/setup.sh and the bundle's build) saves every icon the kiosk uses, in every colour
the theme gives icons, to resources/icons. A running kiosk shows those pictures and does
not import qtawesome at all: through QtPy it star-imports Qt's modules, which makes PySide6
build every one of its lazily made types (about 20 MiB), then loads the icon font (10 MiB).
An icon not drawn ahead (a page icon added since) is drawn by qtawesome then, as before.

Every icon is Material Design Icons 6 (``mdi6``). qtawesome's own ``qtawesome.icon``
loads (and checksums) all twelve fonts it ships; this loads only mdi6. The installers'
bundle carries the drawings and no qtawesome (packaging/bundle_contents.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from kiosk import paths
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

# Every icon above, and every page's (from the content), is drawn ahead in each of these.
COLOURS = (theme.IOM_BLUE, theme.ON_BLUE, theme.ACCENT)
# Large enough for the largest use (a tile's picture at 160 % text) on a screen of twice the
# density; Qt scales a picture down smoothly.
DRAWN_PX = 192

_font: dict[str, Any] = {}
_icons: dict[tuple[str, str, bool], QIcon] = {}
log = logging.getLogger(__name__)


def drawings_dir() -> Path:
    return paths.resources_dir() / "icons"


def drawing_path(folder: Path, name: str, color: str) -> Path:
    """``mdi6.home`` in white: ``home-white.png``; in IOM blue, ``home-0033a0.png``."""
    return folder / f"{name.removeprefix(f'{ICON_FONT}.')}-{color.lstrip('#').lower()}.png"


def icon(name: str, *, color: str = theme.IOM_BLUE, mirrored: bool = False) -> QIcon:
    """``mirrored`` flips the icon left to right, for right-to-left layouts."""
    if not name.startswith(f"{ICON_FONT}."):
        log.error("Icon %r is not a Material Design Icons 6 name (mdi6.*); none is drawn", name)
        return QIcon()
    key = (name, color, mirrored)
    if key not in _icons:
        drawing = QImage(str(drawing_path(drawings_dir(), name, color)))
        if drawing.isNull():
            _icons[key] = _drawn_now(name, color, mirrored)
        else:
            flipped = drawing.flipped(Qt.Orientation.Horizontal) if mirrored else drawing
            _icons[key] = QIcon(QPixmap.fromImage(flipped))
    return _icons[key]


def _drawn_now(name: str, color: str, mirrored: bool) -> QIcon:
    log.info("Icon %s in %s was not drawn ahead (python -m kiosk.ui.icon_drawings); "
             "qtawesome draws it now", name, color)
    try:
        return _icon_font().icon(name, color=color, hflip=mirrored)
    except FileNotFoundError as exc:
        log.error("No icons: %s", exc)
    except ImportError:
        # The installers' bundle draws every icon ahead and leaves qtawesome out.
        log.error("Icon %s was not drawn ahead and qtawesome is not on board: none is shown", name)
    return QIcon()


def draw(name: str, color: str) -> QImage:
    """``name`` in ``color`` as qtawesome draws it, ``DRAWN_PX`` square, for the drawings."""
    return _icon_font().icon(name, color=color).pixmap(DRAWN_PX, DRAWN_PX).toImage()


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
