"""The command line: kiosk mode by default, a windowed demo, and checks."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import paths
from kiosk.content import Content, ContentError, load_content
from kiosk.i18n.languages import Languages, discover_languages

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        content = load_content(paths.resources_dir())
    except ContentError as exc:
        print(f"iom-kiosk: cannot start: {exc}", file=sys.stderr)
        return 1
    languages = discover_languages(paths.translations_dir(), content)

    if args.list_languages:
        for language in languages.available:
            print(f"{language.code}\t{language.native_name}\t{language.direction}\t"
                  f"{language.completeness:.0%}")
        return 0

    language = args.lang or content.office.default_language
    if language not in languages.codes:
        available = ", ".join(languages.codes)
        if args.lang:
            parser.error(f"unknown language {args.lang!r}; available: {available}")
        log.warning("Default language %r has no catalog; starting in English", language)
        language = "en"

    if args.screenshots:
        # Rendering needs no display; only use a real one if the caller asked for it.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kiosk.ui.screenshots import render_screenshots

        written = render_screenshots(args.screenshots, content, languages)
        print(f"{len(written)} screenshots in {args.screenshots}")
        return 0

    return _run(content, languages, language, windowed=args.windowed)


def _run(content: Content, languages: Languages, language: str, *, windowed: bool) -> int:
    # Qt is imported only here, so the checks above run without it.
    from kiosk.ui.app import run

    return run(content, languages, language, windowed=windowed)
