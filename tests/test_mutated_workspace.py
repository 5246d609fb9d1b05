"""Real workspace files, damaged or tampered with, against every reading and writing command.

Two promises are checked on each mutated copy of a workspace holding a signed, a sent and
a draft plan:

- every command ends with exit 0, 2 or 3 and at most one line on stderr (never a
  traceback, never "internal error");
- whenever what a reader is shown of a sealed plan (``show PLAN --json``) is no longer the
  content that was sealed, ``check`` fails.

The CLI is called in-process (a whole process costs about half a second), and the examples
are kept few enough for CI.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from insatsplan.cli import main
from insatsplan.fingerprint import fingerprint
from insatsplan.workspace import Workspace


@dataclass(frozen=True)
class SealedPlan:
    uuid: str
    fingerprint: str


@dataclass(frozen=True)
class Original:
    path: Path
    sealed: tuple[SealedPlan, ...]
    draft_uuid: str


def _build(path: Path) -> Original:
    """A small workspace: a signed plan, a sent plan (its copy) and a draft."""
    with Workspace.open(path) as ws:
        plan = ws.create_plan(title="Överenskommelse om psykisk hälsa 2025", year_from=2025,
                              subtitle="mellan fyra förvaltningar")
        ws.set_parties(plan, ["AMF", "SFF", "SOF", "VOF"])
        ws.set_signatories(plan, [
            {"name": "Anna Andersson", "title": "Direktör", "organisation_code": "AMF"},
            {"name": "Bo Berg", "title": "Direktör", "organisation_code": "SOF"},
        ])
        for area in range(2):
            focus = ws.add_node(plan, None, "focus_area", f"Fokusområde {area + 1}")
            for number in range(2):
                topic = ws.add_node(plan, focus, "topic", f"Insats {area}.{number}")
                ws.update_node(topic, text="Bakgrund i **fetstil** och "
                               "[en länk](https://example.org).")
                goal = ws.add_node(plan, topic, "goal", "Kortsiktigt mål", horizon="short")
                ws.add_node(plan, goal, "goal", "Delmål", horizon="short")
                ws.add_node(plan, topic, "goal", "Långsiktigt mål", horizon="long")
                ws.add_node(plan, topic, "indicator", f"Antal deltagare {area}.{number}",
                            horizon="short")
                ws.set_evaluation(topic, "2025", status="done", text="Genomfört.")
        ws.sign_plan(plan, signed_on="2025-05-26")
        sent = ws.new_version(plan, year=2026)
        ws.set_plan_status(sent, "sent")
        draft = ws.create_plan(title="Utkast 2027", year_from=2027)
        sealed = []
        for plan_id in (plan, sent):
            summary = ws.plan(plan_id)
            stored = summary.fingerprint or fingerprint(ws.exchange_document(plan_id))
            sealed.append(SealedPlan(summary.uuid, stored))
        draft_uuid = ws.plan(draft).uuid
    return Original(path, tuple(sealed), draft_uuid)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Original:
    folder = tmp_path_factory.mktemp("original")
    return _build(folder / "w.insatsplan")


# --------------------------------------------------------------------------- mutations

Mutation = Callable[[Path], None]


def _sql(path: Path, *statements: str, keep_triggers: bool = True) -> None:
    """Run SQL as another program would; with *keep_triggers* the seal triggers are
    dropped first and put back exactly as they were afterwards (a tamperer who knows)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master "
                                "WHERE type = 'trigger'").fetchall()
        conn.execute("BEGIN")
        for name, _sql_text in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for statement in statements:
            with contextlib.suppress(sqlite3.Error):
                conn.execute(statement)
        if keep_triggers:
            for _name, sql_text in triggers:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute(sql_text)
        conn.execute("COMMIT")
    finally:
        conn.close()


def truncate(fraction: float) -> Mutation:
    def mutate(path: Path) -> None:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.truncate(int(size * fraction))
    return mutate


def flip(fraction: float, mask: int) -> Mutation:
    def mutate(path: Path) -> None:
        data = bytearray(path.read_bytes())
        offset = 100 + int((len(data) - 101) * fraction)
        data[offset] ^= mask
        path.write_bytes(bytes(data))
    return mutate


def sql(*statements: str, keep_triggers: bool = True) -> Mutation:
    def mutate(path: Path) -> None:
        _sql(path, *statements, keep_triggers=keep_triggers)
    return mutate


