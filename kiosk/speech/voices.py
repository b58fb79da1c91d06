"""Which of the kiosk's languages eSpeak NG can speak, read from its voice files alone.

Knowing that costs a directory walk, not the library: the start screen decides which
Listen buttons to show before anything has been spoken.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Voice:
    name: str  # as eSpeak's SetVoiceByName takes it: the voice file's name
    languages: tuple[str, ...]  # BCP 47 tags, lower case, as the voice file lists them
    dictionary: str


def read_voice_file(path: Path) -> Voice:
    languages: list[str] = []
    dictionary: str | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] == "language":
            languages.append(words[1].lower())
        elif len(words) >= 2 and words[0] == "dictionary":
            dictionary = words[1]
    # Without a "dictionary" line eSpeak uses the first language's own (ur → ur_dict).
    return Voice(path.name, tuple(languages), dictionary or (languages[0].split("-")[0] if languages else ""))


def voice_files(data: Path) -> Mapping[str, Path]:
    """Voice files by lower-case name (``lang/<family>/<name>``, the name a language tag), found
    without opening any: a directory listing is all the start-up pays."""
    found: dict[str, Path] = {}
    with os.scandir(data / "lang") as families:
        for family in families:
            if family.is_dir():
                with os.scandir(family.path) as entries:
                    found.update((entry.name.lower(), Path(entry.path))
                                 for entry in entries if entry.is_file())
    return found


def candidates(code: str) -> tuple[str, ...]:
    """Tags to try for a kiosk language code, most specific first: fa_AF → fa-af, fa.

    Dari (fa_AF) has no voice of its own and is read with the Persian one, which Dari
    speakers understand; the README says so."""
    tag = code.replace("_", "-").lower()
    parts = tag.split("-")
    return tuple("-".join(parts[:n]) for n in range(len(parts), 0, -1))


def voice_for(code: str, data: Path, files: Mapping[str, Path]) -> Voice | None:
    """The voice for a kiosk language, when its file says it speaks it and its dictionary is
    there too (a trimmed bundle keeps only some dictionaries)."""
    for tag in candidates(code):
        path = files.get(tag)
        if path is None:
            continue
        voice = read_voice_file(path)
        if tag in voice.languages and (data / f"{voice.dictionary}_dict").is_file():
            return voice
    return None


def voices_for(codes: Iterable[str], data: Path | None) -> Mapping[str, Voice]:
    """The voice of each code that has one; none at all when eSpeak's data is missing."""
    if data is None or not (data / "lang").is_dir():
        log.warning("Read-aloud is off: no eSpeak NG voice data at %s", data)
        return {}
    files = voice_files(data)
    return {code: voice for code in codes if (voice := voice_for(code, data, files))}


def data_path() -> Path | None:
    """eSpeak NG's voice data in the espeakng-loader package, found without importing it (it
    loads ctypes and the platform module; the library itself waits for the first Listen tap).
    None, logged, when it is not installed."""
    spec = importlib.util.find_spec("espeakng_loader")
    if spec is None or spec.origin is None:
        log.warning("Read-aloud is off: eSpeak NG (espeakng-loader) is not installed")
        return None
    # Where espeakng_loader.get_data_path() looks: beside its own module.
    return Path(spec.origin).parent / "espeak-ng-data"
