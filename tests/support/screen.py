"""Looking at the window the way a visitor does: what is visible, what is cut off."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QScroller, QWidget

from kiosk.ui.widgets.text_label import TextLabel


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


def scroll_to(button: QWidget) -> None:
    """What a finger does first for a button further down: scroll until it is in view."""
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(button)
        # Then the finger rests: a scroller still moving would take the next press as "stop".
        QScroller.scroller(parent.viewport()).stop()


def tap(qtbot, button: QAbstractButton) -> None:
    """A finger on the middle of the button: press and release, as a touch screen sends it.

    Only what a visitor can see can be tapped: a button scrolled or covered out of view fails.
    """
    centre = QPoint(button.width() // 2, button.height() // 2)
    assert button.isVisible() and button.visibleRegion().contains(centre), \
        f"{button.objectName()} {button.text()!r} is not on screen to be tapped"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=centre)
