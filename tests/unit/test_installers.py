"""The installers' sources: checked here as far as this machine can (Linux builds run in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.project import ROOT, SHIPPED, load_script

installer_languages = load_script("packaging/windows/installer_languages.py")
INNO_LANGUAGES = installer_languages.INNO_LANGUAGES
INSTALLER_IN_ENGLISH = installer_languages.INSTALLER_IN_ENGLISH
kiosk_languages = installer_languages.kiosk_languages
languages_section = installer_languages.languages_section

WORKFLOW = ROOT / ".github/workflows/installers.yml"


def _check_jsonschema(path: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert tool, "check-jsonschema is not installed (pip install -e '.[test]')"
    return subprocess.run([tool, "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True)


def test_the_ci_workflow_is_valid(tmp_path):
    assert _check_jsonschema(WORKFLOW).returncode == 0
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on:", "run-on:"), encoding="utf-8")
    assert _check_jsonschema(broken).returncode != 0  # the check can fail


def test_the_workflow_builds_every_installer_and_checks_each_bundle():
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"{runner}" in text
    assert text.count("--list-languages") >= 2
    for step in ("packaging/build_bundle.sh", "packaging/linux/build_deb.sh", "ISCC.exe",
                 "packaging/macos/make_dmg.sh", "actions/upload-artifact"):
        assert step in text


def test_the_windows_installer_speaks_the_kiosks_languages():
    codes = kiosk_languages()
    assert codes == list(SHIPPED)
    section, downloads = languages_section(codes)
    # One entry per Inno Setup language: Dari shares Persian's; some have none (English).
    expected = {INNO_LANGUAGES[code][0] for code in SHIPPED if code in INNO_LANGUAGES}
    assert section.count("MessagesFile") == len(expected)
    assert 'Name: "farsi"; MessagesFile: "isl\\Farsi.isl"' in section
    assert 'Name: "arabic"; MessagesFile: "isl\\Arabic.isl"' in section
    assert "Files/Languages/Unofficial/Macedonian.isl" in downloads
    script = (ROOT / "packaging/windows/iom-kiosk.iss").read_text(encoding="utf-8")
    assert '#include "..\\..\\build\\windows\\languages.iss"' in script
    assert "{commonstartup}" in script and "startatlogon" in script and "{autoprograms}" in script


def test_a_language_without_an_installer_translation_stops_the_build():
    with pytest.raises(SystemExit, match="no Inno Setup translation mapped for de"):
        languages_section(["en", "de"])
    assert set(INNO_LANGUAGES) | INSTALLER_IN_ENGLISH >= set(SHIPPED)


def _tool_shelf(tmp_path: Path, *tools: str) -> dict[str, str]:
    """A PATH holding only ``tools``: what a machine without the others looks like. A tool this
    machine lacks (patchelf, before the package checks install it) is a stand-in that does
    nothing: the scripts only ask whether it is there before the step these tests reach."""
    shelf = tmp_path / "bin"
    shelf.mkdir()
    for tool in tools:
        found = shutil.which(tool)
        if found is None:
            (shelf / tool).write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
            (shelf / tool).chmod(0o755)
        else:
            (shelf / tool).symlink_to(found)
    return {**os.environ, "PATH": str(shelf)}


def test_a_deb_build_without_its_tools_says_which_and_how(tmp_path):
    env = _tool_shelf(tmp_path, "dirname", "bash")
    done = subprocess.run(["bash", str(ROOT / "packaging/linux/build_deb.sh")], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "dpkg-deb is missing (Debian: apt-get install dpkg gzip patchelf)" in done.stderr


def test_a_deb_build_without_dpkg_shlibdeps_says_which_package_has_it(tmp_path):
    env = _tool_shelf(tmp_path, "dirname", "bash", "dpkg-deb", "dpkg", "gzip", "patchelf")
    done = subprocess.run(["bash", str(ROOT / "packaging/linux/build_deb.sh")], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "dpkg-shlibdeps is missing (Debian: apt-get install dpkg-dev)" in done.stderr


def test_the_debs_depends_are_computed_not_listed():
    script = (ROOT / "packaging/linux/build_deb.sh").read_text(encoding="utf-8")
    assert "dpkg-shlibdeps" in script and "missing library: " in script
    assert "libxcb-icccm4" not in script  # no hand-kept list of libraries
    check = (ROOT / "packaging/linux/check_deb.sh").read_text(encoding="utf-8")
    assert "mmdebstrap --variant=minbase" in check and "SKIPPED" in check


def test_a_bundle_build_without_pyinstaller_says_how_to_get_it(tmp_path):
    plain = shutil.which("python3")
    done = subprocess.run(["bash", str(ROOT / "packaging/build_bundle.sh")],
                          env={**os.environ, "PYTHON": plain}, capture_output=True, text=True)
    if done.returncode == 0:
        pytest.fail("the system python3 has PyInstaller; the message path cannot be shown here")
    assert "PyInstaller is missing" in done.stderr and "pip install" in done.stderr


@pytest.mark.skipif(sys.platform == "darwin", reason="on macOS the script builds for real")
def test_the_dmg_script_names_what_it_needs():
    done = subprocess.run(["bash", str(ROOT / "packaging/macos/make_dmg.sh")], capture_output=True, text=True)
    assert done.returncode == 1 and "needs macOS (hdiutil" in done.stderr


def test_the_systemd_unit_and_autostart_entry():
    unit = (ROOT / "packaging/linux/iom-kiosk.service").read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/iom-kiosk" in unit and "Restart=always" in unit
    autostart = (ROOT / "packaging/linux/no.iom.oslo.kiosk-autostart.desktop").read_text(encoding="utf-8")
    assert "systemctl --user start iom-kiosk.service" in autostart
    launcher = (ROOT / "packaging/linux/iom-kiosk.launcher").read_text(encoding="utf-8")
    assert "LANG=C.UTF-8" in launcher
