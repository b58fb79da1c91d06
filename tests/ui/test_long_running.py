"""The kiosk runs from morning to evening: nothing may wear out with use."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.text_label import TextLabel


def test_qt_calls_do_not_wear_down_none(qtbot):
    """PySide6 6.12.0 drops a reference to None on every void call; on Python 3.11 the
    interpreter aborts once None's count runs out, which a busy kiosk would reach."""
    label = TextLabel("Paragraph")
    qtbot.addWidget(label)
    label.show()
    before = sys.getrefcount(None)
    for round_ in range(5000):
        label.setFont(QFont("Noto Sans", 20 + round_ % 3))
        label.setText(f"round {round_ % 7}")
        QApplication.processEvents()
    # Other objects come and go and move the count a little; a leak moves it by thousands.
    assert before - sys.getrefcount(None) < 500
