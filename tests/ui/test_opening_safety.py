"""The editor opening a workspace left behind by a crash, or in a read-only place.

Dialogs run for real and are answered by a named button (see test_workspace_dialogs).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dialog_answers import Answers
from PySide6.QtWidgets import QWidget

from insatsplan.ui import opening
from insatsplan.ui.dialogs.workspace_problems import WorkspaceNoticeDialog
from insatsplan.workspace import Workspace


def test_strays_of_an_earlier_file_are_moved_aside_and_the_editor_says_so(
        parent: QWidget, workspace_path: Path) -> None:
    stray = Path(str(workspace_path) + "-wal")
    stray.write_bytes(b"\x37\x7f\x06\x82" + bytes(4096))  # a WAL header and pages
    answers = Answers("close_button")
    ws = opening.open_workspace(parent, workspace_path)
    assert ws is not None
    try:
        assert not ws.readonly
        ws.create_plan(title="Ny", year_from=2026)
    finally:
        ws.close()
    assert answers.kinds == [WorkspaceNoticeDialog]
    assert "-wal.stray-" in answers.seen[0][1]
    assert not stray.exists()
    assert len(list(workspace_path.parent.glob("*-wal.stray-*"))) == 1


def test_a_workspace_in_a_read_only_place_opens_for_reading(
        parent: QWidget, workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores permissions, so the place is made read-only where the program asks
    (os.access); the real refusal is proven in a subprocess in test_file_safety."""
    with Workspace.open(workspace_path) as writer:
        writer.create_plan(title="Planen", year_from=2026)
    real_access = os.access
    denied = {str(workspace_path.parent), str(workspace_path)}
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) in denied
                        and mode & os.W_OK else real_access(p, mode))
    answers = Answers("close_button")
    ws = opening.open_workspace(parent, workspace_path)
    assert ws is not None
    try:
        assert ws.readonly
        assert [p.title for p in ws.plans()] == ["Planen"]
    finally:
        ws.close()
    assert answers.kinds == [WorkspaceNoticeDialog]
    assert "read-only" in answers.seen[0][1]


def test_a_read_only_place_with_pending_commits_is_refused_once(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading would miss what the -wal holds, so even reading is refused: one dialog
    saying to copy the folder, and the editor opens nothing (it asked again and again)."""
    import shutil

    source = tmp_path / "source" / "w.insatsplan"
    source.parent.mkdir()
    place = tmp_path / "place"
    place.mkdir()
    with Workspace.open(source) as writer:
        writer.create_plan(title="Planen", year_from=2026)
        shutil.copyfile(source, place / source.name)  # as a crash leaves it
        shutil.copyfile(f"{source}-wal", place / f"{source.name}-wal")
    copied = place / source.name
    assert (place / f"{source.name}-wal").stat().st_size > 0
    real_access = os.access
    denied = {str(place), str(copied)}
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) in denied
                        and mode & os.W_OK else real_access(p, mode))
    answers = Answers("close_button")
    assert opening.open_workspace(parent, copied) is None
    assert len(answers.seen) == 1 and answers.unexpected == 0
    assert "copy the folder" in answers.seen[0][1]


def test_the_banner_says_why_a_read_only_place_is_read_only(
        qtbot: object, workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from insatsplan.ui.main_window import MainWindow

    with Workspace.open(workspace_path) as writer:
        writer.create_plan(title="Planen", year_from=2026)
    reader = Workspace.open(workspace_path, readonly=True)
    win = MainWindow()
    win.show()
    win.attach(reader)
    try:
        assert "another program" in win.banner_text.text()
        real_access = os.access
        denied = {str(workspace_path.parent), str(workspace_path)}
        monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) in denied
                            and mode & os.W_OK else real_access(p, mode))
        win.attach(Workspace.open(workspace_path, readonly=True))
        assert "cannot be written" in win.banner_text.text()
        assert win.banner.isVisible()
    finally:
        win.close()
        reader.close()
