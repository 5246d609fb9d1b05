"""``insatsplan import-statistics`` on the real example files, read back through a second
connection: a line chosen by code and by label, identical values skipped, a conflict
refusing the whole import (and --replace replacing), missing values reported, a damaged
file and an open dimension changing nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cli_helpers import run_in

# Messages are read in English; the CLI speaks Swedish by default.
pytestmark = pytest.mark.usefixtures("english_cli")

DATA = Path(__file__).parent / "data" / "statistics"
SERIES = "Antal suicid i Exempelstad"  # a demo series measured by year


def stored(path: Path, name: str = SERIES) -> list[tuple[str, str, str]]:
    """(period, value, source) of the named series as another program sees the file."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT m.period, m.value, m.source FROM measurement m "
            "JOIN series s ON s.id = m.series_id WHERE s.name = ? "
            "ORDER BY m.period_start, m.period_end", (name,)))
    finally:
        conn.close()


def months(rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(period, value) for period, value, _ in rows if period.startswith("2026-")]


UPPSALA_GIRLS = ["--where", "Region=Uppsala län", "--where", "Alder=10-19",
                 "--where", "kön=kvinnor"]
UPPSALA_BOYS = ["--where", "Region=03", "--where", "ålder=10-19 år", "--where", "Kon=1"]
MONTHLY = str(DATA / "scb_folkmangd_manad_TAB6471_trimmed.json")


def test_import_by_label_then_again_unchanged(capsys: pytest.CaptureFixture[str],
                                              demo_workspace_path: Path) -> None:
    before = stored(demo_workspace_path)
    code, out, err = run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY,
                            "--series", SERIES, *UPPSALA_GIRLS)
    assert (code, err) == (0, "")
    assert "4" in out.splitlines()[0]
    after = stored(demo_workspace_path)
    assert months(after) == [("2026-01", "23485"), ("2026-02", "23490"),
                             ("2026-03", "23475"), ("2026-04", "23486")]
    assert after[:len(before)] == before  # the yearly values stay
    source = after[-1][2]
    assert source.startswith("SCB: Folkmängden per månad efter region, ålder, kön och månad "
                             "(TAB6471)")
    assert "Uppsala län" in source and "kvinnor" in source

    code, out, err = run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY,
                            "--series", SERIES, *UPPSALA_GIRLS)
    assert code == 0
    assert out.startswith("0 ") and " 4 " in out  # none added, four unchanged
    assert stored(demo_workspace_path) == after


def test_a_conflict_refuses_everything_and_lists_every_period(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path) -> None:
    assert run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY, "--series",
                  SERIES, *UPPSALA_GIRLS)[0] == 0
    girls = stored(demo_workspace_path)
    code, out, err = run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY,
                            "--series", SERIES, *UPPSALA_BOYS)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1
    # periods and values as a Swedish reader writes them
    for period, girls_value, boys_value in (("januari 2026", "23\u00a0485", "24\u00a0806"),
                                            ("april 2026", "23\u00a0486", "24\u00a0823")):
        assert f"{period}: {girls_value} → {boys_value}" in err
    assert "--replace" in err
    assert stored(demo_workspace_path) == girls

    code, out, err = run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY,
                            "--series", SERIES, *UPPSALA_BOYS, "--replace")
    assert (code, err) == (0, "")
    assert months(stored(demo_workspace_path)) == [
        ("2026-01", "24806"), ("2026-02", "24817"), ("2026-03", "24809"), ("2026-04", "24823")]


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str],
                                demo_workspace_path: Path) -> None:
    before = stored(demo_workspace_path)
    code, out, _ = run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY,
                          "--series", SERIES, *UPPSALA_GIRLS, "--dry-run")
    assert code == 0 and out.startswith("4 ")
    assert stored(demo_workspace_path) == before


def test_missing_values_are_skipped_and_reported(capsys: pytest.CaptureFixture[str],
                                                 demo_workspace_path: Path) -> None:
    code, out, err = run_in(capsys, demo_workspace_path, "import-statistics",
                            str(DATA / "ssb_boligindeks_07221.json"), "--series", SERIES,
                            "--where", "Region=007", "--where", "Boligtype=Småhus")
    assert (code, err) == (0, "")
    missing, counts = out.splitlines()  # the counts last, for a script to read
    assert counts.startswith("0 ") and " 8 " in counts
    assert "2022 K1 (..)" in missing and "2023 K4 (..)" in missing
    assert not any(p.endswith(("-Q1", "-Q4")) for p, _, _ in stored(demo_workspace_path))


def test_kolada_by_field_and_code_into_a_series_by_uuid(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path) -> None:
    uuid = emptied_series(demo_workspace_path, "Antal besök på stadens fritidsgårdar")
    code, _, err = run_in(capsys, demo_workspace_path, "import-statistics",
                            str(DATA / "kolada_N00945_v2.json"), "--series", uuid,
                            "--where", "municipality=0180", "--where", "gender=K")
    assert (code, err) == (0, "")
    assert stored(demo_workspace_path, "Antal besök på stadens fritidsgårdar") == [
        ("2022", "489770", "Kolada: N00945 (kommun 0180, kön kvinnor)"),
        ("2023", "492748", "Kolada: N00945 (kommun 0180, kön kvinnor)")]


