"""Scroll areas a finger can drag, as on a phone: no hover, no scroll bar to aim at."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QScroller


def make_touch_scrollable(area: QScrollArea) -> None:
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Touch screens deliver a finger as the left mouse button: drag to scroll, with momentum.
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
