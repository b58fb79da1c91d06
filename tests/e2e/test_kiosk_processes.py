"""The kiosk as IT meets it: whole processes started from the command line, with their files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.settings.locations import Locations
from tests.support.project import PIN, ROOT, SHIPPED


def _kiosk_command(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IOM_KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_set_pin_reads_stdin_and_stores_only_a_hash(home_dir):
    done = _kiosk_command(home_dir, "--set-pin", stdin=f"{PIN}\n{PIN}\n")
    assert done.returncode == 0, done.stderr
    stored = (home_dir / "settings.json").read_text(encoding="utf-8")
    assert '"pin": "scrypt$' in stored and PIN not in stored
    assert _kiosk_command(home_dir, "--set-pin", stdin="1234\n1243\n").returncode == 1
    refused = _kiosk_command(home_dir, "--set-pin", stdin="12\n")
    assert refused.returncode == 1 and "4 to 8 digits" in refused.stderr


def test_a_corrupt_settings_file_is_kept_aside_and_the_kiosk_starts(home_dir, tmp_path):
    home_dir.mkdir(parents=True)
    (home_dir / "settings.json").write_text("{not json", encoding="utf-8")
    done = _kiosk_command(home_dir, "--screenshots", str(tmp_path / "shots"))
    assert done.returncode == 0, done.stderr
    assert "kept as settings.json.broken-" in done.stderr
    assert list(home_dir.glob("settings.json.broken-*"))
    log = (home_dir / "log" / "kiosk.log").read_text(encoding="utf-8")
    assert "settings.json.broken-" in log


def test_a_home_that_cannot_be_written_still_starts_and_says_why(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the kiosk's folder should be", encoding="utf-8")
    done = _kiosk_command(blocked, "--screenshots", str(tmp_path / "shots"))
    assert done.returncode == 0, done.stderr
    assert "No log file" in done.stderr


def test_command_line_overrides_for_one_run(home_dir):
    bad = _kiosk_command(home_dir, "--default-language", "xx", "--list-languages")
    assert bad.returncode == 2 and "unknown language 'xx'" in bad.stderr
    assert _kiosk_command(home_dir, "--idle-timeout", "2", "--list-languages").returncode == 2


def test_python_m_kiosk_holds_the_collector_from_its_first_import(home_dir):
    """`python -m kiosk` (and the bundle, which runs kiosk/__main__.py) holds Python's cycle
    collector before it imports the rest of the kiosk, and lets it go when done."""
    program = """
import gc, runpy, sys

class Watch:
    # Asked before any other finder for each import: says whether the collector runs then.
    held_while_importing = {}

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.startswith("kiosk."):
            cls.held_while_importing[name] = not gc.isenabled()
        return None

sys.meta_path.insert(0, Watch)
sys.argv = ["kiosk", "--list-languages"]
try:
    runpy.run_module("kiosk", run_name="__main__")
except SystemExit as done:
    watched = Watch.held_while_importing
    print("exit", done.code, "held for", sum(watched.values()), "of", len(watched) - 2,
          "running after", gc.isenabled())
"""
    env = {**os.environ, "IOM_KIOSK_HOME": str(home_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    words = done.stdout.split()[-10:]
    assert words[:2] == ["exit", "0"], done.stderr
    # Every module of the kiosk is imported with the collector held, but the two before the hold:
    # kiosk.__main__ and kiosk.collector.
    assert words[4] == words[6] and int(words[4]) > 20
    assert words[-1] == "True"


def test_the_installer_can_name_an_office_profile(home_dir, tmp_path):
    from kiosk import paths
    from kiosk.content import load_content
    from kiosk.settings.store import SettingsStore

    profile = tmp_path / "another-office.toml"
    text = (ROOT / "resources/office.toml").read_text(encoding="utf-8")
    profile.write_text(text.replace('default_language = "nb"', 'default_language = "fa"'), encoding="utf-8")
    home_dir.mkdir(parents=True)
    (home_dir / "kiosk.toml").write_text(f'office_profile = "{profile}"\n', encoding="utf-8")
    store = SettingsStore.open(Locations.under(home_dir))
    assert store.office_profile == profile
    assert load_content(paths.resources_dir(), store.office_profile).office.default_language == "fa"

    profile.write_text("this is = = not toml", encoding="utf-8")
    done = _kiosk_command(home_dir, "--list-languages")
    assert done.returncode == 0 and "Office profile not used, the bundled one is" in done.stderr
    assert str(profile) in done.stderr


# What the first frame must not wait for: qtawesome (~200 ms and ~45 MiB), Babel (15-20 ms to
# import; the welcome is translated text only), holidays (its 250 countries; the table is
# written ahead) and read-aloud.
NOT_BEFORE_THE_FIRST_FRAME = ("qtawesome", "babel", "holidays", "kiosk.speech")


def test_the_real_start_path_paints_its_first_frame_without_the_heavy_modules(tmp_path):
    code = f"""
