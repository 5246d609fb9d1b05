"""``import-statistics F --new-series NAME [--unit U] [--compare-with INDICATOR --plan P]``
and ``chart`` drawing the comparisons stored for an indicator, read back from the file."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cli_helpers import run_in
from follow_up_plan import FollowUpPlan, build_follow_up_plan
from insatsplan.workspace import Workspace

pytestmark = pytest.mark.usefixtures("english_cli")

DATA = Path(__file__).parent / "data" / "statistics"
MONTHLY = str(DATA / "scb_folkmangd_manad_TAB6471_trimmed.json")
UPPSALA_GIRLS = ["--where", "Region=Uppsala län", "--where", "Alder=10-19",
                 "--where", "kön=kvinnor"]
SVG = "{http://www.w3.org/2000/svg}"


def series_rows(path: Path) -> list[tuple[str, str, str, int]]:
    """(uuid, name, unit, values) of every series that no indicator measures."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT s.uuid, s.name, s.unit, (SELECT count(*) FROM measurement m "
            "WHERE m.series_id = s.id) FROM series s WHERE s.id NOT IN "
            "(SELECT series_id FROM indicator) ORDER BY s.id"))
    finally:
        conn.close()


def compared(path: Path) -> list[tuple[str, str]]:
    """(indicator title, series name) of every stored comparison."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT n.title, s.name FROM comparison c JOIN node n ON n.id = c.node_id "
            "JOIN series s ON s.id = c.series_id ORDER BY c.node_id, c.position"))
    finally:
        conn.close()


@pytest.fixture
def plan(workspace_path: Path) -> tuple[FollowUpPlan, str]:
    with Workspace.open(workspace_path) as ws:
        built = build_follow_up_plan(ws)
        return built, ws.plan_summary(built.plan_id).uuid


def test_a_new_series_is_created_filled_and_compared_in_one_go(
        capsys: pytest.CaptureFixture[str], workspace_path: Path,
        plan: tuple[FollowUpPlan, str]) -> None:
    _built, plan_uuid = plan
    code, out, err = run_in(capsys, workspace_path, "import-statistics", MONTHLY,
                            "--new-series", "Uppsala län, kvinnor", *UPPSALA_GIRLS,
                            "--compare-with", "Andel som mår bra", "--plan", plan_uuid)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("4 values added")
    [(uuid, name, unit, count)] = series_rows(workspace_path)
    assert lines[-1] == uuid
    assert (name, unit, count) == ("Uppsala län, kvinnor", "%", 4)  # the indicator's unit
    assert compared(workspace_path) == [("Andel som mår bra", "Uppsala län, kvinnor")]

    code, out, err = run_in(capsys, workspace_path, "import-statistics", MONTHLY,
                            "--new-series", "Utan jämförelse", "--unit", "personer",
                            *UPPSALA_GIRLS)
    assert (code, err) == (0, "")
    assert series_rows(workspace_path)[-1][1:] == ("Utan jämförelse", "personer", 4)
    assert len(compared(workspace_path)) == 1


def test_a_refused_new_series_import_creates_nothing(
        capsys: pytest.CaptureFixture[str], workspace_path: Path,
        plan: tuple[FollowUpPlan, str]) -> None:
    _built, plan_uuid = plan
    for extra, message in (
            (["--unit", "dagar", "--compare-with", "Andel som mår bra", "--plan", plan_uuid],
             "another unit"),
            # a dry run refuses it too (it said "would be added" and the real run failed)
            (["--unit", "dagar", "--compare-with", "Andel som mår bra", "--plan", plan_uuid,
              "--dry-run"], "another unit"),
            (["--compare-with", "Andel som mår bra"], "--compare-with needs --plan"),
            (["--compare-with", "Finns inte", "--plan", plan_uuid], "no indicator"),
            (["--dry-run"], "")):
        code, out, err = run_in(capsys, workspace_path, "import-statistics", MONTHLY,
                                "--new-series", "Uppsala", *UPPSALA_GIRLS, *extra)
        if message:
            assert code == 2 and message in err and len(err.splitlines()) == 1, err
        else:
            assert (code, err) == (0, "") and "would be added" in out
        assert series_rows(workspace_path) == []
        assert compared(workspace_path) == []
    code, _out, err = run_in(capsys, workspace_path, "import-statistics", MONTHLY,
                             "--new-series", "Uppsala", "--series", "Väntetid",
                             *UPPSALA_GIRLS)
    assert code == 2 and "not allowed with" in err
    code, _out, err = run_in(capsys, workspace_path, "import-statistics", MONTHLY,
                             "--series", "Väntetid", "--unit", "%", *UPPSALA_GIRLS)
    assert code == 2 and "--new-series" in err
    assert series_rows(workspace_path) == []


def svg_drawing(path: Path) -> tuple[int, set[str]]:
    """How many paths an SVG draws, and its texts."""
    root = ET.parse(path).getroot()
    return (len(list(root.iter(f"{SVG}path"))) + len(list(root.iter(f"{SVG}polyline"))),
            {"".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")})


def test_chart_draws_the_stored_comparisons(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path,
        plan: tuple[FollowUpPlan, str]) -> None:
    built, plan_uuid = plan
    alone, beside = tmp_path / "alone.svg", tmp_path / "beside.svg"
    assert run_in(capsys, workspace_path, "chart", plan_uuid, "Andel som mår bra",
                  "--out", str(alone))[0] == 0
    with Workspace.open(workspace_path) as ws:
        from decimal import Decimal

        from insatsplan.workspace.reads import MeasurementRow

        riket = ws.create_series("Riket", "%", measurements=[
            MeasurementRow("2022", Decimal("50")), MeasurementRow("2024", Decimal("58"))])
        ws.set_comparisons(built.feeling_well, [riket])
    assert run_in(capsys, workspace_path, "chart", plan_uuid, "Andel som mår bra",
                  "--out", str(beside))[0] == 0
    paths_alone, texts_alone = svg_drawing(alone)
    paths_beside, texts_beside = svg_drawing(beside)
    assert paths_beside > paths_alone
    assert "Riket" in texts_beside and "Riket" not in texts_alone
