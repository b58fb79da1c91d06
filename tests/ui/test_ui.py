"""The kiosk as a visitor meets it: tap a language, the home tiles, every page, and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScroller

from kiosk.i18n.marks import LEFT_TO_RIGHT_ISOLATE
from kiosk.ui.app import WINDOW_SIZE
from kiosk.ui.screens.start import LanguageButton
from kiosk.ui.window import HOME, START, KioskWindow
from tests.support.catalogs import translated_strings
from tests.support.languages import NATIVE
from tests.support.project import SHIPPED
from tests.support.screen import clipped, tap, visible_labels, visible_texts


@pytest.fixture
def window(make_kiosk):
    return make_kiosk(kiosk_mode=False).window


def wait_laid_out(qtbot, window: KioskWindow) -> None:
    qtbot.waitUntil(lambda: not clipped(window.stack.currentWidget()), timeout=2000)


def test_start_screen_offers_every_language_in_its_own_script(window):
    assert window.current_screen == START
    assert not window.nav.isVisible()
    buttons = window.start.buttons
    # The default first, then the rest in code order (no installer or staff order here).
    assert list(buttons) == ["nb", *(code for code in SHIPPED if code != "nb")]
    for code, button in buttons.items():
        name, direction = NATIVE[code]
        assert button.lines[0].shown_text() == name
        assert button.layoutDirection() == (Qt.LayoutDirection.RightToLeft if direction == "rtl"
                                            else Qt.LayoutDirection.LeftToRight)
        # Each button greets in its own language, from its own catalog.
        assert button.lines[1].shown_text() == window.switch.languages.localizer(code).ui("start.greeting")
    assert "خوش آمدید" in buttons["fa"].lines[1].shown_text()
    assert "Velkommen" in buttons["nb"].lines[1].shown_text()


def test_the_default_language_is_marked(window):
    marked = [code for code, button in window.start.buttons.items() if button.is_default]
    assert marked == ["nb"]
    assert [code for code, button in window.start.buttons.items() if _shows_the_mark(button)] == ["nb"]
    window.set_default_language("sv")
    assert [c for c, b in window.start.buttons.items() if b.is_default] == ["sv"]
    assert [code for code, button in window.start.buttons.items() if _shows_the_mark(button)] == ["sv"]


def _shows_the_mark(button: LanguageButton) -> bool:
    return button.badge is not None and button.badge.isVisible()


@pytest.mark.parametrize("code", SHIPPED)
def test_a_visitor_taps_through_every_page(qtbot, window, content, code):
    tap(qtbot, window.start.buttons[code])
    assert window.current_screen == HOME and window.localizer.code == code
    assert window.nav.isVisible()
    translations = translated_strings(code)
    for page in content.pages:
        tile = window.home.tiles[page.id]
        if code != "en":
            assert tile.lines[0].shown_text() in translations
        tap(qtbot, tile)
        assert window.current_screen == page.id
        view = window.pages[page.id]
        shown = visible_texts(view)
        assert view.title.shown_text() == window.localizer.text(page.title)
        if code != "en":
            # Every text block on the page is a translation from this language's catalog.
            for block in view.blocks:
                source = getattr(block, "source", None)
                if source and "{" not in source:
                    assert block.shown_text() in translations, source
            assert page.title not in shown or page.title in translations
        wait_laid_out(qtbot, window)
        assert clipped(view) == []
        tap(qtbot, window.nav.back)
        assert window.current_screen == HOME
    tap(qtbot, window.nav.language)
    assert window.current_screen == START and not window.nav.isVisible()


def test_back_from_home_returns_to_start_and_home_button_goes_home(qtbot, window):
    tap(qtbot, window.start.buttons["en"])
    tap(qtbot, window.home.tiles["about"])
    tap(qtbot, window.nav.home)
    assert window.current_screen == HOME
    tap(qtbot, window.nav.back)
    assert window.current_screen == START


def _icon_image(button) -> QImage:
    return button.icon().pixmap(40, 40).toImage()


def _alpha(image: QImage) -> list[list[int]]:
    return [[image.pixelColor(x, y).alpha() for x in range(image.width())] for y in range(image.height())]


def _ink_centre_x(image: QImage) -> float:
    """Where the icon's ink sits, left to right: an arrow's head weighs on its side."""
    alpha = _alpha(image)
    total = sum(map(sum, alpha))
    return sum(x * a for row in alpha for x, a in enumerate(row)) / total


def _nearly_mirrored(image: QImage, original: QImage) -> bool:
    flipped = _alpha(original.flipped(Qt.Orientation.Horizontal))
    differing = sum(abs(a - b) > 64 for row, frow in zip(_alpha(image), flipped, strict=True)
                    for a, b in zip(row, frow, strict=True))
    return differing <= 0.02 * image.width() * image.height()  # anti-aliasing, not shape


def test_persian_flips_the_whole_screen_and_english_restores_it(qtbot, window):
    tap(qtbot, window.start.buttons["en"])
    ltr_back_icon = _icon_image(window.nav.back)
    assert window.nav.back.x() < window.nav.home.x()
    tap(qtbot, window.nav.language)

    tap(qtbot, window.start.buttons["fa"])
    qtbot.waitUntil(lambda: window.nav.back.x() > window.nav.home.x())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.home.isRightToLeft()
    # The first tile sits on the right, the way Persian reads.
    first, second = (window.home.tiles[p] for p in ("office", "return"))
    assert first.x() > second.x()
    # The back arrow points right: the same picture, mirrored.
    rtl_back_icon = _icon_image(window.nav.back)
    assert _nearly_mirrored(rtl_back_icon, ltr_back_icon)
    assert _ink_centre_x(ltr_back_icon) < 20 < _ink_centre_x(rtl_back_icon)
    assert window.nav.back.property("mirrored") is True
    tap(qtbot, window.home.tiles["about"])
    title = window.pages["about"].title
    assert title.mapTo(window, title.rect().topRight()).x() > window.width() // 2

    tap(qtbot, window.nav.language)
    tap(qtbot, window.start.buttons["en"])
    qtbot.waitUntil(lambda: window.nav.back.x() < window.nav.home.x())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _ink_centre_x(_icon_image(window.nav.back)) < 20
    assert window.home.tiles["office"].x() < window.home.tiles["return"].x()


def test_persian_hours_use_persian_digits_and_phone_numbers_stay_left_to_right(qtbot, window, content):
    tap(qtbot, window.start.buttons["fa"])
    tap(qtbot, window.home.tiles["hours"])
    texts = visible_texts(window.pages["hours"])
    assert "\u2068۱۰:۰۰ تا ۱۵:۰۰\u2069" in texts
    assert f"{LEFT_TO_RIGHT_ISOLATE}{content.office.phone}\u2069" in texts
    assert not any("10:00" in text for text in texts)


def test_bar_buttons_are_large_touch_targets_with_icon_and_label(qtbot, window):
    tap(qtbot, window.start.buttons["en"])
    for button in (window.nav.back, window.nav.home, window.nav.language):
        assert button.height() >= 64 and button.width() >= 64
        assert button.text() and not button.icon().isNull()
    for tile in window.home.tiles.values():
        assert tile.height() >= 64 and tile.width() >= 64


def test_pages_scroll_by_finger_and_open_at_the_top(qtbot, window):
    tap(qtbot, window.start.buttons["fa"])
    tap(qtbot, window.home.tiles["about"])
    view = window.pages["about"]
    assert QScroller.hasScroller(view.viewport())
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    tap(qtbot, window.nav.back)
    tap(qtbot, window.home.tiles["about"])
    assert bar.value() == 0


def test_labels_never_take_markup(window):
    from kiosk.ui.widgets.text_label import TextLabel

    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in window.findChildren(TextLabel))


def test_only_the_start_screen_is_built_before_the_first_frame(qtbot, make_kiosk, content):
    window = make_kiosk(shown=False).window
    assert not window.is_built and window.stack.count() == 1
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.is_built)
    assert window.stack.count() == 2 + len(content.pages)
    assert not window.start.buttons["nb"].badge.pixmap().isNull()
    # A default chosen once the icons have loaded gets the star too.
    window.set_default_language("sv")
    assert not window.start.buttons["sv"].badge.pixmap().isNull()


def test_after_the_first_frame_home_and_the_bar_come_first_then_the_pages(qtbot, make_kiosk, content):
    """A tap that comes while the rest is built waits for one slice, not for every page."""
    from PySide6.QtCore import QTimer

    window = make_kiosk(shown=False).window
    at_the_next_turn: list[int] = []
    # What a tap queued as home and the bar appear would find: they, and no page yet.
    def tap_queued() -> None:
        QTimer.singleShot(0, lambda: at_the_next_turn.append(window.stack.count()))

    window.rest_built.connect(tap_queued)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.is_built)
    assert at_the_next_turn == [2]  # the start screen and home
    assert window.stack.count() == 2 + len(content.pages)


def test_a_tile_tapped_before_its_page_is_built_shows_it(make_kiosk, languages):
    window = make_kiosk(shown=False).window
    window.start.buttons["fa"].click()
    assert window.current_screen == HOME and not window.is_built
    window.home.tiles["hours"].click()
    assert window.current_screen == "hours"
    assert window.screen("hours").title.shown_text() == languages.localizer("fa").text(
        window.content.page("hours").title)


def test_a_tap_before_the_rest_is_built_still_lands(make_kiosk, languages):
    window = make_kiosk(shown=False).window
    window.start.buttons["fa"].click()
    assert window.current_screen == HOME
    assert window.home.tiles["office"].lines[0].shown_text() == languages.localizer("fa").text("Our office")
    assert window.nav.back.text() == languages.localizer("fa").ui("nav.back")


def test_qt_own_strings_follow_the_language(qtbot, window):
    from PySide6.QtCore import QCoreApplication

    def cancel() -> str:
        return QCoreApplication.translate("QPlatformTheme", "Cancel")

    window.set_language("fa")
    assert cancel() == "انصراف"
    window.set_language("sv")
    assert cancel() == "Avbryt"
    window.set_language("en")
    assert cancel() == "Cancel"


def test_a_page_on_screen_follows_a_language_change_at_once(qtbot, window, languages):
    tap(qtbot, window.start.buttons["en"])
    tap(qtbot, window.home.tiles["about"])
    window.set_language("fa")
    fa = languages.localizer("fa")
    assert window.pages["about"].title.shown_text() == fa.text("About IOM")
    # A page not on screen catches up when it is opened.
    tap(qtbot, window.nav.home)
    tap(qtbot, window.home.tiles["office"])
    assert window.pages["office"].title.shown_text() == fa.text("Our office")


def test_the_bar_keeps_its_full_height_in_every_language(qtbot, window):
    """Persian's taller lines leave the window short of room; the bar must not give way."""
    for code in SHIPPED:
        window.set_language(code)
        for name in window.screen_names:  # the same path as --screenshots
            window.show_screen(name)
            if name != START:
                qtbot.waitUntil(lambda: window.nav.height() == window.nav.sizeHint().height())
                assert window.nav.geometry().bottom() == window.height() - 1


