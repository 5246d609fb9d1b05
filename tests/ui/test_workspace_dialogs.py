"""Opening a workspace in the editor: locked, damaged, newer and otherwise unusable files.

Dialogs run for real (``exec``) and are answered by pressing a named button on the active
modal widget from a timer, so the test walks the same path a person's click does. Every
case checks what came out (the workspace, its path and read-only flag) and that a bad
file is byte-identical afterwards.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from dialog_answers import Answers
from filelock import FileLock
from PySide6.QtWidgets import QWidget

from cli_helpers import digest
from insatsplan.errors import DamagedWorkspaceError, NewerWorkspaceError, UserError
from insatsplan.ui import opening
from insatsplan.ui.dialogs import (
    DamagedWorkspaceDialog,
    LockedWorkspaceDialog,
    NewerWorkspaceDialog,
    WorkspaceErrorDialog,
)
from insatsplan.workspace import Workspace, files
from test_workspace_files import BAD_KINDS, filled, make_bad

DAMAGED_KINDS = [kind for kind in BAD_KINDS if kind != "newer-schema"]


@pytest.fixture
def opened() -> Iterator[list[Workspace]]:
    """Workspaces a test opened, closed afterwards so their locks never leak."""
    workspaces: list[Workspace] = []
    yield workspaces
    for ws in workspaces:
        ws.close()


def keep(opened: list[Workspace], ws: Workspace | None) -> Workspace | None:
    if ws is not None:
        opened.append(ws)
    return ws


# ---------------------------------------------------------------------- the error types

@pytest.mark.parametrize("kind", DAMAGED_KINDS)
def test_damaged_and_foreign_files_raise_damaged_workspace_error(
        kind: str, tmp_path: Path) -> None:
    good = filled(tmp_path / "good.insatsplan")
    bad = tmp_path / f"{kind}.insatsplan"
    make_bad(kind, bad, good)
    with pytest.raises(DamagedWorkspaceError) as caught:
        Workspace.open(bad)
    assert caught.value.exit_code == 2
    assert str(bad) in caught.value.text()


def test_newer_schema_raises_newer_workspace_error(tmp_path: Path) -> None:
    good = filled(tmp_path / "good.insatsplan")
    bad = tmp_path / "newer.insatsplan"
    make_bad("newer-schema", bad, good)
    with pytest.raises(NewerWorkspaceError) as caught:
        Workspace.open(bad, readonly=True)
    assert not isinstance(caught.value, DamagedWorkspaceError)
    assert caught.value.exit_code == 2


# --------------------------------------------------------------------------- good files

def test_a_good_file_opens_without_a_dialog(
        parent: QWidget, workspace_path: Path, opened: list[Workspace]) -> None:
    filled(workspace_path)
    answers = Answers()
    ws = keep(opened, opening.open_workspace(parent, workspace_path))
    assert ws is not None and ws.path == workspace_path and not ws.readonly
    assert answers.seen == []


def test_a_missing_file_is_created_for_the_writer(
        parent: QWidget, workspace_path: Path, opened: list[Workspace]) -> None:
    ws = keep(opened, opening.open_workspace(parent, workspace_path))
    assert ws is not None and workspace_path.exists()


# --------------------------------------------------------------------------------- locks

def test_locked_file_opens_read_only_on_request(
        parent: QWidget, workspace_path: Path, opened: list[Workspace]) -> None:
    filled(workspace_path)
    holder = keep(opened, Workspace.open(workspace_path))
    answers = Answers("open_readonly_button")
    ws = keep(opened, opening.open_workspace(parent, workspace_path))
    assert answers.kinds == [LockedWorkspaceDialog]
    assert workspace_path.name in answers.seen[0][1]
    assert ws is not None and ws is not holder
    assert ws.readonly and ws.path == workspace_path
    assert [p.title for p in ws.plans()] == ["Plan"]
    assert answers.unexpected == 0


def test_locked_file_cancelled_opens_nothing(
        parent: QWidget, workspace_path: Path, opened: list[Workspace]) -> None:
    filled(workspace_path)
    keep(opened, Workspace.open(workspace_path))
    answers = Answers("cancel_button")
    assert opening.open_workspace(parent, workspace_path) is None
    assert answers.kinds == [LockedWorkspaceDialog]


def test_escape_on_the_locked_dialog_cancels(
        parent: QWidget, workspace_path: Path, opened: list[Workspace]) -> None:
    filled(workspace_path)
    keep(opened, Workspace.open(workspace_path))
    answers = Answers()  # no answer: the helper rejects the dialog, as Escape does
    assert opening.open_workspace(parent, workspace_path) is None
    assert answers.kinds == [LockedWorkspaceDialog] and answers.unexpected == 1


# -------------------------------------------------------------------------- damaged files

@pytest.mark.parametrize("kind", DAMAGED_KINDS)
def test_damaged_file_without_backup_names_the_file_and_stays_identical(
        kind: str, parent: QWidget, tmp_path: Path) -> None:
    good = filled(tmp_path / "good.insatsplan")
    bad = tmp_path / f"{kind}.insatsplan"
    make_bad(kind, bad, good)
    before = digest(bad)
    answers = Answers("cancel_button")
    assert opening.open_workspace(parent, bad) is None
    assert answers.kinds == [DamagedWorkspaceDialog]
    assert str(bad) in answers.seen[0][1]
    assert digest(bad) == before
    assert sorted(p.name for p in tmp_path.glob("*.insatsplan")) == sorted(
        ["good.insatsplan", bad.name])


def test_damaged_dialog_offers_the_backup_only_when_there_is_one(
        parent: QWidget, tmp_path: Path) -> None:
    bad = tmp_path / "bad.insatsplan"
    bad.write_bytes(b"")
    error = DamagedWorkspaceError("{path} is broken", path=str(bad))
    without = DamagedWorkspaceDialog(parent, bad, error, None)
    assert without.open_backup_button is None
    backup = filled(tmp_path / "backup.insatsplan")
    with_backup = DamagedWorkspaceDialog(parent, bad, error, backup)
    assert with_backup.open_backup_button is not None
    assert with_backup.defaultButton() is with_backup.open_backup_button


@pytest.mark.parametrize("kind", ["truncated", "bit-flipped-schema", "random", "empty"])
def test_damaged_file_restores_a_copy_of_the_latest_backup_beside_it(
        kind: str, parent: QWidget, tmp_path: Path, opened: list[Workspace]) -> None:
    path = filled(tmp_path / "plan.insatsplan")
    files.daily_backup(path, dt.date(2026, 1, 1))
    with Workspace.open(path) as ws:
        ws.create_plan(title="Efter säkerhetskopian", year_from=2026)
    backup = files.latest_backup(path)
    assert backup is not None
    backup_before = digest(backup)
    good = tmp_path / "good-copy.insatsplan"
    good.write_bytes(path.read_bytes())
    make_bad(kind, path, good)
    good.unlink()
    before = digest(path)

    answers = Answers("open_backup_button")
    ws = keep(opened, opening.open_workspace(parent, path))
    assert answers.kinds == [DamagedWorkspaceDialog] and answers.unexpected == 0
    assert ws is not None and not ws.readonly
    assert ws.path.parent == path.parent and ws.path != path
    assert ws.path.suffix == ".insatsplan" and ws.path.name.startswith("plan (")
    assert [p.title for p in ws.plans()] == ["Plan"]  # the backup's content
    assert digest(path) == before, "the damaged file is never changed"
    assert digest(backup) == backup_before
    assert not list(tmp_path.glob("*.part"))


def test_second_restore_gets_its_own_name(
        parent: QWidget, tmp_path: Path, opened: list[Workspace]) -> None:
    path = filled(tmp_path / "plan.insatsplan")
    files.daily_backup(path)
    path.write_bytes(b"broken")
    first = keep(opened, _restore(path))
    second = keep(opened, _restore(path))
    assert first is not None and second is not None
    assert first.path != second.path
    assert path.read_bytes() == b"broken"


def _restore(path: Path) -> Workspace | None:
    answers = Answers("open_backup_button")
    ws = opening.open_workspace(None, path)
    answers.stop()
    assert answers.kinds == [DamagedWorkspaceDialog]
    return ws


def test_restored_path_never_names_an_existing_file(tmp_path: Path) -> None:
    damaged = tmp_path / "plan.insatsplan"
    day = dt.date(2026, 3, 4)
    first = opening.restored_path(damaged, day)
    assert first.parent == tmp_path and first.suffix == ".insatsplan"
    assert "2026-03-04" in first.name and first.name != damaged.name
    first.write_bytes(b"")
    second = opening.restored_path(damaged, day)
    assert second != first and not second.exists()


def test_a_damaged_backup_is_refused_and_nothing_is_written(
        parent: QWidget, tmp_path: Path) -> None:
    path = filled(tmp_path / "plan.insatsplan")
    backup = files.daily_backup(path)
    assert backup is not None
    good = tmp_path / "good-copy.insatsplan"
    good.write_bytes(path.read_bytes())
    make_bad("bit-flipped-schema", backup, good)
    make_bad("truncated", path, good)
    good.unlink()
    before, backup_before = digest(path), digest(backup)
    answers = Answers("open_backup_button", "close_button")
    assert opening.open_workspace(parent, path) is None
    assert answers.kinds == [DamagedWorkspaceDialog, WorkspaceErrorDialog]
    assert str(backup) in answers.seen[1][1]
    assert digest(path) == before and digest(backup) == backup_before
    assert [p.name for p in tmp_path.glob("*.insatsplan*") if "(" in p.name] == []


def test_choose_another_file_opens_that_file(
        parent: QWidget, tmp_path: Path, opened: list[Workspace],
        monkeypatch: pytest.MonkeyPatch) -> None:
    good = filled(tmp_path / "good.insatsplan")
    bad = tmp_path / "bad.insatsplan"
    make_bad("random", bad, good)
    before = digest(bad)
    asked: list[Path] = []

    def chooser(_parent: QWidget | None, directory: Path) -> Path | None:
        asked.append(directory)
        return good

    monkeypatch.setattr(opening, "choose_workspace_file", chooser)
    answers = Answers("choose_other_button")
    ws = keep(opened, opening.open_workspace(parent, bad))
    assert asked == [tmp_path]
    assert answers.kinds == [DamagedWorkspaceDialog]
    assert ws is not None and ws.path == good and not ws.readonly
    assert digest(bad) == before


def test_choose_another_file_cancelled_opens_nothing(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.insatsplan"
    bad.write_text("ingen arbetsyta\n" * 20)
    monkeypatch.setattr(opening, "choose_workspace_file", lambda _p, _d: None)
    answers = Answers("choose_other_button")
    assert opening.open_workspace(parent, bad) is None
    assert answers.kinds == [DamagedWorkspaceDialog]


def test_another_damaged_choice_asks_again(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "first.insatsplan"
    second = tmp_path / "second.insatsplan"
    first.write_bytes(b"")
    second.write_bytes(b"x" * 200)
    monkeypatch.setattr(opening, "choose_workspace_file", lambda _p, _d: second)
    answers = Answers("choose_other_button", "cancel_button")
    assert opening.open_workspace(parent, first) is None
    assert answers.kinds == [DamagedWorkspaceDialog, DamagedWorkspaceDialog]
    assert "second.insatsplan" in answers.seen[1][1]


def test_locked_then_damaged_reader_gets_the_damaged_dialog(
        parent: QWidget, tmp_path: Path) -> None:
    # Another process locked a file that does not read as ours (held here with the lock
    # file itself): the read-only attempt finds the damage and says so.
    path = tmp_path / "plan.insatsplan"
    path.write_bytes(b"")
    lock = FileLock(str(path) + ".lock", timeout=0)
    lock.acquire()
    try:
        answers = Answers("open_readonly_button", "cancel_button")
        assert opening.open_workspace(parent, path) is None
        assert answers.kinds == [LockedWorkspaceDialog, DamagedWorkspaceDialog]
    finally:
        lock.release()
    assert path.read_bytes() == b""


# ------------------------------------------------------------------- newer and the rest

def test_newer_schema_says_so_and_leaves_the_file(
        parent: QWidget, tmp_path: Path) -> None:
    good = filled(tmp_path / "good.insatsplan")
    bad = tmp_path / "newer.insatsplan"
    make_bad("newer-schema", bad, good)
    before = digest(bad)
    answers = Answers("cancel_button")
    assert opening.open_workspace(parent, bad) is None
    assert answers.kinds == [NewerWorkspaceDialog]
    assert bad.name in answers.seen[0][1]
    assert digest(bad) == before


def test_other_user_errors_are_a_message(parent: QWidget, tmp_path: Path) -> None:
    missing = tmp_path / "nope.insatsplan"
    answers = Answers("close_button")
    assert opening.open_workspace(parent, missing, readonly=True) is None
    assert answers.kinds == [WorkspaceErrorDialog]
    assert "nope.insatsplan" in answers.seen[0][1]
    assert not missing.exists()


def test_an_unexpected_failure_is_a_dialog_not_a_crash(
        parent: QWidget, workspace_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(_path: Path, *, readonly: bool = False) -> Workspace:
        raise sqlite3.InterfaceError("surprise")

    monkeypatch.setattr(opening.Workspace, "open", broken)
    answers = Answers("close_button")
    assert opening.open_workspace(parent, workspace_path) is None
    assert answers.kinds == [WorkspaceErrorDialog]
    assert "surprise" in caplog.text


def test_user_error_text_is_shown_with_its_values(parent: QWidget) -> None:
    answers = Answers("close_button")
    opening.show_user_error(parent, UserError("Cannot read {path}: {reason}",
                                              path="/x/y.insatsplan", reason="nej"))
    assert answers.seen == [(WorkspaceErrorDialog, "Cannot read /x/y.insatsplan: nej")]
