"""A pseudo-translation 40 % longer than English renders every screen without clipping,
so the next real language (German, Tigrinya, ...) will fit too."""

from __future__ import annotations

from string import Formatter

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from PySide6.QtWidgets import QToolButton

from kiosk.i18n.languages import discover_languages
from tests.support.screen import clipped

ACCENTED = str.maketrans("aeiouAEIOU", "àéîõüÀÉÎÕÜ")


def stretch(text: str) -> str:
    """Accented, 40 % longer, in markers; {placeholders} left exactly as they are."""
    parts = []
    for literal, name, _spec, _conversion in Formatter().parse(text):
        parts.append(literal.translate(ACCENTED))
        if name is not None:
            parts.append(f"{{{name}}}")
    body = "".join(parts)
    padding = " ~" * max(1, round(len(text) * 0.4 / 2))
    return f"[[{body}{padding}]]"


@pytest.fixture
def pseudo_window(make_kiosk, content, data_dir):
    # German is a real, LTR locale Babel knows; its catalog here is the pseudo one.
    catalog = Catalog(locale="de")
    for context, text in content.message_keys():
        catalog.add(text, stretch(text), context=context)
    po = data_dir / "translations/de/LC_MESSAGES/kiosk.po"
    po.parent.mkdir(parents=True)
    with po.open("wb") as handle:
        write_po(handle, catalog)
    pseudo = discover_languages(data_dir / "translations", content)
    window = make_kiosk(kiosk_mode=False, languages=pseudo).window
    window.set_language("de")
    return window


def test_stretch_keeps_placeholders_and_grows_the_text():
    stretched = stretch("IOM has {member_states} member states.")
    assert "{member_states}" in stretched and len(stretched) >= 1.4 * len("IOM has 173 member states.")


def test_every_screen_fits_a_longer_language(qtbot, pseudo_window):
    window = pseudo_window
    assert window.localizer.ui("nav.back").startswith("[[Bàck")
    bar_buttons = window.nav.findChildren(QToolButton)
    for name in window.screen_names:
        window.show_screen(name)
        screen = window.screen(name)
        qtbot.waitUntil(lambda screen=screen: not clipped(screen), timeout=3000)
        if name != "start":
            qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in bar_buttons))
