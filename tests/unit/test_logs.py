"""The log: what reaches kiosk.log, and a log file that fails without taking the kiosk with it."""

from __future__ import annotations

import errno
import logging
import shutil
import sys

from kiosk.logs import LogFileHandler, log_uncaught, setup_logging


class FullDisk:
    """A stream on a disk with no space left."""

    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def seek(self, _offset: int, _whence: int = 0) -> int:
        return 0

    def tell(self) -> int:
        return 0

    def close(self) -> None:
        pass


def _logger(handler: logging.Handler, name: str) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.handlers = [handler]
    logger.setLevel(logging.INFO)
    return logger


def test_a_full_disk_is_one_short_line_on_stderr_once_and_logging_goes_on(tmp_path, capsys):
    handler = LogFileHandler(tmp_path / "kiosk.log")
    handler.stream = FullDisk()
    logger = _logger(handler, "test.full_disk")
    for number in range(3):
        logger.warning("message %d", number)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1
    assert "No space left on device" in lines[0] and str(tmp_path / "kiosk.log") in lines[0]
    handler.stream = None  # nothing to flush on a disk that is full
    handler.close()


def test_a_log_folder_that_vanishes_is_one_line_and_no_traceback(tmp_path, capsys):
    folder = tmp_path / "log"
    folder.mkdir()
    handler = LogFileHandler(folder / "kiosk.log", max_bytes=200)
    logger = _logger(handler, "test.vanished")
    logger.info("first")
    shutil.rmtree(folder)
    for number in range(20):
        logger.info("a line long enough to need a rollover soon %d", number)
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    handler.close()


def test_an_uncaught_exception_is_logged_with_its_traceback(caplog):
    def broken() -> None:
        raise ZeroDivisionError("by nothing")

    try:
        broken()
    except ZeroDivisionError:
        info = sys.exc_info()
    with caplog.at_level(logging.ERROR):
        log_uncaught(*info)
    assert "Uncaught exception" in caplog.text
    assert "Traceback" in caplog.text and "in broken" in caplog.text
    assert "ZeroDivisionError: by nothing" in caplog.text


def test_setup_logging_sends_uncaught_exceptions_to_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        setup_logging(tmp_path / "log")
        assert sys.excepthook is log_uncaught
        try:
            raise KeyError("start.greeting")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        for handler in root.handlers:
            handler.flush()
        text = (tmp_path / "log" / "kiosk.log").read_text(encoding="utf-8")
        assert "KeyError: 'start.greeting'" in text and "Traceback" in text
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers, _ = saved
        root.setLevel(saved[1])
