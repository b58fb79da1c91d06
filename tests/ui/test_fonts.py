"""No visitor ever sees a box instead of a letter."""

from __future__ import annotations

import logging
import unicodedata
from datetime import time

from fontTools.ttLib import TTFont

from kiosk.ui import fonts
from kiosk.ui.app import application
from tests.support.catalogs import TRANSLATED, po_messages


def _characters_shown(content, languages) -> set[str]:
    """Every character the kiosk can put on screen in any shipped language."""
    texts: list[str] = [text for _context, text in content.message_keys()]
    for code in TRANSLATED:
        texts += [message.string for message in po_messages(code)]
    for language in languages.available:
        loc = languages.localizer(language.code)
        texts.append(language.native_name)
        texts += [loc.weekday(day) for day in range(7)]
        texts.append(loc.time_range(time(10), time(15)))
        texts += [loc.text(text) for _context, text in content.message_keys() if _context is None]
        texts += [loc.number(n) for n in (0, 123456789)]
    office = content.office
    texts += [office.phone, office.fax, office.visiting_address.street, office.postal_address.street]
    texts.append("•")
    return {char for text in texts for char in text}


def test_bundled_fonts_cover_every_character_of_every_language(content, languages):
    files = fonts.bundled_font_files()
    assert {path.name for path in files} >= {"NotoSans[wdth,wght].ttf", "NotoSansArabic[wdth,wght].ttf"}
    covered: set[int] = set()
    for path in files:
        covered |= set(TTFont(path).getBestCmap())
    # Format characters (direction isolates and marks, ZWNJ) are never drawn.
    shown = {c for c in _characters_shown(content, languages) if unicodedata.category(c) != "Cf"}
    missing = sorted(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in shown if ord(c) not in covered)
    assert missing == []
    assert any("\u0600" <= c <= "\u06ff" for c in shown) and any("\u0400" <= c <= "\u04ff" for c in shown)


def test_qt_loads_the_bundled_families(qtbot):
    application()
    assert fonts.load_bundled_fonts()[:2] == ["Noto Sans", "Noto Sans Arabic"]


def test_a_missing_font_package_is_logged_and_the_kiosk_still_starts(qtbot, monkeypatch, caplog):
    monkeypatch.setattr(fonts, "FONT_PACKAGES", ("fontpkg_not_installed", "fontpkg_noto_sans_arabic"))
    with caplog.at_level(logging.WARNING):
        families = fonts.load_bundled_fonts()
    assert families == ["Noto Sans Arabic", "Noto Sans Ethiopic"]
    assert "fontpkg_not_installed is not installed" in caplog.text


def test_a_font_file_qt_cannot_read_is_logged(qtbot, monkeypatch, tmp_path, caplog):
    broken = tmp_path / "Broken.ttf"
    broken.write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "bundled_font_files", lambda: [broken])
    with caplog.at_level(logging.WARNING):
        assert fonts.load_bundled_fonts() == []
    assert f"could not load the font file {broken}" in caplog.text



def _cmap_of(file_name_part: str) -> set[int]:
    files = [path for path in fonts.bundled_font_files() if file_name_part in path.name]
    assert files, file_name_part
    return {code for path in files for code in TTFont(path).getBestCmap()}


def test_the_arabic_script_font_draws_every_pashto_sorani_and_urdu_letter():
    """Beyond Persian's letters: Pashto ټ ځ ډ ړ ږ ښ ګ ڼ ۍ ې, Sorani ڕ ڵ ۆ ێ ە, Urdu ٹ ڈ ڑ ں ھ ے."""
    naskh = _cmap_of("NotoSansArabic")
    letters = "ټځډړږښګڼۍې" "ڕڵۆێە" "ٹڈڑںھے"
    assert [c for c in letters if ord(c) not in naskh] == []
    # Urdu is drawn in Nastaliq, and needs none of Sorani's letters.
    nastaliq = _cmap_of("NastaliqUrdu")
    assert [c for c in "ٹڈڑںھےیکگچپژ" if ord(c) not in nastaliq] == []


def test_the_ethiopic_font_draws_the_whole_syllabary():
    """Tigrinya and Amharic write in Ge'ez syllables (U+1200-U+135A), Ethiopic punctuation
    and digits; no pip font package carries them, so resources/fonts does."""
    import unicodedata as ud

    ethiopic = _cmap_of("Ethiopic")
    syllables = [chr(c) for c in range(0x1200, 0x137D) if ud.category(chr(c)) != "Cn"]
    assert len(syllables) > 300
    assert [c for c in syllables if ord(c) not in ethiopic] == []


