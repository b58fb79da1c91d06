"""Saving so that a power cut never loses the last good file, and setting bad files aside."""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

TEMPORARY_SUFFIX = ".tmp"
# tempfile.mkstemp's random part: eight of these characters.
_RANDOM_PART = r"[a-z0-9_]{8}"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: readers see the old file or the new, never half.

    The data goes to a temporary file in the same folder, reaches the disk, and is
    renamed over the old file; the folder itself is synced so the rename survives too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent)
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
    """Move an unusable file next to where it was, named with the time; log why."""
    kept = _aside_name(path)
    try:
        path.replace(kept)
    except OSError as exc:
        log.error("%s is unusable (%s) and could not be set aside: %s", path, reason, exc)
        return None
    log.warning("%s is unusable (%s); kept as %s, starting from defaults", path, reason, kept.name)
    return kept


def keep_copy(path: Path, reason: str) -> Path | None:
    """Copy a file whose values were partly dropped, so IT can see what it held; log why."""
    kept = _aside_name(path)
    try:
        shutil.copy2(path, kept)
    except OSError as exc:
        log.error("%s: %s, and no copy could be kept: %s", path, reason, exc)
        return None
    log.warning("%s: %s; the file as it was is kept as %s", path, reason, kept.name)
    return kept


def shown(value: object) -> str:
    """A value read from a file, for the log: cut short, since a file may hold anything at any length."""
    try:
        text = repr(value)
    except ValueError:  # an int too long to print
        return "a number too long to show"
    return text if len(text) <= 80 else f"{text[:77]}..."


def _aside_name(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.broken-{stamp}")


def remove_stale_temporaries(saved_files: Iterable[Path]) -> list[Path]:
    """Remove what a kill during a save left of ``write_atomically``'s temporary files.

    Only names that write_atomically makes for these files, and only in their own
    folders: nothing else there is the kiosk's to delete.
    """
    removed: list[Path] = []
    for saved in saved_files:
        pattern = re.compile(rf"^\.{re.escape(saved.name)}\.{_RANDOM_PART}{re.escape(TEMPORARY_SUFFIX)}$")
        try:
            candidates = sorted(saved.parent.iterdir())
        except OSError:
            continue  # no folder yet, or not readable: nothing of ours to clean
        for candidate in candidates:
            if not pattern.match(candidate.name) or not candidate.is_file() or candidate.is_symlink():
                continue
            try:
                candidate.unlink()
            except OSError as exc:
                log.warning("Left-over temporary file %s could not be removed: %s", candidate, exc)
                continue
            log.info("Removed %s, left by a save that was cut short", candidate)
            removed.append(candidate)
    return removed
