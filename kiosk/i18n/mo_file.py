"""Reading a compiled gettext catalog (.mo) straight into a lookup table.

Babel's ``read_mo`` builds a full Catalog of Message objects, about a quarter of
the kiosk's start-up for four small catalogs here, and hands contexts back as
bytes. The GNU .mo layout is small and fixed: a header, then two tables of
(length, offset) pairs for the original and the translated strings.
https://www.gnu.org/software/gettext/manual/html_node/MO-Files.html
"""

from __future__ import annotations

import struct

LITTLE_ENDIAN_MAGIC = 0x950412DE
CONTEXT_SEPARATOR = "\x04"
PLURAL_SEPARATOR = "\x00"

MessageKey = tuple[str | None, str]


def parse_mo(data: bytes) -> dict[MessageKey, str]:
    """``{(context, msgid): msgstr}``; ValueError for anything that is not a sound .mo."""
    if len(data) < 20:
        raise ValueError("too short to be a .mo file")
    for order in ("<", ">"):
        magic, revision, count, originals, translations = struct.unpack(f"{order}5I", data[:20])
        if magic == LITTLE_ENDIAN_MAGIC:
            break
    else:
        raise ValueError("not a .mo file (bad magic number)")
    if revision >> 16 not in (0, 1):
        raise ValueError(f"unknown .mo revision {revision >> 16}")
    messages: dict[MessageKey, str] = {}
    for index in range(count):
        original = _string(data, order, originals + 8 * index)
        translated = _string(data, order, translations + 8 * index)
        if not original:
            continue  # the header entry
        context, _, msgid = original.rpartition(CONTEXT_SEPARATOR)
        # Plural entries hold "singular\0plural"; the kiosk has none, keep the singular.
        messages[(context or None, msgid.split(PLURAL_SEPARATOR)[0])] = translated.split(PLURAL_SEPARATOR)[0]
    return messages


def _string(data: bytes, order: str, entry: int) -> str:
    if entry + 8 > len(data):
        raise ValueError("string table runs past the end of the file")
    length, offset = struct.unpack(f"{order}2I", data[entry:entry + 8])
    if offset + length > len(data):
        raise ValueError("string runs past the end of the file")
    return data[offset:offset + length].decode("utf-8")
