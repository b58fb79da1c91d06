"""Which languages the kiosk offers: English (the source) and every readable catalog.

A new language is a new ``translations/<code>/LC_MESSAGES/kiosk.po`` and nothing
else: its native name and direction come from Babel's CLDR data.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from kiosk.content import Content
from kiosk.i18n.catalog import CatalogError, MessageKey, catalog_files, has_catalog, load_messages
from kiosk.i18n.language import Language, describe
from kiosk.i18n.language_table import NO_PLACES, Row, read_table
from kiosk.i18n.localizer import Localizer
from kiosk.i18n.review import NOT_RECORDED, SOURCE, Review, read_review

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"


class Languages:
    """The offered languages, in code order, and a Localizer for each."""

    def __init__(self, content: Content, catalogs: Mapping[str, Mapping[MessageKey, str]],
                 reviews: Mapping[str, Review] | None = None,
                 table: Mapping[str, Row] | None = None) -> None:
        self._content = content
        self._messages = dict(catalogs)
        keys = content.message_keys()
        reviews = reviews or {}
        table = table or {}
        self._places = {code: row.places for code, row in table.items()}
        self.available: tuple[Language, ...] = tuple(
            describe(code, len(keys & messages.keys()) / len(keys), reviews.get(code, NOT_RECORDED),
                     table.get(code))
            if code != SOURCE_LANGUAGE else describe(code, 1.0, SOURCE, table.get(code))
            for code, messages in sorted(self._messages.items())
        )
        self._localizers: dict[str, Localizer] = {}

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.available)

    def get(self, code: str) -> Language:
        for language in self.available:
            if language.code == code:
                return language
        raise KeyError(code)

    def localizer(self, code: str) -> Localizer:
        if code not in self._localizers:
            self._localizers[code] = Localizer(self.get(code), self._messages[code], self._content,
                                               self._places.get(code, NO_PLACES))
        return self._localizers[code]


def discover_languages(translations: Path, content: Content) -> Languages:
    """English plus every language under ``translations`` whose catalog reads cleanly."""
    catalogs: dict[str, Mapping[MessageKey, str]] = {SOURCE_LANGUAGE: {}}
    reviews: dict[str, Review] = {}
    folders = sorted(translations.iterdir()) if translations.is_dir() else []
    if not folders:
        log.warning("No translations found in %s; offering English only", translations)
    table = read_table(translations)
    for folder in folders:
        if not folder.is_dir() or not has_catalog(folder) or folder.name == SOURCE_LANGUAGE:
            continue
        # A code in the language table is one Babel knew when the table was written from it.
        if folder.name not in table and not _babel_knows(folder.name):
            log.warning("Language left out: %s is not a locale code Babel knows", folder.name)
            continue
        try:
            catalogs[folder.name] = load_messages(folder)
        except CatalogError as exc:
            log.warning("Language left out: %s", exc)
            continue
        reviews[folder.name] = read_review(catalog_files(folder)[0])
    return Languages(content, catalogs, reviews, table)


def _babel_knows(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True
