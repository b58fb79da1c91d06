"""Every colour pair the theme draws is seen by someone who sees poorly (WCAG 1.4.3 and 1.4.11)."""

from __future__ import annotations

import pytest

from kiosk.ui import theme

TEXT_RATIO = 4.5  # text of any size the kiosk uses
NON_TEXT_RATIO = 3.0  # borders, marks and indicators that are no text


def luminance(colour: str) -> float:
    red, green, blue = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


WHITE = "#FFFFFF"
TEXT_PAIRS = [
    ("body text on the page", theme.TEXT, theme.BACKGROUND),
    ("body text on a card", theme.TEXT, theme.SURFACE),
    ("titles and tiles", theme.IOM_BLUE, theme.SURFACE),
    ("titles on the page", theme.IOM_BLUE, theme.BACKGROUND),
    ("muted labels on a card", theme.MUTED, theme.SURFACE),
    ("muted lines on the page", theme.MUTED, theme.BACKGROUND),
    ("the bar's buttons", WHITE, theme.IOM_BLUE),
    ("a pressed bar button", WHITE, theme.IOM_BLUE_PRESSED),
    ("the quit button", WHITE, theme.DANGER),
    ("tile text while pressed", theme.IOM_BLUE, theme.PRESSED_FILL),
    ("the bar's Stop while it reads", theme.IOM_BLUE, theme.SURFACE),
]
NON_TEXT_PAIRS = [
    ("a button's border on a card", theme.BORDER, theme.SURFACE),
    ("a button's border on the page", theme.BORDER, theme.BACKGROUND),
    ("the default language's mark", theme.ACCENT, theme.SURFACE),
    ("the default language's border on the page", theme.ACCENT, theme.BACKGROUND),
    ("the scroll bar: more below", theme.SCROLL_HANDLE, theme.BACKGROUND),
    ("a pressed button's border", theme.IOM_BLUE, theme.PRESSED_FILL),
    ("a language's speaker and its ring", theme.IOM_BLUE, theme.SURFACE),
    ("the speaker's stop sign while it reads", WHITE, theme.IOM_BLUE),
    ("the Stop button on the bar", theme.SURFACE, theme.IOM_BLUE),
]


@pytest.mark.parametrize(("what", "front", "back"), TEXT_PAIRS, ids=[p[0] for p in TEXT_PAIRS])
def test_text_is_readable(what, front, back):
    assert contrast(front, back) >= TEXT_RATIO, what


@pytest.mark.parametrize(("what", "front", "back"), NON_TEXT_PAIRS, ids=[p[0] for p in NON_TEXT_PAIRS])
def test_what_is_no_text_is_seen(what, front, back):
    assert contrast(front, back) >= NON_TEXT_RATIO, what


def test_the_check_can_fail():
    assert contrast("#F2A900", WHITE) < NON_TEXT_RATIO  # IOM's own gold: 2.0:1
    assert round(contrast("#000000", WHITE), 1) == 21.0
