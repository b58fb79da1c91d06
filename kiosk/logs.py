"""The log: to stderr and a rotating kiosk.log, and everything that goes wrong ends up in it.

Plain Python, no Qt: an all-day kiosk is only debugged from its log, so uncaught
exceptions (PySide6 hands those raised in slots to sys.excepthook) are logged with
their traceback, and a log file that cannot be written never stops the kiosk.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

log = logging.getLogger("kiosk")

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class LogFileHandler(RotatingFileHandler):
    """kiosk.log, rotated at 1 MB with 5 kept, which says once, briefly, when it cannot write."""

    def __init__(self, path: Path, max_bytes: int = 1_000_000, backup_count: int = 5) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
        self._complained = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        # logging's own handleError prints a traceback per record: on a full disk, one a line.
        if self._complained:
            return
        self._complained = True
        problem = sys.exc_info()[1]
        reason = getattr(problem, "strerror", None) or problem
        # With no console either, there is nothing left to tell.
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"iom-kiosk: cannot write the log file {self.baseFilename} ({reason}); "
                             "logging to the console only\n")


def setup_logging(log_dir: Path) -> None:
    """To stderr, and to a rotating file in the platform's log folder if it can be written."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    problem = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(LogFileHandler(log_dir / "kiosk.log"))
    except OSError as exc:
        problem = exc
    logging.basicConfig(level=logging.INFO, handlers=handlers, force=True, format=LOG_FORMAT)
    sys.excepthook = log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    if problem:
        log.warning("No log file in %s (%s); logging to the console only", log_dir, problem)


def log_uncaught(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: the traceback goes to the log; in a Qt slot the kiosk then goes on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("Uncaught exception", exc_info=(kind, error, trace))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log.critical("Uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
