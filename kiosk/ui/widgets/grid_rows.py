"""Grids of two-column text rows (label, value): refilled when their number changes, and
laid out side by side, or each value under its label when two columns would not fit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel

Row = tuple[TextLabel, TextLabel]


def fill_rows(grid: QGridLayout, parent: QWidget, rows: Sequence[tuple[str, str]],
              names: tuple[Name, Name] = (Name.VALUE, Name.VALUE), *, stacked: bool = False,
              row_gap: int = -1) -> list[Row]:
    while grid.count():
        item = grid.takeAt(0)
        old = item.widget() if item is not None else None
        if old is not None:
            # Hidden now, deleted later: until Qt runs its deferred deletions (the event loop
            # does, a grab may not) the old row would still be drawn under the new one.
            old.hide()
            old.deleteLater()
    labels = []
    for texts in rows:
        pair = []
        for text, name in zip(texts, names, strict=True):
            label = TextLabel(name, parent, wrap=False)
            label.setText(text)
            pair.append(label)
        labels.append((pair[0], pair[1]))
    place_rows(grid, labels, stacked=stacked, row_gap=row_gap)
    grid.setColumnStretch(2, 1)
    return labels


def place_rows(grid: QGridLayout, rows: Sequence[Row], *, stacked: bool, row_gap: int) -> None:
    """Each row's label and value side by side, ``row_gap`` apart (-1: the style's gap); or
    (``stacked``) each value just under its label, and ``row_gap`` more before the next label."""
    for label, value in rows:
        grid.removeWidget(label)
        grid.removeWidget(value)
    for row in range(grid.rowCount()):
        grid.setRowMinimumHeight(row, 0)
    grid.setVerticalSpacing(theme.LINE_GAP if stacked else row_gap)
    for index, (label, value) in enumerate(rows):
        if stacked:
            grid.addWidget(label, 3 * index, 0)
            grid.addWidget(value, 3 * index + 1, 0)
            grid.setRowMinimumHeight(3 * index + 2, max(row_gap, theme.LINE_GAP))
        else:
            grid.addWidget(label, index, 0)
            grid.addWidget(value, index, 1)


def side_by_side_width(rows: Sequence[Row], gap: int) -> int:
    """How wide the rows are with their labels in one column and their values in the next."""
    if not rows:
        return 0
    return (max(label.sizeHint().width() for label, _ in rows) + gap
            + max(value.sizeHint().width() for _, value in rows))
