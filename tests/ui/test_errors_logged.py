"""What goes wrong inside Qt reaches the log: exceptions in slots, and Qt's own messages."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, qCritical, qDebug, qInstallMessageHandler, qWarning

from kiosk.logs import log_uncaught
from kiosk.ui.app import application
from kiosk.ui.qt_messages import forward_qt_message


class Emitter(QObject):
    fired = Signal()


# pytest-qt would otherwise take the exception for its own and fail the test.
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_excepthook_and_qt_goes_on(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", log_uncaught)
    emitter = Emitter()
    later: list[str] = []

    def broken_slot() -> None:
        raise RuntimeError("a slot that breaks")

    emitter.fired.connect(broken_slot)
    with caplog.at_level(logging.ERROR):
        emitter.fired.emit()
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(5, lambda: later.append("still running"))
        qtbot.waitUntil(lambda: later == ["still running"])
    records = [r for r in caplog.records if r.getMessage().startswith("Uncaught exception")]
    assert len(records) == 2  # the direct emit and the one from the event loop
    assert "in broken_slot" in caplog.text and "RuntimeError: a slot that breaks" in caplog.text


@pytest.mark.no_qt_log
def test_qt_messages_are_logged_at_a_matching_level(qtbot, caplog):
    previous = qInstallMessageHandler(forward_qt_message)
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qDebug("a debug note")
            qWarning("a warning from Qt")
            qCritical("a critical one")
    finally:
        qInstallMessageHandler(previous)
    seen = {record.getMessage(): record.levelno for record in caplog.records if record.name == "qt"}
    assert seen["a debug note"] == logging.DEBUG
    assert seen["a warning from Qt"] == logging.WARNING
    assert seen["a critical one"] == logging.ERROR


@pytest.mark.no_qt_log
def test_the_application_installs_the_handler(qtbot, caplog):
    application()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("through application()")
        assert any(r.name == "qt" and r.getMessage() == "through application()" for r in caplog.records)
    finally:
        qInstallMessageHandler(None)
