"""Looking at the window the way a visitor does: what is visible, what is cut off."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QScroller, QStyle, QToolButton, QWidget

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


# A pixel this opaque is ink, not the faint edge of anti-aliasing.
INK_ALPHA = 96
BEYOND = 64  # px around a label where its text is drawn again, uncut, to see what it lost


def _alpha(image: QImage) -> list[bytes]:
    """The rows of a Format_Alpha8 image, one byte a pixel (its rows are padded to 4 bytes)."""
    bits, stride = bytes(image.constBits()), image.bytesPerLine()
    return [bits[y * stride:y * stride + image.width()] for y in range(image.height())]


def _inked(pixels: bytes) -> bool:
    return max(pixels, default=0) >= INK_ALPHA


def ink_at_edges(widgets: Iterable[QAbstractButton]) -> list[str]:
    """Buttons that, drawn as on screen, have ink in their outermost rows or columns of
    pixels: their text runs on past the edge, and what lies beyond it is cut off. (A button
    keeps its text off its edges by padding; a label's text may lie flush with them.)"""
    problems = []
    for widget in widgets:
        image = QImage(widget.size(), QImage.Format.Format_Alpha8)
        image.fill(Qt.GlobalColor.transparent)
        # Without the window's background: every opaque pixel is the button's own drawing.
        widget.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        rows = _alpha(image)
        edges = {"top": rows[0], "bottom": rows[-1],
                 "left": bytes(row[0] for row in rows), "right": bytes(row[-1] for row in rows)}
        cut = [edge for edge, pixels in edges.items() if _inked(pixels)]
        if cut:
            problems.append(f"{widget.objectName()} {widget.text()!r}: ink at the {' and '.join(cut)}")
    return problems


def text_cut_off(labels: Iterable[TextLabel]) -> list[str]:
    """Labels that lose ink at their edges: their text, drawn as the label draws it but onto
    a larger image, has ink outside the label's rectangle.

    The drawing is the label's own (QLabel's paintEvent for plain text: the style's
    drawItemText in the contents rectangle), less its clipping. A label found whole is then
    drawn by itself too: the two must agree pixel for pixel inside its rectangle, or the
    verdict would not be about the label as it is seen.
    """
    problems = []
    for label in labels:
        width, height = label.width(), label.height()
        uncut = QImage(width + 2 * BEYOND, height + 2 * BEYOND, QImage.Format.Format_Alpha8)
        uncut.fill(Qt.GlobalColor.transparent)
        # QLabel's own rule: the direction of the first strong letter (a TextLabel's mark).
        rtl = next((unicodedata.bidirectional(c) in ("R", "AL") for c in label.text()
                    if unicodedata.bidirectional(c) in ("L", "R", "AL")), False)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        # Unclipped: a label's text whose lines overflow its rectangle is clipped to it.
        flags = (QStyle.visualAlignment(direction, label.alignment()).value
                 | (Qt.TextFlag.TextWordWrap.value if label.wordWrap() else 0)
                 | (Qt.TextFlag.TextForceRightToLeft if rtl else Qt.TextFlag.TextForceLeftToRight).value
                 | Qt.TextFlag.TextDontClip.value)
        painter = QPainter(uncut)
        painter.setFont(label.font())
        painter.translate(BEYOND, BEYOND)
        label.style().drawItemText(painter, label.contentsRect(), flags, label.palette(), label.isEnabled(),
                                   label.text(), label.foregroundRole())
        painter.end()
        rows = _alpha(uncut)
        cut = {"top": any(_inked(row) for row in rows[:BEYOND]),
               "bottom": any(_inked(row) for row in rows[BEYOND + height:]),
               "left": any(_inked(row[:BEYOND]) for row in rows),
               "right": any(_inked(row[BEYOND + width:]) for row in rows)}
        if any(cut.values()):
            edges = " and ".join(edge for edge, lost in cut.items() if lost)
            problems.append(f"{label.objectName()} {label.shown_text()!r}: ink cut off at the {edges}, "
                            f"{label.size().toTuple()}")
            continue
        shown = QImage(label.size(), QImage.Format.Format_Alpha8)
        shown.fill(Qt.GlobalColor.transparent)
        label.render(shown, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        if [row[BEYOND:BEYOND + width] for row in rows[BEYOND:BEYOND + height]] != _alpha(shown):
            # As glyphs do that are placed by outline points, which depend on what came before.
            problems.append(f"{label.objectName()} {label.shown_text()!r}: drawn otherwise a second time")
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


def finger(action: str, widget: QWidget, pos: QPoint | None = None,
           button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """A "press", "release" or "click" on ``widget`` (at ``pos``, else its middle) the way the
    screen gives it: to the window's platform window, which hands it to the widget under it.
    (QTest's widget overloads give a widget its event directly, past the kiosk's watchers.)"""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None and window.isVisible(), "a window not shown takes no touch"
    at = widget.mapTo(window, pos if pos is not None else widget.rect().center())
    {"press": QTest.mousePress, "release": QTest.mouseRelease, "click": QTest.mouseClick}[action](
        handle, button, Qt.KeyboardModifier.NoModifier, at)


def tap(qtbot, button: QAbstractButton) -> None:
    """A finger on the middle of the button: press and release, as a touch screen sends it.

    Only what a visitor can see can be tapped: a button scrolled or covered out of view fails.
    """
    centre = QPoint(button.width() // 2, button.height() // 2)
    assert button.isVisible() and button.visibleRegion().contains(centre), \
        f"{button.objectName()} {button.text()!r} is not on screen to be tapped"
    finger("click", button, centre)
