"""Qt's own warnings and errors go to the kiosk's log, not only to a console nobody reads."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def forward_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """A qInstallMessageHandler handler: one log record per Qt message, at a matching level."""
    level = _LEVELS.get(kind, logging.WARNING)
    category = context.category if context is not None else None
    # Qt's "default" category says nothing; a real one (qt.qpa.xcb...) tells IT where to look.
    if category and category != "default":
        log.log(level, "%s: %s", category, message)
    else:
        log.log(level, "%s", message)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(forward_qt_message)
