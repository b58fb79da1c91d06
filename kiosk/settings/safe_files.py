"""Saving so that a power cut never loses the last good file, and setting bad files aside."""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: readers see the old file or the new, never half.

    The data goes to a temporary file in the same folder, reaches the disk, and is
    renamed over the old file; the folder itself is synced so the rename survives too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def set_aside(path: Path, reason: str) -> Path | None:
    """Keep an unusable file next to where it was, named with the time; log why."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.broken-{stamp}")
    try:
        path.replace(kept)
    except OSError as exc:
        log.error("%s is unusable (%s) and could not be set aside: %s", path, reason, exc)
        return None
    log.warning("%s is unusable (%s); kept as %s, starting from defaults", path, reason, kept.name)
    return kept
