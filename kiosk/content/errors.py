"""The one error a content editor sees: which file, which line, what is wrong."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A content or profile file that cannot be used as it is."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
