"""Give the bundled Noto Nastaliq Urdu's cursive anchors by their coordinates only.

Noto Nastaliq Urdu 2.000 (as Debian 12 ships it) builds each word's cascade from cursive
attachment (GPOS lookup type 3). 168 of its entry and exit anchors (285 in the Bold, no longer shipped) are
format 2: coordinates plus the index of an outline point to snap to, and nearly all of
those indices name a point nowhere near the coordinates. HarfBuzz's own OpenType functions
ignore the point and use the coordinates; Qt's, over FreeType, use the point, so on Linux
a word's letters land up to most of an em below or above where they belong: "بارے" reads
"مارے" when its dot is displaced, and dots and tails fall below the line box, where the
bottom of their label cuts them off.

This rewrites each such anchor as format 1 with its own coordinates, which is what HarfBuzz
draws by default; nothing else in the font changes (the DSIG signature, which no longer
matches, is dropped), and the result is the same bytes every time. Run it once on new files:

    .venv/bin/python scripts/fix_nastaliq_anchors.py resources/fonts/NotoNastaliqUrdu-*.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont

CURSIVE_ATTACHMENT = 3


def point_anchors(font: TTFont) -> list:
    """The cursive entry and exit anchors that name an outline point (format 2)."""
    found = []
    for lookup in font["GPOS"].table.LookupList.Lookup:
        if lookup.LookupType != CURSIVE_ATTACHMENT:
            continue
        for subtable in lookup.SubTable:
            for record in subtable.EntryExitRecord:
                found += [anchor for anchor in (record.EntryAnchor, record.ExitAnchor)
                          if anchor is not None and anchor.Format == 2]
    return found


def fix(path: Path) -> int:
    """Rewrite ``path`` in place; how many anchors were changed (0: nothing written)."""
    font = TTFont(path, recalcTimestamp=False)
    anchors = point_anchors(font)
    for anchor in anchors:
        anchor.Format = 1
        del anchor.AnchorPoint
    if anchors:
        if "DSIG" in font:
            del font["DSIG"]
        font.save(path)
    return len(anchors)


def main(paths: list[str]) -> int:
    for name in paths:
        print(f"{name}: {fix(Path(name))} cursive anchors given by coordinates only")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
