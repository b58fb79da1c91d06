"""Urdu rehearsed out of sight while the kiosk waits on its start screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.app import WINDOW_SIZE
from kiosk.ui.fonts import NASTALIQ, texts_measured
from kiosk.ui.widgets.text_label import TextLabel
from kiosk.ui.window import HOME, START
from tests.support.screen import tap

URDU = "ur"


def test_the_first_visitor_to_pick_urdu_finds_its_ink_measured(qtbot, make_kiosk, languages):
    kiosk = make_kiosk()
    window = kiosk.window
    qtbot.waitUntil(lambda: kiosk.rehearsal.is_done)
    before = texts_measured()
    tap(qtbot, window.start.buttons[URDU])
    kiosk.settle()
    assert window.current_screen == HOME
    for page in window.content.pages:
        window.show_screen(page.id)
        kiosk.settle()
    assert texts_measured() == before  # every text of home and every page, measured ahead
    # And what the visitor sees is Urdu, in Nastaliq: the rehearsal changed no font for real.
    urdu = languages.localizer(URDU)
    assert window.home.tiles["office"].lines[0].shown_text() == urdu.text("Our office")
    shown = [label for label in window.screen(page.id).findChildren(TextLabel) if label.isVisible()]
    assert shown and all(NASTALIQ in label.font().families() for label in shown)


def test_a_rehearsal_changes_nothing_a_visitor_sees(qtbot, make_kiosk, languages):
    kiosk = make_kiosk(shown=False)
    window = kiosk.window
    rehearsed: list[bool] = []
    window.built.connect(lambda: rehearsed.append(kiosk.rehearsal.is_done))
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.is_built)
    kiosk.settle()
    start_before = window.start.grab().toImage()
    qtbot.waitUntil(lambda: kiosk.rehearsal.is_done)
    kiosk.settle()
    assert rehearsed == [False]  # it came after the build, not in it
    assert window.start.grab().toImage() == start_before
    # The visitor's language, not Urdu, on every screen they open next; and not Urdu's fonts.
    code = window.default_language
    loc = languages.localizer(code)
    tap(qtbot, window.start.buttons[code])
    kiosk.settle()
    assert window.home.tiles["office"].lines[0].shown_text() == loc.text("Our office")
    assert window.home.layoutDirection() == (Qt.LayoutDirection.RightToLeft if loc.is_rtl
                                             else Qt.LayoutDirection.LeftToRight)
    for page in window.content.pages:
        window.show_screen(page.id)
        kiosk.settle()
        view = window.screen(page.id)
        assert view.title.shown_text() == loc.text(page.title)
        assert not any(NASTALIQ in label.font().families() for label in view.findChildren(TextLabel))


def test_a_rehearsal_waits_while_a_visitor_is_away_from_the_start_screen(qtbot, make_kiosk):
    kiosk = make_kiosk(shown=False)
    window = kiosk.window
    # A visitor who taps the moment every screen exists, before the rehearsal's first turn.
    window.built.connect(lambda: window.show_screen(HOME))
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.is_built)
    for _ in range(20):  # more turns than the rehearsal has screens
        QApplication.processEvents()
    assert window.current_screen == HOME and not kiosk.rehearsal.is_done
    # Nothing was set in Urdu meanwhile: every page keeps the direction of the visitor's screen.
    assert window.home.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert all(view.layoutDirection() == Qt.LayoutDirection.LeftToRight for view in window.pages.values())
    window.show_screen(START)
    qtbot.waitUntil(lambda: kiosk.rehearsal.is_done)
