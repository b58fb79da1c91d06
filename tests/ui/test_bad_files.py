"""Files that parse but hold nonsense, as the kiosk meets them: staff still get in, IT is told."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.cli import CANNOT_START_EXIT_STATUS
from kiosk.settings.pin import hash_pin
from kiosk.ui.cannot_start import CannotStartWindow
from tests.support.kiosk import enter_pin, hold_corner
from tests.support.project import PIN, ROOT

TEN_YEARS = 10 * 365 * 24 * 3600


@pytest.mark.parametrize("lockout", [
    {"failures": 0, "level": 1, "until": 1e300},
    {"failures": 0, "level": 1, "until": "soon"},
    {"failures": "x", "level": 0, "until": 0},
    {"failures": 0, "level": 2, "until": time.time() + TEN_YEARS},
], ids=["until-1e300", "until-soon", "failures-x", "ten-years-ahead"])
def test_whatever_the_lockout_holds_staff_get_in(qtbot, make_kiosk, home_dir, lockout):
    home_dir.mkdir(parents=True)
    (home_dir / "settings.json").write_text(
        json.dumps({"version": 1, "pin": hash_pin(PIN), "lockout": lockout}), encoding="utf-8")
    kiosk = make_kiosk()
    hold_corner(qtbot, kiosk)
    # No lockout at all is the only one of at most an hour that these files can mean.
    assert kiosk.runtime.guard.seconds_locked() <= 3600
    assert kiosk.staff.pin_pad.message.shown_text() == ""
    enter_pin(qtbot, kiosk, PIN)
    assert kiosk.staff.panel.isVisible()
    assert list(home_dir.glob("settings.json.broken-*"))


def test_a_sound_lockout_is_shown_in_minutes(qtbot, make_kiosk, home_dir):
    home_dir.mkdir(parents=True)
    (home_dir / "settings.json").write_text(json.dumps({
        "version": 1, "pin": hash_pin(PIN),
        "lockout": {"failures": 0, "level": 6, "until": time.time() + 20 * 60}}), encoding="utf-8")
    kiosk = make_kiosk()
    hold_corner(qtbot, kiosk)
    loc = kiosk.window.localizer
    assert kiosk.staff.pin_pad.message.shown_text() == loc.ui("staff.pin_locked", time=loc.duration(1200))


def _run_kiosk(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IOM_KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("args", [(), ("--list-languages",)], ids=["kiosk", "list-languages"])
def test_an_empty_ui_file_stops_the_kiosk_with_one_clear_line(data_dir, home_dir, args):
    ui = data_dir / "resources/content/ui.toml"
    ui.write_text("", encoding="utf-8")
    done = _run_kiosk(home_dir, *args)
    assert done.returncode == CANNOT_START_EXIT_STATUS == 78, done.stderr
    assert "Traceback" not in done.stderr
    on_stderr = [line for line in done.stderr.splitlines() if "ui.toml" in line]
    log = (home_dir / "log" / "kiosk.log").read_text(encoding="utf-8")
    in_log = [line for line in log.splitlines() if "ui.toml" in line]
    for lines in (on_stderr, in_log):
        assert len(lines) == 1
        assert "iom-kiosk cannot start" in lines[0] and f"{ui}: missing keys" in lines[0]
        assert "start.greeting" in lines[0]
    unit = (ROOT / "packaging/linux/iom-kiosk.service").read_text(encoding="utf-8")
    prevented = next(line for line in unit.splitlines() if line.startswith("RestartPreventExitStatus="))
    assert prevented.split("=", 1)[1].split() == ["10", "78"]


def test_a_broken_file_is_shown_on_screen_for_it(qtbot):
    problem = "/opt/iom-kiosk/resources/content/facts.toml:3: not valid TOML: Expected '='"
    window = CannotStartWindow(problem)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "iom-kiosk cannot start" in window.text()
    assert problem in window.text()


def test_temporary_files_left_by_a_kill_are_removed_at_start(home_dir):
    home_dir.mkdir(parents=True)
    stale = home_dir / ".settings.json.a1b2c3d4.tmp"
    stale.write_text('{"pin": "scr', encoding="utf-8")
    unrelated = home_dir / ".notes.a1b2c3d4.tmp"
    unrelated.write_text("not ours", encoding="utf-8")
    done = _run_kiosk(home_dir, "--list-languages")
    assert done.returncode == 0, done.stderr
    assert not stale.exists() and unrelated.exists()
    log = (home_dir / "log" / "kiosk.log").read_text(encoding="utf-8")
    assert ".settings.json.a1b2c3d4.tmp" in log
