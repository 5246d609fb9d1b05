"""The year roll of a new version: the title and subtitle name the new years, every other
text that names the old years is listed for review and left as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli_helpers import run_lines
from insatsplan.workspace import Workspace
from insatsplan.year_roll import mentioned_years, mentions_year, roll_years

# ------------------------------------------------------------------ text rules


@pytest.mark.parametrize(("text", "old", "new_from", "rolled"), [
    ("Insatser inom psykisk hälsa och suicidprevention 2025", (2025, 2025), 2026,
     "Insatser inom psykisk hälsa och suicidprevention 2026"),
    ("Handlingsplan 2024–2025", (2024, 2025), 2026, "Handlingsplan 2026–2027"),
    ("Handlingsplan 2024-2025", (2024, 2025), 2026, "Handlingsplan 2026-2027"),
    ("Handlingsplan 2024 – 2025", (2024, 2025), 2026, "Handlingsplan 2026 – 2027"),
    ("Handlingsplan 2024/2025", (2024, 2025), 2026, "Handlingsplan 2026/2027"),
    ("Läsåret 2024/25", (2024, 2025), 2026, "Läsåret 2026/27"),
    ("Plan 2025 för 2025:s insatser", (2025, 2025), 2027, "Plan 2027 för 2027:s insatser"),
    # A span the plan's year lies in moves as a whole, by the same step.
    ("Plan 2024–2025", (2025, 2025), 2026, "Plan 2025–2026"),
    # Other years, dates, reference numbers and longer numbers stay.
    ("Vision 2030, plan 2025", (2025, 2025), 2026, "Vision 2030, plan 2026"),
    ("Beslutad 2025-05-26, dnr 2025-123 och 2025/00123", (2025, 2025), 2026,
     "Beslutad 2025-05-26, dnr 2025-123 och 2025/00123"),
    ("SFS 2025:12 och 12025 deltagare, 2025,5 mnkr", (2025, 2025), 2026,
     "SFS 2025:12 och 12025 deltagare, 2025,5 mnkr"),
    ("Plan 2025", (2025, 2025), 2025, "Plan 2025"),
])
def test_roll_years_moves_the_plans_years_and_spans(text: str, old: tuple[int, int],
                                                    new_from: int, rolled: str) -> None:
    assert roll_years(text, old[0], old[1], new_from) == rolled


def test_what_counts_as_naming_a_year() -> None:
    assert mentions_year("Under 2025 startade tre grupper.", 2025)
    assert mentions_year("Regional plan 2024–2025", 2025)
    assert mentions_year("Regional plan 2024-2025", {2024})
    assert mentions_year("Läsåret 2024/25", 2025)
    assert mentions_year("Kvällsmottagning från 2025-03-01", 2025)  # a date: reviewed
    assert not mentions_year("Dnr 2025-123", 2025)  # a diarienummer names a case
    assert not mentions_year("SFS 2025:12", 2025)
    assert not mentions_year("12025 besök", 2025)
    assert not mentions_year("2025,5 procent", 2025)
    assert not mentions_year("Under 2026", 2025)
    assert mentioned_years("2024–2026 och 2030") == {2024, 2026, 2030}


# ------------------------------------------------------------------ the workspace


def _plan_with_years(ws: Workspace) -> tuple[int, dict[str, int]]:
    """A 2024–2025 plan whose texts name its years in several places."""
    plan = ws.create_plan(title="Handlingsplan psykisk hälsa 2024–2025", year_from=2024,
                          year_to=2025, subtitle="Överenskommelse 2024-2025, dnr 2024-117",
                          preamble="Under 2025 utvärderades arbetet.",
                          basis=["Nationell överenskommelse 2025", "Socialtjänstlagen"],
                          coordinator="Lena Holmgren")
    area = ws.add_node(plan, None, "focus_area", "Förebyggande arbete")
    topic = ws.add_node(plan, area, "topic", "Familjecentraler")
    ws.update_node(topic, text="Sex familjecentraler öppnade 2024.",
                   timeline="Januari 2026–december 2027", background="Startade 2019.")
    goal = ws.add_node(plan, topic, "goal", "Fler besök än 2025", horizon="short")
    quiet = ws.add_node(plan, topic, "goal", "Fler besök (dnr 2025-123)", horizon="long")
    return plan, {"topic": topic, "goal": goal, "quiet": quiet}


def test_new_version_rolls_title_and_subtitle_and_lists_the_rest(
        ws: Workspace, workspace_path: Path) -> None:
    plan, _nodes = _plan_with_years(ws)
    copy = ws.new_version(plan, year=2026)
    ws.close()
    with Workspace.open(workspace_path, readonly=True) as other:
        new = other.plan(copy)
        assert (new.year_from, new.year_to) == (2026, 2027)
        assert new.title == "Handlingsplan psykisk hälsa 2026–2027"
        assert new.subtitle == "Överenskommelse 2026-2027, dnr 2024-117"
        assert other.origin_years(copy) == (2024, 2025)
        # Listed, and not changed: the copy's texts are the source's, word for word.
        assert new.preamble == "Under 2025 utvärderades arbetet."
        assert new.basis == ["Nationell överenskommelse 2025", "Socialtjänstlagen"]
        mentions = other.year_mentions(copy, other.origin_years(copy))
        seen = [(m.field, m.path, m.text) for m in mentions]
        assert seen == [
            ("preamble", "", "Under 2025 utvärderades arbetet."),
            ("basis[0]", "", "Nationell överenskommelse 2025"),
            ("text", "Förebyggande arbete › Familjecentraler",
             "Sex familjecentraler öppnade 2024."),
            ("title", "Förebyggande arbete › Familjecentraler › Fler besök än 2025",
             "Fler besök än 2025"),
        ]
        outline = other.exchange_document(copy)["plan"]["children"][0]["children"][0]
        assert outline["text"] == "Sex familjecentraler öppnade 2024."
        assert outline["children"][0]["title"] == "Fler besök än 2025"
        goal = next(m for m in mentions if m.field == "title")
        assert goal.kind == "goal" and goal.node_uuid == outline["children"][0]["uuid"]
        assert goal.node_id == other.node_id(copy, goal.node_uuid or "")
        # The source is untouched.
        assert other.plan(plan).title == "Handlingsplan psykisk hälsa 2024–2025"


def test_indicator_data_source_and_target_year_are_listed(ws: Workspace) -> None:
    plan = ws.create_plan(title="Plan 2025", year_from=2025)
    area = ws.add_node(plan, None, "focus_area", "Område")
    topic = ws.add_node(plan, area, "topic", "Ämne")
    indicator = ws.add_node(plan, topic, "indicator", "Antal deltagare", horizon="short")
    ws.update_indicator(indicator, data_source="Folkhälsoenkät 2025",
                        target={"value": "40", "period": "2025"})
    copy = ws.new_version(plan)
    found = {(m.field, m.text) for m in ws.year_mentions(copy, 2025)}
    assert found == {("data_source", "Folkhälsoenkät 2025"), ("target_period", "2025")}
    assert ws.plan(copy).title == "Plan 2026"


def test_plan_chooser_lineage_is_in_the_summaries(ws: Workspace, workspace_path: Path
                                                  ) -> None:
    plan, _nodes = _plan_with_years(ws)
    copy = ws.new_version(plan)
    ws.close()
    with Workspace.open(workspace_path, readonly=True) as other:
        first, second = other.plan_summaries()
        assert first.origin_id is None and first.origin_title is None
        assert (second.id, second.origin_id, second.origin_title, second.origin_year_from,
                second.origin_year_to) == (copy, plan, "Handlingsplan psykisk hälsa 2024–2025",
                                           2024, 2025)
        assert other.plan_summary(copy).origin_id == plan


# ------------------------------------------------------------------ the CLI


def test_cli_new_version_prints_the_count_then_the_id(
        capsys: pytest.CaptureFixture[str], ws: Workspace, workspace_path: Path) -> None:
    plan, _nodes = _plan_with_years(ws)
    ws.close()
    code, lines, err = run_lines(capsys, workspace_path, "new-version", str(plan))
    assert code == 0 and err == ""
    assert "2024–2025: 4 " in lines[-2]  # the words are the CLI language's
    new_id = int(lines[-1])
    with Workspace.open(workspace_path, readonly=True) as other:
        assert other.plan(new_id).title == "Handlingsplan psykisk hälsa 2026–2027"
        assert len(other.year_mentions(new_id, (2024, 2025))) == 4


def test_cli_count_line_in_english(capsys: pytest.CaptureFixture[str], ws: Workspace,
                                   workspace_path: Path, english_cli: None) -> None:
    plan = ws.create_plan(title="Plan 2025", year_from=2025, preamble="Inget årtal här.")
    ws.close()
    code, lines, _err = run_lines(capsys, workspace_path, "new-version", str(plan),
                                  "--year", "2027")
    assert code == 0
    assert lines == ["Texts that still name 2025: 0 (review them; in the editor: Find "
                     "and filter, “Mentions 2025”).", lines[-1]]
    with Workspace.open(workspace_path, readonly=True) as other:
        assert other.plan(int(lines[-1])).title == "Plan 2027"


@pytest.mark.parametrize(("year", "outdated", "listed"), [
    (2025, (2024,), 1),   # the span moved by one: 2025 is still the plan's own
    (2024, (), 0),        # the same years: nothing to review
    (2023, (2025,), 3),   # backwards: what names 2025 now lies after the plan
])
def test_only_years_the_new_version_left_behind_are_listed(
        ws: Workspace, workspace_path: Path, year: int, outdated: tuple[int, ...],
        listed: int) -> None:
    plan, _nodes = _plan_with_years(ws)
    copy = ws.new_version(plan, year=year)
    ws.close()
    with Workspace.open(workspace_path, readonly=True) as other:
        assert other.outdated_years(copy) == outdated
        assert len(other.year_mentions(copy, outdated) if outdated else []) == listed


def test_cli_a_version_for_the_same_years_says_so_and_lists_nothing(
        capsys: pytest.CaptureFixture[str], ws: Workspace, workspace_path: Path,
        english_cli: None) -> None:
    """Before, "Texts that still name 2024–2025: 4" counted texts that are right."""
    plan, _nodes = _plan_with_years(ws)
    ws.close()
    code, lines, err = run_lines(capsys, workspace_path, "new-version", str(plan),
                                 "--year", "2024")
    assert (code, err) == (0, "")
    assert lines[:-1] == ["The new version is for the same years as the plan it was made "
                          "from; its texts were copied as they were."]
    with Workspace.open(workspace_path, readonly=True) as other:
        assert other.plan(int(lines[-1])).title == "Handlingsplan psykisk hälsa 2024–2025"


def test_the_agreements_section_headings_name_the_new_years(ws: Workspace) -> None:
    """The headings are derived from the plan's years, not stored: the copy's agreement
    says the new year without any text of the plan changing."""
    from insatsplan.word.agreement import build_agreement

    plan, _nodes = _plan_with_years(ws)
    copy = ws.new_version(plan, year=2026)
    headings = [p.text for p in build_agreement(ws.exchange_document(copy)).paragraphs
                if p.text.startswith("Kortsiktiga mål och aktiviteter")]
    assert headings == ["Kortsiktiga mål och aktiviteter 2026–2027"]


_PIECES = st.sampled_from(["2024", "2025", "2026", "25", "/", "-", "–", " ", ":", ".", ",",
                           "5", "a", "(", ")", "[x](", "https://", "www.", "\n", "1999"])


@settings(deadline=None, max_examples=300)
@given(st.lists(_PIECES, max_size=14).map("".join), st.integers(2023, 2026),
       st.integers(0, 2), st.integers(1990, 2100))
def test_the_roll_changes_digits_only_and_tokens_do_not_overlap(
        text: str, year_from: int, span: int, new_from: int) -> None:
    """Whatever the text, rolling changes only the digits of years (never a separator,
    a word or an address's other characters), and the years found stand apart, in
    order."""
    from insatsplan.year_roll import year_tokens

    rolled = roll_years(text, year_from, year_from + span, new_from)
    assert re.sub(r"\d", "", rolled) == re.sub(r"\d", "", text)
    end = 0
    for token in year_tokens(text):
        assert end <= token.start < token.end
        end = token.end
