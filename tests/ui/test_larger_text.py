"""Larger text: A+ on the bar steps every visitor text through 100, 130 and 160 %, and back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.i18n.marks import plain
from kiosk.ui import theme
from kiosk.ui.assemble import Kiosk
from kiosk.ui.fonts import NASTALIQ
from kiosk.ui.screens.blocks import TextBlock
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.window import HOME, START
from tests.support.kiosk import hold_corner
from tests.support.project import SHIPPED
from tests.support.screen import misfits, scroll_to, tap, visible_labels

MakeKiosk = Callable[..., Kiosk]  # the make_kiosk fixture


def pixel_size(label: QWidget) -> int:
    """The size the label's text is drawn at, from the widget itself."""
    return label.font().pixelSize()


def larger(qtbot: QtBot, kiosk: Kiosk) -> None:
    """One tap on A+, as a visitor's finger."""
    tap(qtbot, kiosk.window.nav.text_size)


def first_paragraph(kiosk: Kiosk, page_id: str) -> TextBlock:
    return next(block for block in kiosk.window.pages[page_id].blocks if isinstance(block, TextBlock))


def test_a_plus_makes_the_text_130_then_160_percent_and_a_third_tap_brings_it_back(
        qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    tap(qtbot, window.start.buttons["en"])
    name = window.home.office_name
    base = pixel_size(name)
    assert base == theme.OFFICE_NAME_PX
    assert plain(window.nav.text_size.text()) == "A+"
    larger(qtbot, kiosk)
    qtbot.waitUntil(lambda: pixel_size(name) == round(base * 1.3))
    assert plain(window.nav.text_size.text()) == "A+"
    larger(qtbot, kiosk)
    qtbot.waitUntil(lambda: pixel_size(name) == round(base * 1.6))
    # At the largest step the face says the next tap brings back the normal size.
    assert plain(window.nav.text_size.text()) == "A"
    tap(qtbot, window.home.tiles["office"])  # the first tile, in view at any size
    paragraph = first_paragraph(kiosk, "office")
    assert pixel_size(paragraph) == round(theme.BODY_PX * 1.6)
    larger(qtbot, kiosk)
    qtbot.waitUntil(lambda: pixel_size(paragraph) == theme.BODY_PX)
    assert plain(window.nav.text_size.text()) == "A+" and kiosk.text_size.percent == 100
    # Home, out of sight meanwhile, is at the new size by the time it is seen.
    tap(qtbot, window.nav.home)
    assert pixel_size(name) == base


def test_every_visitor_text_grows_by_the_same_step(qtbot: QtBot, kiosk: Kiosk) -> None:
    """No label is left at its old size: each one's size at 160 % is 1.6 times its own."""
    window = kiosk.window
    window.set_language("ti")
    screens = [window.screen(name) for name in ("home", "hours", "about")]

    def sizes() -> dict[int, int]:
        found = {}
        for screen in screens:
            window.show_screen(next(n for n in window.screen_names if window.screen(n) is screen))
            found.update({id(label): pixel_size(label) for label in visible_labels(screen)})
        found.update({id(button): pixel_size(button) for button in window.nav.findChildren(QWidget)
                      if button.isVisibleTo(window.nav)})
        return found

    normal = sizes()
    kiosk.text_size.set_percent(160)
    assert sizes() == {key: theme.text_px(size, 160) for key, size in normal.items()}


def test_the_chosen_size_stays_through_a_language_switch_and_urdu_keeps_nastaliq(
        qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    tap(qtbot, window.start.buttons["en"])
    larger(qtbot, kiosk)
    larger(qtbot, kiosk)
    tap(qtbot, window.nav.language)
    # The start screen holds every language at once, at its own size.
    assert pixel_size(window.start.office_name) == theme.OFFICE_NAME_PX
    tap(qtbot, window.start.buttons["fa"])
    assert window.localizer.code == "fa" and kiosk.text_size.percent == 160
    qtbot.waitUntil(lambda: pixel_size(window.home.office_name) == round(theme.OFFICE_NAME_PX * 1.6))
    tap(qtbot, window.nav.language)
    tap(qtbot, window.start.buttons["ur"])
    tap(qtbot, window.home.tiles["office"])
    paragraph = first_paragraph(kiosk, "office")
    assert pixel_size(paragraph) == round(theme.BODY_PX * 1.6)
    families = paragraph.font().families()
    assert NASTALIQ in families and families.index(NASTALIQ) < families.index("Noto Sans Arabic")
    window.set_language("en")
    assert NASTALIQ not in paragraph.font().families()
    assert pixel_size(paragraph) == round(theme.BODY_PX * 1.6)


def test_starting_over_brings_back_normal_text(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(idle_timeout_seconds=1)
    window = kiosk.window
    tap(qtbot, window.start.buttons["sv"])
    larger(qtbot, kiosk)
    assert kiosk.text_size.percent == 130
    qtbot.waitUntil(lambda: window.current_screen == START, timeout=5000)  # "Still there?" ran out
    assert kiosk.text_size.percent == 100
    assert pixel_size(window.home.office_name) == theme.OFFICE_NAME_PX
    assert plain(window.nav.text_size.text()) == "A+"
    assert kiosk.caretaker.at_rest


def test_larger_text_left_on_the_start_screen_is_no_rest(qtbot: QtBot, kiosk: Kiosk) -> None:
    """A visitor who chose larger text and went back to the start screen in the default language
    has left it for the next visitor: the countdown comes, and then normal text."""
    window = kiosk.window
    tap(qtbot, window.start.buttons[window.default_language])
    larger(qtbot, kiosk)
    tap(qtbot, window.nav.language)
    assert window.current_screen == START and window.localizer.code == window.default_language
    assert not kiosk.caretaker.at_rest
    with qtbot.waitSignal(kiosk.caretaker.still_there.expired, timeout=5000):
        kiosk.caretaker.idle.idle.emit()  # as the idle timer does
    assert kiosk.text_size.percent == 100 and kiosk.caretaker.at_rest


@pytest.mark.parametrize("code", ["en", "nb", "fa", "ar", "ti"])
def test_the_button_is_named_in_the_visitors_language_and_says_its_step(
        qtbot: QtBot, kiosk: Kiosk, code: str) -> None:
    window = kiosk.window
    tap(qtbot, window.start.buttons[code])
    button = window.nav.text_size
    loc = window.localizer
    interface = QAccessible.queryAccessibleInterface(button)
    assert button.accessibleName() == loc.ui("nav.larger_text")
    assert interface.text(QAccessible.Text.Name) == loc.ui("nav.larger_text")
    assert button.accessibleDescription() == loc.percent(1.0)
    larger(qtbot, kiosk)
    assert interface.text(QAccessible.Text.Description) == loc.percent(1.3)
    # Another language renames it, and keeps the step.
    other = "fa" if code != "fa" else "en"
    window.set_language(other)
    assert button.accessibleName() == window.localizer.ui("nav.larger_text")
    assert button.accessibleDescription() == window.localizer.percent(1.3)


def test_the_countdown_takes_the_visitors_size_and_staff_screens_keep_theirs(
        qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    tap(qtbot, window.start.buttons["en"])
    kiosk.text_size.set_percent(160)
    kiosk.caretaker.idle.idle.emit()
    still_there = kiosk.caretaker.still_there
    assert still_there.isVisible()
    assert pixel_size(still_there.title) == theme.text_px(theme.TITLE_PX, 160) == theme.LARGEST_TEXT_PX
    qtbot.waitUntil(lambda: not misfits(window, still_there), timeout=3000)
    tap(qtbot, still_there.keep)
    hold_corner(qtbot, kiosk)
    assert pixel_size(kiosk.staff.pin_pad.title) == theme.TITLE_PX


def test_icons_and_touch_targets_grow_less_than_the_text(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    tap(qtbot, window.start.buttons["en"])
    kiosk.text_size.set_percent(160)
    assert window.nav.back.iconSize().height() == theme.grown_px(theme.ICON_PX, 160) == 52
    qtbot.waitUntil(lambda: window.nav.back.height() >= theme.grown_px(theme.MIN_TARGET, 160))
    tile = window.home.tiles["office"]
    assert tile.icon_label is not None
    qtbot.waitUntil(lambda: tile.icon_label.side == theme.grown_px(theme.TILE_ICON_PX, 160))


def test_a_home_that_scrolls_keeps_its_tiles_clear_of_the_more_below_mark(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    for code in ("en", "ar"):
        window.set_language(code)
        window.show_screen(HOME)
        kiosk.text_size.set_percent(160)
        home = window.home
        qtbot.waitUntil(lambda home=home: home.more_below.isVisible())

        def under_the_mark(home: HomeScreen = home) -> list[str]:
            mark = home.more_below.geometry()
            where = {tile: QRect(tile.mapTo(home.viewport(), tile.rect().topLeft()), tile.size())
                     for tile in home.tiles.values()}
            return [tile.lines[0].shown_text() for tile, rect in where.items() if rect.intersects(mark)]

        qtbot.waitUntil(lambda: not under_the_mark(), timeout=3000)
        # The last tile is reached by scrolling, and taken by a tap.
        last = home.tiles["about"]
        scroll_to(last)
        tap(qtbot, last)
        assert window.current_screen == "about"
        kiosk.text_size.reset()


@pytest.mark.parametrize("code", SHIPPED)
def test_every_screen_fits_in_every_language_at_every_text_size(
        qtbot: QtBot, make_kiosk: MakeKiosk, code: str) -> None:
    """Nothing cut, squeezed or pushed off the side, on any screen, at 100, 130 and 160 %."""
    kiosk = make_kiosk(kiosk_mode=False)
    window = kiosk.window
    window.set_language(code)
    for percent in theme.TEXT_STEPS:
        kiosk.text_size.set_percent(percent)
        for name in window.screen_names:
            window.show_screen(name)
            screen = window.screen(name)
            qtbot.waitUntil(lambda screen=screen: not misfits(window, screen), timeout=3000)
        still_there = kiosk.caretaker.still_there
        still_there.begin(window.localizer, 20)
        qtbot.waitUntil(lambda still_there=still_there: not misfits(window, still_there), timeout=3000)
        still_there.dismiss()



@pytest.mark.parametrize("percent", [step for step in theme.TEXT_STEPS if step != theme.NORMAL_TEXT])
def test_a_steps_style_sheet_holds_only_what_the_step_changes(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                              percent: int) -> None:
    step = theme.step_style_sheet(percent)
    assert f"#{theme.Name.PAGE_TITLE} {{ font-size: {theme.text_px(theme.TITLE_PX, percent)}px; }}" in step
    assert "color" not in step and "background" not in step
    # Laid over the application's sheet it styles a screen as the whole step's sheet would.
    kiosk = make_kiosk(kiosk_mode=False)
    window = kiosk.window
    window.show_screen("hours")
    page = window.stack.currentWidget()
    kiosk.text_size.set_percent(percent)
    kiosk.settle()
    with_step = {id(label): (label.font().pixelSize(), label.font().weight(), label.palette().color(
        label.foregroundRole()).name()) for label in visible_labels(page)}
    page.setStyleSheet(theme.style_sheet(percent))
    kiosk.settle()
    whole = {id(label): (label.font().pixelSize(), label.font().weight(), label.palette().color(
        label.foregroundRole()).name()) for label in visible_labels(page)}
    assert with_step == whole
