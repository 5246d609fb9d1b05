"""Recent workspaces: order, limit, duplicates, vanished files, and a file that never blocks.

The conftest points XDG_CONFIG_HOME at a fresh folder for every test, so the list here
is always this test's own.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from insatsplan.ui import recent


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_lives_in_the_isolated_user_config_folder(isolated_user_dirs: Path) -> None:
    assert recent.recent_file() == isolated_user_dirs / "config" / "insatsplan" / "recent.json"


def test_empty_at_first() -> None:
    assert recent.recent_workspaces() == []
    assert recent.last_workspace() is None
    assert not recent.recent_file().exists(), "reading never writes"


def test_most_recent_first_and_last_workspace(tmp_path: Path) -> None:
    a, b, c = (touch(tmp_path / f"{name}.insatsplan") for name in "abc")
    for path in (a, b, c):
        recent.add_recent_workspace(path)
    assert recent.recent_workspaces() == [c, b, a]
    recent.add_recent_workspace(a)
    assert recent.recent_workspaces() == [a, c, b]
    assert recent.last_workspace() == a


def test_at_most_eight(tmp_path: Path) -> None:
    paths = [touch(tmp_path / f"w{i}.insatsplan") for i in range(12)]
    for path in paths:
        recent.add_recent_workspace(path)
    assert recent.recent_workspaces() == list(reversed(paths))[: recent.MAX_RECENT]
    stored = json.loads(recent.recent_file().read_text(encoding="utf-8"))["workspaces"]
    assert len(stored) == recent.MAX_RECENT


def test_duplicates_collapse_by_resolved_path(tmp_path: Path) -> None:
    path = touch(tmp_path / "plan.insatsplan")
    other = touch(tmp_path / "other.insatsplan")
    recent.add_recent_workspace(path)
    recent.add_recent_workspace(other)
    recent.add_recent_workspace(tmp_path / "sub" / ".." / "plan.insatsplan")
    (tmp_path / "sub").mkdir(exist_ok=True)
    recent.add_recent_workspace(tmp_path / "sub" / ".." / "plan.insatsplan")
    assert recent.recent_workspaces() == [path.resolve(), other.resolve()]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlink_is_the_file_it_points_to(tmp_path: Path) -> None:
    path = touch(tmp_path / "plan.insatsplan")
    link = tmp_path / "link.insatsplan"
    link.symlink_to(path)
    recent.add_recent_workspace(path)
    recent.add_recent_workspace(link)
    assert recent.recent_workspaces() == [path.resolve()]


def test_a_relative_path_is_stored_absolute(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    touch(tmp_path / "plan.insatsplan")
    monkeypatch.chdir(tmp_path)
    recent.add_recent_workspace(Path("plan.insatsplan"))
    monkeypatch.chdir(tmp_path.parent)
    assert recent.recent_workspaces() == [(tmp_path / "plan.insatsplan").resolve()]


def test_vanished_files_are_skipped_on_read(tmp_path: Path) -> None:
    a = touch(tmp_path / "a.insatsplan")
    b = touch(tmp_path / "b.insatsplan")
    recent.add_recent_workspace(a)
    recent.add_recent_workspace(b)
    b.unlink()
    assert recent.recent_workspaces() == [a]
    assert recent.last_workspace() == a
    touch(b)  # a share mounted again: reading did not forget it
    assert recent.recent_workspaces() == [b, a]


def test_a_folder_is_not_a_recent_workspace(tmp_path: Path) -> None:
    folder = tmp_path / "folder.insatsplan"
    folder.mkdir()
    recent.add_recent_workspace(folder)
    assert recent.recent_workspaces() == []


def test_forget_and_clear(tmp_path: Path) -> None:
    a, b = touch(tmp_path / "a.insatsplan"), touch(tmp_path / "b.insatsplan")
    recent.add_recent_workspace(a)
    recent.add_recent_workspace(b)
    assert recent.forget_recent_workspace(b) == [a]
    assert recent.recent_workspaces() == [a]
    recent.clear_recent_workspaces()
    assert recent.recent_workspaces() == []


@pytest.mark.parametrize("content", [
    b"", b"{", b"\xff\xfe garbage", b"[]", b'{"workspaces": "nope"}', b"null",
    b'{"workspaces": [1, null, ""]}',
])
def test_a_garbled_file_reads_as_empty_and_is_replaced_on_write(
        content: bytes, tmp_path: Path) -> None:
    store = recent.recent_file()
    store.parent.mkdir(parents=True)
    store.write_bytes(content)
    assert recent.recent_workspaces() == []
    path = touch(tmp_path / "plan.insatsplan")
    assert recent.add_recent_workspace(path) == [path.resolve()]
    assert recent.recent_workspaces() == [path.resolve()]


def test_written_atomically_with_no_leftovers(tmp_path: Path) -> None:
    for i in range(3):
        recent.add_recent_workspace(touch(tmp_path / f"w{i}.insatsplan"))
    assert [p.name for p in recent.recent_file().parent.iterdir()] == ["recent.json"]
    document = json.loads(recent.recent_file().read_text(encoding="utf-8"))
    assert document["format"] == recent.FORMAT


def test_swedish_names_round_trip(tmp_path: Path) -> None:
    path = touch(tmp_path / "Överenskommelse för år 2026 (återställd).insatsplan")
    recent.add_recent_workspace(path)
    assert recent.last_workspace() == path.resolve()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs POSIX permissions that root ignores")
def test_an_unwritable_config_folder_is_not_an_error(tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    folder = recent.recent_file().parent
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    try:
        path = touch(tmp_path / "plan.insatsplan")
        assert recent.add_recent_workspace(path) == [path.resolve()]
        assert "cannot save" in caplog.text
        assert recent.recent_workspaces() == []
    finally:
        folder.chmod(0o700)


def test_a_failed_write_keeps_the_old_list(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    a = touch(tmp_path / "a.insatsplan")
    recent.add_recent_workspace(a)

    def failing_replace(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:  # not monkeypatch.undo(): that drops XDG too
        patch.setattr(recent.os, "replace", failing_replace)
        recent.add_recent_workspace(touch(tmp_path / "b.insatsplan"))
    assert recent.recent_workspaces() == [a.resolve()]
    assert [p.name for p in recent.recent_file().parent.iterdir()] == ["recent.json"]
