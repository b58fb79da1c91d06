"""The command line: kiosk mode by default, a windowed demo, and checks."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__, collector
from kiosk.content import ContentError
from kiosk.logs import setup_logging
from kiosk.runtime import Runtime
from kiosk.settings.locations import Locations
from kiosk.settings.pin import hash_pin, valid_pin
from kiosk.settings.safe_files import remove_stale_temporaries
from kiosk.settings.store import IDLE_TIMEOUT_RANGE, SaveError, SettingsStore
from kiosk.ui.theme import TEXT_STEPS  # plain Python: no Qt comes with it

log = logging.getLogger("kiosk")

# EX_CONFIG: a bundled file is broken. The systemd unit does not restart on it, since
# every restart would fail the same way until someone fixes the file.
CANNOT_START_EXIT_STATUS = 78


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
                        help="print each language's code, native name, direction, %% translated, "
                        "review state, and whether the start screen shows it")
    parser.add_argument("--screenshots", metavar="DIR", type=Path,
                        help="render every screen in every language (or only --lang's) to "
                        "DIR/<lang>/<screen>.png and exit")
    parser.add_argument("--contact-sheets", metavar="DIR", type=Path,
                        help="render all screens of each language (or only --lang's) onto one "
                        "image, DIR/<lang>.png, and exit")
    parser.add_argument("--speak-to", metavar="DIR", type=Path,
                        help="read every screen aloud in every language that has a voice (or only "
                        "--lang's) to DIR/<lang>/<screen>.wav and exit; needs no display or sound card")
    parser.add_argument("--text-size", metavar="PERCENT", type=int, choices=TEXT_STEPS,
                        default=TEXT_STEPS[0],
                        help="with --screenshots or --contact-sheets: draw the screens with text at "
                        f"this size, as the A+ button sets it ({', '.join(map(str, TEXT_STEPS))}; "
                        "the start screen keeps its own)")
    parser.add_argument("--default-language", metavar="CODE",
                        help="the language the start screen returns to, for this run only")
    parser.add_argument("--idle-timeout", metavar="SECONDS", type=int,
                        help="start over after this long without a touch, for this run only")
    parser.add_argument("--set-pin", action="store_true",
                        help="set the staff PIN (asked twice, not shown; read from stdin when piped)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # The console script comes here first; `python -m kiosk` held it already (kiosk.collector).
    collector.hold()
    try:
        return _main(argv)
    finally:
        collector.resume()  # nothing, if the kiosk's screens were built and it let go itself


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    locations = Locations.for_this_machine()
    if args.set_pin:
        return set_pin(SettingsStore.open(locations))
    setup_logging(locations.log_dir)
    remove_stale_temporaries([locations.store, locations.usage])
    overrides = {key: value for key, value in (("default_language", args.default_language),
                                               ("idle_timeout_seconds", args.idle_timeout)) if value}
    try:
        runtime = Runtime.load(locations, overrides)
    except ContentError as exc:
        return _cannot_start(exc, on_screen=not (args.list_languages or args.screenshots),
                             windowed=args.windowed)
    languages = runtime.languages
    available = ", ".join(languages.codes)
    for flag, code in (("--lang", args.lang), ("--default-language", args.default_language)):
        if code and code not in languages.codes:
            parser.error(f"{flag}: unknown language {code!r}; available: {available}")
    low, high = IDLE_TIMEOUT_RANGE
    if args.idle_timeout is not None and not low <= args.idle_timeout <= high:
        parser.error(f"--idle-timeout: give {low} to {high} seconds")

    if args.list_languages:
        offered = runtime.start_languages
        for language in languages.available:
            print(f"{language.code}\t{language.native_name}\t{language.direction}\t"
                  f"{language.completeness:.0%}\t{language.review.state}\t"
                  f"{'shown' if language.code in offered else 'hidden'}")
        return 0

    if args.speak_to:
        collector.resume()  # minutes of speech, and no kiosk to build: collected as usual
        return speak_to(runtime, args.speak_to, args.lang)

    if args.contact_sheets:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kiosk.ui.assemble import build_kiosk
        from kiosk.ui.screenshots import render_contact_sheets

        sheets = render_contact_sheets(build_kiosk(runtime, kiosk_mode=False), args.contact_sheets, args.lang,
                                       args.text_size)
        print(f"{len(sheets)} contact sheets in {args.contact_sheets}")
        return 0

    if args.screenshots:
        # Rendering needs no display; only use a real one if the caller asked for it.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kiosk.ui.assemble import build_kiosk
        from kiosk.ui.screenshots import render_screenshots

        written = render_screenshots(build_kiosk(runtime, kiosk_mode=False), args.screenshots, args.lang,
                                     args.text_size)
        print(f"{len(written)} screenshots in {args.screenshots}")
        return 0

    language = args.lang or runtime.default_language
    log.info("Kiosk %s starting: %s mode, language %s, default %s", __version__,
             "windowed" if args.windowed else "kiosk", language, runtime.default_language)
    return _run(runtime, language, windowed=args.windowed)


def speak_to(runtime: Runtime, folder: Path, only: str | None) -> int:
    """What each Listen button says, as WAV files: a language can be heard without the screen."""
    from kiosk.speech.recordings import render_recordings

    codes = [only] if only else list(runtime.languages.codes)
    voiceless = [code for code in codes if code not in runtime.voices]
    if only and voiceless:
        print(f"iom-kiosk: {only} has no voice; languages with one: {', '.join(runtime.voices)}",
              file=sys.stderr)
        return 1
    voiced = [runtime.languages.localizer(code) for code in codes if code in runtime.voices]
    written = render_recordings(runtime.content, voiced, runtime.voices,
                                runtime.settings.speech_volume_percent, folder)
    print(f"{len(written)} recordings in {folder}")
    if voiceless:
        print(f"No voice, so nothing to hear: {', '.join(voiceless)}")
    return 0


def _cannot_start(problem: ContentError, *, on_screen: bool, windowed: bool) -> int:
    # One line, in the log and (through its console handler) on stderr.
    log.critical("iom-kiosk cannot start: %s", problem)
    if on_screen and _display_available():
        from kiosk.ui.cannot_start import show_cannot_start

        show_cannot_start(str(problem), windowed=windowed)
    return CANNOT_START_EXIT_STATUS


def _display_available() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux") and not platform:
        # Without one, Qt aborts the process, and systemd would restart it in a loop.
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _run(runtime: Runtime, language: str, *, windowed: bool) -> int:
    # Qt is imported only here and for --screenshots, so the checks above run without it.
    from kiosk.ui.app import run
    from kiosk.ui.assemble import build_kiosk

    return run(build_kiosk(runtime, language=language, kiosk_mode=not windowed))


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

