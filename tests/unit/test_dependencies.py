"""Every machine tests and ships the same bytes: the lock, and everything that installs from it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.support.project import ROOT

LOCK = ROOT / "requirements.lock"
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _locked() -> dict[str, tuple[str, str | None, int]]:
    """{name: (version, marker, number of hashes)} as requirements.lock pins them."""
    pins: dict[str, tuple[str, str | None, int]] = {}
    name = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            name = canonicalize_name(match.group(1))
            pins[name] = (match.group(2), match.group(3), 0)
        elif name and line.strip().startswith("--hash=sha256:"):
            found_version, marker, hashes = pins[name]
            pins[name] = (found_version, marker, hashes + 1)
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    build = [Requirement(r) for r in project["build-system"]["requires"]]
    runtime = [Requirement(r) for r in project["project"]["dependencies"]]
    return build + runtime + [Requirement(r) for r in project["project"]["optional-dependencies"]["test"]]


def test_the_lock_pins_every_declared_dependency_within_its_range():
    """A range changed in pyproject.toml without `make lock` fails here."""
    locked = _locked()
    for requirement in _declared():
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(locked[name][0], prereleases=True), \
            f"requirements.lock has {name}=={locked[name][0]}, outside {requirement}: run `make lock`"


def test_every_pin_is_exact_and_hashed():
    locked = _locked()
    assert len(locked) > 20
    assert [name for name, (_v, _m, hashes) in locked.items() if hashes == 0] == []
    text = LOCK.read_text(encoding="utf-8")
    # Nothing the lock lists may float: every requirement line is a pin.
    loose = [line for line in text.splitlines()
             if line and not line.startswith((" ", "#")) and not PIN.match(line)]
    assert loose == []


def test_the_lock_holds_wheels_for_every_installer_platform():
    """One universal lock: the Windows and macOS installers install from it too."""
    markers = {marker for _v, marker, _h in _locked().values() if marker}
    assert any("win32" in m for m in markers) and any("darwin" in m for m in markers)


@pytest.mark.skipif(os.environ.get("KIOSK_DEPENDENCIES") == "latest",
                    reason="the upgrade canary runs the newest releases on purpose")
def test_this_environment_runs_exactly_the_locked_versions():
    """What the suite runs on is what the lock says (scripts/setup.sh installed from it)."""
    differing = []
    for name, (pinned, marker, _hashes) in _locked().items():
        if marker and not Marker(marker).evaluate():
            continue
        try:
            installed = version(name)
        except PackageNotFoundError:
            differing.append(f"{name}: not installed")
            continue
        if Version(installed) != Version(pinned):
            differing.append(f"{name}: {installed}, locked {pinned}")
    assert differing == []


def test_every_installing_script_uses_the_lock_with_hashes():
    for path in (ROOT / "scripts/setup.sh", ROOT / ".github/workflows/installers.yml"):
        text = path.read_text(encoding="utf-8")
        assert "--require-hashes -r requirements.lock" in text, path
        # The kiosk itself is installed without resolving anything more.
        assert "--no-deps --no-build-isolation -e ." in text, path
    assert "scripts/test.sh" in (ROOT / ".ci/run").read_text(encoding="utf-8")


def _check_jsonschema(path: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert tool, "check-jsonschema is not installed (scripts/setup.sh installs it)"
    return subprocess.run([tool, "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_every_workflow_is_valid(workflow):
    result = _check_jsonschema(workflow)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_readme_test_command_runs_on_every_push_and_pull_request():
    workflow = (ROOT / ".github/workflows/tests.yml").read_text(encoding="utf-8")
    assert re.search(r"^on:\n(  \w+:.*\n)*  push:", workflow, re.M)
    assert "  pull_request:" in workflow
    readme_test_command = "./scripts/test.sh"
    assert readme_test_command in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[4]
    assert readme_test_command in workflow


def test_the_upgrade_canary_runs_weekly_and_on_demand():
    workflow = (ROOT / ".github/workflows/canary.yml").read_text(encoding="utf-8")
    assert "schedule:" in workflow and "cron:" in workflow and "workflow_dispatch:" in workflow
    assert "make test-latest" in workflow
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "test-latest:" in makefile and "scripts/test-latest.sh" in makefile
    canary = (ROOT / "scripts/test-latest.sh").read_text(encoding="utf-8")
    assert "KIOSK_DEPENDENCIES=latest" in canary and "requirements.lock" in canary
