"""Unicode's directional isolates: a value inside a sentence keeps its own direction.

A Latin name or a phone number inside Persian, unwrapped, can reorder the words
around it; wrapped, it is one unit whatever the paragraph's direction.
"""

from __future__ import annotations

import unicodedata

FIRST_STRONG_ISOLATE = "\u2068"
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolate(text: str) -> str:
    """``text`` as one unit whose direction follows its own first letter."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


RIGHT_TO_LEFT_ISOLATE = "\u2067"


def isolate_in(text: str, rtl: bool) -> str:
    """``text`` as one unit: in its own direction when it has letters (Urdu's "10:00 AM"), else
    in the language's: a right-to-left reader reads "10:00–15:00" with 10:00 on the right."""
    if any(unicodedata.bidirectional(char) in ("L", "R", "AL") for char in text):
        return isolate(text)
    return f"{RIGHT_TO_LEFT_ISOLATE if rtl else LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def left_to_right(text: str) -> str:
    """``text`` kept left to right in any paragraph: phone numbers, addresses."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


# Isolates, embeddings, overrides and marks: they steer layout and are never read or shown alone.
_DIRECTION_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                             "\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """``text`` without direction controls, for places that lay out no paragraph: a window
    title, a name read out by a screen reader."""
    return text.translate(_DIRECTION_CONTROLS)
