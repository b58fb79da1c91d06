"""Starting the Qt side: the application with its fonts and style, and the kiosk's run."""

from __future__ import annotations

import linecache
import logging
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import theme
from kiosk.ui.accessible_tree import install_accessible_tree
from kiosk.ui.fonts import families_for, load_bundled_fonts
from kiosk.ui.qt_messages import install_qt_message_handler

if TYPE_CHECKING:
    from kiosk.ui.assemble import Kiosk

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)
STYLED = "iomKioskStyled"  # set once the fonts and style sheet are in place
COMMON_FAMILIES = "iomKioskFamilies"  # the bundled families in fallback order, for every script


def application() -> QApplication:
    """The one QApplication, set up with the bundled fonts and the kiosk's style."""
    install_qt_message_handler()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if existing.property(STYLED):
            return existing
        app = existing  # made by someone else (a test runner): style it all the same
    else:
        QApplication.setApplicationName("IOM Kiosk")
        QApplication.setOrganizationName("IOM Oslo")
        app = QApplication(sys.argv[:1])
    app.setProperty(STYLED, True)
    # PySide's import hook (shibokensupport's feature.py) reads the source of every module
    # imported after PySide6, looking for "__feature__", and linecache keeps all of it:
    # 1.5 MiB before the first frame. A traceback reads its lines again when it needs them.
    linecache.clearcache()
    install_accessible_tree()
    families = load_bundled_fonts()
    app.setProperty(COMMON_FAMILIES, families)
    font = QFont()
    if families:
        font.setFamilies(families)
    else:
        log.warning("No bundled fonts loaded; some scripts may show as empty boxes")
    font.setPixelSize(theme.BODY_PX)
    app.setFont(font)
    app.setStyleSheet(theme.STYLE_SHEET)
    return app


def in_own_fonts(widgets: Iterable[QWidget], code: str) -> None:
    """``widgets`` drawn in ``code``'s own fonts (Urdu's in Nastaliq), whatever language the
    application's font is set for. Nothing before the bundled fonts are registered."""
    app = QApplication.instance()
    common = list(app.property(COMMON_FAMILIES) or []) if app is not None else []
    if not common:
        return
    own = families_for(code, common)
    for widget in widgets:
        font = widget.font()
        font.setFamilies(own)
        widget.setFont(font)


def run(kiosk: Kiosk) -> int:
    """Show the kiosk and run until it quits; the exit status for the service manager."""
    kiosk.show()
    code = kiosk.app.exec()
    kiosk.runtime.usage.save()
    return code
