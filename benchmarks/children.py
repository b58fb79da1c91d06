"""What the benchmark measures, each run in a fresh process by benchmarks/run.py.

    python benchmarks/children.py baseline|kiosk OUT.png    start, paint, grab; print peak memory
    python benchmarks/children.py interactions [TAPS]       switch, page-change and A+ timings as JSON
    python benchmarks/children.py first_tap                 a tap the moment the first frame is out
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

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
    print("built", flush=True)  # nothing more to build: painted is fully built
    print(json.dumps({"peak_kib": _peak_kib()}), flush=True)


def kiosk(out: str) -> None:
    """The kiosk's own start path, as the command line takes it, to its first painted start screen."""
    import tempfile
    from pathlib import Path

    phases = {"interpreter": _peak_kib()}
    _hold_the_collector()
    from kiosk.runtime import Runtime
    from kiosk.settings.locations import Locations

    phases["core imported"] = _peak_kib()
    runtime = Runtime.load(Locations.under(Path(tempfile.mkdtemp())))
    phases["Runtime.load"] = _peak_kib()
    from kiosk.ui.assemble import build_kiosk

    phases["Qt and kiosk.ui imported"] = _peak_kib()
    # In kiosk mode, as a visitor's kiosk runs: lock-down watches every event from the start.
    built = build_kiosk(runtime, kiosk_mode=True)
    phases["start screen built"] = _peak_kib()
    app, window = built.app, built.window
    built.show_windowed()
    app.processEvents()
    window.grab().save(out)
    print("painted", flush=True)
    first_paint_kib = phases["first paint"] = _peak_kib()
    # Which modules the first frame waited for, for the import profile (run.py).
    print("modules " + " ".join(sorted(sys.modules)), flush=True)
    # The rest of the UI is built after the first frame; a running kiosk holds all of it.
    while not window.is_built:
        app.processEvents()
    window.show_screen("about")
    app.processEvents()
    print("built", flush=True)
    phases["fully built"] = _peak_kib()
    # A running kiosk has also rehearsed Urdu by now (kiosk/ui/rehearsal.py), on its start
    # screen: its memory counts.
    from kiosk.ui.window import START

    window.show_screen(START)
    while not built.rehearsal.is_done:
        app.processEvents()
    phases["Urdu rehearsed"] = _peak_kib()
    print(json.dumps({"peak_kib": _peak_kib(), "first_paint_kib": first_paint_kib, "phases": phases}),
          flush=True)


def _hold_the_collector() -> None:
    """As `python -m kiosk` does first: no cycle collection until every screen is built."""
    from kiosk import collector

    collector.hold()


