"""A widget faded out, changed while unseen, and faded back in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QPropertyAnimation
    from PySide6.QtWidgets import QGraphicsOpacityEffect


class CrossFade(QObject):
    """Fades ``widget`` out, calls ``between``, then fades it in again, ``duration_ms`` in all.

    The effect and its two animations are made at the first fade, seconds after the start
    screen is first shown: the first frame does not wait for them (or for PySide to make their
    types, ~3 ms), and until then the widget paints without an effect in between.
    """

    def __init__(self, widget: QWidget, duration_ms: int, between: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._half_ms = duration_ms // 2
        self._between = between
        self._parts: tuple[QGraphicsOpacityEffect, QPropertyAnimation, QPropertyAnimation] | None = None

    @property
    def opacity(self) -> float:
        return 1.0 if self._parts is None else self._parts[0].opacity()

    def start(self) -> None:
        self._made()[1].start()

    def stop(self) -> None:
        """Wholly shown again, at once."""
        if self._parts is not None:
            effect, fade_out, fade_in = self._parts
            fade_out.stop()
            fade_in.stop()
            effect.setOpacity(1.0)

    def _made(self) -> tuple[QGraphicsOpacityEffect, QPropertyAnimation, QPropertyAnimation]:
        if self._parts is None:
            from PySide6.QtCore import QPropertyAnimation
            from PySide6.QtWidgets import QGraphicsOpacityEffect

            effect = QGraphicsOpacityEffect(self._widget)
            effect.setOpacity(1.0)  # Qt's default is 0.7: washed out between fades
            self._widget.setGraphicsEffect(effect)
            fade_out = QPropertyAnimation(effect, b"opacity", self)
            fade_out.setDuration(self._half_ms)
            fade_out.setEndValue(0.0)
            fade_in = QPropertyAnimation(effect, b"opacity", self)
            fade_in.setDuration(self._half_ms)
            fade_in.setEndValue(1.0)
            fade_out.finished.connect(self._halfway)
            self._parts = (effect, fade_out, fade_in)
        return self._parts

    def _halfway(self) -> None:
        self._between()
        self._made()[2].start()
