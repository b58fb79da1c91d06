"""Looking at the window the way a visitor does: what is visible, what is cut off."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QScroller, QToolButton, QWidget

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


def overflowing(root: QWidget) -> list[str]:
    """Text and buttons that reach past the side of what shows them: the window, or the scroll
    area they are in, which never scrolls sideways (outside one, past its foot too)."""
    shown: list[QWidget] = [*visible_labels(root),
                            *(b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root))]
    problems = []
    for widget in shown:
        frame = _frame_of(widget)
        top_left = widget.mapTo(frame, QPoint(0, 0))
        left, right = top_left.x(), top_left.x() + widget.width()
        bottom = top_left.y() + widget.height()
        past_foot = not isinstance(frame.parentWidget(), QScrollArea) and bottom > frame.height()
        if left < 0 or right > frame.width() or past_foot:
            problems.append(f"{widget.objectName()} {_words(widget)!r}: spans x {left}..{right}, "
                            f"y to {bottom}, in {frame.objectName() or 'a scroll area'} "
                            f"of {frame.size().toTuple()}")
    return problems


def squeezed_buttons(root: QWidget) -> list[str]:
    """Tool buttons (the bar's) given less width than their words and icon need: Qt cuts them."""
    shown = [b for b in root.findChildren(QToolButton) if b.isVisibleTo(root)]
    return [f"{b.objectName()} {b.text()!r}: has {b.width()}, needs {b.sizeHint().width()}"
            for b in shown if b.width() < b.sizeHint().width()]


def misfits(window: QWidget, screen: QWidget) -> list[str]:
    """Everything a visitor would find cut, squeezed or pushed off on ``screen`` (and the bar)."""
    return [*clipped(screen), *overflowing(window), *squeezed_buttons(window)]


def _frame_of(widget: QWidget) -> QWidget:
    """The nearest scroll area's viewport around ``widget``, else its window."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QScrollArea) and parent is parent.parentWidget().viewport():
            return parent
        parent = parent.parentWidget()
    return widget.window()


def _words(widget: QWidget) -> str:
    if isinstance(widget, TextLabel):
        return widget.shown_text()
    return widget.text() if isinstance(widget, QAbstractButton) else ""


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
