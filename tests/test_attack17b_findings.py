"""What an adversarial pass over issue 17 (the follow-up report and evaluations) broke.

Each test builds its plan through the workspace API and reads the result back through a
second opening of the file, the CLI or python-docx, as a person would see it.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from cli_helpers import run_in
from insatsplan.charts.report_charts import describe_report, gather_report_input
from insatsplan.errors import UserError
from insatsplan.word import writer
from insatsplan.workspace import Workspace
from word_helpers import docx_texts


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)




def summary_row(path: Path, focus_area: str) -> list[str]:
    """The activities-by-status summary row of *focus_area* ("1. Område A")."""
    table = docx.Document(str(path)).tables[0]
    return next([cell.text for cell in row.cells] for row in table.rows
                if row.cells[0].text == focus_area)


def test_a_quarters_evaluation_is_the_years_in_the_report_as_in_the_overview(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    """The Uppföljning view and ``status --missing`` count an evaluation written for
    2025 K4 as the activity's evaluation for 2025; the report for 2025 said "Ingen
    utvärdering för 2025." and counted the activity as not evaluated."""
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område A")
        topic = ws.add_node(plan, area, "topic", "Insats Ett")
        ws.set_evaluation(topic, "2025 K4", status="done", participants=12,
                          text="Gjort under hösten.")
    with Workspace.open(workspace_path, readonly=True) as other:
        assert other.evaluation_overview(plan, "2025").without_evaluation() == []
    out = tmp_path / "rapport.docx"
    code, _stdout, stderr = run_in(capsys, workspace_path, "export-word", str(plan), "--out",
                                   str(out), "--kind", "report", "--period", "2025")
    assert (code, stderr) == (0, "")
    texts = docx_texts(out)
    assert "Ingen utvärdering för 2025." not in texts
    assert "Status: Genomförd" in texts and "Deltagare: 12" in texts
    assert "Gjort under hösten." in texts
    assert "Avser: 2025 K4" in texts  # the reader sees which period it was written for
    #                 Planerad Pågår Genomförd Uppskjuten Inställd Ingen utvärdering
    assert summary_row(out, "1. Område A")[1:] == ["0", "0", "1", "0", "0", "0"]


