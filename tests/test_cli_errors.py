"""Every error is ours: no input ends in a traceback, and a bug is never called damage.

Each case runs the CLI in-process (``insatsplan.cli.main``) on a real workspace file and
checks what a person sees: the exit code (0, 2 or 3; 1 only for a bug), exactly one line
on stderr, and never "Traceback". Messages are read in English (``INSATSPLAN_LANG=en``)
except in the tests of the Swedish command line.
"""

from __future__ import annotations

import argparse
import copy
import gettext
import json
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli_helpers import places
from cli_helpers import run_in as run
from insatsplan import bug_report
from insatsplan.cli import main
from insatsplan.errors import (
    DamagedWorkspaceError,
    SealedPlanError,
    UserError,
    WorkspaceLockedError,
)
from insatsplan.limits import MAX_NODE_DEPTH, MAX_PARTICIPANTS
from insatsplan.workspace import Workspace, db_errors
from insatsplan.workspace.column_values import first_bad_value

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plan built once; each test works on its own copy."""
    from insatsplan import demo

    path = tmp_path_factory.mktemp("demo") / "demo.insatsplan"
    with Workspace.open(path) as ws:
        demo.add_demo_plan(ws)
    return path


@pytest.fixture
def workspace(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INSATSPLAN_LANG", "en")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = tmp_path / "w.insatsplan"
    shutil.copyfile(demo_file, path)
    return path


def assert_one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    return err.strip()


def assert_ours(code: int, err: str, *, allowed: tuple[int, ...] = (2,)) -> str:
    assert code in allowed, err
    line = assert_one_line(err)
    assert "internal error" not in line.lower()
    return line


def raw_sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


# ------------------------------------------------------------------ command line values


@pytest.mark.parametrize("ref", ["99999999999999999999999", "9223372036854775808", "²", "١",
                                 "-1", "0x10", " "])
def test_a_plan_reference_that_names_no_plan(capsys: pytest.CaptureFixture[str],
                                             workspace: Path, ref: str) -> None:
    code, _out, err = run(capsys, workspace, "show", ref)
    assert "There is no plan" in assert_ours(code, err)


def test_a_new_version_far_in_the_future_is_refused(capsys: pytest.CaptureFixture[str],
                                                    workspace: Path) -> None:
    code, _out, err = run(capsys, workspace, "new-version", "1", "--year", str(10**30))
    assert "is not between" in assert_ours(code, err)


@pytest.mark.parametrize("scale", ["0", str(10**30)])
def test_a_demo_scale_out_of_range_is_refused(capsys: pytest.CaptureFixture[str],
                                              workspace: Path, scale: str) -> None:
    code, _out, err = run(capsys, workspace, "demo", "--scale", scale)
    assert "--scale" in assert_ours(code, err)


def test_a_closed_pipe_on_stdout_ends_quietly(workspace: Path, tmp_path: Path) -> None:
    """``insatsplan show 1 --json | head -1``: the reader stops early; no error, exit 0."""
    env = {"PATH": "/usr/bin:/bin", "INSATSPLAN_LANG": "en", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT / "desktop")}
    process = subprocess.Popen(
        [sys.executable, "-m", "insatsplan", "--workspace", str(workspace), "show", "1",
         "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the program writes: every write meets a closed pipe
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0, err
    assert err == ""


# ------------------------------------------------------------ values the file should not hold


BAD_VALUES = [
    ("UPDATE node SET title = x'00ff' WHERE id = 3", "node row 3, column title"),
    ("UPDATE plan SET title = x'ff'", "plan row 1, column title"),
    ("UPDATE plan SET reporting_deadline = 'banana'", "plan row 1, column reporting_deadline"),
    ("UPDATE node SET responsible_organisations = '{bad' WHERE id = 2",
     "node row 2, column responsible_organisations"),
    ("UPDATE node SET funding_amount = 'lots' WHERE id = 2", "node row 2, column funding_amount"),
    ("UPDATE evaluation SET period_start = '2025-02-30' WHERE id = 1",
     "evaluation row 1, column period_start"),
]


@pytest.mark.parametrize(("statement", "named"), BAD_VALUES)
@pytest.mark.parametrize("command", [["plans"], ["show", "1"], ["show", "1", "--json"],
                                     ["export-json", "1", "--out", "OUT"]])
def test_a_reading_command_names_a_value_its_column_cannot_hold(
        capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path, statement: str,
        named: str, command: list[str]) -> None:
    raw_sql(workspace, statement)
    argv = [str(tmp_path / "out.json") if part == "OUT" else part for part in command]
    code, _out, err = run(capsys, workspace, *argv)
    line = assert_ours(code, err)
    assert named in line and "changed outside Insatsplan" in line


@pytest.mark.parametrize(("statement", "named"), [
    *BAD_VALUES,
    ("UPDATE plan SET year_from = 'x'", "plan row 1, column year_from: a text where an integer"),
    ("UPDATE evaluation SET participants = 1e300 WHERE id = 1",
     "evaluation row 1, column participants"),
    ("UPDATE plan SET basis = '[1, 2]'", "plan row 1, column basis"),
    ("UPDATE indicator SET has_levels = 7 WHERE node_id = (SELECT min(node_id) FROM indicator)",
     "column has_levels: 7 is neither 0 nor 1"),
    ("UPDATE measurement SET value = 'abc' WHERE id = 1", "measurement row 1, column value"),
])
def test_check_lists_every_value_its_column_cannot_hold(
        capsys: pytest.CaptureFixture[str], workspace: Path, statement: str, named: str) -> None:
    assert run(capsys, workspace, "check")[0] == 0
    raw_sql(workspace, statement)
    code, _out, err = run(capsys, workspace, "check")
    assert named in assert_ours(code, err)


@pytest.mark.parametrize("statement", [
    "ALTER TABLE node RENAME COLUMN purpose TO purp",
    "ALTER TABLE series RENAME TO old_series",
    "ALTER TABLE evaluation DROP COLUMN text",
])
@pytest.mark.parametrize("command", [["plans"], ["show", "1"]])
def test_tables_that_do_not_match_the_schema_label_give_one_line(
        capsys: pytest.CaptureFixture[str], workspace: Path, statement: str,
        command: list[str]) -> None:
    raw_sql(workspace, statement)
    code, _out, err = run(capsys, workspace, *command)
    assert "do not match its schema label" in assert_ours(code, err)


@pytest.mark.parametrize(("statements", "named"), [
    (["UPDATE node SET title = CAST(x'53f6' AS TEXT) WHERE id = 3"],
     "node row 3, column title: text that is not UTF-8"),
    (["PRAGMA foreign_keys = OFF",
      "DELETE FROM series WHERE id = (SELECT min(series_id) FROM indicator)"],
     "refers to a missing series"),
])
def test_a_row_the_file_should_not_hold_is_named_not_called_a_bug(
        capsys: pytest.CaptureFixture[str], workspace: Path, statements: list[str],
        named: str) -> None:
    raw_sql(workspace, *statements)
    for command in (["show", "1"], ["export-json", "1", "--out", str(workspace) + ".json"]):
        code, _out, err = run(capsys, workspace, *command)
        assert named in assert_ours(code, err)


def test_a_message_is_one_printable_line_whatever_it_quotes(
        capsys: pytest.CaptureFixture[str], workspace: Path) -> None:
    code, _out, err = run(capsys, workspace, "show", "1\x00\n2\x1b[31m")
    assert "\x00" not in assert_ours(code, err) and "\x1b" not in err


MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(100, 10**7), st.integers(0, 7)),
                                        min_size=1, max_size=30)),
    st.tuples(st.just("truncate"), st.integers(100, 10**7)),
    st.tuples(st.just("zero"), st.tuples(st.integers(100, 10**7), st.integers(1, 4096))),
    st.tuples(st.just("swap"), st.tuples(st.integers(1, 10**4), st.integers(1, 10**4))),
)


def _mutated(data: bytes, mutation: tuple[str, Any]) -> bytes:
    out = bytearray(data)
    kind, how = mutation
    if kind == "flip":
        for offset, bit in how:
            out[offset % len(out)] ^= 1 << bit
    elif kind == "truncate":
        del out[how % len(out):]
    elif kind == "zero":
        start = how[0] % len(out)
        out[start:start + how[1]] = bytes(len(out[start:start + how[1]]))
    else:
        pages, size = len(out) // 4096, 4096
        a, b = (how[0] % (pages - 1)) + 1, (how[1] % (pages - 1)) + 1
        out[a * size:(a + 1) * size], out[b * size:(b + 1) * size] = (
            out[b * size:(b + 1) * size], out[a * size:(a + 1) * size])
    return bytes(out)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=MUTATIONS)
def test_a_damaged_workspace_file_never_ends_in_an_internal_error(
        mutation: tuple[str, Any], capsys: pytest.CaptureFixture[str], demo_file: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSATSPLAN_LANG", "en")
    path = tmp_path / "mutated.insatsplan"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(_mutated(demo_file.read_bytes(), mutation))
    for command in (["plans"], ["show", "1", "--json"], ["check"], ["new-version", "1"]):
        code, _out, err = run(capsys, path, *command)
        if code != 0:
            assert_ours(code, err, allowed=(2, 3))


def test_a_sound_file_has_no_bad_value(workspace: Path) -> None:
    assert first_bad_value(workspace) is None


# ------------------------------------------------------------------------ bugs are bugs


def test_a_wrong_argument_type_is_a_bug_not_damage(workspace: Path) -> None:
    with Workspace.open(workspace) as ws:
        topic = ws.topics(1)[0]
        with pytest.raises(TypeError, match="responsible_organisations"):
            ws.update_node(topic, responsible_organisations=5)
        with pytest.raises(TypeError):
            ws.set_evaluation(topic, "2025", participants=cast(Any, "many"))
        ws.update_node(topic, responsible_organisations=["SOF"])
        assert ws.exchange_document(1)["plan"]["children"][0]["children"][0]["fields"][
            "responsible"]["organisations"] == ["SOF"]


def test_a_mistake_in_our_own_sql_is_a_bug_not_a_changed_file(workspace: Path) -> None:
    """SQLite gives a syntax error the code a missing table has (SQLITE_ERROR): the file's
    tables, which are as the schema says, tell that the failure was ours."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with Workspace.open(workspace) as ws:
        with pytest.raises(OperationalError), ws.operation("typo") as session:
            session.execute(text("SELEKT title FROM node"))
        with pytest.raises(OperationalError), ws.reading() as session:
            session.execute(text("SELECT rubrik FROM node"))
    conn = sqlite3.connect(workspace)
    conn.execute("ALTER TABLE node RENAME COLUMN title TO rubrik")
    conn.commit()
    conn.close()
    with Workspace.open(workspace, readonly=True) as ws, pytest.raises(
            UserError, match="do not match its schema label"), ws.reading() as session:
        session.execute(text("SELECT title FROM node"))