@pytest.mark.parametrize("code", ["en", "fa", "mk"])
def test_the_visiting_address_shows_the_floor_as_written_and_how_far_up_it_is(qtbot, window, content, code):
    """Norway's 4. etasje is the 4th floor counting the street as the 1st; in many visitors'
    countries the street is the 0th, so the kiosk says in words how many floors up it is."""
    window.set_language(code)
    window.show_screen(HOME)
    window.show_screen("hours")
    texts = "\n".join(visible_texts(window.pages["hours"]))
    visiting = content.office.visiting_address
    assert f"{visiting.street}, {visiting.floor}" in texts
    loc = window.localizer
    assert loc.ui("contact.floors_up", floors=loc.number(visiting.floors_above_street)) in texts


@pytest.mark.parametrize("code", [code for code in SHIPPED if NATIVE[code][1] == "rtl"])
def test_every_right_to_left_language_flips_the_whole_screen(qtbot, window, code):
    """What Persian taught holds for each: direction, the mirrored back arrow, tiles from the right."""
    tap(qtbot, window.start.buttons[code])
    qtbot.waitUntil(lambda: window.nav.back.x() > window.nav.home.x())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.nav.back.property("mirrored") is True
    assert window.home.tiles["office"].x() > window.home.tiles["return"].x()
    assert all(label.text().startswith("\u200f") for label in visible_labels(window.home))  # RLM first


