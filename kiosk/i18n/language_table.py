"""Each offered language's own name and direction, from CLDR, kept in a small table.

Asking Babel means loading and merging each language's whole CLDR file: about 110 ms for
seventeen languages, before the first frame. ``translations/languages.toml`` keeps just
those two facts per catalog. ``make catalogs`` writes it (``python -m
kiosk.i18n.language_table``), and tests/unit/test_i18n.py fails when it no longer says what
Babel says. A language the table lacks (a catalog added since) is asked of Babel, as before.
"""

from __future__ import annotations

import json
import logging
import sys
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal

from babel import Locale

log = logging.getLogger(__name__)

TABLE = "languages.toml"
Direction = Literal["ltr", "rtl"]


def from_cldr(code: str) -> tuple[str, Direction]:
    """``code``'s name in its own script, and its direction, as Babel's CLDR data has them."""
    locale = Locale.parse(code)
    # CLDR's own name for the whole code first: fa_AF is "دری" (Dari), not "فارسی (افغانستان)".
    name = locale.languages.get(str(locale)) or locale.get_display_name(locale) or code
    return name, "rtl" if locale.text_direction == "rtl" else "ltr"


def read_table(translations: Path) -> Mapping[str, tuple[str, Direction]]:
    """The table's rows; none (logged) when it is missing or broken: Babel answers instead."""
    path = translations / TABLE
    try:
        rows = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("%s is unreadable (%s); asking Babel for every language's name", path, exc)
        return {}
    table: dict[str, tuple[str, Direction]] = {}
    for code, row in rows.items():
        if (isinstance(row, dict) and isinstance(row.get("name"), str) and row["name"]
                and row.get("direction") in ("ltr", "rtl")):
            table[code] = (row["name"], row["direction"])
        else:
            log.warning("%s: the row for %r is not a name and a direction; asking Babel", path, code)
    return table


def render_table(codes: Iterable[str]) -> str:
    lines = ["# Each language's own name and direction, from CLDR through Babel. Written by",
             "# `make catalogs` (python -m kiosk.i18n.language_table); do not edit by hand.", ""]
    for code in sorted(codes):
        name, direction = from_cldr(code)
        # A JSON string is a TOML basic string.
        lines += [f"[{code}]", f"name = {json.dumps(name, ensure_ascii=False)}",
                  f'direction = "{direction}"', ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    translations = Path(argv[0]) if argv else Path("translations")
    codes = ["en", *(folder.name for folder in translations.iterdir()
                     if (folder / "LC_MESSAGES" / "kiosk.po").is_file())]
    (translations / TABLE).write_text(render_table(codes), encoding="utf-8")
    print(f"{translations / TABLE}: {len(codes)} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
