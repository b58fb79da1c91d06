"""Everything a running kiosk holds besides its widgets: content, languages, settings, counts."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

from kiosk.content import Content
from kiosk.i18n.languages import SOURCE_LANGUAGE, Languages
from kiosk.settings.locations import Locations
from kiosk.settings.pin import PinGuard
from kiosk.settings.store import Settings, SettingsStore
from kiosk.usage import UsageCounts

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    content: Content
    languages: Languages
    locations: Locations
    store: SettingsStore
    usage: UsageCounts
    # Command-line values that override the settings for this run only.
    overrides: dict[str, object] = field(default_factory=dict)
    guard: PinGuard = field(init=False)

    def __post_init__(self) -> None:
        self.guard = PinGuard(self.store)

    @classmethod
    def open(cls, content: Content, languages: Languages, locations: Locations,
             overrides: dict[str, object] | None = None) -> Runtime:
        return cls(content, languages, locations, SettingsStore.open(locations),
                   UsageCounts(locations.usage), dict(overrides or {}))

    @property
    def settings(self) -> Settings:
        return dataclasses.replace(self.store.settings, **self.overrides)  # type: ignore[arg-type]

    @property
    def default_language(self) -> str:
        """The language the start screen greets in: staff's, else the office's, else English."""
        for code in (self.settings.default_language, self.content.office.default_language):
            if code and code in self.languages.codes:
                return code
            if code:
                log.warning("Default language %r has no usable catalog; trying the next", code)
        return SOURCE_LANGUAGE
