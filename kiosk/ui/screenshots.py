"""Every screen in every language, rendered offscreen to PNG for people to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.content import Content
from kiosk.i18n.languages import Languages
from kiosk.ui.app import WINDOW_SIZE, application
from kiosk.ui.window import KioskWindow


def settle(rounds: int = 5) -> None:
    """Let posted re-layouts run to the end, as the event loop does between frames.

    New text goes label -> page body -> scroll area, one posted LayoutRequest per
    step; grabbing after a single round would catch a page half laid out.
    """
    for _ in range(rounds):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def render_screenshots(out_dir: Path, content: Content, languages: Languages) -> list[Path]:
    """Write ``out_dir/<lang>/<screen>.png`` at the kiosk's 1280 x 800; the files written."""
    app = application()
    window = KioskWindow(content, languages, content.office.default_language)
    window.resize(*WINDOW_SIZE)
    window.show()
    written: list[Path] = []
    for language in languages.available:
        window.set_language(language.code)
        folder = out_dir / language.code
        folder.mkdir(parents=True, exist_ok=True)
        for name in window.screen_names:
            window.show_screen(name)
            settle()
            path = folder / f"{name}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    window.close()
    app.processEvents()
    return written
