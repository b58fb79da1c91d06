"""What assistive technology reads: names in the visitor's language, no marks, the right locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible

from kiosk.i18n.marks import plain
from kiosk.settings.options import COUNTDOWN_RANGE, Settings
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel
from tests.support.kiosk import hold_corner
from tests.support.screen import tap

DIRECTION_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_every_language_button_is_named_in_its_own_language(kiosk):
    for code, button in kiosk.window.start.buttons.items():
        loc = kiosk.runtime.languages.localizer(code)
        assert button.accessibleName() == f"{button.language.native_name}, {plain(loc.ui('start.greeting'))}"
        assert button.locale().name().split("_")[0] == QLocale(code).name().split("_")[0]


@pytest.mark.parametrize("code", ["fa", "ti", "nb"])
def test_tiles_and_labels_are_named_in_the_chosen_language_without_marks(qtbot, kiosk, code):
    tap(qtbot, kiosk.window.start.buttons[code])
    loc = kiosk.window.localizer
    for page in kiosk.runtime.content.pages:
        assert kiosk.window.home.tiles[page.id].accessibleName() == plain(loc.text(page.title))
    for label in kiosk.window.home.findChildren(TextLabel):
        if label.shown_text():
            assert not set(label.accessibleName()) & DIRECTION_CONTROLS, label.accessibleName()
    # A screen reader picks the voice from the widget's locale: the visitor's, not the start's.
    assert kiosk.window.home.locale().name().split("_")[0] == QLocale(code).name().split("_")[0]
    assert kiosk.window.windowTitle() == plain(loc.ui("app.office_name"))


def test_the_pin_pads_icon_keys_have_names(qtbot, kiosk):
    hold_corner(qtbot, kiosk)
    loc = kiosk.window.localizer
    assert kiosk.staff.pin_pad.erase.accessibleName() == loc.ui("staff.erase")
    assert kiosk.staff.pin_pad.confirm.accessibleName() == loc.ui("staff.ok")


def test_the_countdown_gives_at_least_twenty_seconds():
    assert Settings().countdown_seconds >= 20 and COUNTDOWN_RANGE[0] >= 20  # WCAG 2.2.1


def test_pictures_and_the_words_on_a_buttons_face_are_not_read_twice(qtbot, kiosk):
    """The button's name says its words; the labels on its face stay out of what is read."""
    tap(qtbot, kiosk.window.start.buttons["en"])
    tile = kiosk.window.home.tiles["hours"]
    faces = [*tile.lines, tile.icon_label]
    assert all(QAccessible.queryAccessibleInterface(label).state().invisible for label in faces)
    tap(qtbot, tile)
    page = kiosk.window.screen("hours")
    assert QAccessible.queryAccessibleInterface(page.icon).state().invisible
    assert not QAccessible.queryAccessibleInterface(page.title).state().invisible
    paragraph = next(label for label in page.findChildren(TextLabel) if label.objectName() == Name.PARAGRAPH)
    assert not QAccessible.queryAccessibleInterface(paragraph).state().invisible


def role_and_name(widget):
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role(), interface.text(QAccessible.Text.Name)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_titles_and_section_headings_are_headings_and_text_stays_text(qtbot, kiosk, code):
    """A screen reader's "next heading" needs them; Qt alone makes every label static text."""
    tap(qtbot, kiosk.window.start.buttons[code])
    loc = kiosk.window.localizer
    tap(qtbot, kiosk.window.home.tiles["hours"])
    page = kiosk.window.screen("hours")
    assert role_and_name(page.title) == (QAccessible.Role.Heading, plain(loc.text(page.page.title)))
    labels = page.findChildren(TextLabel)
    headings = [label for label in labels if label.objectName() == Name.HEADING and label.shown_text()]
    assert plain(loc.ui("hours.heading")) in [role_and_name(label)[1] for label in headings]
    assert {role_and_name(label)[0] for label in headings} == {QAccessible.Role.Heading}
    paragraphs = [label for label in labels if label.objectName() == Name.PARAGRAPH]
    assert paragraphs
    assert {role_and_name(label)[0] for label in paragraphs} == {QAccessible.Role.StaticText}



def test_what_lies_behind_an_open_overlay_can_be_neither_reached_nor_pressed(qtbot, kiosk):
    """Through AT-SPI the hidden English button once switched the screen behind the PIN pad."""
    window = kiosk.window
    tap(qtbot, window.start.buttons["en"])
    hold_corner(qtbot, kiosk)
    pad = kiosk.staff.pin_pad
    assert not window.stack.isVisible() and not window.nav.isVisible()
    assert not window.home.tiles["about"].isVisible()
    pressed = []
    window.home.tiles["about"].clicked.connect(lambda: pressed.append(True))
    window.home.tiles["about"].click()  # what a screen reader's "press" does: refused
    assert pressed == [] and window.current_screen == "home"
    tap(qtbot, pad.cancel)
    assert window.stack.isVisible() and window.nav.isVisible() and window.current_screen == "home"
