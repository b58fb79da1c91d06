"""The ui.toml keys the frame asks for, declared once so a file without one fails at load.

tests/unit/test_content.py scans the code for each ui() call with a literal key, so this list
cannot fall behind what the widgets use.
"""

from __future__ import annotations

REQUIRED_UI_KEYS: frozenset[str] = frozenset({
    "app.agency", "app.office_name", "app.unreviewed",
    "start.greeting", "start.prompt",
    "home.prompt",
    "nav.back", "nav.home", "nav.language", "nav.listen", "nav.stop_listening", "nav.larger_text",
    "speech.time_range",
    "hours.heading", "hours.closed", "hours.closures_heading", "hours.open_now", "hours.opens_today",
    "hours.opens_tomorrow", "hours.opens_on_weekday", "hours.opens_on_date", "hours.office_closure",
    "contact.heading", "contact.floors_up",
    # The contact block asks for these by name, in a loop.
    "contact.visiting_address", "contact.postal_address", "contact.phone", "contact.fax",
    "idle.still_there", "idle.countdown", "idle.continue",
    "staff.reviewed", "staff.unreviewed", "staff.shown", "staff.hidden", "staff.earlier",
    "staff.erase", "staff.ok",
    "staff.no_pin", "staff.pin_title", "staff.pin_wrong", "staff.pin_locked", "staff.pin_length",
    "staff.new_pin", "staff.repeat_pin", "staff.pins_differ", "staff.pin_changed", "staff.cancel",
    "staff.panel_title", "staff.default_language", "staff.idle_timeout", "staff.hide_cursor",
    "staff.on", "staff.off", "staff.languages", "staff.usage", "staff.date", "staff.visits",
    "staff.export", "staff.exported", "staff.save_failed", "staff.change_pin",
    "staff.back_to_visitors", "staff.quit",
    "staff.countdown", "staff.read_aloud", "staff.volume", "staff.voices", "staff.no_voices",
})
