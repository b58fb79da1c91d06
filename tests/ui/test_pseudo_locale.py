"""A pseudo-translation 40 % longer than English renders every screen without clipping, at
every text size A+ offers, so the next real language (German, Tigrinya, ...) will fit too."""

from __future__ import annotations

from collections.abc import Callable
from string import Formatter

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from pytestqt.qtbot import QtBot

from kiosk.i18n.languages import discover_languages
from kiosk.ui.theme import TEXT_STEPS
from kiosk.ui.window import KioskWindow
from tests.support.screen import misfits

ACCENTED = str.maketrans("aeiouAEIOU", "àéîõüÀÉÎÕÜ")


def pseudo(text: str, letters: dict[int, str], opening: str, closing: str) -> str:
    """Letters swapped, 40 % longer, in markers; {placeholders} left exactly as they are."""
    parts = []
    for literal, name, _spec, _conversion in Formatter().parse(text):
        parts.append(literal.translate(letters))
        if name is not None:
            parts.append(f"{{{name}}}")
    padding = " ~" * max(1, round(len(text) * 0.4 / 2))
    return f"{opening}{''.join(parts)}{padding}{closing}"


def stretch(text: str) -> str:
    """Accented, 40 % longer, in markers; {placeholders} left exactly as they are."""
    return pseudo(text, ACCENTED, "[[", "]]")


def window_in(make_kiosk, content, data_dir, code: str, translate: Callable[[str], str]) -> KioskWindow:
    """A kiosk whose ``code`` catalog is every message put through ``translate``, shown in it."""
    catalog = Catalog(locale=code)
    for context, text in content.message_keys():
        catalog.add(text, translate(text), context=context)
    po = data_dir / f"translations/{code}/LC_MESSAGES/kiosk.po"
    po.parent.mkdir(parents=True)
    with po.open("wb") as handle:
        write_po(handle, catalog)
    pseudo_languages = discover_languages(data_dir / "translations", content)
    window = make_kiosk(kiosk_mode=False, languages=pseudo_languages).window
    window.set_language(code)
    return window


@pytest.fixture
def pseudo_window(make_kiosk, content, data_dir):
    # German is a real, LTR locale Babel knows; its catalog here is the pseudo one.
    return window_in(make_kiosk, content, data_dir, "de", stretch)


def test_stretch_keeps_placeholders_and_grows_the_text():
    stretched = stretch("IOM has {member_states} member states.")
    assert "{member_states}" in stretched and len(stretched) >= 1.4 * len("IOM has 173 member states.")


def every_screen_fits(qtbot: QtBot, window: KioskWindow, percent: int) -> None:
    """At ``percent`` text, no screen has a word cut, a bar button squeezed or anything pushed
    off the side."""
    window.text_size.set_percent(percent)
    for name in window.screen_names:
        window.show_screen(name)
        screen = window.screen(name)
        qtbot.waitUntil(lambda screen=screen: not misfits(window, screen), timeout=3000)


@pytest.mark.parametrize("percent", TEXT_STEPS)
def test_every_screen_fits_a_longer_language(qtbot: QtBot, pseudo_window: KioskWindow, percent: int) -> None:
    window = pseudo_window
    assert window.localizer.ui("nav.back").startswith("[[Bàck")
    every_screen_fits(qtbot, window, percent)


# Latin letters turned into Hebrew ones, which are strong right-to-left: the text reads as
# a right-to-left language does, so any left-to-right assumption of the layout shows.
MIRRORED = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                         "אבגדהוזחטיכלמנסעפצקרשתאבגדאבגדהוזחטיכלמנסעפצקרשתאבגד")


def mirror(text: str) -> str:
    """Right to left, 40 % longer, in markers; {placeholders} exactly as they are."""
    return pseudo(text, MIRRORED, "«", "»")


@pytest.fixture
def mirrored_window(make_kiosk, content, data_dir):
    # Hebrew is a real right-to-left locale Babel knows, which the kiosk does not ship.
    return window_in(make_kiosk, content, data_dir, "he", mirror)


@pytest.mark.parametrize("percent", TEXT_STEPS)
def test_every_screen_fits_a_right_to_left_language_and_is_laid_out_from_the_right(
        qtbot: QtBot, mirrored_window: KioskWindow, percent: int) -> None:
    window = mirrored_window
    assert window.isRightToLeft()
    every_screen_fits(qtbot, window, percent)
    for name in window.screen_names:
        window.show_screen(name)
        assert window.screen(name).isRightToLeft(), name
        if name != "start":
            assert window.nav.back.x() > window.nav.home.x()  # back sits on the right
    window.show_screen("home")
    first, second = (window.home.tiles[page.id] for page in window.content.pages[:2])
    assert first.x() > second.x()  # the first tile on the right, as a right-to-left reader begins
