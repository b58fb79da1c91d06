"""What the benchmark measures, each run in a fresh process by benchmarks/run.py.

    python benchmarks/children.py baseline|kiosk OUT.png    start, paint, grab; print peak memory
    python benchmarks/children.py interactions [TAPS]       switch and page-change timings as JSON
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def baseline(out: str) -> None:
    """A bare PySide6 window with five buttons, painted and grabbed: what any Qt app costs."""
    from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    for number in range(5):
        layout.addWidget(QPushButton(f"Button {number}"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab().save(out)
    print("painted", flush=True)
    print(json.dumps({"peak_kib": _peak_kib()}), flush=True)


def kiosk(out: str) -> None:
    """The kiosk's own start path, as kiosk.ui.app.run takes it, to its first painted start screen."""
    import tempfile
    from pathlib import Path

    from kiosk import paths
    from kiosk.content import load_content
    from kiosk.i18n.languages import discover_languages
    from kiosk.runtime import Runtime
    from kiosk.settings.locations import Locations
    from kiosk.ui.app import WINDOW_SIZE, application
    from kiosk.ui.caretaker import Caretaker
    from kiosk.ui.window import KioskWindow

    app = application()
    content = load_content(paths.resources_dir())
    languages = discover_languages(paths.translations_dir(), content)
    runtime = Runtime.open(content, languages, Locations.under(Path(tempfile.mkdtemp())))
    window = KioskWindow(content, languages, runtime.default_language)
    Caretaker(window, runtime, kiosk_mode=False)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    window.grab().save(out)
    print("painted", flush=True)
    first_paint_kib = _peak_kib()
    # The rest of the UI is built after the first frame; a running kiosk holds all of it.
    while not window.is_built:
        app.processEvents()
    window.show_screen("about")
    app.processEvents()
    print(json.dumps({"peak_kib": _peak_kib(), "first_paint_kib": first_paint_kib}), flush=True)


def interactions(taps: int) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk import paths
    from kiosk.content import load_content
    from kiosk.i18n.languages import discover_languages
    from kiosk.ui.app import WINDOW_SIZE, application
    from kiosk.ui.screenshots import settle
    from kiosk.ui.window import HOME, KioskWindow

    started = time.perf_counter()
    import qtawesome

    app = application()
    qtawesome.icon("mdi6.home")
    icon_font_ms = (time.perf_counter() - started) * 1000

    content = load_content(paths.resources_dir())
    languages = discover_languages(paths.translations_dir(), content)
    window = KioskWindow(content, languages, "en")
    window.resize(*WINDOW_SIZE)
    window.show()
    settle()

    def timed(action) -> float:
        """Milliseconds from the call until the screen is laid out and painted."""
        begin = time.perf_counter()
        action()
        settle(2)
        window.repaint()
        return (time.perf_counter() - begin) * 1000

    window.show_screen(HOME)
    switches = [timed(lambda code=code: window.set_language(code))
                for _ in range(25) for code in ("fa", "en", "nb", "mk")]
    page_ids = [page.id for page in content.pages]
    pages = []
    for _ in range(10):
        for page_id in page_ids:
            pages.append(timed(lambda page_id=page_id: window.show_screen(page_id)))
            window.show_screen(HOME)

    # Memory over many taps: a visitor's day, compressed.
    settle()
    before = _peak_kib()
    for tap in range(taps):
        window.show_screen(page_ids[tap % len(page_ids)])
        if tap % 50 == 0:
            window.set_language(("fa", "en", "sv")[tap // 50 % 3])
        window.show_screen(HOME)
        app.processEvents()
    print(json.dumps({
        "icon_font_ms": icon_font_ms,
        "switch_ms": statistics.median(switches),
        "switch_p90_ms": sorted(switches)[int(len(switches) * 0.9)],
        "page_ms": statistics.median(pages),
        "page_p90_ms": sorted(pages)[int(len(pages) * 0.9)],
        "taps": taps,
        "peak_growth_kib": _peak_kib() - before,
    }), flush=True)
    QApplication.processEvents()


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "baseline":
        baseline(sys.argv[2])
    elif kind == "kiosk":
        kiosk(sys.argv[2])
    else:
        interactions(int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
