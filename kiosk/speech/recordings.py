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
from kiosk.speech.spoken import screen_names, screen_script
from kiosk.speech.voices import Voice


def render_recordings(content: Content, localizers: Iterable[Localizer], voices: Mapping[str, Voice],
                      volume_percent: int, folder: Path) -> list[Path]:
    reader = Reader(voices)
    calendar = OpeningCalendar(content.office.schedule)
    volume = loudness(volume_percent)
    written = []
    today = datetime.now(ZoneInfo(content.office.time_zone)).date()
    for loc in localizers:
        for screen in screen_names(content):
            pcm, rate = reader.render(screen_script(screen, content, loc, calendar, today), volume)
            path = folder / loc.code / f"{screen}.wav"
            write_wav(path, pcm, rate)
            written.append(path)
    return written
