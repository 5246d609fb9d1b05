"""What the adversarial test of issue 15 broke in the workspace file and its paths.

Each test is one class of problem found by attacking the merged work through the CLI:
an output reached through a link, a temporary name beside the workspace that holds
something else, and a full disk under a Word export or a new workspace.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from insatsplan.cli import main
from insatsplan.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "ws" / "small.insatsplan"
    with Workspace.open(path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2026)
        ws.add_node(plan, None, "focus_area", "Fokus")
    return path


# ------------------------------------------------------- outputs reached through links

@pytest.mark.parametrize("command", ["export-json", "export-word"])
def test_an_output_through_a_link_writes_the_file_it_leads_to(
        small: Path, tmp_path: Path, command: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "delad"
    shared.mkdir()
    real = shared / "plan.out"
    real.write_bytes(b"old")
    link = tmp_path / "plan.out"
    link.symlink_to(real)
    code, _out, err = run_cli(capsys, "--workspace", str(small), command, "1",
                              "--out", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(real), "the link stays a link"
    assert real.read_bytes() != b"old", "the file the link leads to is the one written"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert [p.name for p in shared.iterdir()] == ["plan.out"]  # no temporary left


def test_an_output_through_a_dangling_link_creates_where_it_leads(
        small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "plan.json"
    link.symlink_to(tmp_path / "ny.json")
    code, _out, err = run_cli(capsys, "--workspace", str(small), "export-json", "1",
                              "--out", str(link))
    assert code == 0, err
    assert link.is_symlink() and (tmp_path / "ny.json").read_text().startswith("{")


def test_an_output_through_a_link_into_a_missing_folder_is_refused(
        small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "plan.json"
    link.symlink_to(tmp_path / "saknas" / "plan.json")
    code, _out, err = run_cli(capsys, "--workspace", str(small), "export-json", "1",
                              "--out", str(link))
    assert code == 2 and err.count("\n") == 1 and "saknas" in err
    assert link.is_symlink() and not (tmp_path / "saknas").exists()


# ---------------------------------------------- the temporary name of a new workspace

@pytest.mark.parametrize("kind", ["folder", "pipe", "file"])
def test_something_at_the_new_files_temporary_name_is_moved_aside(
        tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = tmp_path / "ny.insatsplan"
    occupant = tmp_path / "ny.insatsplan.new"
    if kind == "folder":
        occupant.mkdir()
        (occupant / "egen.txt").write_text("min")
    elif kind == "pipe":
        os.mkfifo(occupant)
    else:
        occupant.write_text("någons egen fil")
    code, out, err = run_cli(capsys, "--workspace", str(workspace), "plans")
    assert code == 2  # a reader creates nothing
    code, out, err = run_cli(capsys, "--workspace", str(workspace), "demo")
    assert code == 0 and out.strip() == "1", err
    assert err.count("\n") == 1 and "ny.insatsplan.new.stray-" in err
    kept = list(tmp_path.glob("ny.insatsplan.new.stray-*"))
    assert len(kept) == 1
    if kind == "folder":
        assert (kept[0] / "egen.txt").read_text() == "min"
    elif kind == "file":
        assert kept[0].read_text() == "någons egen fil"
    code, _out, err = run_cli(capsys, "--workspace", str(workspace), "check")
    assert code == 0, err


# ---------------------------------------------------------------------- full disks

def _in_a_full_tmpfs(tmp_path: Path, commands: str) -> subprocess.CompletedProcess[str]:
    """Run shell *commands* with ``$FULL`` a 256 KiB tmpfs filled to the last block, in a
    private mount namespace (``unshare -rm``); skipped where that is not allowed."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rm", "true"],
                                         capture_output=True).returncode != 0:
        pytest.skip("no unprivileged mount namespace here")
    full = tmp_path / "full"
    full.mkdir()
    script = (f'FULL="{full}"; mount -t tmpfs -o size=256k tmpfs "$FULL" || exit 99; '
              'head -c 1M /dev/zero > "$FULL/fill" 2>/dev/null; ' + commands)
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([unshare, "-rm", "sh", "-c", script], capture_output=True,
                            text=True, env=env, timeout=300)
    if result.returncode == 99:
        pytest.skip(f"tmpfs could not be mounted: {result.stderr.strip()}")
    return result


def test_a_full_disk_under_a_word_export_is_one_line_and_no_file(
        small: Path, tmp_path: Path) -> None:
    result = _in_a_full_tmpfs(tmp_path, (
        f'"{sys.executable}" -m insatsplan --workspace "{small}" export-word 1 '
        '--out "$FULL/plan.docx"; echo "exit=$?"; ls -A "$FULL"'))
    assert "exit=2" in result.stdout, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr  # no destructor's traceback
    assert result.stdout.split("exit=2", 1)[1].split() == ["fill"]


def test_a_full_disk_under_a_new_workspace_leaves_nothing_half_made(
        tmp_path: Path) -> None:
    python = f'"{sys.executable}" -m insatsplan --workspace "$FULL/ny.insatsplan"'
    result = _in_a_full_tmpfs(tmp_path, (
        f'{python} demo; echo "exit=$?"; {python} demo; echo "exit=$?"; ls -A "$FULL"'))
    assert result.stdout.count("exit=2") == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[0] == lines[1], "the second try is told the same"
    assert ".stray-" not in result.stderr  # nothing of its own called left over
    left = result.stdout.rsplit("exit=2", 1)[1].split()
    assert sorted(left) in (["fill"], ["fill", "ny.insatsplan.lock"]), left


