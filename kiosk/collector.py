"""Python's cycle collector, kept out of the kiosk's start and out of a visitor's taps.

Starting, the kiosk makes some 60,000 tracked objects that live as long as it does: modules,
classes, the widgets' wrappers, the content. Left as it is, the collector walks them again and
again: about 55 collections, 10 ms, before the first frame, and later a whole walk in the middle
of a tap (30 ms of the first switch into Persian, while Babel read its locale data).

``hold`` at the very start of the process; ``keep_built`` once every screen exists moves what
was built out of the collector's sight (``gc.freeze``) and lets it run again, for what a
visitor's taps make and drop. The start leaves almost no cycles behind (about 370 objects),
so nothing is collected first: a whole collection would cost 20-35 ms just as a visitor may tap.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)

_held = False


def hold() -> None:
    """No collection until ``keep_built`` (or ``resume``): the start only makes what it keeps."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def is_held() -> bool:
    return _held


def keep_built() -> None:
    """Every screen is built: it is kept for good, and collection goes on for the rest. Nothing,
    if the collector was not held (a test's kiosk, a host that manages it)."""
    global _held
    if not _held:
        return
    gc.freeze()
    gc.enable()
    _held = False
    log.debug("Collector running again; %d objects of the start kept out of its sight",
              gc.get_freeze_count())


def resume() -> None:
    """A command that shows no kiosk, or one that has quit: collection as usual."""
    global _held
    if _held:
        gc.enable()
        _held = False
