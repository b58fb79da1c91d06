"""Seventeen languages on one screen: all offered, none moving, staff choosing which, honest about review."""

from __future__ import annotations

import json

from kiosk.i18n.review import read_review
from tests.support.kiosk import open_staff_panel
from tests.support.project import ROOT, SHIPPED
from tests.support.screen import clipped, scroll_to, tap


def test_every_language_fits_one_start_screen_with_nothing_cut_off(qtbot, kiosk):
    start = kiosk.window.start
    assert set(start.buttons) == set(SHIPPED)
    qtbot.waitUntil(lambda: not clipped(start))
    window_rect = kiosk.window.rect()
    for button in start.buttons.values():
        on_window = button.rect().translated(button.mapTo(kiosk.window, button.rect().topLeft()))
        assert window_rect.contains(on_window), button.language.code  # none scrolled off
        assert button.height() >= 64 and button.width() >= 64


def test_nothing_moves_under_a_finger_while_the_welcome_changes_language(qtbot, kiosk):
    """The welcome cycles through every language; Persian's lines are taller than English ones,
    and the buttons under it once jumped 71 px for four seconds in every twenty."""
    start = kiosk.window.start
    qtbot.waitUntil(lambda: not clipped(start))
    where = {code: button.geometry() for code, button in start.buttons.items()}
    for _ in range(len(start.buttons)):
        start._show_next_greeting()  # as the loop's fade does, one language further
        kiosk.settle()
        assert {code: button.geometry() for code, button in start.buttons.items()} == where, \
            start.greeting_language


def test_staff_hide_a_language_and_it_leaves_the_start_screen_and_the_loop(qtbot, kiosk, home_dir):
    open_staff_panel(qtbot, kiosk)
    toggle = kiosk.staff.panel.shown_buttons["so"]
    scroll_to(toggle)
    tap(qtbot, toggle)
    assert "so" not in kiosk.window.start.buttons
    assert "so" not in [welcome.code for welcome in kiosk.window.start._welcomes]
    assert json.loads((home_dir / "settings.json").read_text(encoding="utf-8"))["hidden_languages"] == ["so"]
    assert kiosk.staff.panel.shown_buttons["so"].text() == kiosk.window.localizer.ui("staff.hidden")
    assert not kiosk.staff.panel.shown_buttons["nb"].isEnabled()  # the default is always offered
    toggle.click()
    assert "so" in kiosk.window.start.buttons


def test_an_unreviewed_language_says_so_and_a_reviewed_one_does_not(qtbot, make_kiosk, data_dir, content):
    from kiosk.i18n.languages import discover_languages

    po = data_dir / "translations/sv/LC_MESSAGES/kiosk.po"
    po.write_text(po.read_text(encoding="utf-8").replace(
        "# Review-Status: unreviewed", "# Review-Status: reviewed 2026-12-01 by a Swedish teacher"),
        encoding="utf-8")
    languages = discover_languages(data_dir / "translations", content)
    window = make_kiosk(kiosk_mode=False, languages=languages).window
    window.set_language("fa")
    window.show_screen("home")
    assert window.home.unreviewed.isVisible()
    assert window.home.unreviewed.shown_text() == window.localizer.ui("app.unreviewed")
    window.show_screen("about")
    assert window.pages["about"].unreviewed.isVisibleTo(window.pages["about"])
    window.set_language("sv")
    window.show_screen("home")
    assert not window.home.unreviewed.isVisible()
    window.set_language("en")
    assert not window.home.unreviewed.isVisible()  # the source


def test_every_shipped_catalog_records_its_review_state():
    for code in SHIPPED:
        if code != "en":
            review = read_review(ROOT / f"translations/{code}/LC_MESSAGES/kiosk.po")
            assert review.state == "unreviewed" or review.state.startswith("reviewed "), code


def test_staff_move_a_language_earlier_and_the_order_is_kept(qtbot, kiosk, home_dir):
    open_staff_panel(qtbot, kiosk)
    before = list(kiosk.window.start.buttons)
    code = before[3]
    kiosk.staff.panel.raise_buttons[code].click()
    after = list(kiosk.window.start.buttons)
    assert after[2] == code and after[3] == before[2] and after[0] == "nb"  # the default stays first
    saved = json.loads((home_dir / "settings.json").read_text(encoding="utf-8"))["languages"]
    assert saved[1] == code
    assert not kiosk.staff.panel.raise_buttons["nb"].isEnabled()


def test_the_installers_order_comes_after_the_default(make_kiosk, home_dir):
    home_dir.mkdir(parents=True)
    (home_dir / "kiosk.toml").write_text('languages = ["ti", "ar", "fa_AF"]\n', encoding="utf-8")
    kiosk = make_kiosk()
    assert list(kiosk.window.start.buttons)[:4] == ["nb", "ti", "ar", "fa_AF"]
