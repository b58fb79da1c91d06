"""Every screen in every language, rendered offscreen to PNG for people to look at.

The kiosk comes from the same composition root as a visitor's (kiosk.ui.assemble),
and each screen is grabbed only after Qt has done what its event loop would have.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.ui.assemble import Kiosk


def render_screenshots(kiosk: Kiosk, out_dir: Path, only: str | None = None) -> list[Path]:
    """Write ``out_dir/<lang>/<screen>.png`` at the kiosk's 1280 x 800, for every language or
    ``only`` one; the files written."""
    window = kiosk.window
    kiosk.show_windowed()
    kiosk.settle()
    written: list[Path] = []
    for language in kiosk.runtime.languages.available:
        if only and language.code != only:
            continue
        window.set_language(language.code)
        folder = out_dir / language.code
        folder.mkdir(parents=True, exist_ok=True)
        for name in window.screen_names:
            window.show_screen(name)
            kiosk.settle()
            path = folder / f"{name}.png"
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    kiosk.stand_down()
    window.close()
    kiosk.settle(1)
    return written