def test_too_many_participants_is_the_persons_mistake(workspace: Path) -> None:
    with Workspace.open(workspace) as ws:
        topic = ws.topics(1)[0]
        with pytest.raises(UserError, match="from 0 to"):
            ws.set_evaluation(topic, "2025", participants=10**30)
        ws.set_evaluation(topic, "2025", participants=MAX_PARTICIPANTS)


def test_positions_and_ids_beyond_64_bits_are_clamped_or_name_nothing(workspace: Path) -> None:
    with Workspace.open(workspace) as ws:
        plan_id = ws.create_plan(title="Positioner", year_from=2026)
        first = ws.add_node(plan_id, None, "focus_area", "A", position=10**30)
        second = ws.add_node(plan_id, None, "focus_area", "B", position=-(10**30))
        ws.move_node(first, None, -(10**30))
        ws.move_node(second, None, 10**30)
        titles = [n["title"] for n in ws.exchange_document(plan_id)["plan"]["children"]]
        assert titles == ["A", "B"]
        with pytest.raises(UserError, match="There is no node"):
            ws.update_node(2**64, title="x")
        with pytest.raises(UserError, match="There is no plan"):
            ws.plan(2**64)


def test_a_bug_is_reported_as_one_with_the_traceback_in_the_log(
        capsys: pytest.CaptureFixture[str], workspace: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from insatsplan import cli

    def broken(_args: argparse.Namespace, _out: Any) -> int:
        raise TypeError("unsupported operand in the code, not the file")

    monkeypatch.setitem(cli.COMMANDS, "plans", broken)
    code, _out, err = run(capsys, workspace, "plans")
    line = assert_one_line(err)
    assert code == 1
    assert "bug" in line and "damaged" not in line
    log = bug_report.log_path()
    assert str(log) in line
    assert "unsupported operand in the code" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert f"insatsplan --workspace {workspace} plans" in log.read_text(encoding="utf-8")


def test_the_bug_log_is_capped(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bug_report, "MAX_LOG_BYTES", 2000)
    for number in range(30):
        assert bug_report.record_bug(ValueError(f"bug {number}" + "x" * 200)) is not None
    folder = bug_report.log_path().parent
    assert sum(p.stat().st_size for p in folder.iterdir()) < 2000 * (bug_report.LOGS_KEPT + 2)


# ------------------------------------------------------------- SQLite's codes, not words


def test_a_seal_trigger_refusal_is_told_by_its_code(workspace: Path) -> None:
    with Workspace.open(workspace) as ws:
        ws.sign_plan(1)
    conn = sqlite3.connect(workspace)
    with pytest.raises(sqlite3.IntegrityError) as caught:
        conn.execute("UPDATE node SET title = 'x' WHERE id = 3")
    conn.close()
    assert isinstance(db_errors.user_error_for(workspace, caught.value), SealedPlanError)


def test_another_writer_holding_the_file_is_locked_exit_3(workspace: Path) -> None:
    holder = sqlite3.connect(workspace, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(workspace, timeout=0)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    explained = db_errors.user_error_for(workspace, caught.value)
    assert isinstance(explained, WorkspaceLockedError) and explained.exit_code == 3


def test_a_damaged_page_is_damage(workspace: Path) -> None:
    data = bytearray(workspace.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(data), 12 * page)):
        data[offset] ^= 0x5A
    workspace.write_bytes(bytes(data))
    conn = sqlite3.connect(workspace)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        conn.execute("SELECT * FROM node").fetchall()
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.execute("SELECT * FROM evaluation").fetchall()
    conn.close()
    assert isinstance(db_errors.user_error_for(workspace, caught.value), DamagedWorkspaceError)


def test_a_full_disk_and_a_read_only_file_get_their_own_messages(workspace: Path) -> None:
    conn = sqlite3.connect(workspace, isolation_level=None)
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("CREATE TABLE filler (x)")
        conn.execute("INSERT INTO filler SELECT randomblob(100000)")
    conn.close()
    assert "disk holding" in str(db_errors.user_error_for(workspace, full.value))
    reader = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as readonly:
        reader.execute("DELETE FROM operation_log")
    reader.close()
    assert "read-only" in str(db_errors.user_error_for(workspace, readonly.value))


def test_errors_without_a_code_are_not_the_files(workspace: Path) -> None:
    assert db_errors.explain(workspace, KeyError("x")) is None
    assert db_errors.explain(workspace, TypeError("x")) is None  # a sound file: a bug
    assert db_errors.user_error_for(workspace, sqlite3.ProgrammingError("closed")) is None


# ------------------------------------------------------------------ the depth limit


def _chain(ws: Workspace, plan_id: int, levels: int) -> list[int]:
    """A focus area, a topic and goals below, *levels* deep in all."""
    ids = [ws.add_node(plan_id, None, "focus_area", "F")]
    ids.append(ws.add_node(plan_id, ids[-1], "topic", "T"))
    while len(ids) < levels:
        ids.append(ws.add_node(plan_id, ids[-1], "goal", f"G{len(ids)}"))
    return ids


def test_the_api_keeps_nodes_within_the_shared_depth_limit(workspace: Path) -> None:
    with Workspace.open(workspace) as ws:
        plan_id = ws.create_plan(title="Djup", year_from=2026)
        ids = _chain(ws, plan_id, MAX_NODE_DEPTH)
        with pytest.raises(UserError, match=f"at most {MAX_NODE_DEPTH} levels"):
            ws.add_node(plan_id, ids[-1], "goal", "too deep")
        side = ws.add_node(plan_id, ids[1], "goal", "side")
        ws.add_node(plan_id, side, "goal", "below side")
        with pytest.raises(UserError, match=f"at most {MAX_NODE_DEPTH} levels"):
            ws.move_node(side, ids[-2], 0)
        snapshot = ws.copy_nodes([side])[0]
        with pytest.raises(UserError, match=f"at most {MAX_NODE_DEPTH} levels"):
            ws.insert_nodes(plan_id, ids[-2], None, [snapshot])
        ws.insert_nodes(plan_id, ids[-3], None, [snapshot])


def test_our_own_export_of_the_deepest_plan_imports_again(
        capsys: pytest.CaptureFixture[str], workspace: Path, tmp_path: Path) -> None:
    with Workspace.open(workspace) as ws:
        plan_id = ws.create_plan(title="Djup", year_from=2026)
        _chain(ws, plan_id, MAX_NODE_DEPTH)
    out = tmp_path / "deep.json"
    assert run(capsys, workspace, "export-json", str(plan_id), "--out", str(out))[0] == 0
    code, new_id, err = run(capsys, workspace, "import-json", str(out))
    assert code == 0, err
    assert run(capsys, workspace, "show", new_id.strip())[1].count("- G") == MAX_NODE_DEPTH - 2


# --------------------------------------------------------------- hostile exchange files


@pytest.fixture(scope="module")
def exported(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with Workspace.open(demo_file, readonly=True) as ws:
        document: dict[str, Any] = ws.exchange_document(1)
    return document


HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from([10**30, -(10**30), 2**63, 2**64, -1, 0, 1.5, 1e308, True, None, "",
                     "9" * 40, "-" + "9" * 31 + ".5", "0." + "0" * 40 + "1", "1e5", "NaN",
                     "2025-02-30", "2025-Q5", "\u0000", "\u202e", "x" * 5000, [], {},
                     [[[[[]]]]], {"kind": "goal"}]),
    st.integers(),
    st.text(max_size=12),
)


def _with(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    item: Any = changed
    for part in path[:-1]:
        item = item[part]
    item[path[-1]] = value
    return changed


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_hostile_exchange_file_ends_in_exit_0_or_one_line(
        data: st.DataObject, capsys: pytest.CaptureFixture[str], workspace: Path,
        exported: dict[str, Any], tmp_path: Path) -> None:
    targets = [p for p in places(exported) if p]
    path = data.draw(st.sampled_from(targets), label="place")
    value = data.draw(HOSTILE, label="value")
    doc = _with(exported, path, value)
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _out, err = run(capsys, workspace, "import-json", str(source))
    if code != 0:
        assert_ours(code, err)


@pytest.mark.parametrize(("place", "value"), [
    (("plan", "children", 0, "children", 0, "evaluations", 0, "participants"), 10**30),
    (("plan", "children", 0, "children", 0, "evaluations", 0, "participants"), 2**63),
    (("plan", "year_from"), 10**30),
    (("plan", "children", 0, "children", 0, "fields", "funding", "amount"), "9" * 40),
])
def test_values_out_of_range_in_an_exchange_file_are_named(
        capsys: pytest.CaptureFixture[str], workspace: Path, exported: dict[str, Any],
        tmp_path: Path, place: tuple[Any, ...], value: Any) -> None:
    source = tmp_path / "range.json"
    source.write_text(json.dumps(_with(exported, place, value)), encoding="utf-8")
    code, _out, err = run(capsys, workspace, "import-json", str(source))
    assert place[-1] in assert_ours(code, err)


# ------------------------------------------------------------------ Swedish by default


@pytest.fixture
def swedish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped Swedish catalogue plus this branch's pending lines (until merged)."""
    from insatsplan import resources

    tree = ET.parse(ROOT / "i18n" / "insatsplan_sv.ts")
    pending = ROOT / "i18n" / "pending"
    contexts = {c.findtext("name"): c for c in tree.getroot().iter("context")}
    for tsv in sorted(pending.glob("*.tsv")) if pending.is_dir() else []:
        for line in tsv.read_text(encoding="utf-8").splitlines():
            context, source, translation = line.split("\t")
            if context not in contexts:
                contexts[context] = ET.SubElement(tree.getroot(), "context")
                ET.SubElement(contexts[context], "name").text = context
            message = ET.SubElement(contexts[context], "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = translation
    folder = tmp_path / "i18n"
    folder.mkdir()
    tree.write(folder / "insatsplan_sv.ts", encoding="utf-8")
    monkeypatch.setattr(resources, "i18n_dir", lambda: folder)
    monkeypatch.delenv("INSATSPLAN_LANG", raising=False)
    yield


def test_help_is_swedish_by_default(capsys: pytest.CaptureFixture[str], swedish: None) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("användning: insatsplan")
    assert "lista planerna" in out and "flaggor" in out
    with pytest.raises(SystemExit):
        main(["show", "--help"])
    assert "planens id eller UUID" in capsys.readouterr().out


def test_argparse_mistakes_are_swedish_and_one_line(capsys: pytest.CaptureFixture[str],
                                                    workspace: Path, swedish: None) -> None:
    code = main(["--workspace", str(workspace), "show"])
    line = assert_ours(code, capsys.readouterr().err)
    assert "följande argument krävs: PLAN" in line
    code = main(["--workspace", str(workspace), "new-version", "1", "--year", "nästa"])
    assert "ogiltigt värde" in assert_ours(code, capsys.readouterr().err)


def test_status_words_and_check_are_swedish(capsys: pytest.CaptureFixture[str],
                                            workspace: Path, swedish: None) -> None:
    assert main(["--workspace", str(workspace), "plans"]) == 0
    assert "utkast" in capsys.readouterr().out
    assert main(["--workspace", str(workspace), "show", "1"]) == 0
    assert "[utkast]" in capsys.readouterr().out.splitlines()[0]
    assert main(["--workspace", str(workspace), "check"]) == 0
    assert capsys.readouterr().out.startswith("i ordning: ")
    assert main(["--workspace", str(workspace), "plans", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "draft"


def test_english_when_asked(capsys: pytest.CaptureFixture[str], workspace: Path,
                            swedish: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSATSPLAN_LANG", "en")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: insatsplan")
    assert main(["--workspace", str(workspace), "plans"]) == 0
    assert "draft" in capsys.readouterr().out


def test_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str], swedish: None) -> None:
    main(["no-such-command"])
    capsys.readouterr()
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]
