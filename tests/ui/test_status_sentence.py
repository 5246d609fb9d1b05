"""The editor's status sentence says what the tree, the tiles and the CLI say."""

from __future__ import annotations

from decimal import Decimal

from insatsplan.levels import Band, Levels
from insatsplan.ui.editors.follow_up import status_sentence
from insatsplan.workspace.reads import IndicatorData, MeasurementRow, SeriesData, judged


def indicator(direction: str, levels: Levels | None, values: list[tuple[str, str]],
              *, unit: str = "procent", target: str | None = None) -> IndicatorData:
    series = SeriesData(1, "s", "Serie", unit,
                        tuple(MeasurementRow(p, Decimal(v)) for p, v in values))
    return IndicatorData(
        node_id=1, node_uuid="n", plan_id=1, title="Andel", unit=unit, direction=direction,
        data_source="", baseline_value=None, baseline_period=None,
        target_value=None if target is None else Decimal(target), target_period=None,
        levels=levels, series=series, topic_id=None, topic_title="", focus_area_id=None,
        focus_area_title="", organisations=())


def test_the_issues_example_sentence() -> None:
    levels = Levels(Band(Decimal(75), None), Band(Decimal(60), Decimal(75)))
    sentence = status_sentence(indicator("rise", levels, [("2023", "61"), ("2024", "68")]))
    assert sentence == ("Latest value 68\u00a0% (2024): yellow level (60–75\u00a0%). "
                        "Better than 2023.")


def test_hold_without_levels_judges_the_trend_by_the_target_like_the_tree() -> None:
    item = indicator("hold", None, [("2023", "150"), ("2024", "190")], unit="antal",
                     target="200")
    assert judged(item).trend == "better"
    assert status_sentence(item).endswith("Better than 2023.")


def test_no_values_says_so() -> None:
    assert "No values yet" in status_sentence(indicator("rise", None, []))
