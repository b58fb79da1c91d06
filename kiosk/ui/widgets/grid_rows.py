"""Refilling a grid of two-column text rows (label, value) whose number changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel


def fill_rows(grid: QGridLayout, parent: QWidget, rows: Sequence[tuple[str, str]],
              names: tuple[Name, Name] = (Name.VALUE, Name.VALUE)) -> list[tuple[TextLabel, TextLabel]]:
    while grid.count():
        item = grid.takeAt(0)
        old = item.widget() if item is not None else None
        if old is not None:
            # Hidden now, deleted later: until Qt runs its deferred deletions (the event loop
            # does, a grab may not) the old row would still be drawn under the new one.
            old.hide()
            old.deleteLater()
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
