"""Widgets for a page's blocks. Built once; ``retranslate`` refills their text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content import Block, Bullets, ContactDetails, Heading, OpeningHours, Paragraph
from kiosk.content.model import Address, Office
from kiosk.hours import WEEKDAY_KEYS
from kiosk.hours.calendar import OpeningCalendar
from kiosk.hours.clock import Clock
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.marks import left_to_right
from kiosk.i18n.opening_text import closures_ahead
from kiosk.ui import theme
from kiosk.ui.theme import Name
from kiosk.ui.widgets.grid_rows import Row, fill_rows, place_rows, side_by_side_width
from kiosk.ui.widgets.text_label import TextLabel

CLOSURE_ROW_GAP = -1  # the style's own: the closures are set closer than the week


class BlockWidget(Protocol):
    def retranslate(self, loc: Localizer) -> None: ...

    def rescale(self, percent: int) -> None: ...


class TextBlock(TextLabel):
    def __init__(self, block: Paragraph | Heading, parent: QWidget | None = None) -> None:
        super().__init__(Name.HEADING if isinstance(block, Heading) else Name.PARAGRAPH, parent)
        self.source = block.text

    def retranslate(self, loc: Localizer) -> None:
        self.setText(loc.text(self.source))

    def rescale(self, percent: int) -> None:
        """Nothing to redo: its style sheet sizes its text, and it wraps."""


class BulletList(QWidget):
    def __init__(self, block: Bullets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources = block.items
        # Rows of their own, not a grid: a grid gives wrapped labels too little
        # height and clips their descenders.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.BULLET_INDENT)
        layout.setSpacing(theme.LINE_GAP)
        self.items: list[TextLabel] = []
        for _ in block.items:
            bullet = TextLabel(Name.BULLET, self, wrap=False)
            bullet.setText("•")
            bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
            item = TextLabel(Name.BULLET_TEXT, self)
            row = QHBoxLayout()
            row.setSpacing(theme.BULLET_GAP)
            row.addWidget(bullet)
            row.addWidget(item, 1)
            layout.addLayout(row)
            self.items.append(item)

    def retranslate(self, loc: Localizer) -> None:
        for label, source in zip(self.items, self._sources, strict=True):
            label.setText(loc.text(source))

    def rescale(self, percent: int) -> None:
        """Nothing to redo: its style sheet sizes its text, and it wraps."""


class Card(QWidget):
    """A panel with a heading over rows of two columns, drawn from the office profile.

    Its rows are not wrapped (their lines are broken by hand), so when larger text or a long
    language leaves a grid of rows no room for two columns, each value goes under its label.
    """

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(Name.CARD)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._office = office
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.CARD_MARGINS)
        self.heading = TextLabel(Name.HEADING, self)
        layout.addWidget(self.heading)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(theme.COLUMN_GAP)
        self._grid.setVerticalSpacing(theme.ROW_GAP)
        self._grid.setColumnStretch(2, 1)
        layout.addLayout(self._grid)
        self._rows: list[Row] = []
        self._stacked: set[int] = set()  # id() of each grid whose values are under their labels

    def _add_row(self, left_name: Name) -> Row:
        # Unwrapped: these values are short and broken into lines by hand, and a
        # wrapped label in a grid is given too little height and clips its last line.
        left, right = TextLabel(left_name, self, wrap=False), TextLabel(Name.VALUE, self, wrap=False)
        left.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = self._grid.rowCount()
        self._grid.addWidget(left, row, 0)
        self._grid.addWidget(right, row, 1)
        self._rows.append((left, right))
        return left, right

    def _row_groups(self) -> list[tuple[QGridLayout, Sequence[Row], int]]:
        """Each grid of rows, with the gap between its rows."""
        return [(self._grid, self._rows, theme.ROW_GAP)]

    def rescale(self, percent: int) -> None:
        self._reflow()

    def is_stacked(self, grid: QGridLayout) -> bool:
        return id(grid) in self._stacked

    def _reflow(self) -> None:
        """Two columns where they fit in the card's width, else each value under its label."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        for grid, rows, gap in self._row_groups():
            stacked = side_by_side_width(rows, theme.COLUMN_GAP) > room
            if stacked != self.is_stacked(grid):
                if stacked:
                    self._stacked.add(id(grid))
                else:
                    self._stacked.discard(id(grid))
                place_rows(grid, rows, stacked=stacked, row_gap=gap)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._reflow()


