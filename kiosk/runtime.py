"""Everything a running kiosk holds besides its widgets: content, languages, settings, counts.

The plain-Python half of putting a kiosk together; kiosk.ui.assemble adds the widgets.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from kiosk import paths
from kiosk.content import Content, load_content
from kiosk.i18n.languages import SOURCE_LANGUAGE, Languages, discover_languages
from kiosk.settings.locations import Locations
from kiosk.settings.pin import PinGuard
from kiosk.settings.store import Settings, SettingsStore
from kiosk.usage import UsageCounts

if TYPE_CHECKING:
    from kiosk.speech.voices import Voice

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """The plain-Python half of a running kiosk, shared by its widgets."""

    content: Content
    languages: Languages
    locations: Locations
    store: SettingsStore
    usage: UsageCounts
    # Command-line values that override the settings for this run, until staff change them.
    overrides: dict[str, object] = field(default_factory=dict)
    guard: PinGuard = field(init=False)
    _reported: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.guard = PinGuard(self.store)

    @classmethod
    def load(cls, locations: Locations, overrides: Mapping[str, object] | None = None) -> Runtime:
        """Settings, then the content they may point to, then the languages found for it.

        Raises ContentError when a core content file is broken: there is no kiosk to show.
        """
        store = SettingsStore.open(locations)
        content = load_content(paths.resources_dir(), store.office_profile)
        languages = discover_languages(paths.translations_dir(), content)
        return cls(content, languages, locations, store, UsageCounts(locations.usage), dict(overrides or {}))

    @classmethod
    def open(cls, content: Content, languages: Languages, locations: Locations,
             overrides: Mapping[str, object] | None = None) -> Runtime:
        """With content and languages already loaded (the tests share one load)."""
        return cls(content, languages, locations, SettingsStore.open(locations),
                   UsageCounts(locations.usage), dict(overrides or {}))

    @cached_property
    def voices(self) -> Mapping[str, Voice]:
        """eSpeak NG's voice for each language that has one; asked for after the first frame,
        and imported then: nothing of read-aloud is loaded before it."""
        from kiosk.speech.voices import data_path, voices_for

        return voices_for(self.languages.codes, data_path())

    @property
    def settings(self) -> Settings:
        return dataclasses.replace(self.store.settings, **self.overrides)  # type: ignore[arg-type]

    def update_settings(self, **changes: object) -> None:
        """Staff's changes: saved, and from now on above this run's command-line values.

        SaveError if the disk refuses; the changes apply all the same until a restart.
        """
        for name in changes:
            self.overrides.pop(name, None)
        self.store.update(**changes)

    @property
    def start_languages(self) -> tuple[str, ...]:
        """The start screen's languages, in order: the default first, then the installer's or
        staff's order, then the rest in code order; hidden ones left out, never the default."""
        default = self.default_language
        settings = self.settings
        available = self.languages.codes
        named = (*settings.languages, *settings.hidden_languages)
        unknown = {code for code in named if code not in available}
        if unknown - self._reported:
            self._reported |= unknown
            log.info("Settings name languages without a catalog, left out: %s", ", ".join(sorted(unknown)))
        ordered = [default, *(c for c in settings.languages if c in available), *available]
        hidden = set(settings.hidden_languages) - {default}
        return tuple(dict.fromkeys(code for code in ordered if code not in hidden))

    @property
    def default_language(self) -> str:
        """The language the start screen greets in: staff's, else the office's, else English."""
        for code in (self.settings.default_language, self.content.office.default_language):
            if code and code in self.languages.codes:
                return code
            if code:
                log.warning("Default language %r has no usable catalog; trying the next", code)
        return SOURCE_LANGUAGE
