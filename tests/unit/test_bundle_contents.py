"""What the installers' bundle keeps and leaves out (packaging/bundle_contents.py)."""

from __future__ import annotations

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
    ("babel/locale-data/fa_AF.dat", False),
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
])
def test_what_the_bundle_keeps(destination, kept):
    assert wanted(destination, LANGUAGES) is kept


def test_macos_lists_every_shipped_language():
    plist = macos_info_plist(LANGUAGES)
    assert plist["CFBundleLocalizations"] == LANGUAGES
    assert plist["CFBundleShortVersionString"] == __import__("kiosk").__version__
