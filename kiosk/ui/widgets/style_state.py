"""A widget's state as the style sheet sees it: a dynamic property, and the style applied again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_style_state(widget: QWidget, name: str, value: bool) -> None:
    """Sets ``name`` (matched by ``[name="true"]`` in theme.py's style sheet). Qt reads
    properties when it polishes a widget, so the widget is polished again."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
