"""What --screenshots renders is what a visitor sees: the same kiosk, the same event processing."""

from __future__ import annotations

from kiosk.ui.screens.blocks import HoursTable
from kiosk.ui.screenshots import render_screenshots
from kiosk.ui.widgets.text_label import TextLabel
from tests.support.clock import FakeClock
from tests.support.project import SHIPPED


def test_each_hours_page_grab_shows_only_its_own_languages_closures(make_kiosk, tmp_path):
    """Closures fall in the next 30 days on 1 December; switching languages replaces their rows."""
    kiosk = make_kiosk(kiosk_mode=False, clock=FakeClock("2026-12-01 12:00"))
    table = next(b for b in kiosk.window.pages["hours"].blocks if isinstance(b, HoursTable))
    shown_rows: dict[str, int] = {}
    original_grab = kiosk.window.grab

    def grab_and_count(*args):
        # At the moment of each grab: how many closure labels would be drawn, against how many there are.
        if kiosk.window.current_screen == "hours":
            drawn = [label for label in table.findChildren(TextLabel) if label.isVisibleTo(table)]
            shown_rows[kiosk.window.localizer.code] = len(drawn) - 2 * 7 - 2  # less the week, the headings
        return original_grab(*args)

    kiosk.window.grab = grab_and_count
    render_screenshots(kiosk, tmp_path)
    assert set(shown_rows) == set(SHIPPED)
    closures = len(table.closure_rows)
    assert closures >= 2  # 24 and 25 December
    assert shown_rows == dict.fromkeys(shown_rows, 2 * closures)
    assert (tmp_path / "nb" / "hours.png").stat().st_size > 0
