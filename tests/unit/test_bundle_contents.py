"""What the installers' bundle keeps and leaves out (packaging/bundle_contents.py)."""

from __future__ import annotations

from pathlib import Path

import espeakng_loader
import pytest

from tests.support.project import ROOT, SHIPPED, load_script

bundle_contents = load_script("packaging/bundle_contents.py")
macos_info_plist = bundle_contents.macos_info_plist
shipped_languages = bundle_contents.shipped_languages
wanted = bundle_contents.wanted

LANGUAGES = list(SHIPPED)


def test_shipped_languages_are_the_compiled_catalogs_and_english():
    assert shipped_languages(ROOT / "translations") == LANGUAGES


@pytest.mark.parametrize(("destination", "kept"), [
    ("babel/locale-data/fa.dat", True),
    ("babel/locale-data/nb.dat", True),
    ("babel/locale-data/no.dat", True),  # Norwegian bokmål's CLDR parent
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/de.dat", False),
    ("babel/locale-data/fa_AF.dat", True),  # Dari
    ("babel/locale-data/ps_PK.dat", False),
    ("PySide6/Qt/translations/qtbase_fa.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/designer_sv.qm", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6\\Qt\\plugins\\tls\\qopensslbackend.dll", False),
    ("holidays/locale/no/LC_MESSAGES/NO.mo", True),
    ("holidays/locale/en_US/LC_MESSAGES/NO.mo", True),
    ("holidays/locale/th/LC_MESSAGES/NO.mo", False),
    ("resources/office.toml", True),
    ("translations/fa/LC_MESSAGES/kiosk.mo", True),
    ("fontpkg_noto_sans_arabic/files/NotoSansArabic[wdth,wght].ttf", True),
    ("qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf", True),
    ("qtawesome/fonts/materialdesignicons6-webfont-charmap-6.9.96.json", True),
    ("qtawesome/fonts/materialdesignicons5-webfont-5.9.55.ttf", False),
    ("qtawesome/fonts/phosphor-1.3.0.ttf", False),
    ("qtawesome\\fonts\\fontawesome6-solid-webfont-6.7.2.ttf", False),
    ("qtawesome/__init__.py", True),
])
def test_what_the_bundle_keeps(destination, kept):
    assert wanted(destination, LANGUAGES) is kept


def test_macos_lists_every_shipped_language():
    plist = macos_info_plist(LANGUAGES)
    assert plist["CFBundleLocalizations"] == LANGUAGES
    assert plist["CFBundleShortVersionString"] == __import__("kiosk").__version__


def test_the_only_icon_font_kept_is_the_one_the_kiosk_draws_with():
    import qtawesome
    from bundle_contents import ICON_FONT_FILES_KEPT

    from kiosk.ui import icons

    names = [value for key, value in vars(icons).items()
             if key.isupper() and key != "ICON_FONT" and isinstance(value, str)]
    assert names and all(name.startswith(f"{icons.ICON_FONT}.") for name in names)
    for prefix, ttf, charmap in qtawesome._BUNDLED_FONTS:
        for file in (ttf, charmap):
            assert wanted(f"qtawesome/fonts/{file}", LANGUAGES) is (prefix == icons.ICON_FONT), file
    assert ICON_FONT_FILES_KEPT


def test_every_page_icon_is_in_the_one_icon_font():
    from kiosk.ui import icons

    pages = sorted((ROOT / "resources/content/pages").glob("*.toml"))
    assert pages
    for page in pages:
        lines = page.read_text(encoding="utf-8").splitlines()
        icon_line = next(line for line in lines if line.startswith("icon ="))
        assert icon_line.split('"')[1].startswith(f"{icons.ICON_FONT}."), page.name


def test_an_icon_from_another_font_draws_nothing_rather_than_failing(qtbot, caplog):
    from kiosk.ui import icons

    assert icons.icon("fa5s.home").isNull()
    assert "not a Material Design Icons 6 name" in caplog.text


def test_icons_draw_with_only_their_own_font_loaded(qtbot):
    from PySide6.QtGui import QFontDatabase

    from kiosk.ui import icons, theme

    before = set(QFontDatabase.families())
    image = icons.draw(icons.HOME, theme.IOM_BLUE)  # as the drawings are made: by qtawesome
    assert (image.width(), image.height()) == (icons.DRAWN_PX, icons.DRAWN_PX)
    opaque = {image.pixelColor(x, y).alpha() > 0 for x in range(0, icons.DRAWN_PX, 4)
              for y in range(0, icons.DRAWN_PX, 4)}
    assert opaque == {True, False}  # something drawn, not a filled square
    added = set(QFontDatabase.families()) - before
    assert all("Material Design Icons" in family for family in added), added


def _imported_top_level_modules() -> set[str]:
    import ast

    found = set()
    for source in (ROOT / "kiosk").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
    return found


def test_nothing_the_kiosk_imports_is_left_out():
    from bundle_contents import LEFT_OUT_MODULES, LEFT_OUT_QT_MODULES

    imported = _imported_top_level_modules()
    assert "hashlib" in imported  # the PIN's scrypt: OpenSSL's _hashlib must stay
    left_out = set(LEFT_OUT_MODULES) | set(LEFT_OUT_QT_MODULES)
    clashes = {name for name in imported if name in left_out or name.split(".")[0] in left_out}
    assert not clashes
    assert "_hashlib" not in left_out and "hashlib" not in left_out


def test_the_bundle_keeps_the_dictionaries_the_shipped_voices_read_and_no_others():
    dictionaries = bundle_contents.espeak_dictionaries(LANGUAGES, Path(espeakng_loader.get_data_path()))
    # Norwegian bokmål reads "no", Dari the Persian one; ps, ckb and so have none.
    assert dictionaries == {"am", "ar", "en", "es", "fa", "fr", "mk", "no", "ru", "sv", "ti", "uk", "ur"}
    data = "espeakng_loader/espeak-ng-data"
    assert wanted(f"{data}/no_dict", LANGUAGES, dictionaries)
    assert not wanted(f"{data}/de_dict", LANGUAGES, dictionaries)
    assert wanted(f"{data}/phondata", LANGUAGES, dictionaries)
    assert wanted(f"{data}/lang/gmq/nb", LANGUAGES, dictionaries)
    assert not wanted(f"{data}/voices/mb/mb-de1", LANGUAGES, dictionaries)
