"""Babel extractors for the TOML content, so ``pybabel extract`` reads it like code.

Configured in pyproject.toml under ``[tool.babel]``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from kiosk.content.loader import page_messages, ui_messages
from kiosk.content.model import SourceMessage
from kiosk.content.toml_source import parse_toml
from kiosk.hours.calendar import HOLIDAY_CONTEXT, holiday_names

Extracted = tuple[int, str, Any, list[str]]


def extract_pages(fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str],
                  options: Mapping[str, Any]) -> Iterator[Extracted]:
    yield from _as_babel(page_messages(parse_toml(fileobj.read(), _name(fileobj))))


def extract_ui(fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str],
               options: Mapping[str, Any]) -> Iterator[Extracted]:
    yield from _as_babel(ui_messages(parse_toml(fileobj.read(), _name(fileobj))))


def extract_holidays(fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str],
                     options: Mapping[str, Any]) -> Iterator[Extracted]:
    """The English names of the public holidays of the office profile's country (context
    ``holiday``): the kiosk's own catalogs name them where the holidays package has no name
    in the visitor's language."""
    doc = parse_toml(fileobj.read(), _name(fileobj))
    country = str(doc.data.get("country", "")).upper()
    line = doc.line_of("country") or 0
    for name in holiday_names(country):
        yield line, "pgettext", (HOLIDAY_CONTEXT, name), [f"A public holiday in {country}."]


def _as_babel(messages: Iterator[SourceMessage]) -> Iterator[Extracted]:
    for message in messages:
        comments = [message.comment] if message.comment else []
        if message.context:
            yield message.line or 0, "pgettext", (message.context, message.id), comments
        else:
            yield message.line or 0, "gettext", message.id, comments


def _name(fileobj: IO[bytes]) -> Path:
    return Path(getattr(fileobj, "name", "<toml>"))
