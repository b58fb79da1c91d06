"""What the screen shows when a bundled core file is broken: a plain message for the office's IT.

English only and no catalogs, fonts or style sheet of the kiosk's: any of those may
be what is broken. The window stays until the kiosk is stopped, so a visitor
cannot tap it away and leave the desktop behind.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui import theme
from kiosk.ui.app import WINDOW_SIZE
from kiosk.ui.qt_messages import install_qt_message_handler

TITLE = "iom-kiosk cannot start"


class CannotStartWindow(QLabel):
    def __init__(self, problem: str, *, closable: bool = True) -> None:
        super().__init__(f"{TITLE}\n\n{problem}\n\nFix the file, then restart the kiosk. "
                         "The same line is in kiosk.log.")
        self._closable = closable
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setMargin(theme.CANNOT_START_MARGIN)
        self.setStyleSheet(theme.CANNOT_START_STYLE)
        self.setWindowTitle(TITLE)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Full screen on the kiosk, a close would leave the bare desktop in the waiting room.
        if self._closable:
            event.accept()
        else:
            event.ignore()


def show_cannot_start(problem: str, *, windowed: bool) -> None:
    """Show ``problem`` until the window is closed (windowed) or the kiosk is stopped."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_qt_message_handler()
    window = CannotStartWindow(problem, closable=windowed)
    if windowed:
        window.resize(*WINDOW_SIZE)
        window.show()
    else:
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()
    app.exec()