def test_the_years_own_evaluation_wins_over_a_quarters_in_the_report(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område A")
        topic = ws.add_node(plan, area, "topic", "Insats Ett")
        ws.set_evaluation(topic, "2025 K4", status="done", text="Kvartalet.")
        ws.set_evaluation(topic, "2025", status="ongoing", text="Året.")
    out = tmp_path / "rapport.docx"
    code, _stdout, _stderr = run_in(capsys, workspace_path, "export-word", str(plan),
                                    "--out", str(out), "--kind", "report", "--period", "2025")
    texts = docx_texts(out)
    assert code == 0 and "Året." in texts and "Kvartalet." not in texts
    assert "Status: Pågår" in texts and not any(t.startswith("Avser:") for t in texts)


def test_an_untitled_indicator_is_named_in_the_charts_alt_text(workspace_path: Path) -> None:
    """An indicator without a title made the alt text read "Trenddiagram: Efter och ,
    2024–2025. : senaste värde 7 …": a screen reader heard nothing for it."""
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område A")
        topic = ws.add_node(plan, area, "topic", "Insats")
        named = ws.add_node(plan, topic, "indicator", "Efter", horizon="short")
        untitled = ws.add_node(plan, topic, "indicator", "", horizon="short")
        ws.set_measurement(ws.indicator(named).series.id, "2024", "5")
        ws.set_measurement(ws.indicator(untitled).series.id, "2025", "7")
    with Workspace.open(workspace_path, readonly=True) as other:
        follow_up = other.report_follow_up(plan, "2025")
        assert len(describe_report(follow_up.topics[0])) == 1  # both on one chart
        [chart] = next(iter(gather_report_input(other, plan, "2025").charts.values()))
    assert "(utan rubrik)" in chart.alt_text
    assert " och ," not in chart.alt_text and ". :" not in chart.alt_text


@pytest.mark.parametrize("participants", [-5, "abc", True, 12.5, 10**9 + 1, 2**70])
def test_a_pasted_evaluation_with_a_wrong_number_of_participants_is_refused(
        workspace_path: Path, participants: object) -> None:
    """Nodes pasted from the clipboard (another program can put any JSON there) or put
    back by an undo carry their evaluations; the number of participants went into the
    file unchecked, so "abc" or -5 sat in an integer column (``check`` then calls the file
    damaged) and the report and editor showed it."""
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område A")
        node = {"kind": "topic", "uuid": "0b7a6c1e-5d0b-4e52-9a42-6b1f0c1f7a01",
                "title": "Insatsen",
                "evaluations": [{"period": "2025", "status": "done",
                                 "participants": participants, "text": ""}]}
        with pytest.raises(UserError, match="participants"):
            ws.insert_nodes(plan, area, None, [node])
    with Workspace.open(workspace_path, readonly=True) as other:
        assert other.outline(plan) is not None
        assert other.exchange_document(plan)["plan"]["children"][0].get("children", []) == []


def test_a_span_at_either_end_of_a_chart_is_said_in_words_in_its_alt_text(
        workspace_path: Path) -> None:
    """A rolling span as the first value ("2019–2022") gave the alt text "2019–2022–2025",
    one range read aloud as three years joined."""
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område A")
        topic = ws.add_node(plan, area, "topic", "Insats")
        indicator = ws.add_node(plan, topic, "indicator", "Andel", horizon="short")
        series = ws.indicator(indicator).series.id
        ws.set_measurement(series, "2019–2022", "7")
        ws.set_measurement(series, "2025", "9")
    with Workspace.open(workspace_path, readonly=True) as other:
        [chart] = next(iter(gather_report_input(other, plan, "2025").charts.values()))
    assert "2019\u20132022 till 2025" in chart.alt_text
    assert "2022\u20132025" not in chart.alt_text


def test_a_field_holding_only_invisible_characters_prints_no_empty_label(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    """Text pasted from a web page or Word can bring a zero-width space or a byte order
    mark along: the field looks empty in the editor, and the report printed "Bakgrund: "
    with nothing after it (read back with docx2python, an independent reader)."""
    from docx2python import docx2python

    invisible = "\u200b \ufeff\u2060"
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område A")
        topic = ws.add_node(plan, area, "topic", "Insatsen")
        ws.update_node(topic, background=invisible, purpose=f"{invisible}\n\n{invisible}",
                       target_group="Föräldrar", timeline=invisible,
                       responsible_people=invisible, funding_source=invisible)
    out = tmp_path / "rapport.docx"
    code, _stdout, stderr = run_in(capsys, workspace_path, "export-word", str(plan), "--out",
                                   str(out), "--kind", "report", "--period", "2025")
    assert (code, stderr) == (0, "")
    with docx2python(str(out)) as read:
        lines = [line.strip() for line in read.text.splitlines() if line.strip()]
    assert "Målgrupp: Föräldrar" in lines
    for label in ("Bakgrund", "Syfte", "Tidsplan", "Ansvariga", "Finansiering"):
        assert not any(line.startswith(label) for line in lines), label


def test_an_untitled_goal_or_indicator_is_no_empty_bullet(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    """An indicator or goal without a title was printed as a bullet with nothing after
    it under "Finns mätbara mål inom området?" and "Kortsiktiga mål och aktiviteter"."""
    with Workspace.open(workspace_path) as ws:
        plan = ws.create_plan(title="Plan", year_from=2025)
        area = ws.add_node(plan, None, "focus_area", "Område A")
        topic = ws.add_node(plan, area, "topic", "Insatsen")
        ws.add_node(plan, topic, "goal", "", horizon="short")
        ws.add_node(plan, topic, "indicator", "\u200b", horizon="short")
    out = tmp_path / "rapport.docx"
    code, _stdout, stderr = run_in(capsys, workspace_path, "export-word", str(plan), "--out",
                                   str(out), "--kind", "report", "--period", "2025")
    assert (code, stderr) == (0, "")
    bullets = [p.text for p in docx.Document(str(out)).paragraphs
               if p._p.find(".//w:numPr", p._p.nsmap) is not None]
    assert bullets == ["(utan rubrik)", "(utan rubrik)"]


@pytest.mark.parametrize("status", [["done"], {"done": 1}])
def test_a_hand_made_evaluation_status_that_is_no_text_gives_a_sound_report(
        status: object, tmp_path: Path) -> None:
    """The layout promises a sound document for any dict (it is a public function); an
    evaluation whose status was a list ended in "TypeError: unhashable type" while the
    summary counted it."""
    from insatsplan.word.report import export_report
    from insatsplan.word.report_input import ReportInput

    document = {"plan": {"title": "Plan", "year_from": 2025, "year_to": 2025,
                         "children": [{"kind": "focus_area", "title": "Område A",
                                       "children": [{"kind": "topic", "title": "Insatsen",
                                                     "evaluations": [{"period": "2025",
                                                                      "status": status}]}]}]}}
    out = export_report(document, ReportInput(period="2025", period_label="2025"),
                        tmp_path / "rapport.docx", combined=False)
    assert "Insatsen" in docx_texts(out)
