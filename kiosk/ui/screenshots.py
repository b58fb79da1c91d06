"""Every screen in every language, rendered offscreen to PNG for people to look at.

The kiosk comes from the same composition root as a visitor's (kiosk.ui.assemble),
and each screen is grabbed only after Qt has done what its event loop would have.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from kiosk.ui import theme
from kiosk.ui.assemble import Kiosk

# A contact sheet: every screen of one language at half size, four to a row.
SHEET_COLUMNS = 4
SHEET_SCALE = 0.5


def render_contact_sheets(kiosk: Kiosk, out_dir: Path, only: str | None = None,
                          text_size: int = theme.NORMAL_TEXT) -> list[Path]:
    """Write ``out_dir/<lang>.png``: all of a language's screens on one image, so a reviewer
    who reads it checks the whole kiosk at a glance; the files written. ``text_size`` is the
    larger-text step (a percentage of ``theme.TEXT_STEPS``) the screens are drawn at."""
    written = []
    for code, grabs in _every_screen(kiosk, only, text_size):
        first = grabs[0][1]
        cell_w, cell_h = int(first.width() * SHEET_SCALE), int(first.height() * SHEET_SCALE)
        rows = -(-len(grabs) // SHEET_COLUMNS)
        sheet = QImage(cell_w * SHEET_COLUMNS, cell_h * rows, QImage.Format.Format_RGB32)
        sheet.fill(QColor(theme.BORDER))
        painter = QPainter(sheet)
        for index, (_name, pixmap) in enumerate(grabs):
            scaled = pixmap.scaled(cell_w - 2, cell_h - 2, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            column, row = index % SHEET_COLUMNS, index // SHEET_COLUMNS
            painter.drawPixmap(QPoint(column * cell_w + 1, row * cell_h + 1), scaled)
        painter.end()
        written.append(_save(sheet, out_dir / f"{code}.png"))
    return written


def render_screenshots(kiosk: Kiosk, out_dir: Path, only: str | None = None,
                       text_size: int = theme.NORMAL_TEXT) -> list[Path]:
    """Write ``out_dir/<lang>/<screen>.png`` at the kiosk's 1280 x 800, for every language or
    ``only`` one, with text at ``text_size`` percent; the files written."""
    return [_save(pixmap.toImage(), out_dir / code / f"{name}.png")
            for code, grabs in _every_screen(kiosk, only, text_size) for name, pixmap in grabs]


def _every_screen(kiosk: Kiosk, only: str | None,
                  text_size: int) -> Iterator[tuple[str, list[tuple[str, QPixmap]]]]:
    """Each language's screens as a visitor sees them, one language at a time (a language's
    grabs are let go before the next one's are made)."""
    window = kiosk.window
    kiosk.show_windowed()
    kiosk.settle()
    # As a visitor's taps on A+ would leave it (the start screen keeps its own size).
    kiosk.text_size.set_percent(text_size)
    for language in kiosk.runtime.languages.available:
        if only and language.code != only:
            continue
        window.set_language(language.code)
        screens = []
        for name in window.screen_names:
            window.show_screen(name)
            kiosk.settle()
            screens.append((name, window.grab()))
        yield language.code, screens
    kiosk.stand_down()
    window.close()
    kiosk.settle(1)


def _save(image: QImage, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path
