"""Run by the system's Python (pyatspi is a Debian package): walk a live kiosk over AT-SPI.

Usage: atspi_walk.py APP_NAME FIRST_EXPECTED [PRESS EXPECTED ...]

Prints one JSON line per walk: the first screen once FIRST_EXPECTED is showing, then,
for each pair, the screen after PRESS (an accessible name) was pressed through AT-SPI's
own action, as a screen reader's user does, once EXPECTED is showing. PRESS "-" presses
nothing and waits for the screen to change by itself. Only what is showing is listed:
that is what a screen reader offers.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi

DEADLINE_S = 60
POLL_S = 0.2  # another process: polling the bus is the only way to see it change


def find_app(name: str) -> Any:
    end = time.monotonic() + DEADLINE_S
    while time.monotonic() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(POLL_S)
    raise SystemExit(f"no application named {name!r} on the accessibility bus")


def showing(node: Any, out: list[Any]) -> list[Any]:
    """``node`` and every descendant that is showing, in reading order."""
    if node.getState().contains(pyatspi.STATE_SHOWING):
        out.append(node)
        for child in node:
            if child is not None:
                showing(child, out)
    return out


def describe(node: Any) -> dict[str, Any]:
    actions = node.get_action_iface()
    return {"role": node.getRoleName(), "name": node.name, "locale": node.get_object_locale(),
            "actions": actions is not None and actions.get_n_actions() > 0}


def walk(app: Any) -> list[dict[str, Any]]:
    try:
        return [describe(node) for node in showing(app, [])]
    except Exception:  # a node went away mid-walk (GLib errors): the screen is changing; walk again
        return []


def settled_walk(app: Any, expect: str) -> list[dict[str, Any]]:
    """Walk until ``expect`` is showing and two walks agree: the screen arrived and settled."""
    end = time.monotonic() + DEADLINE_S
    previous: list[dict[str, Any]] | None = None
    current: list[dict[str, Any]] = []
    while time.monotonic() < end:
        current = walk(app)
        if current == previous and any(node["name"] == expect for node in current):
            break
        previous = current
        time.sleep(POLL_S)
    return current


def press(app: Any, name: str) -> None:
    end = time.monotonic() + DEADLINE_S
    while time.monotonic() < end:
        for node in showing(app, []):
            if node.name == name and node.get_action_iface() is not None:
                node.get_action_iface().do_action(0)
                return
        time.sleep(POLL_S)
    raise SystemExit(f"nothing named {name!r} to press")


def main(argv: list[str]) -> None:
    app = find_app(argv[1])
    print(json.dumps(settled_walk(app, argv[2])), flush=True)
    steps = argv[3:]
    for press_name, expect in zip(steps[0::2], steps[1::2], strict=True):
        if press_name != "-":
            press(app, press_name)
        print(json.dumps(settled_walk(app, expect)), flush=True)


if __name__ == "__main__":
    main(sys.argv)
