"""``insatsplan import-word``: the report, the new plan's id on the last line, --dry-run
and --json writing nothing, our own export coming home (--as-new-version), and every
refusal one line, exit 2, nothing written (read back through a second connection)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from cli_helpers import run_in
from insatsplan.cli_word_import import report_lines
from insatsplan.exchange import validate_document
from insatsplan.word.agreement import build_agreement
from insatsplan.workspace import Workspace
from word_import_results import rows, sample_result, table_counts

pytestmark = pytest.mark.usefixtures("english_cli")


@pytest.fixture
def exported(demo_workspace_path: Path, tmp_path: Path) -> Path:
    """The demo plan as our exporter writes it (no LibreOffice pass)."""
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        document = ws.exchange_document(1)
    out = tmp_path / "demo.docx"
    build_agreement(document).save(str(out))
    return out


def test_import_into_a_new_workspace_prints_the_report_and_the_id_last(
        exported: Path, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.insatsplan"
    code, out, err = run_in(capsys, other, "import-word", str(exported))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[-1] == "1"
    assert lines[0] == ("Insatser inom området psykisk hälsa och suicidprevention 2025 "
                        "(2025), an agreement")
    assert lines[1] == ("5 focus areas, 14 topics, 37 short-term and 18 long-term goals, "
                        "25 indicators, 0 evaluations, 4 signatories.")
    assert "    Föräldraskapsstöd (goals: 5, indicators: 2)" in lines
    # the plan and node UUIDs of the export came home
    assert rows(other, "SELECT uuid FROM plan") == rows(workspace_path, "SELECT uuid FROM plan")
    assert set(rows(other, "SELECT uuid, kind FROM node")) == set(
        rows(workspace_path, "SELECT uuid, kind FROM node"))


def test_dry_run_and_json_write_nothing(
        exported: Path, demo_workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = table_counts(demo_workspace_path)
    code, out, _err = run_in(capsys, demo_workspace_path, "import-word", str(exported),
                             "--dry-run")
    assert code == 0 and out.splitlines()[-1] == "Dry run: nothing written."
    assert "--as-new-version imports it as a new version of it." in out
    code, out, _err = run_in(capsys, demo_workspace_path, "import-word", str(exported),
                             "--dry-run", "--json")
    assert code == 0
    printed = json.loads(out)
    validate_document(printed["document"])
    report = printed["report"]
    assert report["counts"]["topics"] == 14 and report["held_plan"]["id"] == 1
    assert all(match["series_uuid"] for match in report["series"])
    assert table_counts(demo_workspace_path) == before


def test_as_new_version_of_the_plan_it_came_from(
        exported: Path, demo_workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_in(capsys, demo_workspace_path, "import-word", str(exported),
                            "--as-new-version")
    assert code == 0, err
    plan_id = int(out.splitlines()[-1])
    assert rows(demo_workspace_path, "SELECT origin_plan_id, status FROM plan WHERE id = ?",
                plan_id) == [(1, "draft")]
    # the same node UUIDs, each indicator on the held plan's series with its direction
    query = ("SELECT n.uuid, i.series_id, i.direction, i.target_value FROM node n JOIN "
             "indicator i ON i.node_id = n.id WHERE n.plan_id = ? ORDER BY n.uuid")
    assert rows(demo_workspace_path, query, plan_id) == rows(demo_workspace_path, query, 1)


def test_as_new_version_without_the_plan_is_refused(
        exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.insatsplan"
    Workspace.open(other).close()
    before = table_counts(other)
    code, out, err = run_in(capsys, other, "import-word", str(exported), "--as-new-version")
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "does not hold the plan demo.docx was exported from" in err
    assert table_counts(other) == before


def bad_files(tmp_path: Path, exported: Path) -> dict[str, Path]:
    files = {"not a zip": "Hej, det här är ingen Word-fil.".encode(),
             "empty file": b""}
    out = {name: tmp_path / f"{index}.docx" for index, name in enumerate(files)}
    for name, path in out.items():
        path.write_bytes(files[name])
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    out["truncated"] = truncated
    return out


@pytest.mark.parametrize("case", ["not a zip", "empty file", "truncated"])
def test_a_bad_file_is_one_line_exit_2_and_nothing_written(
        case: str, exported: Path, demo_workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = bad_files(tmp_path, exported)[case]
    before = table_counts(demo_workspace_path)
    code, out, err = run_in(capsys, demo_workspace_path, "import-word", str(path))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("insatsplan: ")
    assert "Traceback" not in err
    assert table_counts(demo_workspace_path) == before


def test_no_structure_says_so_and_offers_one_topic(
        demo_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loose = docx.Document()
    loose.add_paragraph("Anteckningar från mötet om samverkan.")
    loose.add_paragraph("Vi pratade om hur skolan och socialtjänsten kan ses oftare.")
    path = tmp_path / "anteckningar.docx"
    loose.save(str(path))
    before = table_counts(demo_workspace_path)
    code, out, err = run_in(capsys, demo_workspace_path, "import-word", str(path))
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "No plan structure was found" in err and "--as-one-topic" in err
    assert table_counts(demo_workspace_path) == before
    code, out, err = run_in(capsys, demo_workspace_path, "import-word", str(path),
                            "--as-one-topic")
    assert code == 0, err
    plan_id = int(out.splitlines()[-1])
    texts = " ".join(t for (t,) in rows(demo_workspace_path,
                                         "SELECT text FROM node WHERE plan_id = ?", plan_id))
    assert "hur skolan och socialtjänsten kan ses oftare" in texts


@pytest.fixture
def old_doc(exported: Path, tmp_path: Path) -> Path:
    """The export saved as Word 97–2003 by LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path / "doc"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "doc", "--outdir", str(folder),
                    str(exported)], check=True, capture_output=True, timeout=180)
    return folder / "demo.doc"


