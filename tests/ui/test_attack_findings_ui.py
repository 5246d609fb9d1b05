"""What the adversarial test of issue 15 broke in the editor's own file output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from insatsplan.workspace import Workspace


def test_save_a_copy_follows_a_link_and_spares_a_part_file(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    elsewhere = tmp_path / "arkiv"
    elsewhere.mkdir()
    link = tmp_path / "kopia.insatsplan"
    link.symlink_to(elsewhere / "kopia.insatsplan")
    own = tmp_path / "kopia.insatsplan.part"
    own.write_text("någons egen fil")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(link), ""))
    window.save_copy_action.trigger()
    assert window.messages == []
    assert link.is_symlink() and own.read_text() == "någons egen fil"
    with Workspace.open(elsewhere / "kopia.insatsplan", readonly=True) as copy:
        assert len(copy.plans()) == len(window.ws.plans())


def test_save_a_copy_on_a_full_disk_is_a_message(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "kopia.insatsplan"
    real_connect = sqlite3.connect

    def full_disk(where: Any, *args: Any, **kwargs: Any) -> Any:
        if str(where).endswith(".part"):
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(where, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    window.save_copy_action.trigger()
    assert len(window.messages) == 1 and "full" in str(window.messages[0])
    assert [p.name for p in tmp_path.iterdir() if "kopia" in p.name or "part" in p.name] == []
