"""The shipped catalogs as their .po files say, read with Babel, independently of the kiosk."""

from __future__ import annotations

from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from tests.support.project import ROOT, SHIPPED

TRANSLATED = tuple(code for code in SHIPPED if code != "en")
POT = ROOT / "translations/kiosk.pot"


def po_messages(code: str) -> list[Message]:
    """Every message of ``code``'s catalog (not the header)."""
    with (ROOT / f"translations/{code}/LC_MESSAGES/kiosk.po").open("rb") as handle:
        return [message for message in read_po(handle, abort_invalid=True) if message.id]


def template_keys() -> set[tuple[str | None, str]]:
    with POT.open("rb") as handle:
        return {(m.context, m.id) for m in read_po(handle) if m.id}


def translated_strings(code: str) -> set[str]:
    """What the .po file itself says, for comparing with what is on screen."""
    if code == "en":
        return set()
    return {message.string for message in po_messages(code) if message.string}
