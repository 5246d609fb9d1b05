"""A small plan whose indicators cover every status and trend, for the follow-up tests.

Built through the workspace API only (values too), so what the tests read back through
the CLI, the tree or the Uppföljning view comes from the file, not from this module.

    Psykisk hälsa (focus area)
      Samtalsstöd (topic, SOF)
        Andel som mår bra   rise, green >= 75, yellow 60–75: 55 (2022), 62 (2023),
                            68 (2024)                                               yellow, better
        Väntetid            fall, green <= 10, yellow 10–20: 25 (2023), 30 (2024)   red, worse
        Dubblett            no levels, no values                                    none
    Suicidprevention (focus area)
      Utbildning (topic, KF)
        Antal deltagare     rise, green >= 250: 292 (2025)                          green
        Dubblett            rise, green >= 1, one value 1,5 (VT 2024)               green
"""

from __future__ import annotations

from dataclasses import dataclass

from insatsplan.workspace import Workspace


@dataclass(frozen=True)
class FollowUpPlan:
    plan_id: int
    focus_areas: tuple[int, int]
    topics: tuple[int, int]
    #: indicator node ids by title ("Dubblett" twice: first and second)
    feeling_well: int
    waiting: int
    duplicate_a: int
    participants: int
    duplicate_b: int


def build_follow_up_plan(ws: Workspace) -> FollowUpPlan:
    codes = {o.code for o in ws.organisations()}
    for code, name in (("SOF", "Socialförvaltningen"), ("KF", "Kultur och fritid")):
        if code not in codes:
            ws.add_organisation(code, name)
    plan = ws.create_plan(title="Uppföljningsplan", year_from=2024)
    area_a = ws.add_node(plan, None, "focus_area", "Psykisk hälsa")
    area_b = ws.add_node(plan, None, "focus_area", "Suicidprevention")
    topic_a = ws.add_node(plan, area_a, "topic", "Samtalsstöd")
    topic_b = ws.add_node(plan, area_b, "topic", "Utbildning")
    ws.update_node(topic_a, responsible_organisations=["SOF"])
    ws.update_node(topic_b, responsible_organisations=["KF"])

    def indicator(topic: int, title: str, **fields: object) -> int:
        node = ws.add_node(plan, topic, "indicator", title, horizon="short")
        ws.update_indicator(node, **fields)
        return node

    feeling = indicator(topic_a, "Andel som mår bra", direction="rise", unit="%",
                        data_source="Enkät", levels={"green": {"min": "75"},
                                                     "yellow": {"min": "60", "max": "75"}})
    waiting = indicator(topic_a, "Väntetid", direction="fall", unit="dagar",
                        levels={"green": {"max": "10"}, "yellow": {"min": "10", "max": "20"}})
    duplicate_a = indicator(topic_a, "Dubblett")
    participants = indicator(topic_b, "Antal deltagare", direction="rise", unit="personer",
                             levels={"green": {"min": "250"}})
    duplicate_b = indicator(topic_b, "Dubblett", direction="rise",
                            levels={"green": {"min": "1"}})
    for node, period, value, note, source in (
            (feeling, "2022", "55", "", ""),
            (feeling, "2023", "62", "", "Enkät 2023"),
            (feeling, "2024", "68", "svarsfrekvens 40 %", "Enkät 2024"),
            (waiting, "2023", "25", "", ""),
            (waiting, "2024", "30", "", ""),
            (participants, "2025", "292", "", "Kolada"),
            (duplicate_b, "VT 2024", "1,5", "", "")):
        ws.set_measurement(ws.indicator(node).series.id, period, value, note=note,
                           source=source)
    return FollowUpPlan(plan, (area_a, area_b), (topic_a, topic_b), feeling, waiting,
                        duplicate_a, participants, duplicate_b)
