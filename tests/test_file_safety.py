"""The workspace file and every path a person gives (issue 15, points 1-4 and 9).

Outputs never land on a workspace, inputs are regular files reached after resolving
links, one writer per file however it is named, a new workspace ignores a crashed one's
leftovers, and a read-only place or a full disk ends in a message, not a broken file.
The CLI runs in-process where it can (a process costs ~0.5 s); a subprocess only where
the operating system must see another process or other permissions.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import digest, run_cli
from insatsplan.errors import ReadOnlyPlaceError, UserError, WorkspaceLockedError
from insatsplan.workspace import Workspace, files

# Messages are read in English; the CLI's default is Swedish.
pytestmark = pytest.mark.usefixtures("english_cli")

REPO = Path(__file__).resolve().parent.parent


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err and "internal error" not in err


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A closed workspace in its own folder, holding one plan with a topic."""
    path = tmp_path / "ws" / "small.insatsplan"
    with Workspace.open(path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2026)
        area = ws.add_node(plan, None, "focus_area", "Fokus")
        ws.add_node(plan, area, "topic", "Ämne")
    return path


@pytest.fixture
def exchange_file(small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "plan.json"
    code, _out, err = run_cli(capsys, "--workspace", str(small), "export-json", "1",
                              "--out", str(out))
    assert code == 0, err
    return out


def env_for_subprocess() -> dict[str, str]:
    """Subprocesses run this worktree's code, not whatever the editable install points at."""
    return {**os.environ, "PYTHONPATH": str(REPO / "desktop")}


# ------------------------------------------------------- 1: nothing overwrites it

@pytest.mark.parametrize("target", ["file", "link", "-wal", "-shm", ".lock", "-journal"])
def test_export_json_never_replaces_the_workspace_or_its_files(
        small: Path, tmp_path: Path, target: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(small)
    if target == "file":
        out = small
    elif target == "link":
        out = tmp_path / "elsewhere" / "export.json"
        out.parent.mkdir()
        out.symlink_to(small)
    else:
        out = Path(str(small) + target)
    code, _out, err = run_cli(capsys, "--workspace", str(small), "export-json", "1",
                              "--out", str(out))
    assert code == 2 and one_line(err), err
    assert digest(small) == before
    # A reader may leave an empty -wal/-shm of SQLite's own, never our JSON in it.
    assert not (out.exists() and out.read_bytes().lstrip().startswith(b"{"))
    assert run_cli(capsys, "--workspace", str(small), "check")[0] == 0


def test_no_output_lands_on_a_workspace_open_in_this_process(
        small: Path, tmp_path: Path) -> None:
    """The editor's own exports and "Save a copy as" with the workspace it has open."""
    from insatsplan.atomic_files import write_bytes_atomically

    linked_folder = tmp_path / "linked"
    linked_folder.symlink_to(small.parent)
    with Workspace.open(small) as ws:
        ws.create_plan(title="Second", year_from=2027)  # the -wal holds this now
        wal = Path(str(small) + "-wal")
        before = {p: digest(p) for p in (small, wal)}
        for out in (small, wal, Path(str(small) + "-shm"), linked_folder / small.name,
                    linked_folder / (small.name + ".lock")):
            with pytest.raises(UserError, match="open workspace"):
                write_bytes_atomically(out, b"{}")
            with pytest.raises(UserError, match="open workspace"):
                files.backup_copy(small, out)
        assert {p: digest(p) for p in (small, wal)} == before
        ws.create_plan(title="Third", year_from=2028)  # still writing into the real file
    with Workspace.open(small, readonly=True) as ws:
        assert [p.title for p in ws.plans()] == ["Plan", "Second", "Third"]


def test_another_workspace_on_disk_is_not_overwritten(
        small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.insatsplan"
    shutil.copyfile(small, other)
    before = digest(other)
    code, _out, err = run_cli(capsys, "--workspace", str(small), "export-word", "1",
                              "--out", str(other))
    assert code == 2 and one_line(err) and "workspace" in err
    assert digest(other) == before


def test_an_output_that_is_a_pipe_is_refused_at_once(
        small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with unblocking(fifo) as blocked:
        code, _out, err = run_cli(capsys, "--workspace", str(small), "export-json", "1",
                                  "--out", str(fifo))
    assert not blocked.is_set()
    assert code == 2 and one_line(err) and "regular file" in err
    assert fifo.is_fifo()


# ---------------------------------------- 3: only regular files, links resolved first

class unblocking:
    """A watchdog: if the code under test blocks opening *fifo* for reading, open its
    write end after a few seconds (which releases the reader) and record that it blocked,
    so a regression fails the test instead of hanging the suite."""

    def __init__(self, fifo: Path, seconds: float = 30.0) -> None:
        self.fifo = fifo
        self.seconds = seconds
        self.blocked = threading.Event()
        self.done = threading.Event()

    def _watch(self) -> None:
        if self.done.wait(self.seconds):
            return
        self.blocked.set()
        for flags in (os.O_WRONLY | os.O_NONBLOCK, os.O_RDONLY | os.O_NONBLOCK):
            try:
                os.close(os.open(self.fifo, flags))
            except OSError:
                pass

    def __enter__(self) -> threading.Event:
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()
        return self.blocked

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()


def pdf_signing_args(workspace: Path, pdf: Path) -> list[str]:
    return ["--workspace", str(workspace), "sign", "1", "--pdf", str(pdf)]


@pytest.mark.parametrize("role", ["workspace", "exchange", "template", "pdf"])
@pytest.mark.parametrize("kind", ["fifo", "folder", "dangling", "loop"])
def test_inputs_must_be_regular_files_reached_through_links(
        small: Path, exchange_file: Path, tmp_path: Path, role: str, kind: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / f"bad-{kind}"
    if kind == "fifo":
        os.mkfifo(bad)
    elif kind == "folder":
        bad.mkdir()
    elif kind == "dangling":
        bad.symlink_to(tmp_path / "nowhere" / "gone.insatsplan")
    else:
        (tmp_path / "loop-b").symlink_to(bad)
        bad.symlink_to(tmp_path / "loop-b")
    argv = {
        "workspace": ["--workspace", str(bad), "import-json", str(exchange_file)],
        "exchange": ["--workspace", str(small), "import-json", str(bad)],
        "template": ["--workspace", str(small), "export-word", "1", "--out",
                     str(tmp_path / "out.docx"), "--template", str(bad)],
        "pdf": pdf_signing_args(small, bad),
    }[role]
    before = digest(small)
    if kind == "fifo":
        with unblocking(bad) as blocked:
            code, _out, err = run_cli(capsys, *argv)
        assert not blocked.is_set(), "the program blocked opening a FIFO"
    else:
        code, _out, err = run_cli(capsys, *argv)
    assert code == 2 and one_line(err), err
    assert bad.name in err
    assert digest(small) == before
    assert not (tmp_path / "nowhere").exists()  # never created through a dangling link
    assert not (tmp_path / "out.docx").exists()
    if kind == "dangling":
        assert "does not exist" in err and "gone.insatsplan" in err
    if kind == "loop":
        assert "loop" in err


def test_no_workspace_is_created_through_a_folder_link_that_leads_nowhere(
        tmp_path: Path, exchange_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dead").symlink_to(tmp_path / "gone")
    code, _out, err = run_cli(capsys, "--workspace", str(tmp_path / "dead" / "sub" / "w"),
                              "import-json", str(exchange_file))
    assert code == 2 and one_line(err) and "does not exist" in err
    assert not (tmp_path / "gone").exists()


def test_a_workspace_through_a_link_is_the_file_it_leads_to(
        small: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.insatsplan"
    link.symlink_to(small)
    with Workspace.open(link) as ws:
        assert ws.path == small.resolve()
        ws.create_plan(title="Via länken", year_from=2027)
    assert link.is_symlink()
    assert not Path(str(link) + ".lock").exists()  # the lock sits beside the real file
    with Workspace.open(small, readonly=True) as ws:
        assert "Via länken" in [p.title for p in ws.plans()]


# ---------------------------------------------------- 4: one writer per file

def test_a_second_writer_through_a_link_is_refused(
        small: Path, exchange_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder_link = tmp_path / "same-folder"
    folder_link.symlink_to(small.parent)
    file_link = tmp_path / "same-file.insatsplan"
    file_link.symlink_to(small)
    with Workspace.open(small):
        for other in (file_link, folder_link / small.name):
            with pytest.raises(WorkspaceLockedError):
                Workspace.open(other)
            code, _out, err = run_cli(capsys, "--workspace", str(other), "import-json",
                                      str(exchange_file))
            assert code == 3 and one_line(err)


HOLDER = textwrap.dedent("""
    import sys, time
    from insatsplan.workspace import Workspace
    ws = Workspace.open(sys.argv[1])
    ws.create_plan(title="Från den andra", year_from=2030)
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        ws.create_plan(title="Ska inte skrivas", year_from=2031)
        print("wrote")
    except Exception as error:
        print("refused:", type(error).__name__, error)
    ws.close()
""")


def test_a_deleted_lock_lets_another_in_but_the_first_stops_writing(small: Path) -> None:
    first = Workspace.open(small)
    try:
        first.create_plan(title="Före", year_from=2027)
        Path(str(small) + ".lock").unlink()  # someone "cleans up" the lock file
        second = subprocess.Popen([sys.executable, "-c", HOLDER, str(small)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                  env=env_for_subprocess())
        assert second.stdout is not None and second.stdin is not None
        assert second.stdout.readline().strip() == "ready"  # filelock let it in (measured)
        with pytest.raises(UserError, match=r"lock file .* was removed or replaced"):
            first.create_plan(title="Efter", year_from=2028)
        with pytest.raises(UserError, match="lock file"):  # and stays stopped
            first.create_plan(title="Efter igen", year_from=2028)
        second.stdin.write("\n")
        second.stdin.flush()
        assert second.stdout.readline().startswith("wrote")
        assert second.wait(timeout=60) == 0
    finally:
        first.close()
    with Workspace.open(small, readonly=True) as ws:
        titles = [p.title for p in ws.plans()]
    assert "Efter" not in titles and "Efter igen" not in titles
    assert {"Före", "Från den andra", "Ska inte skrivas"} <= set(titles)


def test_a_writer_whose_file_was_replaced_stops_writing(
        small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = Workspace.open(small)
    try:
        ws.create_plan(title="Före", year_from=2027)
        # An export in another program (or an old version of this one) replaced the file.
        replacement = tmp_path / "replacement.json"
        replacement.write_text("{}")
        os.replace(replacement, small)
        with pytest.raises(UserError, match="replaced, moved or removed"):
            ws.create_plan(title="In i en borttagen fil", year_from=2028)
    finally:
        ws.close()
    assert small.read_text() == "{}"


def test_a_writer_whose_file_was_moved_away_stops_writing(small: Path, tmp_path: Path) -> None:
    with Workspace.open(small) as ws:
        small.rename(tmp_path / "moved.insatsplan")
        with pytest.raises(UserError, match="replaced, moved or removed"):
            ws.create_plan(title="Ingen ser den här", year_from=2028)


# ------------------------------------------------- 2: a new workspace starts clean

CRASHER = textwrap.dedent("""
    import sys, time
    from insatsplan.workspace import Workspace
    ws = Workspace.open(sys.argv[1])
    for year in range(2026, 2036):
        ws.create_plan(title=f"Plan {year}", year_from=year)
    print("ready", flush=True)
    time.sleep(60)
""")


def crashed_with_wal(path: Path) -> None:
    """A writer killed with its commits still in the -wal (no checkpoint, no close)."""
    process = subprocess.Popen([sys.executable, "-c", CRASHER, str(path)],
                               stdout=subprocess.PIPE, text=True, env=env_for_subprocess())
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert Path(str(path) + "-wal").stat().st_size > 0


def test_a_crashed_workspaces_wal_is_moved_aside_not_replayed(
        workspace_path: Path, exchange_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    crashed_with_wal(workspace_path)
    # The person moves the file away (without its -wal) and starts anew at the same name.
    workspace_path.rename(tmp_path / "old.insatsplan")
    Path(str(workspace_path) + "-shm").unlink(missing_ok=True)  # only the -wal, or both
    stray_wal = digest(Path(str(workspace_path) + "-wal"))
    code, out, err = run_cli(capsys, "--workspace", str(workspace_path), "import-json",
                             str(exchange_file))
    assert code == 0 and out.strip() == "1"
    assert one_line(err) and "moved aside" in err and "-wal.stray-" in err
    strays = sorted(workspace_path.parent.glob(workspace_path.name + "-wal.stray-*"))
    assert len(strays) == 1 and digest(strays[0]) == stray_wal  # kept, not deleted
    code, out, err = run_cli(capsys, "--workspace", str(workspace_path), "check")
    assert code == 0, err
    code, out, _err = run_cli(capsys, "--workspace", str(workspace_path), "plans", "--json")
    assert code == 0 and '"Plan 2026"' not in out and '"Plan"' in out


def test_strays_of_the_temporary_new_file_are_moved_aside_too(workspace_path: Path) -> None:
    partial_wal = Path(str(workspace_path) + ".new-wal")
    partial_wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    with Workspace.open(workspace_path) as ws:
        assert len(ws.notices) == 1 and ".new-wal.stray-" in ws.notices[0].text()
        ws.create_plan(title="Ny", year_from=2026)
    assert not partial_wal.exists()


# ------------------------------------------------- 9: read-only places, full disks

def without_privileges() -> list[str]:
    """A command prefix under which file permissions apply (root ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root, and no setpriv to drop the capability that ignores permissions")
    return [setpriv, "--bounding-set=-all", "--inh-caps=-all", "--"]


def cli_in_process_without_privileges(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*without_privileges(), sys.executable, "-m", "insatsplan", *argv],
                          capture_output=True, text=True, env=env_for_subprocess(),
                          timeout=120)


@pytest.fixture
def read_only_folder(small: Path) -> Iterator[Path]:
    folder = small.parent
    os.chmod(folder, 0o555)
    yield small
    os.chmod(folder, 0o755)


def listing(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir()}


def test_a_workspace_in_a_read_only_folder_opens_for_reading(
        read_only_folder: Path, exchange_file: Path) -> None:
    path = str(read_only_folder)
    before = listing(read_only_folder.parent)
    plans = cli_in_process_without_privileges("--workspace", path, "plans")
    assert plans.returncode == 0, plans.stderr
    assert "Plan" in plans.stdout and plans.stderr == ""
    check = cli_in_process_without_privileges("--workspace", path, "check")
    assert check.returncode == 0, check.stderr
    show = cli_in_process_without_privileges("--workspace", path, "show", "1")
    assert show.returncode == 0 and "Ämne" in show.stdout
    write = cli_in_process_without_privileges("--workspace", path, "import-json",
                                              str(exchange_file))
    assert write.returncode == 2 and one_line(write.stderr)
    assert "read-only" in write.stderr
    assert listing(read_only_folder.parent) == before


def test_a_read_only_place_with_pending_commits_says_copy_the_folder(
        workspace_path: Path) -> None:
    crashed_with_wal(workspace_path)
    folder = workspace_path.parent
    os.chmod(folder, 0o555)
    try:
        result = cli_in_process_without_privileges("--workspace", str(workspace_path),
                                                   "plans")
    finally:
        os.chmod(folder, 0o755)
    # immutable=1 would silently miss the -wal's plans: refused instead
    assert result.returncode == 2 and one_line(result.stderr), result.stderr
    assert "copy the folder to a writable place" in result.stderr


def test_a_read_only_place_is_decided_by_permissions(
        small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision itself, in-process: a writer is refused with its own error type
    (the editor then opens for reading), a reader opens."""
    real_access = os.access
    folder = str(small.parent)
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) in (
        folder, str(small)) and mode & os.W_OK else real_access(p, mode))
    with pytest.raises(ReadOnlyPlaceError):
        Workspace.open(small)
    with Workspace.open(small, readonly=True) as ws:
        assert [p.title for p in ws.plans()] == ["Plan"]


def test_a_full_disk_during_the_backup_reports_the_work_done(
        small: Path, exchange_file: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    real_connect = sqlite3.connect

    def full_disk(target: str | os.PathLike[str], *args: Any, **kwargs: Any) -> Any:
        if str(target).endswith(".part"):
            Path(target).write_bytes(b"")  # the file was created, then space ran out
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    with Workspace.open(small) as ws:
        ws.create_plan(title="Sparad", year_from=2027)
        assert ws.daily_backup() is None
        assert len(ws.notices) == 1 and "backup" in ws.notices[0].text()
    backups = files.backups_dir(small)
    assert not backups.exists() or list(backups.iterdir()) == []  # no 0-byte copy
    with Workspace.open(small, readonly=True) as ws:
        assert "Sparad" in [p.title for p in ws.plans()]


def test_the_cli_reports_a_failed_backup_as_one_warning_after_the_work(
        workspace_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def full_disk(_path: Path, _target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "backup_copy", full_disk)
    code, out, err = run_cli(capsys, "--workspace", str(workspace_path), "demo")
    assert code == 0 and out.strip() == "1"
    assert one_line(err) and "No space left on device" in err and "saved" in err


def test_a_really_full_disk_during_the_backup(tmp_path: Path) -> None:
    """A real ENOSPC: the backups folder on a 64 KiB tmpfs in a private mount namespace
    (``unshare -rm``, no privileges needed where user namespaces are allowed)."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rm", "true"],
                                         capture_output=True).returncode != 0:
        pytest.skip("no unprivileged mount namespace here")
    data = tmp_path / "data"
    data.mkdir()
    workspace = tmp_path / "w.insatsplan"
    script = (f'mount -t tmpfs -o size=64k tmpfs "{data}" || exit 99; '
              f'"{sys.executable}" -m insatsplan --workspace "{workspace}" demo; '
              f'echo "exit=$?"; find "{data}" -type f -printf "%s %p\\n"')
    result = subprocess.run([unshare, "-rm", "sh", "-c", script], capture_output=True,
                            text=True, env={**env_for_subprocess(), "XDG_DATA_HOME": str(data)},
                            timeout=300)
    if "exit=" not in result.stdout:
        pytest.skip(f"tmpfs could not be mounted: {result.stderr.strip()}")
    assert "exit=0" in result.stdout, result.stderr
    assert one_line(result.stderr) and "backup" in result.stderr, result.stderr
    assert result.stdout.splitlines()[-1] == "exit=0"  # no file left in the backups folder
    with Workspace.open(workspace, readonly=True) as ws:
        assert len(ws.plans()) == 1
