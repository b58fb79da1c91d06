"""What the bundle keeps: the rules the PyInstaller spec applies, testable without a build.

Left out, and why:
- Babel's CLDR data for languages the kiosk does not ship (about 30 MB): each shipped
  language keeps its own file, plus "root" and Norwegian's parent "no".
- Qt's translations other than qtbase/qt for the shipped languages (Designer, Assistant...).
- Qt platform plugins other than xcb, wayland and offscreen (Linux), windows and cocoa:
  no eglfs, linuxfb, vnc, minimal; no SQL, print, TLS, network, QML or input-method plugins.
- Qt modules the kiosk never imports (LEFT_OUT_QT_MODULES).
- Holiday names in languages the kiosk does not use.
- qtawesome and QtPy (BUILD_TIME_ONLY): they draw the icons at build time
  (kiosk/ui/icon_drawings.py), and the bundle carries the drawings in resources/icons.
- The fonts' italics: no kiosk text is set in italic (kiosk/ui/fonts.py), and Noto Sans
  Italic is 1 MB of the .deb.
- eSpeak NG's dictionaries for languages the kiosk does not ship (most of its 19 MB of voice
  data; Russian's alone is 8 MB and stays), and its MBROLA voice files (no MBROLA on board).
- dateutil's own copy of the time-zone database (156 KB, gzipped, so the .deb's xz cannot
  shrink it): the kiosk's zones come from zoneinfo and tzdata, and holidays uses dateutil
  only for dates (its easter and parser).
- A package's RECORD, the list of its files pip uninstalls by (holidays': 126 KB). Its METADATA
  stays: holidays reads its own version from it.
- Python modules nothing in the kiosk runs (LEFT_OUT_MODULES): TLS (the kiosk opens no
  connection; OpenSSL's libcrypto stays for hashlib.scrypt, the PIN), asyncio,
  multiprocessing, pkg_resources, the debugger, readline...; and the East Asian legacy codecs
  (LEFT_OUT_EXTENSIONS): the kiosk reads and writes only UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path, PurePath

SOURCE_LANGUAGE = "en"
HOLIDAY_NAME_LANGUAGES = {"en_US", "no"}
CLDR_PARENTS = {"nb": "no", "nn": "no", "fa_AF": "fa"}

LEFT_OUT_QT_MODULES = [
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtSql",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtConcurrent", "PySide6.QtXml",
    "PySide6.QtTest", "PySide6.QtPrintSupport", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtSvgWidgets", "PySide6.QtNetworkAuth", "PySide6.QtStateMachine",
    # QtPy's QtGui/QtWidgets try these and carry on without them (9 MB of bindings).
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
]
# Imported somewhere in the dependency graph, run by nothing the kiosk does. Each was taken
# out and the built bundle checked to start, list languages and render every screen.
LEFT_OUT_MODULES = [
    "ssl", "_ssl",  # TLS: the kiosk opens no connection. (_hashlib stays: the PIN is scrypt.)
    "asyncio", "multiprocessing", "concurrent", "pkg_resources", "setuptools", "_distutils_hack",
    "xmlrpc", "smtplib", "imaplib", "poplib", "ftplib", "mailbox", "pdb", "doctest", "readline",
    "curses", "sqlite3", "lib2to3", "tkinter", "unittest", "pydoc", "pytest", "hypothesis",
]
# East Asian legacy codecs (287 KB of the .deb): every file the kiosk reads or writes is
# UTF-8, and its launcher runs it in C.UTF-8. PyInstaller collects them with every encoding
# whatever its excludes say, so they are left out as files, wherever a platform puts them.
LEFT_OUT_EXTENSIONS = frozenset({"_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk",
                                 "_codecs_iso2022", "_multibytecodec"})
# Imported by the kiosk only to draw its icons ahead (kiosk/ui/icon_drawings.py), which the
# bundle's build does before PyInstaller runs; the bundled kiosk shows those drawings.
BUILD_TIME_ONLY = ["qtawesome", "qtpy"]
PLATFORM_PLUGINS = ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa")
# PNG, the only image format the kiosk reads or writes, is built into QtGui.
PLUGIN_FOLDERS_KEPT = {"platforms", "xcbglintegrations", "wayland-decoration-client",
                       "wayland-shell-integration", "wayland-graphics-integration-client", "styles"}


def shipped_languages(translations: Path) -> list[str]:
    """English and every language with a compiled catalog, in code order."""
    compiled = {mo.parent.parent.name for mo in translations.glob("*/LC_MESSAGES/kiosk.mo")}
    return sorted(compiled | {SOURCE_LANGUAGE})


def wanted(destination: str, languages: list[str], dictionaries: Collection[str] | None = None) -> bool:
    """Whether a file bound for ``destination`` inside the bundle is kept. ``dictionaries``:
    the eSpeak NG dictionaries the shipped languages' voices read (None keeps them all)."""
    parts = PurePath(destination.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    if "espeak-ng-data" in parts:
        if name.endswith("_dict"):
            return dictionaries is None or name[: -len("_dict")] in dictionaries
        return "mb" not in parts[parts.index("espeak-ng-data"):]
    if "locale-data" in parts and name.endswith(".dat"):
        keep = {"root", *languages, *(CLDR_PARENTS[c] for c in languages if c in CLDR_PARENTS)}
        return name[: -len(".dat")] in keep
    if "translations" in parts and name.endswith(".qm"):
        match = re.fullmatch(r"(qtbase|qt)_(\w+)\.qm", name)
        return bool(match) and match.group(2) in languages
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 1 else ""
        if folder not in PLUGIN_FOLDERS_KEPT:
            return False
        if folder == "platforms":
            return any(plugin in name for plugin in PLATFORM_PLUGINS)
        return True
    if parts and parts[0].startswith("fontpkg_") and "Italic" in name:
        return False
    if name.endswith((".so", ".pyd")) and name.split(".")[0] in LEFT_OUT_EXTENSIONS:
        return False
    if parts[:2] == ("dateutil", "zoneinfo") and name.endswith(".tar.gz"):
        return False
    if name == "RECORD" and len(parts) == 2 and parts[0].endswith(".dist-info"):
        return False
    if "holidays" in parts and "locale" in parts and name.endswith(".mo"):
        language = parts[parts.index("locale") + 1]
        return language in HOLIDAY_NAME_LANGUAGES or language in languages
    return True


def espeak_dictionaries(languages: list[str], data: Path) -> set[str]:
    """The dictionaries the voices of ``languages`` read (nb reads no_dict, fa_AF fa_dict)."""
    from kiosk.speech.voices import voices_for

    return {voice.dictionary for voice in voices_for(languages, data).values()}


def macos_info_plist(languages: list[str]) -> dict[str, object]:
    return {
        "CFBundleDisplayName": "IOM Kiosk",
        "CFBundleName": "IOM Kiosk",
        "CFBundleShortVersionString": _version(),
        "CFBundleDevelopmentRegion": SOURCE_LANGUAGE,
        # macOS shows the app's own strings (menus, dialogs) only in listed languages.
        "CFBundleLocalizations": list(languages),
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "12.0",
    }


def _version() -> str:
    init = Path(__file__).resolve().parent.parent / "kiosk" / "__init__.py"
    match = re.search(r'__version__ = "([^"]+)"', init.read_text(encoding="utf-8"))
    return match.group(1) if match else "0"