import sys
from pathlib import Path
from kiosk.runtime import Runtime
from kiosk.settings.locations import Locations
from kiosk.ui.assemble import build_kiosk
kiosk = build_kiosk(Runtime.load(Locations.under(Path({str(tmp_path)!r}))), kiosk_mode=True)
kiosk.show_windowed()
kiosk.app.processEvents()
assert kiosk.window.start.visibleRegion().isEmpty() is False
print("first frame:", *sorted({{m.split(".")[0] if m.split(".")[0] != "kiosk" else "kiosk.speech"
                               for m in sys.modules if m.startswith({NOT_BEFORE_THE_FIRST_FRAME!r})}}))
while not kiosk.window.is_built:
    kiosk.app.processEvents()
print("built:", "babel" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(":", 1) for line in done.stdout.splitlines())
    assert lines["first frame"].split() == []
    # The pages format hours and dates: Babel comes with them, after the first frame.
    assert lines["built"].split() == ["True"]


def test_screenshots_start_as_the_kiosk_does_when_the_default_language_is_gone(data_dir, home_dir, tmp_path):
    """A broken or removed catalog for the office's language: the kiosk falls back, and so does the
    gallery (it once failed with KeyError: 'nb')."""
    import shutil

    shutil.rmtree(data_dir / "translations" / "nb")
    env = {**os.environ, "IOM_KIOSK_HOME": str(home_dir), "QT_QPA_PLATFORM": "offscreen",
           "IOM_KIOSK_DATA": str(data_dir)}
    done = subprocess.run([sys.executable, "-m", "kiosk", "--screenshots", str(tmp_path / "shots")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Default language 'nb' has no usable catalog" in done.stderr
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == [c for c in SHIPPED if c != "nb"]
    assert (tmp_path / "shots" / "en" / "start.png").stat().st_size > 0


READ_ALOUD_MODULES = ("kiosk.speech.espeak", "kiosk.speech.reader", "sounddevice", "espeakng_loader")


def test_read_aloud_is_loaded_on_the_first_listen_tap_and_not_before(home_dir):
    """A fresh interpreter: every screen built, then one Listen tap (to a recording)."""
    program = f"""
import sys
from kiosk.runtime import Runtime
from kiosk.settings.locations import Locations
from kiosk.ui.assemble import build_kiosk
from tests.support.speech import Recordings
kiosk = build_kiosk(Runtime.load(Locations.for_this_machine()), kiosk_mode=False)
kiosk.read_aloud.open_output = Recordings()
kiosk.show_windowed()
while not kiosk.window.is_built:  # a slice a turn after the first frame
    kiosk.app.processEvents()
print("built:", *sorted(m for m in {READ_ALOUD_MODULES!r} if m in sys.modules))
kiosk.window.start.buttons["nb"].listen.click()
kiosk.read_aloud.open_output.synthesised.wait(30)
print("tapped:", *sorted(m for m in {READ_ALOUD_MODULES!r} if m in sys.modules), kiosk.read_aloud.is_loaded)
"""
    env = {**os.environ, "IOM_KIOSK_HOME": str(home_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(":", 1) for line in done.stdout.splitlines())
    assert lines["built"].split() == []
    tapped = ["espeakng_loader", "kiosk.speech.espeak", "kiosk.speech.reader", "True"]
    assert lines["tapped"].split() == tapped


SHOW_EVERYTHING = """
import sys
from pathlib import Path
from kiosk.runtime import Runtime
from kiosk.settings.locations import Locations
from kiosk.ui.assemble import build_kiosk
from kiosk.ui.window import START
kiosk = build_kiosk(Runtime.load(Locations.under(Path(sys.argv[1]))), kiosk_mode=False)
kiosk.show_windowed()
kiosk.settle()
window = kiosk.window
for code in ("en", "fa"):  # the back arrow both ways
    window.set_language(code)
    for name in window.screen_names:
        window.show_screen(name)
        kiosk.settle()
kiosk.text_size.set_percent(160)
kiosk.settle()
kiosk.staff.open()  # the corner held: the PIN pad
kiosk.settle()
shown = [window.start.buttons[window.default_language].badge.pixmap(), window.nav.back.icon(),
         window.nav.listen.icon(), window.home.tiles["hours"].icon_label.pixmap(),
         kiosk.staff.pin_pad.erase.icon()]
assert all(not picture.isNull() for picture in shown), shown
print("qtawesome" in sys.modules)
"""


def test_a_kiosk_shows_every_icon_without_importing_qtawesome(tmp_path):
    """The icons are drawn ahead (kiosk/ui/icons.py): every screen, both directions, larger text
    and the PIN pad, in a fresh interpreter, and qtawesome never loaded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SHOW_EVERYTHING, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False"]


def test_without_the_drawings_qtawesome_draws_the_icons(data_dir, tmp_path):
    import shutil

    shutil.rmtree(data_dir / "resources" / "icons", ignore_errors=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IOM_KIOSK_DATA": str(data_dir)}
    done = subprocess.run([sys.executable, "-c", SHOW_EVERYTHING, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]
