"""What CLDR says each language the kiosk may ship is called, in its own script, and its direction.

A shipped catalog whose language is not listed here fails the tests that use this table:
add the language with the name CLDR gives it, so the test says what a visitor will read.
"""

from __future__ import annotations

NATIVE = {
    "en": ("English", "ltr"),
    "nb": ("Norsk bokmål", "ltr"),
    "sv": ("Svenska", "ltr"),
    "mk": ("Македонски", "ltr"),
    "fa": ("فارسی", "rtl"),
    "fa_AF": ("دری", "rtl"),
    "ar": ("العربية", "rtl"),
    "ps": ("پښتو", "rtl"),
    "ckb": ("کوردیی ناوەندی", "rtl"),
    "ur": ("اردو", "rtl"),
    "ti": ("ትግርኛ", "ltr"),
    "am": ("አማርኛ", "ltr"),
    "so": ("Soomaali", "ltr"),
    "uk": ("Українська", "ltr"),
    "ru": ("Русский", "ltr"),
    "fr": ("Français", "ltr"),
    "es": ("Español", "ltr"),
}
RIGHT_TO_LEFT = tuple(code for code, (_name, direction) in NATIVE.items() if direction == "rtl")