def test_no_nastaliq_cursive_anchor_names_an_outline_point():
    """Qt over FreeType snaps such an anchor to the point it names, and Noto Nastaliq Urdu
    2.000 names the wrong ones: Urdu letters fell below their line (resources/fonts/README.md)."""
    cursive_attachment = 3
    for path in (p for p in fonts.bundled_font_files() if "NastaliqUrdu" in p.name):
        lookups = TTFont(path)["GPOS"].table.LookupList.Lookup
        formats = {anchor.Format for lookup in lookups if lookup.LookupType == cursive_attachment
                   for subtable in lookup.SubTable for record in subtable.EntryExitRecord
                   for anchor in (record.EntryAnchor, record.ExitAnchor) if anchor is not None}
        assert formats == {1}, path.name



def test_the_welcome_is_drawn_in_each_languages_own_fonts_whatever_the_screens(qtbot, make_kiosk):
    kiosk = make_kiosk(kiosk_mode=False)
    start = kiosk.window.start
    kiosk.window.set_language("ur")
    start.set_reading("fa")  # holds the welcome on Persian's
    assert start.greeting_language == "fa"
    assert fonts.NASTALIQ not in start.greeting.font().families()
    kiosk.window.set_language("en")
    start.set_reading("ur")
    assert all(fonts.NASTALIQ in label.font().families() for label in (start.greeting, start.prompt))


def test_every_screen_shown_after_a_switch_into_urdu_is_in_nastaliq_and_back_in_naskh(qtbot, make_kiosk):
    """A switch polishes again only what is on screen; a screen out of sight takes Urdu's fonts,
    direction and locale when it is shown, and gives them up again after a switch away."""
    from PySide6.QtCore import QLocale, Qt

    from kiosk.ui.widgets.text_label import TextLabel
    from kiosk.ui.window import HOME

    kiosk = make_kiosk(kiosk_mode=False)
    window = kiosk.window
    window.show_screen(HOME)
    for code, in_nastaliq in (("ur", True), ("en", False)):
        window.show_screen(HOME)
        window.set_language(code)
        for name in (HOME, *window.pages):
            window.show_screen(name)
            kiosk.settle()
            screen = window.stack.currentWidget()
            labels = [label for label in screen.findChildren(TextLabel) if label.isVisible()]
            assert labels, name
            for label in labels:
                assert (fonts.NASTALIQ in label.font().families()) is in_nastaliq, (code, name, label.text())
            assert screen.locale().name().split("_")[0] == QLocale(code).name().split("_")[0], name
            expected = Qt.LayoutDirection.RightToLeft if code == "ur" else Qt.LayoutDirection.LeftToRight
            assert screen.layoutDirection() == expected and window.nav.layoutDirection() == expected, name


def test_every_bundled_bold_says_it_is_bold():
    """A Bold that claims normal weight is the face Qt draws normal text in (Noto Nastaliq Urdu
    Bold 2.000 did: every Urdu text came out bold), so none may be bundled."""
    from fontTools.ttLib import TTFont

    for path in fonts.bundled_font_files():
        font = TTFont(path, lazy=True)
        style = font["name"].getDebugName(2) or ""
        weight = font["OS/2"].usWeightClass
        assert ("Bold" in style) == (weight >= 600) or "wght" in path.name, (path.name, style, weight)


def test_bold_text_is_bold_at_every_size_the_style_sheet_sets(qtbot):
    """From 64 px, Qt draws text from its outlines, and a variable font's outlines lose their
    weight: the page titles at 160 % came out regular."""
    import re

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QImage, QPainter

    from kiosk.ui import theme
    from kiosk.ui.app import COMMON_FAMILIES, application

    families = application().property(COMMON_FAMILIES)
    sizes = {int(px) for percent in theme.TEXT_STEPS
             for px in re.findall(r"font-size: (\d+)px", theme.style_sheet(percent))}
    assert max(sizes) == theme.LARGEST_TEXT_PX

    def ink(px: int, weight: QFont.Weight, text: str) -> int:
        font = QFont()
        font.setFamilies(families)
        font.setPixelSize(px)
        font.setWeight(weight)
        image = QImage(40 * px // 2 + 40, 2 * px, QImage.Format.Format_Grayscale8)
        image.fill(255)
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(QRectF(image.rect()), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        bits = bytes(image.constBits())
        return sum(1 for value in bits if value < 128)

    for text in ("Opening hours", "ساعات کاری"):  # Noto Sans and Noto Sans Arabic, both variable
        for px in sorted(sizes):
            assert ink(px, QFont.Weight.Bold, text) > 1.2 * ink(px, QFont.Weight.Normal, text), (text, px)
