"""The content files: what loads, and what an editor is told when a file is wrong."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from kiosk.content import Bullets, ContactDetails, ContentError, OpeningHours, load_content
from kiosk.content.ui_keys import REQUIRED_UI_KEYS
from tests.support.project import ROOT


def test_real_content_has_the_six_pages_in_order(content):
    assert [page.id for page in content.pages] == [
        "office", "return", "integration", "hours", "confidential", "about"]
    hours = content.page("hours")
    assert any(isinstance(block, OpeningHours) for block in hours.blocks)
    assert any(isinstance(block, ContactDetails) for block in hours.blocks)
    about = content.page("about")
    areas = next(block for block in about.blocks if isinstance(block, Bullets))
    assert len(areas.items) == 4


def test_office_profile_carries_the_seed_facts(content):
    office = content.office
    assert office.visiting_address.street == "Skippergata 33"
    assert office.visiting_address.postcode == "0154"
    assert office.postal_address.postcode == "0028"
    assert office.phone.endswith("23 10 53 20") and office.fax.endswith("23 10 53 23")
    monday, saturday = office.schedule.week.on(0), office.schedule.week.on(5)
    assert [(i.opens.hour, i.closes.hour) for i in monday] == [(10, 15)]
    assert saturday == ()
    assert content.facts.years["iom_founded"] == 1951
    assert content.facts.counts["member_states"] == 173


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_toml_syntax_error_names_file_and_line(data_dir):
    ui = data_dir / "resources/content/ui.toml"
    lines = ui.read_text(encoding="utf-8").splitlines()
    lines[8] = 'greeting = "Welcome'  # an unclosed string on line 9
    _write(ui, "\n".join(lines))
    with pytest.raises(ContentError) as caught:
        load_content(data_dir / "resources")
    assert caught.value.path == ui and caught.value.line == 9
    assert str(caught.value).startswith(f"{ui}:9: not valid TOML")


def test_unknown_block_type_points_at_its_type_line(data_dir, caplog):
    page = data_dir / "resources/content/pages/05-confidential.toml"
    text = page.read_text(encoding="utf-8").replace('type = "paragraph"', 'type = "pargraph"', 1)
    _write(page, text)
    line = text.splitlines().index('type = "pargraph"') + 1
    with caplog.at_level(logging.ERROR):
        content = load_content(data_dir / "resources")
    # The broken page is left out and named; the kiosk keeps every other page.
    assert "confidential" not in [p.id for p in content.pages]
    assert len(content.pages) == 5
    assert f"{page}:{line}: unknown block type 'pargraph'" in caplog.text


def test_unknown_placeholder_is_named_with_its_line(data_dir, caplog):
    page = data_dir / "resources/content/pages/06-about.toml"
    text = page.read_text(encoding="utf-8").replace("{member_states}", "{member_state}")
    _write(page, text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "{member_state}" in row)
    with caplog.at_level(logging.ERROR):
        load_content(data_dir / "resources")
    assert f"{page}:{line}: unknown placeholder {{member_state}}" in caplog.text


def test_a_bad_bullet_item_points_at_the_item(data_dir, caplog):
    page = data_dir / "resources/content/pages/06-about.toml"
    text = page.read_text(encoding="utf-8").replace('"Rules for migration",', '"Rules for {migration",')
    _write(page, text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "Rules for {migration" in row)
    with caplog.at_level(logging.ERROR):
        load_content(data_dir / "resources")
    assert f"{page}:{line}:" in caplog.text


def test_bad_opening_hours_name_the_day_and_line(data_dir):
    office = data_dir / "resources/office.toml"
    text = office.read_text(encoding="utf-8").replace('friday = "10:00-15:00"', 'friday = "15:00-10:00"')
    _write(office, text)
    line = text.splitlines().index('friday = "15:00-10:00"') + 1
    with pytest.raises(ContentError, match=rf"office.toml:{line}: opening hours: friday: closing time"):
        load_content(data_dir / "resources")


def test_a_file_that_is_not_utf8_names_the_line(data_dir):
    facts = data_dir / "resources/content/facts.toml"
    facts.write_bytes(facts.read_bytes() + b"\nbad = \"\xff\"\n")
    with pytest.raises(ContentError, match=r"facts.toml:\d+: the file is not valid UTF-8"):
        load_content(data_dir / "resources")


def test_no_usable_page_is_an_error(data_dir):
    for page in (data_dir / "resources/content/pages").glob("*.toml"):
        _write(page, "id = \n")
    with pytest.raises(ContentError, match="no usable page files"):
        load_content(data_dir / "resources")


# --- the keys the frame needs ---------------------------------------------------------------

# blocks.py asks for ui(f"contact.{key}") with each of these.
CONTACT_KEYS = ("contact.visiting_address", "contact.postal_address", "contact.phone", "contact.fax")
# loc.ui("key") and the overlays' ui_text("key"), which asks for the same string later.
_UI_CALL = re.compile(r"""\bui(?:_text)?\(\s*(['"])([a-z_]+\.[a-z_0-9]+)\1""")


def test_every_ui_key_the_code_asks_for_is_declared_required():
    used = {match.group(2) for path in sorted((ROOT / "kiosk").rglob("*.py"))
            for match in _UI_CALL.finditer(path.read_text(encoding="utf-8"))}
    assert len(used) > 40  # the scan finds the calls it is meant to
    assert sorted(used - REQUIRED_UI_KEYS) == []
    assert sorted(set(CONTACT_KEYS) - REQUIRED_UI_KEYS) == []


def test_an_empty_ui_file_names_every_missing_key(data_dir):
    ui = data_dir / "resources/content/ui.toml"
    _write(ui, "")
    with pytest.raises(ContentError) as caught:
        load_content(data_dir / "resources")
    assert caught.value.path == ui
    for key in ("start.greeting", "staff.pin_title", *CONTACT_KEYS):
        assert key in caught.value.message


def test_a_missing_ui_key_is_named_with_its_sections_line(data_dir):
    ui = data_dir / "resources/content/ui.toml"
    text = ui.read_text(encoding="utf-8")
    _write(ui, "\n".join(line for line in text.splitlines() if not line.startswith("prompt = \"Choose")))
    with pytest.raises(ContentError) as caught:
        load_content(data_dir / "resources")
    section_line = text.splitlines().index("[start]") + 1
    assert caught.value.line == section_line
    assert str(caught.value) == f"{ui}:{section_line}: missing key start.prompt"
