"""Headings that a screen reader announces as headings.

Qt gives every QLabel the StaticText role, so a page's title and the headings over
its sections read like any other line, and a screen reader's "next heading" finds
nothing. An accessibility factory gives the labels the style sheet treats as
headings the Heading role; every other object keeps what Qt gives it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel

from kiosk.ui.theme import Name

HEADING_NAMES = frozenset({Name.OFFICE_NAME, Name.PAGE_TITLE, Name.HEADING, Name.OVERLAY_TITLE})


class HeadingAccessible(QAccessibleWidget):
    """A label read as a heading; its name is the label's accessible name (no marks)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)


def heading_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QLabel) and obj.objectName() in HEADING_NAMES:
        return HeadingAccessible(obj)
    return None


@cache
def install_heading_role() -> None:
    """Once per process: Qt keeps every factory it is given and asks each in turn."""
    QAccessible.installFactory(heading_factory)
