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
    ("fontpkg_noto_sans/files/NotoSans[wdth,wght].ttf", True),
    ("fontpkg_noto_sans/files/NotoSans-Italic[wdth,wght].ttf", False),
    ("resources/fonts/NotoNastaliqUrdu-Regular.ttf", True),
    ("resources/icons/home-0033a0.png", True),
    ("dateutil/zoneinfo/dateutil-zoneinfo.tar.gz", False),
    ("dateutil/easter.py", True),
    ("holidays-0.109.dist-info/RECORD", False),
    ("holidays-0.109.dist-info/METADATA", True),  # holidays.version reads it
    ("holidays-0.109.dist-info/licenses/LICENSE", True),
    ("python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so", False),
    ("_multibytecodec.pyd", False),
    ("python3.11/lib-dynload/_codecs_kr.cpython-311-darwin.so", False),
    ("python3.11/lib-dynload/unicodedata.cpython-311-x86_64-linux-gnu.so", True),
    ("python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so", True),
])
def test_what_the_bundle_keeps(destination, kept):
    assert wanted(destination, LANGUAGES) is kept


def test_macos_lists_every_shipped_language():
    plist = macos_info_plist(LANGUAGES)
    assert plist["CFBundleLocalizations"] == LANGUAGES
    assert plist["CFBundleShortVersionString"] == __import__("kiosk").__version__


def test_every_icon_the_kiosk_shows_is_drawn_ahead_for_the_bundle_that_has_no_qtawesome(qtbot):
    """The bundle leaves qtawesome out (BUILD_TIME_ONLY); what it would have drawn is in
    resources/icons, drawn by setup and by the bundle's build (kiosk/ui/icon_drawings.py)."""
    from kiosk.content import load_content
    from kiosk.ui import icon_drawings, icons

    names = [value for key, value in vars(icons).items()
             if key.isupper() and key != "ICON_FONT" and isinstance(value, str) and "." in value]
    assert names and all(name.startswith(f"{icons.ICON_FONT}.") for name in names)
    assert set(icon_drawings.NAMED) == set(names)
    pages = [page.icon for page in load_content(ROOT / "resources").pages]
    for name in (*names, *pages):
        for color in icons.COLOURS:
            assert icons.drawing_path(icons.drawings_dir(), name, color).is_file(), (name, color)


def test_without_qtawesome_an_icon_not_drawn_ahead_is_logged_and_left_blank(qtbot, monkeypatch, caplog):
    import builtins

    from kiosk.ui import icons

    real_import = builtins.__import__

    def no_qtawesome(name, *args, **kwargs):
        if name.split(".")[0] == "qtawesome":
            raise ModuleNotFoundError("No module named 'qtawesome'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_qtawesome)
    monkeypatch.setattr(icons, "drawings_dir", lambda: ROOT / "no-drawings-here")
    assert icons.icon("mdi6.account-question", color="#123456").isNull()
    assert "qtawesome is not on board" in caplog.text


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
    from bundle_contents import BUILD_TIME_ONLY, LEFT_OUT_EXTENSIONS, LEFT_OUT_MODULES, LEFT_OUT_QT_MODULES

    imported = _imported_top_level_modules() - {"qtawesome", "qtawesome.iconic_font"}
    assert "qtawesome" in BUILD_TIME_ONLY  # only kiosk/ui/icons.py's drawing imports it
    assert "hashlib" in imported  # the PIN's scrypt: OpenSSL's _hashlib must stay
    left_out = set(LEFT_OUT_MODULES) | set(LEFT_OUT_QT_MODULES) | LEFT_OUT_EXTENSIONS
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
