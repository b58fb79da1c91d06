"""Each offered language's own name and direction, from CLDR, kept in a small table.

Asking Babel means loading and merging each language's whole CLDR file: about 110 ms for
seventeen languages, before the first frame. ``translations/languages.toml`` keeps just
those two facts per catalog, and the names of the office profile's country and city in
that language (the start screen's "IOM Norway" would otherwise load the default language's
CLDR data, 4 MiB, before the first frame). ``make catalogs`` writes it (``python -m
kiosk.i18n.language_table``), and tests/unit/test_i18n.py fails when it no longer says what
Babel says. A language the table lacks (a catalog added since), or a country or zone it
does not name (another office profile), is asked of Babel, as before.
"""

from __future__ import annotations

import json
import logging
import sys
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from babel import Locale

log = logging.getLogger(__name__)

TABLE = "languages.toml"
Direction = Literal["ltr", "rtl"]


class Places(NamedTuple):
    """Place names in one language, as CLDR gives them: countries by ISO code, and the city of
    each time zone (CLDR names one per zone, e.g. اسلو for Europe/Oslo)."""

    countries: Mapping[str, str]
    zone_cities: Mapping[str, str]


NO_PLACES = Places({}, {})


class Row(NamedTuple):
    name: str
    direction: Direction
    places: Places = NO_PLACES


def country_in(locale: Locale, code: str) -> str:
    return locale.territories.get(code, code)


def zone_word(time_zone: str) -> str:
    """The city a zone is named after, as the zone writes it: "Oslo" for Europe/Oslo."""
    return time_zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_city_in(locale: Locale, time_zone: str) -> str:
    """CLDR's name for ``time_zone``'s city in ``locale``; the zone's own word where it has none."""
    return locale.time_zones.get(time_zone, {}).get("city", zone_word(time_zone))


def from_cldr(code: str) -> tuple[str, Direction]:
    """``code``'s name in its own script, and its direction, as Babel's CLDR data has them."""
    from babel import Locale

    locale = Locale.parse(code)
    # CLDR's own name for the whole code first: fa_AF is "دری" (Dari), not "فارسی (افغانستان)".
    name = locale.languages.get(str(locale)) or locale.get_display_name(locale) or code
    return name, "rtl" if locale.text_direction == "rtl" else "ltr"


def places_from_cldr(code: str, countries: Iterable[str], zones: Iterable[str]) -> Places:
    from babel import Locale

    locale = Locale.parse(code)
    return Places({country: country_in(locale, country) for country in countries},
                  {zone: zone_city_in(locale, zone) for zone in zones})


def read_table(translations: Path) -> Mapping[str, Row]:
    """The table's rows; none (logged) when it is missing or broken: Babel answers instead."""
    path = translations / TABLE
    try:
        rows = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("%s is unreadable (%s); asking Babel for every language's name", path, exc)
        return {}
    table: dict[str, Row] = {}
    for code, row in rows.items():
        if (isinstance(row, dict) and isinstance(row.get("name"), str) and row["name"]
                and row.get("direction") in ("ltr", "rtl")):
            table[code] = Row(row["name"], row["direction"], _places(row))
        else:
            log.warning("%s: the row for %r is not a name and a direction; asking Babel", path, code)
    return table


def _places(row: Mapping[str, object]) -> Places:
    """The row's place names; a part that is not a table of names is left to Babel."""
    parts = []
    for key in ("countries", "zone_cities"):
        part = row.get(key)
        valid = isinstance(part, dict) and all(isinstance(name, str) and name for name in part.values())
        parts.append(part if valid else {})
    return Places(*parts)


def render_table(codes: Iterable[str], countries: Iterable[str] = (), zones: Iterable[str] = ()) -> str:
    countries, zones = sorted(countries), sorted(zones)
    lines = ["# Each language's own name and direction, and the office's country and city in it,",
             "# from CLDR through Babel. Written by `make catalogs` (python -m",
             "# kiosk.i18n.language_table); do not edit by hand.", ""]
    for code in sorted(codes):
        name, direction = from_cldr(code)
        places = places_from_cldr(code, countries, zones)
        lines += [f"[{code}]", f"name = {_toml(name)}", f'direction = "{direction}"']
        for key, names in zip(("countries", "zone_cities"), places, strict=True):
            pairs = ", ".join(f"{_toml(place)} = {_toml(local)}" for place, local in names.items())
            lines.append(f"{key} = {{ {pairs} }}" if pairs else f"{key} = {{}}")
        lines.append("")
    return "\n".join(lines)


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def main(argv: list[str]) -> int:
    from kiosk import paths
    from kiosk.content import load_content

    translations = Path(argv[0]) if argv else Path("translations")
    codes = ["en", *(folder.name for folder in translations.iterdir()
                     if (folder / "LC_MESSAGES" / "kiosk.po").is_file())]
    # The bundled office profile's places: the ones every start screen names.
    office = load_content(paths.resources_dir()).office
    text = render_table(codes, [office.country, *office.chief_previous_offices], [office.time_zone])
    (translations / TABLE).write_text(text, encoding="utf-8")
    print(f"{translations / TABLE}: {len(codes)} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
