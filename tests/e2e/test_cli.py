"""The command line that later checks and the packaging build on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk import paths
from kiosk.cli import CANNOT_START_EXIT_STATUS, main
from kiosk.content import load_content
from tests.support.languages import NATIVE
from tests.support.project import ROOT, SHIPPED


def test_list_languages_prints_code_name_direction_and_completeness(capsys):
    assert main(["--list-languages"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    review = {code: "source" if code == "en" else "unreviewed" for code in SHIPPED}
    assert rows == [[code, *NATIVE[code], "100%", review[code], "shown"] for code in SHIPPED]


def test_list_languages_needs_no_qt():
    code = ("import sys, kiosk.cli; kiosk.cli.main(['--list-languages']); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_an_unknown_language_is_a_clear_error_listing_the_available_ones(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "xx"])
    assert exited.value.code == 2
    assert f"unknown language 'xx'; available: {', '.join(SHIPPED)}" in capsys.readouterr().err


def test_a_broken_content_file_stops_with_file_and_line(data_dir, capsys):
    ui = data_dir / "resources/content/ui.toml"
    ui.write_text(ui.read_text(encoding="utf-8").replace('back = "Back"', 'back = "Back'), encoding="utf-8")
    assert main(["--list-languages"]) == CANNOT_START_EXIT_STATUS
    err = capsys.readouterr().err
    assert f"iom-kiosk cannot start: {ui}:" in err and "not valid TOML" in err


def test_screenshots_render_every_screen_in_every_language(qapp, tmp_path, capsys):
    assert main(["--screenshots", str(tmp_path)]) == 0
    screens = ["start", "home", "office", "return", "integration", "hours", "confidential", "about"]
    for code in SHIPPED:
        for screen in screens:
            image = QImage(str(tmp_path / code / f"{screen}.png"))
            assert (image.width(), image.height()) == (1280, 800), (code, screen)
            # Not a blank frame: the kiosk's blue and its text are there.
            colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
            assert len(colours) > 3, (code, screen)
    assert f"{8 * len(SHIPPED)} screenshots" in capsys.readouterr().out


def test_module_and_script_entry_points_exist():
    result = subprocess.run([sys.executable, "-m", "kiosk", "--help"], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and "--windowed" in result.stdout and "--screenshots" in result.stdout
    # The gui-script pyproject declares, installed beside this interpreter.
    script = shutil.which("iom-kiosk", path=str(Path(sys.executable).parent))
    assert script, "iom-kiosk is not installed in this environment"
    listed = subprocess.run([script, "--list-languages"], capture_output=True, text=True)
    assert "en\tEnglish\tltr\t100%\tsource\tshown" in listed.stdout.splitlines()


def test_screenshots_of_one_language(tmp_path):
    assert main(["--screenshots", str(tmp_path), "--lang", "fa"]) == 0
    assert [path.name for path in tmp_path.iterdir()] == ["fa"]
    assert len(list((tmp_path / "fa").glob("*.png"))) == 8


def test_a_contact_sheet_holds_every_screen_of_a_language(tmp_path):
    assert main(["--contact-sheets", str(tmp_path), "--lang", "ti"]) == 0
    sheet = QImage(str(tmp_path / "ti.png"))
    # Eight screens at half of 1280 x 800, four to a row.
    assert (sheet.width(), sheet.height()) == (4 * 640, 2 * 400)
    colours = {sheet.pixel(x, y) for x in range(0, sheet.width(), 37) for y in range(0, sheet.height(), 23)}
    assert len(colours) > 20


def test_speak_to_renders_every_screen_of_a_language_to_wav_without_qt(tmp_path):
    code = ("import sys, kiosk.cli; status = kiosk.cli.main(sys.argv[1:]); "
            "sys.exit(status or (3 if any(m.startswith('PySide6') for m in sys.modules) else 0))")
    result = subprocess.run([sys.executable, "-c", code, "--speak-to", str(tmp_path), "--lang", "ti"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    pages = [page.id for page in load_content(paths.resources_dir()).pages]
    written = sorted(path.stem for path in (tmp_path / "ti").glob("*.wav"))
    assert written == sorted(["start", "home", *pages])
    for name in written:
        with wave.open(str(tmp_path / "ti" / f"{name}.wav")) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        assert seconds > 2.0, name
    assert f"{len(written)} recordings in {tmp_path}" in result.stdout


def test_speak_to_a_language_without_a_voice_says_which_have_one(tmp_path, capsys):
    assert main(["--speak-to", str(tmp_path), "--lang", "so"]) == 1
    err = capsys.readouterr().err
    assert "so has no voice; languages with one: " in err and "nb" in err
    assert not (tmp_path / "so").exists()


def _bar_height(image: QImage) -> int:
    """How tall the blue bar at the foot of a screenshot is."""
    blue = image.pixel(4, image.height() - 4)
    return next(up for up in range(image.height()) if image.pixel(4, image.height() - 1 - up) != blue)


def test_screenshots_at_a_larger_text_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    normal, larger = tmp_path / "normal", tmp_path / "larger"
    assert main(["--screenshots", str(normal), "--lang", "en"]) == 0
    assert main(["--screenshots", str(larger), "--lang", "en", "--text-size", "160"]) == 0
    home, large_home = QImage(str(normal / "en/home.png")), QImage(str(larger / "en/home.png"))
    assert (large_home.width(), large_home.height()) == (1280, 800)
    # The bar's words and buttons are drawn larger, so the bar is taller.
    assert _bar_height(large_home) > _bar_height(home) + 10
    with pytest.raises(SystemExit) as exited:
        main(["--screenshots", str(tmp_path), "--text-size", "150"])
    assert exited.value.code == 2
    assert "--text-size: invalid choice: 150 (choose from 100, 130, 160)" in capsys.readouterr().err
