"""Every screen's read-aloud as WAV files (``iom-kiosk --speak-to DIR``): DIR/<lang>/<screen>.wav.

The same scripts the Listen buttons read, rendered in this thread to files, so a language
can be listened to, and checked by a native speaker, away from the screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.content import Content
from kiosk.hours.calendar import OpeningCalendar
from kiosk.i18n.localizer import Localizer
from kiosk.speech.espeak import loudness
from kiosk.speech.output import write_wav
from kiosk.speech.reader import Reader
from kiosk.speech.spoken import Script, greeting_script, home_script, page_script
from kiosk.speech.voices import Voice


def scripts_for(content: Content, loc: Localizer, calendar: OpeningCalendar) -> dict[str, Script]:
    """Each screen's script by the screen's name: start (the greeting), home, the pages."""
    today = datetime.now(ZoneInfo(content.office.time_zone)).date()
    scripts = {"start": greeting_script(loc), "home": home_script(content, loc)}
    scripts.update((page.id, page_script(page, content, loc, calendar, today)) for page in content.pages)
    return scripts


def render_recordings(content: Content, localizers: Iterable[Localizer], voices: Mapping[str, Voice],
                      volume_percent: int, folder: Path) -> list[Path]:
    reader = Reader(voices)
    calendar = OpeningCalendar(content.office.schedule)
    volume = loudness(volume_percent)
    written = []
    for loc in localizers:
        code = loc.code
        for screen, script in scripts_for(content, loc, calendar).items():
            pcm, rate = reader.render(script, volume)
            path = folder / code / f"{screen}.wav"
            write_wav(path, pcm, rate)
            written.append(path)
    return written
