"""``insatsplan import-measurements F.csv``: all rows or none, read back through a second
connection. Swedish decimals and periods as people write them are stored canonically; a
bad value, a bad period, an unknown indicator, two rows for one period and a conflict
with a stored value each name the line and write nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cli_helpers import run_in

# Messages are read in English; the CLI speaks Swedish by default.
pytestmark = pytest.mark.usefixtures("english_cli")

SUICIDE = "Antal suicid i Exempelstad"
VISITS = "Antal besök på stadens fritidsgårdar"


def stored(path: Path) -> list[tuple[str, str, str, str, str]]:
    """(series name, period, value, note, source) of every measurement, as another
    program sees the file."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT s.name, m.period, m.value, m.note, m.source FROM measurement m "
            "JOIN series s ON s.id = m.series_id ORDER BY s.id, m.period_start, m.period_end"))
    finally:
        conn.close()


def series_uuid(path: Path, name: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT uuid FROM series WHERE name = ?", (name,))
                   .fetchone()[0])
    finally:
        conn.close()


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "values.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_all_rows_are_added_swedish_decimals_and_periods(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    uuid = series_uuid(demo_workspace_path, VISITS)
    before = stored(demo_workspace_path)
    path = write(tmp_path, "indikator;period;värde;kommentar;källa\n"
                           f"{SUICIDE};VT 2026;1 234,5;halvår;Egen räkning\n"
                           f"{SUICIDE};2026 K3;7;;\n"
                           f"{uuid};mars 2026;12,25;;Fritidsgårdarna\n", "cp1252")
    code, out, err = run_in(capsys, demo_workspace_path, "import-measurements", str(path))
    assert (code, err) == (0, "")
    assert out.startswith("3 ")
    added = set(stored(demo_workspace_path)) - set(before)
    assert added == {(SUICIDE, "2026-VT", "1234.5", "halvår", "Egen räkning"),
                     (SUICIDE, "2026-Q3", "7", "", ""),
                     (VISITS, "2026-03", "12.25", "", "Fritidsgårdarna")}
    # the same file again: every value is already there, nothing changes
    code, out, _ = run_in(capsys, demo_workspace_path, "import-measurements", str(path))
    assert code == 0 and out.startswith("0 ")
    assert set(stored(demo_workspace_path)) - set(before) == added


def test_comma_separated_without_note_and_dry_run(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    before = stored(demo_workspace_path)
    path = write(tmp_path, f'indicator,period,value\n"{SUICIDE}",2027,"3,5"\n')
    code, out, _ = run_in(capsys, demo_workspace_path, "import-measurements", str(path),
                          "--dry-run")
    assert code == 0 and out.startswith("1 ")
    assert stored(demo_workspace_path) == before
    assert run_in(capsys, demo_workspace_path, "import-measurements", str(path))[0] == 0
    assert set(stored(demo_workspace_path)) - set(before) == {
        (SUICIDE, "2027", "3.5", "", "")}


@pytest.mark.parametrize(("rows", "message"), [
    (f"{SUICIDE};2026;12;\n{SUICIDE};2027;tolv;\n", "line 3: Invalid value: tolv"),
    (f"{SUICIDE};2026;12;\n{SUICIDE};vecka 3;1;\n", "line 3: Invalid period: vecka 3"),
    (f"{SUICIDE};2026;12;\nIngen sådan indikator;2026;1;\n", "line 3:"),
    (f"{SUICIDE};2026;12;\n{SUICIDE};2027;1;\n{SUICIDE};2026;13;\n",
     "line 4: a second value for 2026 of Antal suicid i Exempelstad (the first is on line 2)"),
    (f"{SUICIDE};2026;12;\n{SUICIDE};2027;1;x;y\n", "line 3: 5 cells where the header has 4"),
])
def test_a_bad_row_names_its_line_and_nothing_is_written(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path,
        rows: str, message: str) -> None:
    before = stored(demo_workspace_path)
    path = write(tmp_path, "indicator;period;value;note\n" + rows)
    code, out, err = run_in(capsys, demo_workspace_path, "import-measurements", str(path))
    assert code == 2 and out == ""
    assert message in err and "values.csv" in err and len(err.splitlines()) == 1
    assert stored(demo_workspace_path) == before


def test_a_conflict_with_a_stored_value_refuses_the_whole_file(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    before = stored(demo_workspace_path)
    period, value = next((p, v) for name, p, v, _, _ in before if name == SUICIDE)
    path = write(tmp_path, "indicator;period;value;note\n"
                           f"{SUICIDE};2030;1;\n"
                           f"{SUICIDE};{period};{int(value) + 1};\n")
    code, _, err = run_in(capsys, demo_workspace_path, "import-measurements", str(path))
    assert code == 2
    assert f"3: {SUICIDE}, {period}: {value} → {int(value) + 1}" in err
    assert stored(demo_workspace_path) == before  # not even line 2's new value


def test_a_file_without_the_header_is_refused(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    path = write(tmp_path, f"{SUICIDE};2026;12;\n")
    code, _, err = run_in(capsys, demo_workspace_path, "import-measurements", str(path))
    assert code == 2 and "indicator;period;value;note" in err