def test_a_page_that_goes_on_below_says_so_until_its_end_is_in_view(qtbot, window):
    tap(qtbot, window.start.buttons["fa"])
    tap(qtbot, window.home.tiles["about"])
    view = window.pages["about"]
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert view.more_below.isVisible()
    bar.setValue(bar.maximum())
    assert not view.more_below.isVisible()
    tap(qtbot, window.nav.back)
    tap(qtbot, window.home.tiles["confidential"])
    short = window.pages["confidential"]
    if short.verticalScrollBar().maximum() == 0:
        assert not short.more_below.isVisible()


def test_a_label_answers_its_height_anew_after_each_change_of_text_font_or_margins(qtbot, make_kiosk):
    """A label keeps its height at a width (a layout asks it many times a pass) only until
    something that moves its line breaks changes."""
    from PySide6.QtCore import QMargins

    from kiosk.ui.theme import Name
    from kiosk.ui.widgets.text_label import TextLabel

    make_kiosk(shown=False)  # the application, with its fonts and style
    label = TextLabel(Name.PARAGRAPH)
    qtbot.addWidget(label)
    label.ensurePolished()
    width = 300
    label.setText("Short.")
    one_line = label.heightForWidth(width)
    assert label.heightForWidth(width) == one_line
    label.setText("A sentence long enough to need three or four lines at this width, or more.")
    wrapped = label.heightForWidth(width)
    assert wrapped > one_line
    font = label.font()
    font.setPixelSize(font.pixelSize() * 2)
    label.setFont(font)
    assert label.heightForWidth(width) > wrapped
    larger = label.heightForWidth(width)
    label.setContentsMargins(label.contentsMargins() + QMargins(0, 20, 0, 20))
    assert label.heightForWidth(width) == larger + 40
    label.setMargin(10)
    margined = label.heightForWidth(width)
    assert margined > larger + 40  # 20 px more, and narrower lines
    label.setWordWrap(False)
    assert label.heightForWidth(width) < margined  # one line


def test_a_held_collector_runs_again_once_every_screen_is_built(qtbot, make_kiosk):
    """As `python -m kiosk` starts: no collection while the start builds, then the start's
    objects are kept out of the collector's walks, and it runs for what taps make."""
    import gc

    from kiosk import collector

    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    frozen = gc.get_freeze_count()
    try:
        collector.hold()
        window = make_kiosk(shown=False).window
        window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitUntil(lambda: window.is_built)
        assert collections == [] and gc.isenabled() and gc.get_freeze_count() > frozen
    finally:
        gc.callbacks.remove(seen)
        collector.resume()
        gc.unfreeze()
