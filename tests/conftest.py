"""Shared fixtures: headless Qt, isolated user folders, a fresh workspace."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Database and Qt tests run on 2 cores: no per-example deadline.
settings.register_profile(
    "insatsplan", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("insatsplan")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups, settings and the default workspace never touch the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the bug log
    monkeypatch.delenv("INSATSPLAN_WORKSPACE", raising=False)
    return home


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "test.insatsplan"


@pytest.fixture
def ws(workspace_path: Path) -> Iterator[object]:
    from insatsplan.workspace import Workspace

    workspace = Workspace.open(workspace_path)
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True, scope="session")
def clipboard_emptied_at_exit() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit (SIGSEGV) when the clipboard still holds
    data a test put there (checked with a five-line script; the xcb platform does not):
    the run would pass and still exit 139."""
    yield
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None:
        app = widgets.QApplication.instance()
        if app is not None:
            widgets.QApplication.clipboard().clear()
