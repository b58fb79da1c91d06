"""Reading TOML so that every later complaint can point at a line.

``tomllib`` gives values but no positions, so a small index maps key paths
(``("block", 2, "text")``) to the line that defines them. It understands the
subset our files use: tables, arrays of tables one level deep, plain keys and
multi-line arrays of strings.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.errors import ContentError

KeyPath = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_STRING_ITEM = re.compile(r"^\s*[\"']")
_DECODE_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True)
class TomlDocument:
    """A parsed TOML file that remembers where each key was written."""

    path: Path
    data: Mapping[str, Any]
    lines: tuple[str, ...]
    _positions: Mapping[KeyPath, int] = field(repr=False)

    def line_of(self, *keys: str | int) -> int | None:
        """The line that defines ``keys``, or of its nearest enclosing key."""
        if keys and isinstance(keys[-1], int) and keys[:-1] in self._positions:
            item_line = self._array_item_line(self._positions[keys[:-1]], keys[-1])
            if item_line:
                return item_line
        for end in range(len(keys), 0, -1):
            line = self._positions.get(keys[:end])
            if line:
                return line
        return None

    def error(self, message: str, *keys: str | int) -> ContentError:
        return ContentError(self.path, self.line_of(*keys), message)

    def _array_item_line(self, key_line: int, index: int) -> int | None:
        seen = -1
        for number in range(key_line + 1, len(self.lines) + 1):
            text = self.lines[number - 1]
            if _HEADER.match(text) or _KEY.match(text):
                return None
            if _STRING_ITEM.match(text):
                seen += 1
                if seen == index:
                    return number
        return None


def read_toml(path: Path) -> TomlDocument:
    """Parse ``path``; a syntax error becomes a ContentError naming the line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError(path, None, f"cannot read the file: {exc.strerror or exc}") from exc
    return parse_toml(raw, path)


def parse_toml(raw: bytes, path: Path) -> TomlDocument:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(path, line, "the file is not valid UTF-8 text") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _DECODE_POSITION.search(str(exc))
        line = int(match.group(1)) if match else None
        reason = _DECODE_POSITION.sub("", str(exc)).strip()
        raise ContentError(path, line, f"not valid TOML: {reason}") from exc
    lines = tuple(text.splitlines())
    return TomlDocument(path, data, lines, _index_positions(lines))


def _index_positions(lines: tuple[str, ...]) -> dict[KeyPath, int]:
    positions: dict[KeyPath, int] = {}
    array_counts: dict[KeyPath, int] = {}
    table: KeyPath = ()
    for number, text in enumerate(lines, start=1):
        header = _HEADER.match(text)
        if header:
            names: KeyPath = tuple(part.strip().strip("\"'") for part in header.group(2).split("."))
            if header.group(1) == "[[":
                index = array_counts.get(names, 0)
                array_counts[names] = index + 1
                positions.setdefault(names, number)
                table = (*names, index)
            else:
                table = names
            positions.setdefault(table, number)
            continue
        key = _KEY.match(text)
        if key:
            positions.setdefault((*table, key.group(1)), number)
    return positions
