"""Larger text for visitors who see poorly: one size for the whole visit, in one place.

The A+ button steps through ``theme.TEXT_STEPS`` (100 %, 130 %, 160 %, then 100 % again).
Every visitor screen that shows text is registered here. At 100 % a registered widget has no
style sheet of its own and follows the application's; at a larger step it takes what the
theme's style sheet for that step changes (``theme.step_style_sheet(percent)``: the sizes),
which wins over the application's for it and everything inside it. Fonts keep their families (the
language's, Nastaliq for Urdu): a style sheet sets only the size. What no style sheet
sizes (icons, the home screen's columns, a card's rows) each widget redoes in ``rescale``.

As with a language switch, only what is on screen is restyled at once: a widget out of
sight is marked stale and catches up when it is next shown, before it is painted.

The start screen and the staff's overlays are never registered: the start screen holds
every language at once with no scrolling, and staff need no larger text.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui import theme


class Rescalable(Protocol):
    def rescale(self, percent: int) -> None: ...


class TextSize(QObject):
    changed = Signal(int)  # the new percentage

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._percent = theme.NORMAL_TEXT
        self._widgets: list[QWidget] = []
        self._stale: set[int] = set()  # id() of widgets still at an earlier size

    @property
    def percent(self) -> int:
        return self._percent

    @property
    def is_normal(self) -> bool:
        return self._percent == theme.NORMAL_TEXT

    def register(self, widget: QWidget) -> None:
        """``widget`` (with a ``rescale(percent)``) takes every step from now on."""
        self._widgets.append(widget)
        widget.installEventFilter(self)
        key = id(widget)
        widget.destroyed.connect(lambda: self._forget(key))
        if not self.is_normal:  # every widget is built at normal size
            self._refresh(widget)

    def step_up(self) -> None:
        """The next step; after the largest, back to 100 %."""
        steps = theme.TEXT_STEPS
        self.set_percent(steps[(steps.index(self._percent) + 1) % len(steps)])

    def reset(self) -> None:
        """100 %, for the next visitor."""
        self.set_percent(theme.NORMAL_TEXT)

    def set_percent(self, percent: int) -> None:
        if percent not in theme.TEXT_STEPS:
            raise ValueError(f"text size {percent} %: choose one of {theme.TEXT_STEPS}")
        if percent == self._percent:
            return
        self._percent = percent
        for widget in self._widgets:
            self._refresh(widget)
        self.changed.emit(percent)

    def is_stale(self, widget: QWidget) -> bool:
        return id(widget) in self._stale

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Show reaches a widget before its first paint: it is never seen at the old size.
        if event.type() == QEvent.Type.Show and id(watched) in self._stale and isinstance(watched, QWidget):
            self._stale.discard(id(watched))
            self._apply_to(watched)
        return False

    def _refresh(self, widget: QWidget) -> None:
        """Now if ``widget`` is on screen (or would be as soon as its window is), else when shown."""
        if widget.isVisibleTo(widget.window()):
            self._stale.discard(id(widget))
            self._apply_to(widget)
        else:
            self._stale.add(id(widget))

    def _apply_to(self, widget: QWidget) -> None:
        sheet = "" if self.is_normal else theme.step_style_sheet(self._percent)
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)
        widget.rescale(self._percent)  # type: ignore[attr-defined]

    def _forget(self, key: int) -> None:
        self._stale.discard(key)
        self._widgets = [w for w in self._widgets if id(w) != key]