def _watch_paints(widget: Any, counts: Callable[[], bool] = lambda: True) -> Any:
    """How often ``widget`` has been painted while ``counts()`` held, and when it first was
    (``.count``, ``.first``). Qt is imported here: the kiosk's own start decides when it is."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.count = 0
            self.first: float | None = None
            widget.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and counts():
                self.count += 1
                if self.first is None:
                    self.first = time.perf_counter()
            return False

    return Paints()


def first_tap() -> None:
    """Milliseconds from a tap on the default language, queued the moment the first frame is
    painted, until home is painted: the longest a visitor who taps at once can wait."""
    _hold_the_collector()
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from kiosk.runtime import Runtime
    from kiosk.settings.locations import Locations
    from kiosk.ui.assemble import build_kiosk
    from kiosk.ui.window import HOME

    runtime = Runtime.load(Locations.under(Path(tempfile.mkdtemp())))
    built = build_kiosk(runtime, kiosk_mode=True)
    window = built.window
    built.show_windowed()
    built.app.processEvents()  # the first frame: the rest of the build is now queued
    home_painted = _watch_paints(window.stack, lambda: window.current_screen == HOME)
    # The finger lands now; its press waits in the queue behind whatever the kiosk is doing.
    tapped = time.perf_counter()
    QTimer.singleShot(0, window.start.buttons[runtime.default_language].click)
    while home_painted.first is None:
        built.app.processEvents()
    print(json.dumps({"first_tap_ms": (home_painted.first - tapped) * 1000}), flush=True)


def interactions(taps: int) -> None:
    _hold_the_collector()
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from kiosk.runtime import Runtime
    from kiosk.settings.locations import Locations
    from kiosk.ui import icons
    from kiosk.ui.app import application
    from kiosk.ui.assemble import build_kiosk
    from kiosk.ui.window import HOME

    application()
    # What the bar's and tiles' icons cost a running kiosk: the drawings read from disk
    # (kiosk/ui/icons.py), with no qtawesome.
    started = time.perf_counter()
    for name in (icons.BACK, icons.HOME, icons.LANGUAGE, icons.LISTEN):
        icons.icon(name, color="white").pixmap(40, 40)
    icon_font_ms = (time.perf_counter() - started) * 1000

    runtime = Runtime.load(Locations.under(Path(tempfile.mkdtemp())))
    built = build_kiosk(runtime, language="en", kiosk_mode=True)
    window, settle, content = built.window, built.settle, runtime.content
    built.show_windowed()
    settle()

    paints = _watch_paints(window.stack)
    # These taps call the window directly, past the input a finger makes, so the idle watcher
    # never sees them: each re-arms it as a touch would. Without that, a run longer than the
    # idle timeout (a slow machine) met "Still there?" and the reset to the start screen
    # mid-run, and counted the overlay's memory as growth over the taps.
    idle = built.caretaker.idle
    went_idle: list[bool] = []
    idle.idle.connect(lambda: went_idle.append(True))

    def timed(action) -> float:
        """Milliseconds from the call until the screen is laid out and painted once, as the event
        loop does after a tap: settling delivers the window's update request, which paints it."""
        painted = paints.count
        idle.rearm()
        begin = time.perf_counter()
        action()
        settle(2)
        took = (time.perf_counter() - begin) * 1000
        if paints.count == painted:
            raise SystemExit("benchmark: a timed action was never painted")
        return took

    # Timed as a visitor meets the kiosk: every screen built and Urdu rehearsed, as they are
    # about half a second after the start (both are done in slices after the first frame, and
    # a slice caught inside a timed switch would be counted as the switch).
    while not window.is_built or not built.rehearsal.is_done:
        QApplication.processEvents()
    settle()
    window.show_screen(HOME)
    settle()
    # The first switch into each language after the start, before any other: its texts have
    # never been laid out, measured or drawn (Nastaliq's ink, glyphs). A visitor meets it once
    # a day for each language; it is reported on its own, not hidden among the warm ones.
    first_into: dict[str, float] = {}
    for code in runtime.languages.codes:
        if code != "en":
            window.set_language("en")
            settle(2)
            first_into[code] = timed(lambda code=code: window.set_language(code))
    switches = [timed(lambda code=code: window.set_language(code))
                for _ in range(25) for code in ("fa", "en", "nb", "mk")]
    # Into every language from English, on home: the slowest language is what a visitor may meet.
    # Eleven rounds, so that the 90th percentile is the second slowest, not the slowest alone.
    into: dict[str, list[float]] = {}
    for _ in range(11):
        for code in runtime.languages.codes:
            if code != "en":
                window.set_language("en")
                settle(2)
                into.setdefault(code, []).append(timed(lambda code=code: window.set_language(code)))
    slowest = max(into, key=lambda code: statistics.median(into[code]))
    window.set_language("en")
    settle()
    page_ids = [page.id for page in content.pages]
    pages = []
    for _ in range(10):
        for page_id in page_ids:
            pages.append(timed(lambda page_id=page_id: window.show_screen(page_id)))
            window.show_screen(HOME)
    # A page shown for the first time after a switch catches up with the language as it is
    # shown (its texts, its direction, and in Urdu its fonts): what each visitor who picks a
    # language meets on every page they open. Three rounds in each language.
    pages_in: dict[str, list[float]] = {}
    for _ in range(3):
        for code in runtime.languages.codes:
            if code == "en":
                continue
            window.set_language(code)
            settle(2)
            for page_id in page_ids:
                pages_in.setdefault(code, []).append(
                    timed(lambda page_id=page_id: window.show_screen(page_id)))
                window.show_screen(HOME)
            window.set_language("en")
            settle(2)
    slowest_pages = max(pages_in, key=lambda code: statistics.median(pages_in[code]))

    # A+ on home: each tap is the next text size (130, 160, back to 100 %), every visitor
    # screen restyled at once.
    window.show_screen(HOME)
    text_steps = [timed(built.text_size.step_up) for _ in range(30)]

    # Memory over many taps: a visitor's day, compressed. Settled as the event loop would: a
    # bare processEvents() never deletes what deleteLater() left (a page's replaced rows), and
    # that alone looked like 1.3 MiB more for every thousand taps.
    settle()
    before = _peak_kib()
    warm = taps // 5  # the first fifth fills what caches there are; the rest must add nothing
    after_warming = before
    for tap in range(taps):
        if tap == warm:
            after_warming = _peak_kib()
        idle.rearm()
        window.show_screen(page_ids[tap % len(page_ids)])
        if tap % 50 == 0:
            window.set_language(("fa", "en", "sv")[tap // 50 % 3])
        window.show_screen(HOME)
        settle(1)
    if went_idle:
        raise SystemExit("benchmark: the kiosk went idle mid-run; its figures would include the reset")
    print(json.dumps({
        "icon_font_ms": icon_font_ms,
        "switch_ms": statistics.median(switches),
        "switch_p90_ms": sorted(switches)[int(len(switches) * 0.9)],
        "slowest_language": slowest,
        "slowest_ms": statistics.median(into[slowest]),
        "slowest_p90_ms": sorted(into[slowest])[int(len(into[slowest]) * 0.9)],
        "worst_p90_language": max(into, key=lambda code: sorted(into[code])[int(len(into[code]) * 0.9)]),
        "first_switch_language": max(first_into, key=first_into.__getitem__),
        "first_switch_ms": max(first_into.values()),
        "first_switch_median_ms": statistics.median(first_into.values()),
        "page_ms": statistics.median(pages),
        "page_p90_ms": sorted(pages)[int(len(pages) * 0.9)],
        "pages_language": slowest_pages,
        "pages_in_ms": statistics.median(pages_in[slowest_pages]),
        "pages_in_p90_ms": sorted(pages_in[slowest_pages])[int(len(pages_in[slowest_pages]) * 0.9)],
        "text_size_ms": statistics.median(text_steps),
        "text_size_p90_ms": sorted(text_steps)[int(len(text_steps) * 0.9)],
        "taps": taps,
        "peak_growth_kib": _peak_kib() - before,
        "warm_taps": warm,
        "growth_after_warming_kib": _peak_kib() - after_warming,
    }), flush=True)
    QApplication.processEvents()


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "baseline":
        baseline(sys.argv[2])
    elif kind == "kiosk":
        kiosk(sys.argv[2])
    elif kind == "first_tap":
        first_tap()
    else:
        interactions(int(sys.argv[2]) if len(sys.argv) > 2 else 10000)