@pytest.mark.parametrize(("argv", "message"), [
    ([MONTHLY, "--series", SERIES], "choose one with --where"),
    ([MONTHLY, "--series", SERIES, *UPPSALA_GIRLS, "--where", "Kommun=0180"],
     "no dimension Kommun"),
    ([MONTHLY, "--series", "No such series", *UPPSALA_GIRLS], "No such series"),
    ([MONTHLY, "--series", SERIES, "--where", "Region"], "DIMENSION=CODE"),
])
def test_mistakes_change_nothing(capsys: pytest.CaptureFixture[str],
                                 demo_workspace_path: Path, argv: list[str],
                                 message: str) -> None:
    before = stored(demo_workspace_path)
    code, out, err = run_in(capsys, demo_workspace_path, "import-statistics", *argv)
    assert code == 2 and out == ""
    assert message in err and len(err.splitlines()) == 1
    assert stored(demo_workspace_path) == before


def test_a_damaged_file_changes_nothing(capsys: pytest.CaptureFixture[str],
                                        demo_workspace_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "TAB6471.json"
    damaged.write_bytes(Path(MONTHLY).read_bytes()[:-200])
    before = stored(demo_workspace_path)
    code, _, err = run_in(capsys, demo_workspace_path, "import-statistics", str(damaged),
                          "--series", SERIES, *UPPSALA_GIRLS)
    assert code == 2 and "TAB6471.json is not valid JSON" in err
    assert stored(demo_workspace_path) == before


def test_the_headless_import_loads_no_qt() -> None:
    import subprocess
    import sys

    script = ("import sys; from insatsplan import cli, statistics; "
              "from insatsplan.statistics import importing, measurements_csv; "
              "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, env={"PYTHONPATH": str(Path(__file__).parent.parent
                                                               / "desktop")})
    assert result.stdout.strip() == "False"


def emptied_series(path: Path, name: str) -> str:
    """The UUID of the named demo series, its stored values removed (behind the
    workspace's back, as another program could), so every import into it is new."""
    conn = sqlite3.connect(path)
    try:
        uuid, = conn.execute("SELECT uuid FROM series WHERE name = ?", (name,)).fetchone()
        conn.execute("DELETE FROM measurement WHERE series_id = "
                     "(SELECT id FROM series WHERE uuid = ?)", (uuid,))
        conn.commit()
    finally:
        conn.close()
    return str(uuid)


def test_pxweb_csv_wide_and_long_through_the_cli(capsys: pytest.CaptureFixture[str],
                                                 demo_workspace_path: Path) -> None:
    name = "Antal nya kontakter"
    uuid = emptied_series(demo_workspace_path, name)
    code, _, err = run_in(capsys, demo_workspace_path, "import-statistics",
                          str(DATA / "scb_medianinkomst_TAB3554_wide.csv"), "--series", uuid,
                          "--where", "kön=kvinnor")
    assert (code, err) == (0, "")
    assert [(p, v) for p, v, _ in stored(demo_workspace_path, name)] == [
        ("2020", "254.6"), ("2021", "263"), ("2022", "277.3")]
    assert stored(demo_workspace_path, name)[0][2] == (
        "SCB, tabell TAB3554: Sammanräknad förvärvsinkomst, medianinkomst för boende i "
        "Sverige hela året, tkr efter kön, ålder, tabellinnehåll och år (kön kvinnor)")
    code, out, err = run_in(capsys, demo_workspace_path, "import-statistics",
                            str(DATA / "ssb_boligindeks_07221_long.csv"), "--series", uuid,
                            "--where", "region=TOTAL", "--where", "boligtype=Eneboliger")
    assert (code, err) == (0, "") and out.startswith("8 ")
    quarters = [(p, v) for p, v, _ in stored(demo_workspace_path, name) if "-Q" in p]
    assert quarters[0] == ("2022-Q1", "136.2") and len(quarters) == 8


def test_folkhalsodata_spans_are_stored_as_spans(capsys: pytest.CaptureFixture[str],
                                                 demo_workspace_path: Path,
                                                 tmp_path: Path) -> None:
    name = "Suicid per 100 000 invånare"
    uuid = emptied_series(demo_workspace_path, name)
    path = tmp_path / "suicid.csv"
    path.write_bytes('"Region";"Kön";"2015-2018";"2019-2022"\n'
                     '"1283 Helsingborg";"Kvinnor";"9,1";"8,75"\n'.encode("cp1252"))
    code, _, err = run_in(capsys, demo_workspace_path, "import-statistics", str(path),
                          "--series", uuid)
    assert (code, err) == (0, "")
    assert stored(demo_workspace_path, name) == [("2015-2018", "9.1", "suicid.csv"),
                                                 ("2019-2022", "8.75", "suicid.csv")]


def test_replacing_a_revised_figure_keeps_the_note_written_on_it(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path) -> None:
    """Official figures get revised; the coordinator's note on the old one stays."""
    from insatsplan.workspace import Workspace

    assert run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY, "--series",
                  SERIES, *UPPSALA_GIRLS)[0] == 0
    with Workspace.open(demo_workspace_path) as ws:
        series_id = ws.find_series(SERIES)
        first = ws.series(series_id).measurements[-1]
        ws.set_measurement(series_id, first.period, str(first.value), note="Preliminär",
                           source=first.source)
    assert run_in(capsys, demo_workspace_path, "import-statistics", MONTHLY, "--series",
                  SERIES, *UPPSALA_BOYS, "--replace")[0] == 0
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        revised = {m.period: m for m in ws.series(ws.find_series(SERIES)).measurements}
    assert revised[first.period].note == "Preliminär"
    assert revised[first.period].value != first.value
