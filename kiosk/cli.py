"""The command line: kiosk mode by default, a windowed demo, and checks."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk import __version__
from kiosk.content import ContentError
from kiosk.runtime import Runtime
from kiosk.settings.locations import Locations
from kiosk.settings.pin import hash_pin, valid_pin
from kiosk.settings.store import IDLE_TIMEOUT_RANGE, SaveError, SettingsStore

log = logging.getLogger("kiosk")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iom-kiosk",
        description="Information kiosk for the waiting room of IOM's office in Oslo. "
        "Without options it runs in kiosk mode: full screen and frameless.",
    )
    parser.add_argument("--windowed", action="store_true",
                        help="run in a normal window, for trying it out")
    parser.add_argument("--lang", metavar="CODE", help="start in this language (see --list-languages)")
    parser.add_argument("--list-languages", action="store_true",
                        help="print code, native name, direction and %% translated of each language")
    parser.add_argument("--screenshots", metavar="DIR", type=Path,
                        help="render every screen in every language to DIR/<lang>/<screen>.png and exit")
    parser.add_argument("--default-language", metavar="CODE",
                        help="the language the start screen returns to, for this run only")
    parser.add_argument("--idle-timeout", metavar="SECONDS", type=int,
                        help="start over after this long without a touch, for this run only")
    parser.add_argument("--set-pin", action="store_true",
                        help="set the staff PIN (asked twice, not shown; read from stdin when piped)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    locations = Locations.for_this_machine()
    if args.set_pin:
        return set_pin(SettingsStore.open(locations))
    setup_logging(locations.log_dir)
    overrides = {key: value for key, value in (("default_language", args.default_language),
                                               ("idle_timeout_seconds", args.idle_timeout)) if value}
    try:
        runtime = Runtime.load(locations, overrides)
    except ContentError as exc:
        print(f"iom-kiosk: cannot start: {exc}", file=sys.stderr)
        return 1
    languages = runtime.languages
    available = ", ".join(languages.codes)
    for flag, code in (("--lang", args.lang), ("--default-language", args.default_language)):
        if code and code not in languages.codes:
            parser.error(f"{flag}: unknown language {code!r}; available: {available}")
    low, high = IDLE_TIMEOUT_RANGE
    if args.idle_timeout is not None and not low <= args.idle_timeout <= high:
        parser.error(f"--idle-timeout: give {low} to {high} seconds")

    if args.list_languages:
        for language in languages.available:
            print(f"{language.code}\t{language.native_name}\t{language.direction}\t"
                  f"{language.completeness:.0%}")
        return 0

    if args.screenshots:
        # Rendering needs no display; only use a real one if the caller asked for it.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kiosk.ui.assemble import build_kiosk
        from kiosk.ui.screenshots import render_screenshots

        written = render_screenshots(build_kiosk(runtime, kiosk_mode=False), args.screenshots)
        print(f"{len(written)} screenshots in {args.screenshots}")
        return 0

    language = args.lang or runtime.default_language
    log.info("Kiosk %s starting: %s mode, language %s, default %s", __version__,
             "windowed" if args.windowed else "kiosk", language, runtime.default_language)
    # Qt is imported only here and above, so the checks run without it.
    from kiosk.ui.app import run
    from kiosk.ui.assemble import build_kiosk

    return run(build_kiosk(runtime, language=language, kiosk_mode=not args.windowed))


def set_pin(store: SettingsStore) -> int:
    """Ask for the PIN twice without showing it; from a pipe, read one or two lines."""
    if sys.stdin.isatty():
        first = getpass.getpass("New staff PIN (4 to 8 digits): ")
        second = getpass.getpass("Repeat it: ")
    else:
        lines = sys.stdin.read().splitlines()
        first = lines[0].strip() if lines else ""
        second = lines[1].strip() if len(lines) > 1 else first
    if first != second:
        print("iom-kiosk: the two PINs are not the same; nothing changed", file=sys.stderr)
        return 1
    if not valid_pin(first):
        print("iom-kiosk: a PIN has 4 to 8 digits; nothing changed", file=sys.stderr)
        return 1
    try:
        store.set_pin_hash(hash_pin(first))
    except SaveError as exc:
        print(f"iom-kiosk: the PIN could not be saved: {exc}", file=sys.stderr)
        return 1
    print(f"Staff PIN set (stored as a salted hash in {store.locations.store}).")
    return 0


def setup_logging(log_dir: Path) -> None:
    """To stderr, and to a rotating file in the platform's log folder if it can be written."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    problem = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(log_dir / "kiosk.log", maxBytes=1_000_000, backupCount=5,
                                            encoding="utf-8"))
    except OSError as exc:
        problem = exc
    logging.basicConfig(level=logging.INFO, handlers=handlers, force=True,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if problem:
        log.warning("No log file in %s (%s); logging to the console only", log_dir, problem)
