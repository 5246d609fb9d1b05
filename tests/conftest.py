"""Shared fixtures: headless Qt, isolated user folders, a fresh workspace."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Database and Qt tests run on 2 cores: no per-example deadline.
settings.register_profile(
    "insatsplan", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# CI runs the same examples every time (a landing must not hang on the luck of the
# draw); a developer's run draws new ones, and what they find becomes a named test.
settings.register_profile("insatsplan-ci", parent=settings.get_profile("insatsplan"),
                          derandomize=True)
settings.load_profile("insatsplan-ci" if os.environ.get("CI") else "insatsplan")

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


@pytest.fixture(scope="session")
def demo_workspace_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed workspace holding just the demo plan, built once per test run.

    Creating a workspace and importing the demo is about half a second on a busy
    machine; a test that needs a fresh demo workspace copies this file instead
    (:func:`demo_workspace_path`). Closed means checkpointed: the file alone is the
    whole workspace, with no ``-wal`` beside it.
    """
    from insatsplan import demo
    from insatsplan.workspace import Workspace

    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.insatsplan"
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
        with Workspace.open(path) as workspace:
            demo.add_demo_plan(workspace)
    assert not (folder / "demo.insatsplan-wal").exists()
    return path


@pytest.fixture
def demo_workspace_path(workspace_path: Path, demo_workspace_file: Path) -> Path:
    """workspace_path, holding a copy of the demo workspace (plan id 1, status draft)."""
    shutil.copyfile(demo_workspace_file, workspace_path)
    return workspace_path


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


@pytest.fixture
def make_pdf(qapp: object, tmp_path: Path) -> Callable[..., Path]:
    """Real PDFs written by Qt (QPdfWriter + QTextDocument), one text per page.

    A5 at 12 pt, so the 16 groups of a Dokument-ID wrap over two lines as the agreement's
    may; ``image_only`` paints the pages as a picture (a scan: no text at all).
    """
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QImage, QPageSize, QPainter, QPdfWriter, QTextDocument

    def make(name: str, pages: list[str], *, image_only: bool = False) -> Path:
        path = tmp_path / name
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
        writer.setResolution(96)  # the text document's own resolution: 12 pt stays 12 pt
        size = writer.pageLayout().paintRectPixels(96).size()
        document = QTextDocument()
        font = QFont()
        font.setPointSize(12)
        document.setDefaultFont(font)
        document.setPageSize(QSizeF(size))
        breaks = "<p style='page-break-before:always'></p>"
        document.setHtml(breaks.join(
            "".join(f"<p>{line}</p>" for line in page.split("\n")) for page in pages))
        if not image_only:
            document.print_(writer)
            return path
        painter = QPainter(writer)
        for number, page in enumerate(pages):
            image = QImage(size, QImage.Format.Format_RGB32)
            image.fill(0xFFFFFF)
            picture = QPainter(image)
            one = QTextDocument()
            one.setDefaultFont(font)
            one.setPlainText(page)
            one.drawContents(picture)
            picture.end()
            if number:
                writer.newPage()
            painter.drawImage(0, 0, image)
        painter.end()
        return path

    return make


@pytest.fixture
def english_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's messages in English (its default is Swedish), for tests that read them;
    set in the environment, so child processes inherit it too."""
    monkeypatch.setenv("INSATSPLAN_LANG", "en")
