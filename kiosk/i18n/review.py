"""Whether a native speaker has checked a translation: the catalog says so in its header.

The state is a line of the .po file's header comment, ``# Review-Status: unreviewed`` or
``# Review-Status: reviewed 2026-12-01 by <role>``. A header field (``X-Review-Status``)
would be lost: Babel's update and compile keep only the fields gettext defines, and keep
the comment. The kiosk tells visitors when the language they read is unreviewed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FIELD = "Review-Status"
_LINE = re.compile(rf"^#\s*{FIELD}:\s*(.+?)\s*$")
UNREVIEWED = "unreviewed"


@dataclass(frozen=True)
class Review:
    """Whether a native speaker has checked a catalog, as its header says."""

    state: str  # "unreviewed", or "reviewed <date> by <role>"

    @property
    def reviewed(self) -> bool:
        """A native speaker has checked it, or it is the source the others come from."""
        return self.state.startswith("reviewed") or self.state == SOURCE_STATE


SOURCE_STATE = "source"
SOURCE = Review(SOURCE_STATE)  # the English the others are translated from
NOT_RECORDED = Review(UNREVIEWED)


def read_review(po: Path) -> Review:
    """The review state in ``po``'s header comment; unreviewed when none is recorded."""
    try:
        with po.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    break  # the comment ends where the header entry begins
                match = _LINE.match(line)
                if match:
                    return Review(match.group(1))
    except (OSError, UnicodeDecodeError):
        pass
    return NOT_RECORDED