OPEN_AND_SAY = """
import sys
from pathlib import Path
from insatsplan.errors import UserError
from insatsplan.workspace import Workspace
try:
    Workspace.open(Path(sys.argv[1])).close()
    print("opened")
except UserError as error:
    print("message:", error.text())
"""


def test_a_full_disk_under_a_new_workspace_is_a_message_for_the_editor_too(
        tmp_path: Path) -> None:
    """The editor opens through Workspace.open and shows anything but a UserError as a
    bug: a full disk while the file is made must come out as a message."""
    result = _in_a_full_tmpfs(tmp_path, (
        f'"{sys.executable}" -c \'{OPEN_AND_SAY}\' "$FULL/ny.insatsplan"'))
    assert result.stdout.startswith("message:") and "full" in result.stdout, (
        result.stdout + result.stderr)


def test_an_upgrade_whose_backup_finds_a_full_disk_changes_nothing(
        small: Path, tmp_path: Path) -> None:
    import sqlite3

    from insatsplan.workspace.schema import REVISIONS

    older = [revision for revision in REVISIONS if revision != REVISIONS[-1]][-1]
    connection = sqlite3.connect(small)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (older,))
    connection.close()
    before = small.read_bytes()
    # The backups live in the data folder: here the full tmpfs.
    result = _in_a_full_tmpfs(tmp_path, (
        f'XDG_DATA_HOME="$FULL" "{sys.executable}" -c \'{OPEN_AND_SAY}\' "{small}"'))
    assert result.stdout.startswith("message:") and "backup" in result.stdout, (
        result.stdout + result.stderr)
    assert small.read_bytes() == before


def test_a_wal_moved_aside_is_never_an_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The ``-wal`` a crash left, moved aside when a new workspace was made at its name,
    may hold someone's last commits: no export replaces it, whatever it is called now."""
    old = tmp_path / "gammal.insatsplan"
    with Workspace.open(old) as ws:
        ws.create_plan(title="Plan", year_from=2026)
        # Hold a second connection's commit in the -wal, as a crash would leave it.
        import sqlite3

        held = sqlite3.connect(old)
        held.execute("PRAGMA wal_autocheckpoint = 0")
        with held:
            held.execute("UPDATE plan SET title = 'Sist' WHERE id = 1")
        wal = Path(str(old) + "-wal")
        stray = tmp_path / "ny.insatsplan-wal.stray-20260101T000000"
        shutil.copy(wal, stray)
        held.close()
    before = stray.read_bytes()
    assert before[:4] == b"\x37\x7f\x06\x82"
    code, _out, err = run_cli(capsys, "--workspace", str(old), "export-json", "1",
                              "--out", str(stray))
    assert code == 2 and err.count("\n") == 1
    assert stray.read_bytes() == before



@pytest.mark.parametrize("name", ["plan.pdf", "länk.docx"])
def test_a_word_file_and_its_pdf_are_never_one_file(
        small: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``--out plan.pdf --pdf`` (or a link that leads to the PDF's name) asked for two
    files under one name: the PDF took the Word file's place and both were "written"."""
    out = tmp_path / name
    if name.startswith("länk"):
        out.symlink_to(tmp_path / "länk.pdf")
    code, _out, err = run_cli(capsys, "--workspace", str(small), "export-word", "1",
                              "--out", str(out), "--pdf")
    assert code == 2 and err.count("\n") == 1 and ".docx" in err
    assert not (tmp_path / "plan.pdf").exists() and not (tmp_path / "länk.pdf").exists()


@pytest.mark.parametrize("length", [240, 255])
def test_an_output_with_a_long_allowed_name_is_written(
        small: Path, tmp_path: Path, length: int, capsys: pytest.CaptureFixture[str]) -> None:
    """A name the file system allows (up to 255 bytes) was refused: the temporary file
    beside it got a name 20 bytes longer. Ä is two bytes: the cut must not split it."""
    stem = "ä" * ((length - 5) // 2) + "p" * ((length - 5) % 2)
    for out in (tmp_path / f"{stem}.json", tmp_path / f"{stem}.docx"):
        assert len(os.fsencode(out.name)) == length
        command = "export-json" if out.suffix == ".json" else "export-word"
        code, _out, err = run_cli(capsys, "--workspace", str(small), command, "1",
                                  "--out", str(out))
        assert code == 0, err
        assert out.stat().st_size > 0
    from insatsplan.workspace import files

    name = tmp_path / ("k" * (length - 11) + ".insatsplan")
    files.backup_copy(small, name)  # the editor's "save a copy"
    assert name.stat().st_size > 0


# ------------------------------------------------------------- names of workspaces

@pytest.mark.parametrize("name", [
    "plan?mode=memory.insatsplan", "a#b%20c%.insatsplan",
    os.fsdecode(b"fr\xe5n-latin1.insatsplan")])
def test_any_name_the_file_system_allows_holds_a_workspace(
        tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A "?" in the name made SQLAlchemy warn on stderr about a query string; bytes that
    are not UTF-8 (a name from an older system) ended in an internal error after the
    plan was committed."""
    import warnings

    workspace = tmp_path / name
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for argv in (["demo"], ["check"], ["export-json", "1", "--out",
                                            str(tmp_path / "plan.json")]):
            code, _out, err = run_cli(capsys, "--workspace", str(workspace), *argv)
            assert (code, err) == (0, ""), (argv, err)
    assert workspace.is_file() and not (tmp_path / "plan").exists()
