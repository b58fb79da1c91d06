"""The bundled fonts that cover every shipped script: Latin, Cyrillic, Arabic, Ethiopic.

Noto Sans and Noto Sans Arabic come from pip packages; Noto Sans Ethiopic and Noto
Nastaliq Urdu, which no pip package carries, from resources/fonts (resources/fonts/README.md).
"""

from __future__ import annotations

import importlib
import logging
import math
import unicodedata
from pathlib import Path

from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF, QImage, QPainter, QTransform

from kiosk import paths

log = logging.getLogger(__name__)

# Order matters: Qt tries the families in turn for each character.
FONT_PACKAGES = ("fontpkg_noto_sans", "fontpkg_noto_sans_arabic")
# Urdu readers expect Nastaliq; it stays out of the common fallback, where it would draw
# Persian and Arabic too, and is put first only for Urdu text.
NASTALIQ = "Noto Nastaliq Urdu"
UNWRAPPED = 1e6  # px: wider than any text the kiosk shows
INK_MEASURES_KEPT = 4096  # every label of every screen, in every font it is shown in
_ink_measured: dict[tuple[str, str, tuple[str, ...], int], tuple[float, float, float, float]] = {}
_ink_of_texts: dict[tuple[str, str, tuple[str, ...]], tuple[int, int, int, int]] = {}
_texts_measured = 0


def bundled_font_files() -> list[Path]:
    """The upright font files of the bundled families; missing ones are logged."""
    files: list[Path] = []
    for package in FONT_PACKAGES:
        try:
            root = Path(importlib.import_module(package).ROOT)
        except (ImportError, AttributeError) as exc:
            log.warning("Font package %s is not installed (%s); using system fonts", package, exc)
            continue
        found = sorted(path for path in (root / "files").glob("*.ttf") if "Italic" not in path.name)
        if not found:
            log.warning("Font package %s has no font files in %s", package, root / "files")
        files.extend(found)
    resource_fonts = paths.resources_dir() / "fonts"
    found = sorted(resource_fonts.glob("*.ttf"))
    if not found:
        log.warning("No font files in %s; Ethiopic and Nastaliq text may show as empty boxes",
                    resource_fonts)
    return files + found


def in_nastaliq(code: str) -> bool:
    """Whether text in ``code`` is set in Nastaliq: Urdu, when the font is there. Its lines
    are 2.5 em tall (Noto Sans's 1.4, Noto Sans Arabic's 2.1), so screens that must fit on
    one page are set tighter for it."""
    return code.split("_")[0] == "ur" and NASTALIQ in QFontDatabase.families()


def families_for(code: str, common: list[str]) -> list[str]:
    """The fallback order for text in ``code``: Nastaliq before Naskh for Urdu only."""
    if in_nastaliq(code):
        return [*common[:1], NASTALIQ, *common[1:]]
    return list(common)


def ink_beyond_line(text: str, font: QFont) -> QMargins:
    """How many whole pixels of ``text``, set in ``font``, are drawn outside the box its lines
    give it: above and below a line, and past the start or the end of a word, where a line
    may begin or end. However a label wraps the text, no line reaches further."""
    # Asked again at each switch and restyle, for every label on screen: the answer for the
    # whole text is kept, not only each word's measure.
    key = (text, font.key(), tuple(font.families()))
    room = _ink_of_texts.get(key)
    if room is None:
        global _texts_measured
        _texts_measured += 1
        direction = _direction(text)
        whole = _ink_outside(text.replace("\n", " "), font, direction)
        words = [_ink_outside(word, font, direction) for word in text.split()] or [whole]
        room = (math.ceil(max(word[0] for word in words)), math.ceil(whole[1]),
                math.ceil(max(word[2] for word in words)), math.ceil(whole[3]))
        if len(_ink_of_texts) >= INK_MEASURES_KEPT:
            _ink_of_texts.clear()
        _ink_of_texts[key] = room
    return QMargins(*room)


def texts_measured() -> int:
    """How many texts' ink has been measured so far in this process (each once per font)."""
    return _texts_measured


def _direction(text: str) -> Qt.TextFlag:
    """The direction a label lays ``text`` out in: its first strong letter's."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.TextFlag.TextForceRightToLeft
        if kind == "L":
            break
    return Qt.TextFlag.TextForceLeftToRight


def _ink_outside(text: str, font: QFont, direction: Qt.TextFlag) -> tuple[float, float, float, float]:
    """How many pixels of ``text``'s ink lie past the left, top, right and bottom of the box
    Qt lays it out in, on one line. Drawn as a label draws it, and measured on the pixels:
    the glyphs' own boxes leave out what hinting and anti-aliasing add."""
    # A language switch asks each label again; the same words come back in many labels.
    key = (text, font.key(), tuple(font.families()), direction.value)
    if key not in _ink_measured:
        if len(_ink_measured) >= INK_MEASURES_KEPT:
            _ink_measured.clear()
        flags = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value | direction.value
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, UNWRAPPED, UNWRAPPED), flags, text)
        # Room enough around the box: no letter reaches an em past it.
        em = QFontInfo(font).pixelSize()
        # Both sides a multiple of four: a row of 8-bit pixels is then padded with nothing, in
        # the picture and in it turned (_inked_rows reads the rows' bytes as one).
        image = QImage(_by_four(math.ceil(box.width()) + 2 * em), _by_four(math.ceil(box.height()) + 2 * em),
                       QImage.Format.Format_Alpha8)
        image.fill(0)
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(QRectF(em, em, box.width(), box.height()), flags, text)
        painter.end()
        rows = _inked_rows(image)
        # Turned a quarter clockwise, the picture's rows are its columns, left to right.
        columns = _inked_rows(image.transformed(QTransform().rotate(90)))
        if rows is not None and columns is not None:
            (top, bottom), (left, right) = rows, columns
            _ink_measured[key] = (max(0.0, em - left), max(0.0, em - top),
                                  max(0.0, right + 1 - em - box.width()),
                                  max(0.0, bottom + 1 - em - box.height()))
        else:
            _ink_measured[key] = (0.0, 0.0, 0.0, 0.0)
    return _ink_measured[key]


def _by_four(pixels: int) -> int:
    return -(-pixels // 4) * 4


def _inked_rows(image: QImage) -> tuple[int, int] | None:
    """The first and the last row of ``image`` (8 bits a pixel) with any ink; None if none.
    The whole picture is searched at once for its first and last inked byte: row by row in
    Python was most of a measure."""
    bits = bytes(image.constBits())
    start = len(bits) - len(bits.lstrip(b"\0"))
    if start == len(bits):
        return None
    end = len(bits.rstrip(b"\0")) - 1
    stride = image.bytesPerLine()
    assert stride == image.width(), "rows padded: their padding would read as ink"
    return start // stride, end // stride


def load_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt; the families of the common fallback, in order."""
    families: list[str] = []
    for path in bundled_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font file %s; using system fonts instead", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families and family != NASTALIQ:
                families.append(family)
    return families
