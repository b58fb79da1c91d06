"""Nastaliq heights laid out once and shared: what each label answers is what QLabel would."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.ui.fonts import NASTALIQ
from kiosk.ui.widgets.text_label import TextLabel, texts_laid_out
from kiosk.ui.window import HOME

URDU = "ur"


def test_a_visitor_in_urdu_finds_home_laid_out_as_the_last_one_did(make_kiosk):
    kiosk = make_kiosk()
    window = kiosk.window
    window.show_screen(HOME)
    # The first time, a layout passes through widths it never meets again.
    for code in (URDU, "en", URDU, "en"):
        window.set_language(code)
        kiosk.settle()
    before = texts_laid_out()
    window.set_language(URDU)
    kiosk.settle()
    shown = [label for label in window.home.findChildren(TextLabel) if label.isVisible()]
    assert shown and all(NASTALIQ in label.font().families() for label in shown)
    assert texts_laid_out() == before
    assert before > 0  # they were laid out, once (in this test, or in an earlier one)


def test_every_shared_height_is_the_labels_own(make_kiosk):
    """In Urdu, and at a larger text size after a switch away and back (new fonts, new margins
    for the ink), every label's height at its own width and at others is QLabel's own answer."""
    kiosk = make_kiosk()
    window = kiosk.window
    screens = [HOME, *(page.id for page in window.content.pages)]
    for code, percent in ((URDU, 100), ("fa", 160), (URDU, 160), (URDU, 100)):
        kiosk.text_size.set_percent(percent)
        window.set_language(code)
        for name in screens:
            window.show_screen(name)
            kiosk.settle()
            labels = [label for label in window.screen(name).findChildren(TextLabel) if label.isVisible()]
            assert labels
            for label in labels:
                for width in (label.width(), 240, 611):
                    assert label.heightForWidth(width) == QLabel.heightForWidth(label, width), (
                        code, percent, name, label.shown_text(), width)


def test_labels_alike_but_in_one_thing_each_get_their_own_height(make_kiosk):
    """Two labels with the same Urdu words, one of them different in one of the things QLabel's
    height depends on: each answers its own height, whichever was asked first."""
    from PySide6.QtCore import QMargins, Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.app import COMMON_FAMILIES
    from kiosk.ui.fonts import families_for
    from kiosk.ui.theme import Name

    kiosk = make_kiosk()
    families = families_for(URDU, list(QApplication.instance().property(COMMON_FAMILIES)))
    words = " ".join([kiosk.window.switch.languages.localizer(URDU).ui("start.prompt")] * 4)

    def label(change=None) -> TextLabel:
        made = TextLabel(Name.PROMPT, kiosk.window)
        font = made.font()
        font.setFamilies(families)
        made.setFont(font)
        made.setText(words)
        made.ensurePolished()  # the style sheet's font and padding first, then the change
        if change is not None:
            change(made)
        assert NASTALIQ in made.font().families()
        return made

    def bigger(made: TextLabel) -> None:
        font = made.font()
        font.setPixelSize(font.pixelSize() * 2)
        made.setFont(font)

    # Each of these changes the height of these words; the direction need not, but is asked too.
    changes = [lambda made: made.setContentsMargins(QMargins(40, 30, 40, 30)), bigger,
               lambda made: made.setWordWrap(False), lambda made: made.setIndent(60),
               lambda made: made.setMargin(25), lambda made: made.setMinimumWidth(900)]
    in_another_direction = [lambda made: made.setLayoutDirection(Qt.LayoutDirection.LeftToRight)]
    for change in (*changes, *in_another_direction):
        plain, changed = label(), label(change)
        for width in (200, 500):
            assert plain.heightForWidth(width) == QLabel.heightForWidth(plain, width)
            assert changed.heightForWidth(width) == QLabel.heightForWidth(changed, width)
        if change in changes:
            assert any(plain.heightForWidth(width) != changed.heightForWidth(width) for width in (200, 500))
