"""``export-word PLAN --out F [--kind agreement|report|plan_and_report] [--period P]``.

The kind comes from the registry; without ``--kind`` it follows the plan's own kind. The
report's charts are drawn by an offscreen application before the Word layer runs. Files
are read back with python-docx; mistakes end in one line, exit 2 and no file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import run_in
from insatsplan.model import EVALUATION_STATUSES
from insatsplan.word import writer
from insatsplan.workspace import Workspace
from insatsplan.workspace.reads import NO_EVALUATION
from word_helpers import docx_alt_texts, docx_texts

docx = pytest.importorskip("docx")



@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)






def test_a_period_that_is_not_a_period_exits_2_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    code, stdout, stderr = run_in(capsys, demo_workspace_path, "export-word", "1", "--out",
                                  str(out), "--kind", "report", "--period", "nästa år")
    assert (code, stdout) == (2, "")
    assert stderr.count("\n") == 1 and "nästa år" in stderr and "Traceback" not in stderr
    assert [path.name for path in tmp_path.iterdir() if "insatsplan" not in path.name] == []


def test_the_agreement_has_no_period(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "avtal.docx"
    code, _stdout, stderr = run_in(capsys, demo_workspace_path, "export-word", "1", "--out",
                                   str(out), "--kind", "agreement", "--period", "2025")
    assert code == 2 and stderr.count("\n") == 1 and "--period" in stderr
    assert not out.exists()


def test_kinds_come_from_the_registry(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    code, _stdout, stderr = run_in(capsys, demo_workspace_path, "export-word", "1", "--out",
                                   str(tmp_path / "x.docx"), "--kind", "brev")
    assert code == 2 and "report" in stderr and "plan_and_report" in stderr


def test_an_agreement_plan_exports_the_agreement_by_default(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "avtal.docx"
    code, stdout, stderr = run_in(capsys, demo_workspace_path, "export-word", "1", "--out",
                                  str(out))
    assert (code, stderr, stdout.strip()) == (0, "", str(out))
    assert "Underskrifter" in docx_texts(out)  # the agreement's signature page
    assert docx_alt_texts(out) == []  # and no charts


def test_the_report_holds_the_periods_charts_with_alt_text(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    code, stdout, stderr = run_in(capsys, demo_workspace_path, "export-word", "1", "--out",
                                  str(out), "--kind", "report", "--period", "2024")
    assert (code, stderr, stdout.strip()) == (0, "", str(out))
    described = docx_alt_texts(out)
    assert len(described) >= 10
    assert all(text.startswith("Trenddiagram: ") for text in described)
    # as of 2024: no chart reaches into 2025
    assert not any("2025" in text.split(". ")[0] for text in described)
    found = docx_texts(out)
    assert "Underskrifter" not in found
    assert any(text.startswith("Redovisning 2024") for text in found)  # the period asked
    assert docx.Document(str(out)).core_properties.category == "Redovisning"


def test_a_plan_and_report_plan_exports_both_in_one_by_default(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        ws.update_plan(1, kind="plan_and_report")
    out = tmp_path / "plan.docx"
    code, _stdout, stderr = run_in(capsys, demo_workspace_path, "export-word", "1", "--out",
                                   str(out))
    assert (code, stderr) == (0, "")
    found = docx_texts(out)
    assert docx.Document(str(out)).core_properties.category == "Handlingsplan samt redovisning"
    assert any("handlingsplanen" in text for text in found)
    assert "Underskrifter" not in found  # no signature page
    assert docx_alt_texts(out)  # the report's charts
    # asked for, the agreement is still there
    agreement = tmp_path / "avtal.docx"
    assert run_in(capsys, demo_workspace_path, "export-word", "1", "--out", str(agreement),
                  "--kind", "agreement")[0] == 0
    assert "Underskrifter" in docx_texts(agreement)


def test_a_plan_without_evaluations_or_values_exports_a_report(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Tom plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område")
        topic = ws.add_node(plan, area, "topic", "Insats utan något")
        ws.add_node(plan, topic, "indicator", "Antal", horizon="short")
    out = tmp_path / "tom.docx"
    code, _stdout, stderr = run_in(capsys, workspace_path, "export-word", str(plan), "--out",
                                   str(out), "--kind", "report")
    assert (code, stderr) == (0, "")
    found = docx_texts(out)
    assert any("Insats utan något" in text for text in found)
    assert docx_alt_texts(out) == []


def test_a_terms_evaluation_stands_for_its_year_as_in_the_follow_up_view(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, tmp_path: Path) -> None:
    """The view, the find bar and ``status --missing`` count a term's evaluation for its
    year; the report printed "Ingen utvärdering för 2025." under the same activity."""
    with Workspace.open(demo_workspace_path) as ws:
        overview = ws.evaluation_overview(1, "2025")
        topic = next(a for a in overview.activities if a.evaluation is not None
                     and a.evaluation.period == "2025")
        ws.delete_evaluation(topic.node_id, "2025")
        ws.set_evaluation(topic.node_id, "VT 2025", status="postponed", participants=7,
                          text="Flyttades till hösten.")
        ws.set_evaluation(topic.node_id, "2025 K1", status="planned")  # earlier: not chosen
        overview = ws.evaluation_overview(1, "2025")
    assert next(a for a in overview.activities
                if a.node_id == topic.node_id).status == "postponed"
    out = tmp_path / "rapport.docx"
    code, _stdout, stderr = run_in(capsys, demo_workspace_path, "export-word", "1", "--out",
                                   str(out), "--kind", "report", "--period", "2025")
    assert (code, stderr) == (0, "")
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs]
    start = paragraphs.index(topic.title)
    section = paragraphs[start:paragraphs.index("Indikatorer", start)]
    evaluation = section[section.index("Utvärdering 2025"):]
    assert evaluation[1:5] == ["Avser: VT 2025", "Status: Uppskjuten", "Deltagare: 7",
                               "Flyttades till hösten."]
    summary = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    counted = [int(cell) for cell in summary[-1][1:]]  # "Hela planen", in column order
    statuses = [*EVALUATION_STATUSES, NO_EVALUATION]
    assert counted == [sum(1 for a in overview.activities if a.status == status)
                       for status in statuses]