def test_an_old_doc_needs_convert_and_then_imports(
        old_doc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.insatsplan"
    Workspace.open(other).close()
    before = table_counts(other)
    code, out, err = run_in(capsys, other, "import-word", str(old_doc))
    assert code == 2 and out == "" and "--convert" in err and len(err.splitlines()) == 1
    assert table_counts(other) == before
    code, out, err = run_in(capsys, other, "import-word", str(old_doc), "--convert")
    assert code == 0, err
    plan_id = int(out.splitlines()[-1])
    assert rows(other, "SELECT count(*) FROM node WHERE plan_id = ? AND kind = 'topic'",
                plan_id) == [(14,)]


def test_the_report_lists_what_was_not_mapped_and_where_it_stood(
        demo_workspace_path: Path) -> None:
    sample = sample_result()
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        preview = ws.preview_word_import(sample)
    lines = report_lines(sample, preview, as_new_version=False)
    start = lines.index("Not mapped, kept as text (1):")
    assert lines[start + 1] == ("  stycke 14, under Psykisk hälsa › Samtalsstöd: “Se även "
                                "bilaga 3.” → kept on Psykisk hälsa › Samtalsstöd")
    # a match that reads the same but for case and spacing needs no line of its own
    assert not any("joins the series" in line for line in lines)
    assert "1 of 2 indicators join an existing series" in " ".join(lines)


def test_json_import_prints_the_new_plans_id_in_the_report(
        exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.insatsplan"
    code, out, err = run_in(capsys, other, "import-word", str(exported), "--json")
    assert code == 0, err
    printed = json.loads(out)
    assert printed["report"]["plan_id"] == 1
    assert rows(other, "SELECT uuid FROM plan WHERE id = 1") == [
        (printed["document"]["plan"]["uuid"],)]



NODES = ("SELECT n.uuid, n.kind, n.horizon, n.position, n.title, n.text, n.background, "
         "n.measurable_answer, n.measurable_text, i.series_id, i.direction, i.target_value "
         "FROM node n LEFT JOIN indicator i ON i.node_id = n.id WHERE n.plan_id = ? "
         "ORDER BY n.uuid")


def _dry_run_document(capsys: pytest.CaptureFixture[str], workspace: Path, docx_path: Path,
                      tmp_path: Path, *options: str) -> Path:
    """``import-word --dry-run --json``'s document, written to a file for import-json."""
    code, out, err = run_in(capsys, workspace, "import-word", str(docx_path), "--dry-run",
                            "--json", *options)
    assert code == 0, err
    document = json.loads(out)["document"]
    validate_document(document)
    path = tmp_path / "dry-run.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _imported_both_ways(capsys: pytest.CaptureFixture[str], workspace: Path,
                        docx_path: Path, tmp_path: Path, *options: str) -> tuple[int, int]:
    """(plan id from import-json of the dry run's document, plan id from import-word)."""
    dry = _dry_run_document(capsys, workspace, docx_path, tmp_path, *options)
    code, out, err = run_in(capsys, workspace, "import-json", str(dry))
    assert code == 0, err
    from_json = int(out.splitlines()[-1])
    code, out, err = run_in(capsys, workspace, "import-word", str(docx_path), *options)
    assert code == 0, err
    return from_json, int(out.splitlines()[-1])


def test_the_dry_runs_json_is_what_import_word_imports(
        exported: Path, demo_workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The document --dry-run --json prints, fed to import-json, gives the plan
    import-word makes: the same nodes, texts and series (each indicator on the demo
    plan's series, matched by title)."""
    from_json, from_word = _imported_both_ways(capsys, demo_workspace_path, exported,
                                               tmp_path)
    assert rows(demo_workspace_path, NODES, from_json) == rows(demo_workspace_path, NODES,
                                                               from_word)
    # the series are existing ones, not copies
    series = ("SELECT count(*) FROM indicator i JOIN node n ON n.id = i.node_id WHERE "
              "n.plan_id = ? AND i.series_id IN (SELECT i2.series_id FROM indicator i2 "
              "JOIN node n2 ON n2.id = i2.node_id WHERE n2.plan_id = 1)")
    assert rows(demo_workspace_path, series, from_word) == [(25,)]


def test_a_plan_and_report_export_comes_home_as_a_new_version(
        demo_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The plan-and-report export of the demo prints the indicators as a "Finns mätbara
    mål" list under topics whose held fields have no measurable answer ("Personligt
    ombud"): as a new version the merged fields keep the answer key (None), so the
    document is valid, and its dry run's document imports to the same plan as import-word
    --as-new-version makes."""
    report = tmp_path / "report.docx"
    code, _out, err = run_in(capsys, demo_workspace_path, "export-word", "1", "--kind",
                             "plan_and_report", "--out", str(report))
    assert code == 0, err
    from_json, from_word = _imported_both_ways(capsys, demo_workspace_path, report,
                                               tmp_path, "--as-new-version")
    assert rows(demo_workspace_path, "SELECT origin_plan_id, status FROM plan WHERE id = ?",
                from_word) == [(1, "draft")]
    assert rows(demo_workspace_path, NODES, from_json) == rows(demo_workspace_path, NODES,
                                                               from_word)
    ombud = ("SELECT measurable_answer, measurable_text FROM node WHERE plan_id = ? AND "
             "title = 'Personligt ombud'")
    # the printed list is the topic's indicators, recognised as such: the held plan's
    # empty measurable field stays empty rather than taking the list as its text
    assert rows(demo_workspace_path, ombud, from_word) == [(None, "")]


def _series_of(workspace: Path, plan_id: int, indicator_uuid: str) -> str:
    return rows(workspace, "SELECT s.uuid FROM node n JOIN indicator i ON i.node_id = n.id "
                "JOIN series s ON s.id = i.series_id WHERE n.plan_id = ? AND n.uuid = ?",
                plan_id, indicator_uuid)[0][0]


def test_series_chooses_an_indicators_series_by_title_uuid_name_or_new(
        exported: Path, demo_workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_in(capsys, demo_workspace_path, "import-word", str(exported),
                            "--dry-run", "--json")
    assert code == 0, err
    matches = json.loads(out)["report"]["series"]
    titles = [m["indicator"] for m in matches]
    names = [m["series_name"] for m in matches]
    first = next(m for m in matches if titles.count(m["indicator"]) == 1)
    second = next(m for m in matches if names.count(m["series_name"]) == 1
                  and m is not first)
    # by title -> a new series; by UUID -> another indicator's series, by its name
    code, out, err = run_in(
        capsys, demo_workspace_path, "import-word", str(exported),
        "--series", f"{first['indicator']}=new",
        "--series", f"{second['indicator_uuid']}={second['series_name']}")
    assert code == 0, err
    plan_id = int(out.splitlines()[-1])
    held_series = {uuid for (uuid,) in rows(
        demo_workspace_path, "SELECT s.uuid FROM series s JOIN indicator i ON "
        "i.series_id = s.id JOIN node n ON n.id = i.node_id WHERE n.plan_id = 1")}
    assert _series_of(demo_workspace_path, plan_id, first["indicator_uuid"]) not in held_series
    assert _series_of(demo_workspace_path, plan_id,
                      second["indicator_uuid"]) == second["series_uuid"]
    # the dry run's JSON reports the choice
    code, out, err = run_in(capsys, demo_workspace_path, "import-word", str(exported),
                            "--dry-run", "--json", "--series", f"{first['indicator']}=new")
    chosen = {m["indicator_uuid"]: m for m in json.loads(out)["report"]["series"]}
    assert chosen[first["indicator_uuid"]]["series_uuid"] is None


@pytest.mark.parametrize(("value", "message"), [
    ("no equals sign", "--series wants INDICATOR=SERIES"),
    ("Ingen sådan indikator=new", "The document has no indicator “Ingen sådan indikator”"),
    ("{indicator}=Ingen sådan serie", "The workspace has no series “Ingen sådan serie”"),
])
def test_a_wrong_series_choice_is_one_line_and_nothing_written(
        value: str, message: str, exported: Path, demo_workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run_in(capsys, demo_workspace_path, "import-word", str(exported),
                             "--dry-run", "--json")
    indicator = json.loads(out)["report"]["series"][0]["indicator_uuid"]
    before = table_counts(demo_workspace_path)
    code, out, err = run_in(capsys, demo_workspace_path, "import-word", str(exported),
                            "--series", value.format(indicator=indicator))
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert table_counts(demo_workspace_path) == before
