"""A widget's state as the style sheet sees it: a dynamic property, and the style applied again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def set_style_state(widget: QWidget, name: str, value: bool) -> None:
    """Sets ``name`` (matched by ``[name="true"]`` in theme.py's style sheet). Qt reads
    properties when it polishes a widget, so a widget already polished is polished again; one
    not yet polished (still being built) reads it when it is, and costs nothing now."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
