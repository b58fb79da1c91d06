"""Looking at the window the way a visitor does: what is visible, what is cut off."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.text_label import TextLabel


def visible_labels(root: QWidget) -> list[TextLabel]:
    return [label for label in root.findChildren(TextLabel) if label.isVisibleTo(root) and label.text()]


def visible_texts(root: QWidget) -> list[str]:
    return [label.shown_text() for label in visible_labels(root)]


def clipped(root: QWidget) -> list[str]:
    """Labels whose text needs more room than they were given."""
    problems = []
    for label in visible_labels(root):
        if label.wordWrap():
            needed_height = label.heightForWidth(label.width())
            needed_width = label.minimumSizeHint().width()
        else:
            needed_height = label.sizeHint().height()
            needed_width = label.sizeHint().width()
        if label.height() < needed_height or label.width() < needed_width:
            problems.append(f"{label.objectName()} {label.shown_text()!r}: has {label.size().toTuple()}, "
                            f"needs {(needed_width, needed_height)}")
    return problems


def tap(qtbot, button: QAbstractButton) -> None:
    """A finger on the middle of the button: press and release, as a touch screen sends it."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))
