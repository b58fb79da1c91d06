"""Urdu in Nastaliq is drawn whole: no dot, tail or stroke of a letter is cut off at an edge.

Nastaliq's lines are 2.5 em tall, and its words cascade down onto the line from high above
it. Each of these once cut Urdu letters off ("بارے" read "مارے", "میں" lost its dots):
Qt placed the bundled font's cursive anchors wrongly, dropping letters below their line box
(scripts/fix_nastaliq_anchors.py); the home screen squeezed its tiles below one line of
text; the welcome kept a height measured in Naskh; a tall word (کبھی) reached above the
font's own ascent, past the top of its label; and the stroke of a line's first ک or گ
reached past the label's side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui import theme
from kiosk.ui.app import in_own_fonts
from kiosk.ui.assemble import Kiosk
from kiosk.ui.overlays.say import ui_text
from kiosk.ui.theme import Name
from kiosk.ui.widgets.text_label import TextLabel
from kiosk.ui.window import HOME, START
from tests.support.screen import clipped, ink_at_edges, text_cut_off, visible_labels

URDU = "ur"


def _cut_off(kiosk: Kiosk, root: QWidget) -> list[str]:
    """What ``root`` shows cut off, once laid out as a visitor sees it: labels given less room
    than their text needs, and labels whose ink runs past their edges."""
    kiosk.settle()
    return clipped(root) + text_cut_off(visible_labels(root))


def test_urdu_is_drawn_whole_on_every_screen_overlay_and_the_bar(make_kiosk):
    kiosk: Kiosk = make_kiosk(kiosk_mode=False)
    window = kiosk.window
    # The Urdu button, while the screen is in another language (its own fonts), then in Urdu.
    cut = _cut_off(kiosk, window.start.buttons[URDU])
    window.set_language(URDU)
    window.show_screen(START)
    cut += _cut_off(kiosk, window.start)
    for name in (HOME, *window.pages):
        window.show_screen(name)
        cut += _cut_off(kiosk, window.stack.currentWidget())
    cut += ink_at_edges([window.nav.back, window.nav.home, window.nav.language])
    loc = window.localizer
    kiosk.caretaker.still_there.begin(loc, 10)
    cut += _cut_off(kiosk, kiosk.caretaker.still_there)
    kiosk.caretaker.still_there.dismiss()
    kiosk.staff.pin_pad.ask(loc, ui_text("staff.pin_title"), ui_text("staff.no_pin"))
    cut += _cut_off(kiosk, kiosk.staff.pin_pad)
    kiosk.staff.pin_pad.hide()
    kiosk.staff.open_panel()
    kiosk.staff.panel.say(ui_text("staff.pin_changed"))
    cut += _cut_off(kiosk, kiosk.staff.panel.card)
    assert cut == [], "\n".join(cut)


def test_every_urdu_text_of_the_catalog_fits_a_paragraph_and_every_title_a_tile(
        qtbot, make_kiosk, content):
    """Each of the kiosk's Urdu texts, as its Localizer gives it, in a page's paragraph at
    reading width; each page's title in a home tile's line."""
    kiosk: Kiosk = make_kiosk(kiosk_mode=False, shown=False)
    kiosk.window.set_language(URDU)
    loc = kiosk.window.localizer
    texts = [loc.text(text) for page in content.pages for text in page.texts()]
    texts += [loc.ui(key) for key, english in content.ui.items() if "{" not in english]
    titles = [loc.text(page.title) for page in content.pages]
    assert len(texts) > 80 and all(any("\u0600" <= c <= "\u06ff" for c in title) for title in titles)
    holder = QWidget()
    qtbot.addWidget(holder)
    cut = []
    for name, width, shown in ((Name.PARAGRAPH, theme.READING_WIDTH, texts),
                               (Name.TILE_TEXT, theme.READING_WIDTH // 3, titles)):
        label = TextLabel(name, holder)
        label.ensurePolished()
        for text in shown:
            label.setText(text)
            label.resize(width, label.heightForWidth(width))
            cut += text_cut_off([label])
    assert cut == [], "\n".join(cut)


def _urdu_greeting_label(qtbot, make_kiosk) -> tuple[TextLabel, str]:
    kiosk: Kiosk = make_kiosk(kiosk_mode=False, shown=False)  # the application, its fonts and style
    label = TextLabel(Name.GREETING)
    qtbot.addWidget(label)
    return label, kiosk.window.switch.languages.localizer(URDU).ui("start.greeting")


def test_a_label_given_urdu_before_its_style_makes_room_for_the_ink_once_polished(qtbot, make_kiosk):
    """The ink is measured in the font the style sheet gives, when Qt polishes the label."""
    label, greeting = _urdu_greeting_label(qtbot, make_kiosk)
    in_own_fonts([label], URDU)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setText(greeting)
    latin = TextLabel(Name.GREETING)
    qtbot.addWidget(latin)
    latin.setText("Welcome")
    for shown in (label, latin):
        shown.show()
        shown.resize(theme.READING_WIDTH, shown.heightForWidth(theme.READING_WIDTH))
    assert label.contentsMargins() != latin.contentsMargins()  # room for the first letter's stroke
    assert text_cut_off([label]) == []


def test_a_label_changed_all_at_once_makes_room_for_the_new_text_in_the_new_font(qtbot, make_kiosk):
    label, greeting = _urdu_greeting_label(qtbot, make_kiosk)
    label.setText("Welcome")
    label.ensurePolished()
    latin = label.contentsMargins()
    with label.changing():
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        in_own_fonts([label], URDU)
        label.setText(greeting)
        assert label.contentsMargins() == latin  # nothing measured halfway
    assert label.contentsMargins() != latin
    with label.changing():
        label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        in_own_fonts([label], "en")
        label.setText("Welcome")
    assert label.contentsMargins() == latin
