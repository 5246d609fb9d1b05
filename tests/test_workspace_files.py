"""The workspace file: locking, bad files, crashes, backups."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cli_helpers import digest, run_cli
from insatsplan.errors import UserError, WorkspaceLockedError
from insatsplan.workspace import Workspace, files
from insatsplan.workspace.schema import APPLICATION_ID


def filled(path: Path) -> Path:
    with Workspace.open(path) as ws:
        p = ws.create_plan(title="Plan", year_from=2025)
        fa = ws.add_node(p, None, "focus_area", "Fokus")
        for i in range(30):
            t = ws.add_node(p, fa, "topic", f"Ämne {i} " + "text " * 40)
            ws.add_node(p, t, "goal", "Mål " * 30, horizon="short")
    return path


# ------------------------------------------------------------------------ locks

HOLDER = textwrap.dedent("""
    import sys, time
    from insatsplan.workspace import Workspace
    ws = Workspace.open(sys.argv[1])
    print("ready", flush=True)
    time.sleep(60)
""")


def start_holder(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def test_second_writer_is_refused_and_reader_works_beside(
        workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filled(workspace_path)
    holder = start_holder(workspace_path)
    try:
        with pytest.raises(WorkspaceLockedError):
            Workspace.open(workspace_path)
        code, _out, err = run_cli(capsys, "--workspace", str(workspace_path),
                                  "import-json", str(workspace_path))
        assert code in (2, 3) and "Traceback" not in err
        code, out, err = run_cli(capsys, "--workspace", str(workspace_path), "plans")
        assert code == 0 and "Plan" in out
        code, out, _err = run_cli(capsys, "--workspace", str(workspace_path), "check")
        assert code == 0
    finally:
        holder.kill()
        holder.wait()


def test_cli_writer_exits_3_when_locked(workspace_path: Path) -> None:
    filled(workspace_path)
    holder = start_holder(workspace_path)
    try:
        result = subprocess.run([sys.executable, "-m", "insatsplan", "--workspace",
                                 str(workspace_path), "demo"], capture_output=True, text=True)
        assert result.returncode == 3, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_killed_writers_lock_is_taken_over(workspace_path: Path) -> None:
    filled(workspace_path)
    holder = start_holder(workspace_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with Workspace.open(workspace_path) as ws:
        ws.create_plan(title="Efter kraschen", year_from=2026)
    with Workspace.open(workspace_path, readonly=True) as ws:
        assert [p.title for p in ws.plans()] == ["Plan", "Efter kraschen"]


# -------------------------------------------------------------------- bad files

def make_bad(kind: str, path: Path, good: Path) -> None:
    rng = random.Random(kind)
    data = good.read_bytes()
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(rng.randbytes(8192))
    elif kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "truncated-header":
        path.write_bytes(data[:60])
    elif kind == "bit-flipped-header":
        flipped = bytearray(data)
        flipped[16] ^= 0x40  # the page size
        path.write_bytes(bytes(flipped))
    elif kind == "bit-flipped-schema":
        flipped = bytearray(data)
        for offset in range(100, 4096, 97):  # page 1: sqlite_master's b-tree
            flipped[offset] ^= 0xFF
        path.write_bytes(bytes(flipped))
    elif kind == "foreign-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('hej')")
        conn.commit()
        conn.close()
    elif kind == "newer-schema":
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    elif kind == "text-file":
        path.write_text("Det här är ingen arbetsyta.\n" * 50)
    else:
        raise AssertionError(kind)


BAD_KINDS = ["empty", "random", "truncated", "truncated-header", "bit-flipped-header",
             "bit-flipped-schema", "foreign-sqlite", "newer-schema", "text-file"]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_workspace_gives_message_and_stays_identical(
        kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = filled(tmp_path / "good.insatsplan")
    bad = tmp_path / f"{kind}.insatsplan"
    make_bad(kind, bad, good)
    before = digest(bad)
    for argv in (["plans"], ["show", "1"], ["check"], ["export-json", "1", "--out",
                                                      str(tmp_path / "x.json")]):
        code, _out, err = run_cli(capsys, "--workspace", str(bad), *argv)
        assert code == 2, (kind, argv, err)
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert digest(bad) == before
    with pytest.raises(UserError):
        Workspace.open(bad)
    assert digest(bad) == before
    assert not (tmp_path / "x.json").exists()
    if kind == "newer-schema":
        code, _out, err = run_cli(capsys, "--workspace", str(bad), "plans")
        assert "9999" in err


@pytest.mark.parametrize("offset_seed", range(12))
def test_random_bit_flips_never_trace_back(offset_seed: int, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    good = filled(tmp_path / "good.insatsplan")
    data = bytearray(good.read_bytes())
    rng = random.Random(offset_seed)
    for _ in range(8):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    bad = tmp_path / "flipped.insatsplan"
    bad.write_bytes(bytes(data))
    before = digest(bad)
    for argv in (["plans"], ["show", "1", "--json"], ["check"]):
        code, _out, err = run_cli(capsys, "--workspace", str(bad), *argv)
        assert code in (0, 2), err
        assert "Traceback" not in err and "internal error" not in err, err
    assert digest(bad) == before


def test_missing_file_for_a_reader_is_a_message(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run_cli(capsys, "--workspace", str(tmp_path / "nope.insatsplan"), "plans")
    assert code == 2 and "nope.insatsplan" in err
    assert not (tmp_path / "nope.insatsplan").exists()


def test_new_file_is_ours(workspace_path: Path) -> None:
    Workspace.open(workspace_path).close()
    conn = sqlite3.connect(workspace_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        codes = [r[0] for r in conn.execute("SELECT code FROM organisation ORDER BY position")]
    finally:
        conn.close()
    assert codes == ["AMF", "SFF", "SOF", "VOF"]


# ---------------------------------------------------------------------- backups

def test_daily_backups_rotate_and_open(workspace_path: Path) -> None:
    filled(workspace_path)
    start = dt.date(2026, 1, 1)
    for day in range(20):
        files.daily_backup(workspace_path, start + dt.timedelta(days=day))
    assert files.daily_backup(workspace_path, start + dt.timedelta(days=19)) is None
    kept = sorted(files.backups_dir(workspace_path).glob("*.insatsplan"))
    assert len(kept) == files.BACKUPS_KEPT
    assert kept[-1].name == "2026-01-20.insatsplan"
    with Workspace.open(kept[-1], readonly=True) as backup:
        assert [p.title for p in backup.plans()] == ["Plan"]


# ------------------------------------------------------------------------ crash

KILLED_IMPORTER = textwrap.dedent("""
    import sys
    from insatsplan import exchange
    from insatsplan.workspace import Workspace
    document = exchange.read_document(sys.argv[2])
    with Workspace.open(sys.argv[1]) as ws:
        print("ready", flush=True)
        while True:
            ws.import_document(document)
""")


def test_kill_9_during_imports_leaves_whole_plans(workspace_path: Path, tmp_path: Path) -> None:
    from insatsplan import exchange

    filled(workspace_path)
    with Workspace.open(workspace_path, readonly=True) as ws:
        document = ws.exchange_document(1)
        expected_nodes = sum(1 for _ in _walk(document["plan"]["children"]))
    source = tmp_path / "plan.json"
    exchange.write_document(source, document)
    rng = random.Random(7)
    for _round in range(6):
        process = subprocess.Popen([sys.executable, "-c", KILLED_IMPORTER, str(workspace_path),
                                    str(source)], stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        conn = sqlite3.connect(workspace_path)
        try:
            assert files.integrity_problems(conn) == []
        finally:
            conn.close()
    with Workspace.open(workspace_path, readonly=True) as ws:
        plans = ws.plans()
        assert len(plans) > 1
        for plan in plans:
            nodes = list(_walk(ws.exchange_document(plan.id)["plan"]["children"]))
            assert len(nodes) == expected_nodes, "an import is all or nothing"


def _walk(nodes: list[dict]):
    for node in nodes:
        yield node
        yield from _walk(node["children"])
