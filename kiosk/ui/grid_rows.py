"""Refilling a grid of two-column text rows (label, value) whose number changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.text_label import TextLabel


def fill_rows(grid: QGridLayout, parent: QWidget, rows: Sequence[tuple[str, str]],
              names: tuple[str, str] = ("Value", "Value")) -> list[tuple[TextLabel, TextLabel]]:
    while grid.count():
        item = grid.takeAt(0)
        if item is not None and item.widget() is not None:
            item.widget().deleteLater()
    labels = []
    for row, texts in enumerate(rows):
        pair = []
        for column, (text, name) in enumerate(zip(texts, names, strict=True)):
            label = TextLabel(name, parent, wrap=False)
            label.setText(text)
            grid.addWidget(label, row, column)
            pair.append(label)
        labels.append((pair[0], pair[1]))
    grid.setColumnStretch(2, 1)
    return labels
