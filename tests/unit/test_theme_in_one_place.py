"""The look lives in kiosk/ui/theme.py: no widget module writes its own colour, size or margin."""

from __future__ import annotations

import re

import pytest

from tests.support.project import ROOT

UI_MODULES = sorted(path for path in (ROOT / "kiosk/ui").rglob("*.py") if path.name != "theme.py")
LITERAL_LOOKS = [
    (re.compile(r"#[0-9A-Fa-f]{6}\b|rgba?\("), "a colour"),
    (re.compile(r"\d+px"), "a size in a style"),
    (re.compile(r"setContentsMargins\(\s*\d"), "margins"),
    (re.compile(r"(?:setSpacing|addSpacing|setHorizontalSpacing|setVerticalSpacing)\(\s*[1-9]"), "a gap"),
    (re.compile(r"setStyleSheet\(\s*f?[\"']"), "a style sheet of its own"),
    (re.compile(r"setObjectName\(\s*[\"']"), "an object name as a bare string"),
]


@pytest.mark.parametrize("path", UI_MODULES, ids=lambda path: str(path.relative_to(ROOT / "kiosk/ui")))
def test_no_look_is_written_outside_the_theme(path):
    text = path.read_text(encoding="utf-8")
    found = [f"line {text[:match.start()].count(chr(10)) + 1}: {what} ({match.group(0)!r})"
             for pattern, what in LITERAL_LOOKS for match in pattern.finditer(text)]
    assert found == []


def test_no_text_is_set_in_italic():
    """The bundle leaves the fonts' italics out, and Qt would slant the upright letters instead:
    Arabic script and Ethiopic have no italic, and slanted they read worse."""
    from kiosk.ui import theme

    assert all("italic" not in theme.style_sheet(percent) for percent in theme.TEXT_STEPS)