def noop_trigger(name: str) -> Mutation:
    def mutate(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            table = conn.execute("SELECT tbl_name FROM sqlite_master WHERE name = ?",
                                 (name,)).fetchone()
            if table is None:
                return
            conn.execute(f'DROP TRIGGER "{name}"')
            conn.execute(f'CREATE TRIGGER "{name}" BEFORE UPDATE ON "{table[0]}" '
                         "BEGIN SELECT 1; END")
        finally:
            conn.close()
    return mutate


SEAL_TRIGGERS = ("seal_node_update", "seal_node_delete", "seal_plan_content",
                 "seal_plan_signed", "seal_indicator_update", "seal_signatory_update",
                 "seal_series_update", "seal_attachment_delete")

# Each: a mutation a real file can suffer, by accident or on purpose.
TAMPERINGS: tuple[Mutation, ...] = (
    # Content of the sealed plans changed behind the triggers' back.
    sql("UPDATE node SET title = title || ' (ändrad)' WHERE id = (SELECT min(id) FROM node)"),
    sql("UPDATE plan SET title = 'Annan titel' WHERE status = 'signed'"),
    sql("UPDATE plan SET year_to = year_to + 1 WHERE status = 'sent'"),
    sql("UPDATE signatory SET name = 'Eve' WHERE id = (SELECT min(id) FROM signatory)"),
    sql("UPDATE series SET unit = 'procent'"),
    sql("UPDATE indicator SET direction = 'decrease'"),
    sql("DELETE FROM node WHERE id = (SELECT max(id) FROM node WHERE kind = 'goal')"),
    sql("UPDATE plan SET fingerprint = NULL WHERE status = 'sent'"),
    sql("UPDATE plan SET status = 'draft' WHERE status = 'signed'"),
    # Id swaps: two topics trade places, children follow their ids.
    sql("UPDATE node SET id = -1 WHERE id = (SELECT min(id) FROM node WHERE kind = 'topic')",
        "UPDATE node SET id = (SELECT min(id) FROM node WHERE kind = 'topic') "
        "WHERE id = (SELECT max(id) FROM node WHERE kind = 'topic')",
        "UPDATE node SET id = (SELECT max(id) FROM node WHERE kind = 'topic') WHERE id = -1"),
    sql("UPDATE node SET position = 1 - position WHERE kind = 'focus_area'"),
    # A cycle: a focus area under its own topic.
    sql("UPDATE node SET parent_id = (SELECT min(id) FROM node WHERE kind = 'topic') "
        "WHERE id = (SELECT min(id) FROM node WHERE kind = 'focus_area')"),
    # Values that are not what their column holds.
    sql("UPDATE node SET title = 42 WHERE id = (SELECT min(id) FROM node)"),
    sql("UPDATE node SET title = x'fffe00' WHERE id = (SELECT min(id) FROM node)"),
    sql("UPDATE plan SET signed_on = 'banana' WHERE status = 'signed'"),
    sql("UPDATE plan SET basis = '{not json' WHERE status = 'signed'"),
    sql("UPDATE plan SET year_from = 'tjugo' WHERE status = 'sent'"),
    sql("UPDATE plan SET id = 99999999999 WHERE status = 'draft'"),
    # Schema: renamed tables and columns, a wrong label.
    sql("ALTER TABLE signatory RENAME TO signatory_old", keep_triggers=False),
    sql("ALTER TABLE node RENAME COLUMN title TO rubrik", keep_triggers=False),
    sql("UPDATE alembic_version SET version_num = '0002'"),
    sql("DELETE FROM alembic_version"),
    # Triggers dropped or made harmless.
    sql(keep_triggers=False),
    *(noop_trigger(name) for name in SEAL_TRIGGERS),
)


def mutations() -> st.SearchStrategy[Mutation]:
    fraction = st.floats(min_value=0.0, max_value=0.999)
    return st.one_of(
        st.sampled_from(TAMPERINGS),
        st.builds(truncate, fraction),
        st.builds(flip, fraction, st.integers(min_value=1, max_value=255)),
    )


# ----------------------------------------------------------------------------- running


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def run(*argv: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return Run(code, out.getvalue(), err.getvalue())


@contextlib.contextmanager
def mutated_copy(original: Original, mutation: Mutation) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.insatsplan"
        shutil.copyfile(original.path, path)
        mutation(path)
        yield path


def commands(path: Path, original: Original) -> list[list[str]]:
    w = ["--workspace", str(path)]
    out = str(path.with_name("out.json"))
    lines = [[*w, "plans"], [*w, "plans", "--json"], [*w, "check"]]
    for sealed in original.sealed:
        lines += [[*w, "show", sealed.uuid], [*w, "export-json", sealed.uuid, "--out", out]]
    lines += [[*w, "new-version", original.sealed[0].uuid],
              [*w, "show", original.draft_uuid, "--json"]]
    return lines


def assert_promises(path: Path, original: Original) -> None:
    for argv in commands(path, original):
        result = run(*argv)
        where = f"{argv[2:]} on a mutated file"
        assert result.code in (0, 2, 3), f"{where}: exit {result.code}: {result.err}"
        assert len(result.err.strip().splitlines()) <= 1, f"{where}: {result.err}"
        assert "Traceback" not in result.err and "internal error" not in result.err, where
    check = run("--workspace", str(path), "check")
    for sealed in original.sealed:
        shown = run("--workspace", str(path), "show", sealed.uuid, "--json")
        if shown.code != 0:
            continue
        document = json.loads(shown.out)
        if document["plan"]["status"] not in ("sent", "signed"):
            # Shown as a draft: a reader is not told it is the sealed record, but the
            # record it was is gone, and check must say so.
            assert check.code != 0, f"a sealed plan became a draft and check passed: {check}"
            continue
        if fingerprint(document) != sealed.fingerprint:
            assert check.code != 0, (
                f"plan {sealed.uuid} shows content that was not sealed, "
                f"and check passed: {check.out}")


def test_the_untouched_file_passes_every_command(original: Original) -> None:
    with mutated_copy(original, lambda _path: None) as path:
        assert run("--workspace", str(path), "check").code == 0
        for argv in commands(path, original):
            result = run(*argv)
            assert result.code == 0, (argv, result.err)


@pytest.mark.parametrize("mutation", TAMPERINGS, ids=range(len(TAMPERINGS)))
def test_each_tampering_keeps_the_promises(original: Original, mutation: Mutation) -> None:
    with mutated_copy(original, mutation) as path:
        assert_promises(path, original)


@pytest.mark.parametrize("mutation", TAMPERINGS[:9], ids=range(9))
def test_sealed_content_changed_behind_the_triggers_fails_check(
        original: Original, mutation: Mutation) -> None:
    with mutated_copy(original, mutation) as path:
        result = run("--workspace", str(path), "check")
        assert result.code == 2, result.out
        assert len(result.err.strip().splitlines()) == 1


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=mutations())
def test_random_damage_keeps_the_promises(original: Original, mutation: Mutation) -> None:
    with mutated_copy(original, mutation) as path:
        assert_promises(path, original)


def test_a_truncated_file_is_refused_before_anything_is_written(original: Original) -> None:
    """Cut after its last full page but one, SQLite would hand out rowids that exist."""
    with mutated_copy(original, truncate(0.98)) as path:
        before = path.read_bytes()
        for argv in (["new-version", original.sealed[0].uuid], ["check"], ["plans"]):
            result = run("--workspace", str(path), *argv)
            assert result.code == 2, (argv, result)
            assert "truncated" in result.err or "avkortad" in result.err
        assert path.read_bytes() == before


def test_an_orm_warning_stops_a_write_outside_the_test_runner_too() -> None:
    """pytest turns SQLAlchemy's warnings into errors itself (pyproject.toml); the program
    must do so on its own, or a damaged table's duplicate row id scrolls past on stderr
    while the write goes on."""
    import os
    import subprocess
    import sys

    code = ("import warnings\n"
            "from sqlalchemy.exc import SAWarning\n"
            "import insatsplan.workspace.core\n"
            "try:\n"
            "    warnings.warn('identity map', SAWarning)\n"
            "except SAWarning:\n"
            "    print('raised')\n")
    result = subprocess.run([sys.executable, "-W", "default", "-c", code],
                            capture_output=True, text=True, check=False,
                            env={**os.environ,
                                 "PYTHONPATH": str(Path(__file__).parent.parent / "desktop")})
    assert result.stdout.strip() == "raised", result.stderr


def test_a_trigger_whose_text_was_damaged_is_the_files_fault(original: Original) -> None:
    """Found by the property test: one flipped bit turned a trigger's ``NEW.id`` into
    ``NEW.ie``, and every write then failed with SQLite's generic error."""
    def damage(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("DROP TRIGGER seal_plan_replace_insert")
            conn.execute("CREATE TRIGGER seal_plan_replace_insert BEFORE INSERT ON plan "
                         "WHEN NEW.ie = 1 BEGIN SELECT 1; END")
        finally:
            conn.close()

    with mutated_copy(original, damage) as path:
        result = run("--workspace", str(path), "new-version", original.sealed[0].uuid)
        assert result.code == 2, result
        assert len(result.err.strip().splitlines()) == 1
        assert run("--workspace", str(path), "check").code == 2


def test_a_trigger_damaged_into_bytes_that_are_not_text_is_the_files_fault(
        original: Original) -> None:
    """Found by the property test: a flipped high bit in a trigger's text; SQLite's
    error message then holds bytes Python cannot decode, and the driver raises a
    UnicodeDecodeError instead of an OperationalError."""
    with mutated_copy(original, flip(0.8665402046137483, 128)) as path:
        result = run("--workspace", str(path), "new-version", original.sealed[0].uuid)
        assert result.code in (0, 2), result
        assert len(result.err.strip().splitlines()) <= 1
