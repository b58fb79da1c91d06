"""What an overlay says: a function of the Localizer, so a language switch while it is open
redraws it in the new language. Plain Python, so that what only names a message (the staff's
side, before the first frame) need not import the overlays' Qt classes."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.i18n.localizer import Localizer

Say = Callable[[Localizer], str]


def nothing(_loc: Localizer) -> str:
    return ""


def ui_text(key: str, **values: str) -> Say:
    """What the frame's string ``key`` says in whatever language is shown."""
    return lambda loc: loc.ui(key, **values)