class HoursTable(Card):
    """The week, one row a day, then the days it is closed in the next 30 days."""

    def __init__(self, office: Office, calendar: OpeningCalendar, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self._calendar = calendar
        self._clock = clock
        self.rows = [self._add_row(Name.VALUE) for _ in WEEKDAY_KEYS]
        self.closures_heading = TextLabel(Name.HEADING, self)
        self.layout().addWidget(self.closures_heading)
        self._closure_grid = QGridLayout()
        self._closure_grid.setHorizontalSpacing(theme.COLUMN_GAP)
        self.layout().addLayout(self._closure_grid)
        self.closure_rows: list[tuple[TextLabel, TextLabel]] = []

    def retranslate(self, loc: Localizer) -> None:
        self.heading.setText(loc.ui("hours.heading"))
        for weekday, (day, hours) in enumerate(self.rows):
            day.setText(loc.weekday(weekday))
            intervals = self._office.schedule.week.on(weekday)
            hours.setText(", ".join(loc.time_range(i.opens, i.closes) for i in intervals)
                          or loc.ui("hours.closed"))
        today = self._clock().astimezone(self._calendar.zone).date()
        closures = closures_ahead(self._calendar, today, loc)
        self.closures_heading.setText(loc.ui("hours.closures_heading"))
        self.closures_heading.setVisible(bool(closures))
        self.closure_rows = fill_rows(self._closure_grid, self, closures,
                                      stacked=self.is_stacked(self._closure_grid), row_gap=CLOSURE_ROW_GAP)
        self._reflow()

    def _row_groups(self) -> list[tuple[QGridLayout, Sequence[Row], int]]:
        return [*super()._row_groups(), (self._closure_grid, self.closure_rows, CLOSURE_ROW_GAP)]


class ContactCard(Card):
    """Addresses and numbers as written on the door; only their labels translate."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.rows = {key: self._add_row(Name.LABEL)
                     for key in ("visiting_address", "postal_address", "phone", "fax")}

    def retranslate(self, loc: Localizer) -> None:
        office = self._office
        self.heading.setText(loc.ui("contact.heading"))
        visiting = office.visiting_address
        floors_up = visiting.floors_above_street
        # At street level the written floor says it all.
        floor = loc.ui("contact.floors_up", floors=loc.number(floors_up)) if floors_up else None
        values = {
            "visiting_address": _address_lines(visiting, floor),
            "postal_address": _address_lines(office.postal_address, None),
            "phone": left_to_right(office.phone),
            "fax": left_to_right(office.fax),
        }
        for key, (label, value) in self.rows.items():
            label.setText(loc.ui(f"contact.{key}"))
            value.setText(values[key])
        self._reflow()


def _address_lines(address: Address, floors_up: str | None) -> str:
    # Street, floor and postcode stay in their Norwegian, left-to-right form: it is what the
    # door and the post office read. How far up that is, a translated phrase,
    # keeps its own direction.
    street = f"{address.street}, {address.floor}" if address.floor else address.street
    lines = [left_to_right(street)]
    if floors_up:
        lines.append(floors_up)
    lines.append(left_to_right(f"{address.postcode} {address.town}"))
    return "\n".join(lines)


def build_block(block: Block, office: Office, calendar: OpeningCalendar, clock: Clock,
                parent: QWidget | None = None) -> QWidget:
    if isinstance(block, Paragraph | Heading):
        return TextBlock(block, parent)
    if isinstance(block, Bullets):
        return BulletList(block, parent)
    if isinstance(block, OpeningHours):
        return HoursTable(office, calendar, clock, parent)
    if isinstance(block, ContactDetails):
        return ContactCard(office, parent)
    raise TypeError(f"no widget for {block!r}")

