"""The bundled fonts that cover every shipped script: Latin, Cyrillic, Arabic, Ethiopic.

Noto Sans and Noto Sans Arabic come from pip packages; Noto Sans Ethiopic and Noto
Nastaliq Urdu, which no pip package carries, from resources/fonts (resources/fonts/README.md).
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from kiosk import paths

log = logging.getLogger(__name__)

# Order matters: Qt tries the families in turn for each character.
FONT_PACKAGES = ("fontpkg_noto_sans", "fontpkg_noto_sans_arabic")
# Urdu readers expect Nastaliq; it stays out of the common fallback, where it would draw
# Persian and Arabic too, and is put first only for Urdu text.
NASTALIQ = "Noto Nastaliq Urdu"


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


def families_for(code: str, common: list[str]) -> list[str]:
    """The fallback order for text in ``code``: Nastaliq before Naskh for Urdu only."""
    if code.split("_")[0] == "ur" and NASTALIQ in QFontDatabase.families():
        return [*common[:1], NASTALIQ, *common[1:]]
    return list(common)


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
