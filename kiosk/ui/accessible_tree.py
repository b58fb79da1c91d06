"""What assistive technology is told beyond Qt's defaults: headings, and nothing said twice.

Qt gives every QLabel the StaticText role, so a page's title and the headings over its
sections read like any other line, and a screen reader's "next heading" finds nothing;
it also lists every picture and the words on a button's face as labels of their own,
after the button already said them in its name. An accessibility factory gives the
labels the style sheet treats as headings the Heading role, and marks the rest of those
labels invisible to assistive technology; every other object keeps what Qt gives it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel

from kiosk.ui.theme import Name

HEADING_NAMES = frozenset({Name.OFFICE_NAME, Name.PAGE_TITLE, Name.HEADING, Name.OVERLAY_TITLE})


class LabelAccessible(QAccessibleWidget):
    """A heading read as a heading; a picture, or words a button's name already says, unread.

    Qt asks the factory once per label and keeps the answer, so what may change (a label's
    text arrives with the first language) is decided each time a screen reader asks.
    """

    def __init__(self, label: QLabel) -> None:
        heading = label.objectName() in HEADING_NAMES
        super().__init__(label, QAccessible.Role.Heading if heading else QAccessible.Role.StaticText)
        self.label = label
        self.on_button_face = isinstance(label.parent(), QAbstractButton)

    def state(self) -> QAccessible.State:
        state = super().state()
        if self.on_button_face or not self.label.text():
            state.invisible = True
        return state


def accessible_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QLabel) and (obj.objectName() in HEADING_NAMES or not obj.text()
                                    or isinstance(obj.parent(), QAbstractButton)):
        return LabelAccessible(obj)
    return None


@cache
def install_accessible_tree() -> None:
    """Once per process: Qt keeps every factory it is given and asks each in turn."""
    QAccessible.installFactory(accessible_factory)
