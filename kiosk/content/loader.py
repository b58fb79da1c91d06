"""Load ``resources/`` into a validated :class:`Content`.

Core files (ui, facts, office) must be sound or the kiosk cannot start, so their
errors are raised. A broken page file is logged and left out: the waiting room
keeps a kiosk with one page fewer rather than a black screen.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.content.errors import ContentError
from kiosk.content.model import (
    Address,
    Block,
    Bullets,
    ContactDetails,
    Content,
    Facts,
    Heading,
    Office,
    OpeningHours,
    Page,
    Paragraph,
    SourceMessage,
    placeholder_names,
)
from kiosk.content.placeholders import placeholders
from kiosk.content.toml_source import TomlDocument, read_toml
from kiosk.content.ui_keys import REQUIRED_UI_KEYS
from kiosk.hours import Interval, Schedule, WeeklyHours, parse_intervals
from kiosk.hours.holiday_table import TABLES_FOLDER

log = logging.getLogger(__name__)

_TEXT_BLOCKS = {"paragraph": Paragraph, "heading": Heading}
_PROFILE_BLOCKS = {"opening-hours": OpeningHours, "contact": ContactDetails}
BLOCK_TYPES = ("paragraph", "heading", "bullets", *_PROFILE_BLOCKS)


def load_content(resources: Path, office_profile: Path | None = None) -> Content:
    """Everything under ``resources``; raises ContentError for a broken core file.

    ``office_profile`` replaces ``resources/office.toml`` (an installer's choice); if it
    cannot be used, the reason is logged and the bundled profile is used instead.
    """
    content_dir = resources / "content"
    ui_doc = read_toml(content_dir / "ui.toml")
    ui = load_ui_strings(ui_doc)
    check_ui_keys(ui_doc, ui)
    facts = load_facts(read_toml(content_dir / "facts.toml"))
    office = None
    if office_profile is not None:
        try:
            office = load_office(read_toml(office_profile), resources / TABLES_FOLDER)
        except ContentError as exc:
            log.error("Office profile not used, the bundled one is: %s", exc)
    if office is None:
        office = load_office(read_toml(resources / "office.toml"), resources / TABLES_FOLDER)
    allowed = placeholder_names(facts)
    pages: list[Page] = []
    for path in sorted((content_dir / "pages").glob("*.toml")):
        try:
            page = load_page(read_toml(path), allowed)
        except ContentError as exc:
            log.error("Page left out: %s", exc)
            continue
        if any(existing.id == page.id for existing in pages):
            log.error("Page left out: %s: page id %r is used twice", path, page.id)
            continue
        pages.append(page)
    if not pages:
        raise ContentError(content_dir / "pages", None, "no usable page files")
    return Content(tuple(pages), ui, facts, office)


def load_ui_strings(doc: TomlDocument) -> dict[str, str]:
    """``[section] name = "text"`` becomes ``{"section.name": "text"}``."""
    strings: dict[str, str] = {}
    for section, table in doc.data.items():
        if not isinstance(table, dict):
            raise doc.error(f"{section!r} must be a [section] of strings", section)
        for name, text in table.items():
            if not isinstance(text, str) or not text.strip():
                raise doc.error(f"{section}.{name} must be a non-empty string", section, name)
            _check_placeholders(doc, text, None, section, name)
            strings[f"{section}.{name}"] = text
    return strings


def check_ui_keys(doc: TomlDocument, strings: Mapping[str, str]) -> None:
    """Every key the frame asks for is there; else one error that names them all.

    Found here, a missing key stops the start with the file's name; found by a
    widget, it would be a KeyError in the middle of a visitor's tap.
    """
    missing = sorted(REQUIRED_UI_KEYS - strings.keys())
    if not missing:
        return
    section = missing[0].split(".", 1)[0]
    noun = "key" if len(missing) == 1 else "keys"
    raise doc.error(f"missing {noun} {', '.join(missing)}", section)


def load_facts(doc: TomlDocument) -> Facts:
    tables: dict[str, dict[str, int]] = {}
    for kind in ("years", "counts"):
        table = doc.data.get(kind, {})
        if not isinstance(table, dict):
            raise doc.error(f"[{kind}] must be a table of whole numbers", kind)
        for name, value in table.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise doc.error(f"{kind}.{name} must be a whole number, got {value!r}", kind, name)
        tables[kind] = dict(table)
    clash = set(tables["years"]) & set(tables["counts"])
    if clash:
        name = sorted(clash)[0]
        raise doc.error(f"{name!r} is both a year and a count", "counts", name)
    return Facts(years=tables["years"], counts=tables["counts"])


def load_office(doc: TomlDocument, holiday_tables: Path | None = None) -> Office:
    """``holiday_tables``: the folder of the holidays written ahead (kiosk/hours/holiday_table.py)."""
    data = doc.data
    chief = _table(doc, "chief_of_mission")
    try:
        hours = WeeklyHours.parse(_table(doc, "hours"))
    except ValueError as exc:
        key = str(exc).split(":", 1)[0]
        raise doc.error(f"opening hours: {exc}", "hours", key) from exc
    previous = chief.get("previous_offices", [])
    if not isinstance(previous, list) or not all(isinstance(c, str) and len(c) == 2 for c in previous):
        raise doc.error("previous_offices must be a list of two-letter country codes",
                        "chief_of_mission", "previous_offices")
    time_zone = _string(doc, data, "time_zone")
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise doc.error(f"unknown time zone {time_zone!r} (an IANA name such as Europe/Oslo)",
                        "time_zone") from exc
    schedule = Schedule(
        time_zone=time_zone,
        week=hours,
        country=_string(doc, data, "country").upper(),
        closed_every_year=_annual_closures(doc),
        closed_on=_dated_closures(doc),
        special_hours=_special_hours(doc),
        holiday_tables=holiday_tables,
    )
    return Office(
        city=_string(doc, data, "city"),
        default_language=_string(doc, data, "default_language"),
        visiting_address=_address(doc, "visiting_address"),
        postal_address=_address(doc, "postal_address"),
        phone=_string(doc, _table(doc, "phones"), "phone", "phones"),
        fax=_string(doc, _table(doc, "phones"), "fax", "phones"),
        chief_name=_string(doc, chief, "name", "chief_of_mission"),
        chief_previous_offices=tuple(c.upper() for c in previous),
        schedule=schedule,
    )


def _annual_closures(doc: TomlDocument) -> tuple[tuple[int, int], ...]:
    days = []
    for index, value in enumerate(_list(doc, "closures", "every_year")):
        try:
            month, day = (int(part) for part in str(value).split("-"))
            date(2000, month, day)  # a leap year, so 02-29 is allowed
        except ValueError as exc:
            raise doc.error(f"closures.every_year: {value!r} is not a day as \"MM-DD\"",
                            "closures", "every_year", index) from exc
        days.append((month, day))
    return tuple(days)


def _dated_closures(doc: TomlDocument) -> tuple[date, ...]:
    days = []
    for index, value in enumerate(_list(doc, "closures", "dates")):
        try:
            days.append(date.fromisoformat(str(value)))
        except ValueError as exc:
            raise doc.error(f"closures.dates: {value!r} is not a date as \"YYYY-MM-DD\"",
                            "closures", "dates", index) from exc
    return tuple(days)


def _special_hours(doc: TomlDocument) -> dict[date, tuple[Interval, ...]]:
    table = doc.data.get("special_hours", {})
    if not isinstance(table, dict):
        raise doc.error("[special_hours] must be a table", "special_hours")
    special: dict[date, tuple[Interval, ...]] = {}
    for key, value in table.items():
        try:
            special[date.fromisoformat(key)] = parse_intervals(key, value)
        except ValueError as exc:
            raise doc.error(f"special_hours: {exc}", "special_hours", key) from exc
    return special


def _list(doc: TomlDocument, table: str, key: str) -> list[Any]:
    section = doc.data.get(table, {})
    value = section.get(key, []) if isinstance(section, dict) else None
    if not isinstance(value, list):
        raise doc.error(f"{table}.{key} must be a list", table, key)
    return value


def load_page(doc: TomlDocument, allowed: frozenset[str] | None) -> Page:
    data = doc.data
    page_id = _string(doc, data, "id")
    title = _string(doc, data, "title")
    icon = _string(doc, data, "icon")
    raw_blocks = data.get("block", [])
    if not isinstance(raw_blocks, list) or not raw_blocks:
        raise doc.error("a page needs at least one [[block]]", "id")
    blocks = tuple(_block(doc, index, raw, allowed) for index, raw in enumerate(raw_blocks))
    return Page(page_id, title, icon, blocks)


def page_messages(doc: TomlDocument) -> Iterator[SourceMessage]:
    """The translatable strings of one page file, for the catalog extractor."""
    # One file at a time, the extractor cannot know the facts; load_content checks the names.
    page = load_page(doc, allowed=None)
    page_id = page.id
    title_note = f"Page {page_id!r}: title and home-screen tile"
    yield SourceMessage(page.title, None, doc.line_of("title"), title_note)
    for index, block in enumerate(page.blocks):
        where = f"Page {page_id!r}, block {index + 1}"
        if isinstance(block, Paragraph | Heading):
            kind = "heading" if isinstance(block, Heading) else "paragraph"
            yield SourceMessage(block.text, None, doc.line_of("block", index, "text"), f"{where} ({kind})")
        elif isinstance(block, Bullets):
            for item_index, item in enumerate(block.items):
                line = doc.line_of("block", index, "items", item_index)
                yield SourceMessage(item, None, line, f"{where} (list item {item_index + 1})")


def ui_messages(doc: TomlDocument) -> Iterator[SourceMessage]:
    """The frame's strings, each with its key as context, for the catalog extractor."""
    for key, text in load_ui_strings(doc).items():
        section, name = key.split(".", 1)
        yield SourceMessage(text, key, doc.line_of(section, name), _comment_above(doc, section, name))


def _block(doc: TomlDocument, index: int, raw: Any, allowed: frozenset[str] | None) -> Block:
    if not isinstance(raw, dict):
        raise doc.error("a block must be a [[block]] table", "block", index)
    kind = raw.get("type")
    if kind in _TEXT_BLOCKS:
        text = _string(doc, raw, "text", "block", index)
        _check_placeholders(doc, text, allowed, "block", index, "text")
        return _TEXT_BLOCKS[kind](text)
    if kind == "bullets":
        items = raw.get("items")
        if not (isinstance(items, list) and items and all(isinstance(i, str) and i.strip() for i in items)):
            raise doc.error("a bullets block needs items = [\"...\", ...] of non-empty strings",
                            "block", index, "items")
        for item_index, item in enumerate(items):
            _check_placeholders(doc, item, allowed, "block", index, "items", item_index)
        return Bullets(tuple(items))
    if kind in _PROFILE_BLOCKS:
        return _PROFILE_BLOCKS[kind]()
    raise doc.error(f"unknown block type {kind!r}; use one of: {', '.join(BLOCK_TYPES)}",
                    "block", index, "type")


def _check_placeholders(doc: TomlDocument, text: str, allowed: frozenset[str] | None,
                        *keys: str | int) -> None:
    try:
        names = placeholders(text)
    except ValueError as exc:
        raise doc.error(str(exc), *keys) from exc
    if allowed is None:
        return
    for name in names:
        if name not in allowed:
            known = ", ".join(sorted(allowed))
            raise doc.error(f"unknown placeholder {{{name}}}; known: {known}", *keys)


def _string(doc: TomlDocument, table: Mapping[str, Any], key: str, *where: str | int) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise doc.error(f"{key!r} must be a non-empty string", *where, key)
    return value


def _table(doc: TomlDocument, key: str) -> dict[str, Any]:
    value = doc.data.get(key)
    if not isinstance(value, dict):
        raise doc.error(f"[{key}] table is missing", key)
    return value


def _address(doc: TomlDocument, key: str) -> Address:
    table = _table(doc, key)
    floor = table.get("floor")
    if floor is not None and (not isinstance(floor, str) or not floor.strip()):
        raise doc.error("floor must be the floor as the building writes it, e.g. \"4. etasje\"", key, "floor")
    above = table.get("floors_above_street")
    if above is not None and (isinstance(above, bool) or not isinstance(above, int) or above < 0):
        raise doc.error("floors_above_street must be a whole number, 0 for street level",
                        key, "floors_above_street")
    return Address(
        street=_string(doc, table, "street", key),
        postcode=_string(doc, table, "postcode", key),
        town=_string(doc, table, "town", key),
        floor=floor,
        floors_above_street=above,
    )


def _comment_above(doc: TomlDocument, *keys: str) -> str:
    """A ``# comment`` just above a ui string is a note to its translators."""
    line = doc.line_of(*keys)
    notes: list[str] = []
    while line and line > 1 and doc.lines[line - 2].lstrip().startswith("#"):
        line -= 1
        notes.insert(0, doc.lines[line - 1].lstrip().lstrip("#").strip())
    return " ".join(notes)
