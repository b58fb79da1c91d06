"""The Windows installer speaks the kiosk's languages: its [Languages] section is made from
translations/, so a new catalog without a matching Inno Setup translation fails the build.

    python packaging/windows/installer_languages.py build/windows

writes build/windows/languages.iss and build/windows/downloads.txt (translations Inno Setup
does not ship, as paths in its source repository, for the CI workflow to fetch into isl/).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# kiosk code -> (Inno Setup language name, messages file, path in Inno Setup's repository or None)
INNO_LANGUAGES = {
    "en": ("english", "compiler:Default.isl", None),
    "nb": ("norwegian", "compiler:Languages\\Norwegian.isl", None),
    "sv": ("swedish", "isl\\Swedish.isl", "Files/Languages/Swedish.isl"),
    "fa": ("farsi", "isl\\Farsi.isl", "Files/Languages/Unofficial/Farsi.isl"),
    "mk": ("macedonian", "isl\\Macedonian.isl", "Files/Languages/Unofficial/Macedonian.isl"),
    "ar": ("arabic", "isl\\Arabic.isl", "Files/Languages/Arabic.isl"),
    "fr": ("french", "isl\\French.isl", "Files/Languages/French.isl"),
    "es": ("spanish", "isl\\Spanish.isl", "Files/Languages/Spanish.isl"),
    "ru": ("russian", "isl\\Russian.isl", "Files/Languages/Russian.isl"),
    "uk": ("ukrainian", "isl\\Ukrainian.isl", "Files/Languages/Ukrainian.isl"),
    # Dari readers read the Persian (Farsi) installer; one entry serves both.
    "fa_AF": ("farsi", "isl\\Farsi.isl", "Files/Languages/Unofficial/Farsi.isl"),
}
# Inno Setup has no translation of its own for these, official or not: their installer speaks
# English (the kiosk itself speaks each language). Listed, so that a new language is a choice.
INSTALLER_IN_ENGLISH = frozenset({"am", "ti", "so", "ps", "ur", "ckb"})


def kiosk_languages(translations: Path = ROOT / "translations") -> list[str]:
    return sorted({po.parent.parent.name for po in translations.glob("*/LC_MESSAGES/kiosk.po")} | {"en"})


def languages_section(codes: list[str]) -> tuple[str, list[str]]:
    missing = [code for code in codes if code not in INNO_LANGUAGES and code not in INSTALLER_IN_ENGLISH]
    if missing:
        raise SystemExit(f"no Inno Setup translation mapped for {', '.join(missing)}: "
                         "add it to INNO_LANGUAGES in packaging/windows/installer_languages.py")
    lines = ["[Languages]"]
    downloads: list[str] = []
    named: set[str] = set()
    for code in codes:
        if code not in INNO_LANGUAGES or INNO_LANGUAGES[code][0] in named:
            continue
        name, messages, source = INNO_LANGUAGES[code]
        named.add(name)
        lines.append(f'Name: "{name}"; MessagesFile: "{messages}"')
        if source and source not in downloads:
            downloads.append(source)
    return "\n".join(lines) + "\n", downloads


def main(out: Path) -> None:
    section, downloads = languages_section(kiosk_languages())
    out.mkdir(parents=True, exist_ok=True)
    (out / "languages.iss").write_text(section, encoding="utf-8")
    (out / "downloads.txt").write_text("".join(f"{path}\n" for path in downloads), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "windows")
