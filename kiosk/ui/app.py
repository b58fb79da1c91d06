"""Starting the Qt side: application, fonts, style, and the window in its mode."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.runtime import Runtime
from kiosk.ui import theme
from kiosk.ui.caretaker import Caretaker
from kiosk.ui.fonts import load_bundled_fonts
from kiosk.ui.qt_messages import install_qt_message_handler
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 800)


def application() -> QApplication:
    """The one QApplication, set up with the bundled fonts and the kiosk's style."""
    install_qt_message_handler()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QApplication.setApplicationName("IOM Kiosk")
        QApplication.setOrganizationName("IOM Oslo")
        app = QApplication(sys.argv[:1])
    families = load_bundled_fonts()
    font = QFont()
    if families:
        font.setFamilies(families)
    else:
        log.warning("No bundled fonts loaded; some scripts may show as empty boxes")
    font.setPixelSize(theme.BODY_PX)
    app.setFont(font)
    app.setStyleSheet(theme.STYLE_SHEET)
    return app


def run(runtime: Runtime, language: str, *, windowed: bool) -> int:
    app = application()
    window = KioskWindow(runtime.content, runtime.languages, runtime.default_language)
    if language != window.localizer.code:
        window.set_language(language)
    window.setWindowTitle(runtime.content.office.name)
    caretaker = Caretaker(window, runtime, kiosk_mode=not windowed)
    if windowed:
        window.resize(*WINDOW_SIZE)
        window.show()
    else:
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        # Full screen is a request to the window manager; a bare X server or a minimal
        # kiosk session may have none, so the window also takes the screen's geometry.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    code = app.exec()
    caretaker.runtime.usage.save()
    return code
