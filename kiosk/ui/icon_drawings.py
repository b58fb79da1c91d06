"""Draw every icon the kiosk shows, ahead of time, so that a running kiosk needs no qtawesome.

    python -m kiosk.ui.icon_drawings [FOLDER]     (default: resources/icons)

scripts/setup.sh and packaging/build_bundle.sh run it; the pictures are build output, like the
compiled catalogs, and are not committed. See kiosk/ui/icons.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk import paths
from kiosk.content import load_content
from kiosk.ui import icons
from kiosk.ui.app import application

# The icons the code names; the pages' come from the content.
NAMED = (icons.BACK, icons.HOME, icons.LANGUAGE, icons.DEFAULT_LANGUAGE, icons.ERASE, icons.CONFIRM,
         icons.MORE_BELOW, icons.LISTEN, icons.STOP_LISTENING)


def draw_all(folder: Path) -> list[Path]:
    application()
    pages = tuple(page.icon for page in load_content(paths.resources_dir()).pages)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in dict.fromkeys((*NAMED, *pages)):
        for color in icons.COLOURS:
            path = icons.drawing_path(folder, name, color)
            if not icons.draw(name, color).save(str(path)):
                raise OSError(f"cannot write {path}")
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(argv[0]) if argv else icons.drawings_dir()
    written = draw_all(folder)
    print(f"{len(written)} icons drawn in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
