"""Shared fixtures: the real content and catalogs, a throwaway copy to break, the window."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Before any Qt import: the suite renders offscreen, with or without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, counts and logs of the tests go to a scratch folder, never the user's own.
os.environ["IOM_KIOSK_HOME"] = tempfile.mkdtemp(prefix="iom-kiosk-tests-")

from kiosk import paths
from kiosk.content import Content, load_content
from kiosk.i18n.languages import Languages, discover_languages
from tests.support.project import ROOT


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(paths.resources_dir())


@pytest.fixture(scope="session")
def languages(content: Content) -> Languages:
    return discover_languages(paths.translations_dir(), content)


@pytest.fixture
def home_dir(tmp_path: Path) -> Path:
    """Where a test kiosk keeps its settings, counts and log."""
    return tmp_path / "kiosk-home"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of resources/ and translations/ that a test may break."""
    for name in ("resources", "translations"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setenv("IOM_KIOSK_DATA", str(tmp_path))
    return tmp_path
